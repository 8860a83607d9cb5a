import * as v8 from 'v8';
import * as vm from 'vm';

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
 * text stopped touching 300 KB of new memory each (see "Thirty-fifth round" in bench/HISTORY.md).
 * The flag is read when the collector runs, so setting it after start-up takes effect.
 */
export function tuneV8(): void {
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
}

/** V8's collector, as `--expose-gc` hands it out. */
type Collector = (options: { type: 'minor' }) => void;
/** Made at the first call; null where it could not be had. */
let collector: Collector | null | undefined;

/**
 * Two young-generation collections, now: the first copies the young objects that survive, the
 * second moves them to the old generation, where young-generation collections no longer copy them.
 * The server calls it when a long document's warm-up is done, while the user still reads: the
 * opening's and the warm-up's analyses are young then, and the collections that copied them fell on
 * the first keystrokes (10–15 ms of the server's own time, once among the first 20 keystrokes after
 * opening 1 MB of prose, in most servers; the two collections take about 16 ms while nobody waits).
 */
export function collectYoungGeneration(): void {
  if (collector === undefined) collector = exposedCollector();
  collector?.({ type: 'minor' });
  collector?.({ type: 'minor' });
}

/**
 * V8's `gc`, from a fresh context made while `--expose-gc` is set, the flag turned off again at
 * once: the server needs no flag on its command line, and no other context gets `gc`.
 */
function exposedCollector(): Collector | null {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    return typeof gc === 'function' ? (gc as Collector) : null;
  } catch {
    return null;
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
}
