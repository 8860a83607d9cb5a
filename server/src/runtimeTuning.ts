import * as v8 from 'v8';

/**
 * Turns off V8's allocation-site pretenuring for this process: the server, the CLI and the
 * benchmark's processes call it first. When most objects made at one place in the code survive a
 * collection, V8 starts making that place's objects directly in the old generation. An analysis
 * keeps most of what it makes (the version's mentions, scans and results) until the next one, so
 * after a long document's opening the places that make them were switched over, and the next
 * analyses, and in the server every keystroke, made their objects in old-generation pages: pages
 * new to the process, which the system hands over one 4 KB page at a time (11 µs each on the
 * benchmark's machine), kept until a full collection. Off, those objects start young and the
 * collector moves the survivors: back-to-back full analyses of 1 MB took 32.5–35.4 ms median over
 * eight processes against 39.6–49.0 with it on, and the server's first keystrokes in a 1 MB treaty
 * text stopped touching 300 KB of new memory each (see "Thirty-fifth round" in the README).
 * The flag is read when the collector runs, so setting it after start-up takes effect.
 */
export function tuneV8(): void {
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
}
