// Keystrokes typed into a document in process, shared by typing.mjs and treatyTyping.mjs. The
// document is held as the language server holds it, and each keystroke is timed around the server's
// work: the document's update and the analysis.
import { createRequire } from 'node:module';
import { now, scaled } from './measure.mjs';

const require = createRequire(import.meta.url);
const { PieceDocument } = require('../../out/server/src/lsp/pieceDocument.js');

/**
 * A document typed into as the server holds it: a `PieceDocument`, updated with each change as a
 * client sends it (a range and its new text), then analysed by `analyzer`.
 */
export class TypedDocument {
  constructor(analyzer, text, uri = 'file:///bench.md') {
    this.analyzer = analyzer;
    this.doc = PieceDocument.create(uri, 'markdown', 1, text);
    this.analysis = analyzer.analyze(this.doc);
  }

  /** The whole text, to find where to type; not timed. It joins the version's parts, which no keystroke's work does. */
  text() {
    return this.doc.getText();
  }

  /** Replaces `[start, end)` with `insert`; returns the server's time (ms). */
  replace(start, end, insert) {
    const range = { start: this.doc.positionAt(start), end: this.doc.positionAt(end) };
    const began = now();
    this.doc = PieceDocument.update(this.doc, [{ range, text: insert }], this.doc.version + 1);
    this.analysis = this.analyzer.analyze(this.doc);
    return now() - began;
  }

  /** Types `key` at `at`; returns the server's time (ms). */
  type(at, key) {
    return this.replace(at, at, key);
  }
}

/**
 * Characters typed one after another inside a proposal of `typed`, from offset `at`: the proposal
 * is read again and the others move (see `features/reuseStructure.ts`). Timed after 20 warm-up
 * keystrokes, whose times go to `warmUp` when given. The last version must still hold a proposal where the last character went, and so
 * did the others, each one character shorter; only the last is checked, since reading a version's
 * proposals moves all of them, which the server does only when a host asks (see
 * `features/movedItems.ts`). Returns the times (ms).
 */
export function typeInsideProposal(typed, at, warmUp = []) {
  let next = at;
  const type = () => typed.type(next++, 'x');
  for (let i = 0; i < scaled(20, 2); i++) warmUp.push(type());
  const times = Array.from({ length: scaled(200, 3) }, type);
  const typedAt = next - 1;
  if (!typed.analysis.proposals.some((p) => p.start <= typedAt && typedAt < p.end)) throw new Error('keystrokes.mjs: the typed text is no proposal');
  return times;
}

/**
 * Keystrokes that change the proposal sequences: a new numbered item typed after a paragraph, a
 * character at a time (a blank line, "9", ".", " ", "NATO"), at places spread over the second half
 * of the document. Two of each nine make a new block or a new item, and with it all the proposals,
 * the outline and the folds again; the others are typing in a paragraph or inside a proposal.
 */
const KEYS = ['\n', '\n', '9', '.', ' ', 'N', 'A', 'T', 'O'];

/** Types the new items into `typed`, after warm-up places not timed; returns every keystroke's time (ms). */
export function typeNewItems(typed) {
  const times = [];
  const warmUp = scaled(3, 1);
  const places = scaled(30, 2);
  for (let place = 0; place < warmUp + places; place++) {
    const text = typed.text();
    let at = text.indexOf('.\n\n', text.length / 2 + place * 3000) + 1;
    if (at === 0) at = text.lastIndexOf('.\n\n') + 1;
    for (const key of KEYS) {
      const took = typed.type(at++, key);
      if (place >= warmUp) times.push(took);
    }
  }
  return times;
}

/**
 * Characters typed one after another at the end of a heading past the middle of the document, which
 * renames its section in the outline. Timed after 20 warm-up keystrokes, 200 as the other rows (with
 * 100, the p95 was the fifth slowest keystroke, and moved between 3.5 and 6 ms from run to run);
 * returns the times (ms).
 */
export function typeInHeading(typed) {
  const text = typed.text();
  const heading = text.indexOf('\n## ', text.length / 2);
  if (heading === -1) throw new Error('keystrokes.mjs: no heading past the middle of the text');
  let at = text.indexOf('\n', heading + 1);
  const type = () => typed.type(at++, 'x');
  for (let i = 0; i < scaled(20, 2); i++) type();
  return Array.from({ length: scaled(200, 3) }, type);
}
