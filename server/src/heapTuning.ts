import { setFlagsFromString } from 'v8';

/**
 * Switches off V8's allocation-site pretenuring for this process: the language server calls it
 * before it loads anything. V8 starts allocating the objects of a literal in the old generation
 * once most of them outlive a young-generation collection. A document's first analysis keeps what
 * it makes, so the literals of findings, blocks and proposals soon qualify; but a keystroke makes
 * short-lived copies of them (the findings and blocks after the edit, moved), which then die in
 * the old generation, where only a full collection frees them, and until it does, keep the young
 * objects they point at alive through every scavenge. Typing in the samples' drafts repeated to
 * 1 MB, each scavenge promoted 1.6 MB and took 3 ms; with pretenuring off it promoted nothing and
 * took 1.2 ms. `npm run bench` measures the keystroke rows both ways (see the README). The CLI
 * analyses each file once and keeps V8's default.
 */
export function tuneHeapForEditing(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
}
