// Keystrokes typed into a document in process, each timed around `analyze(text, version)`, shared
// by typing.mjs and treatyTyping.mjs.
import { now, scaled } from './measure.mjs';

/**
 * Characters typed one after another inside a proposal, from offset `at`: the proposal is read again
 * and the others move (see `features/reuseStructure.ts`). Timed after 20 warm-up keystrokes; each
 * keystroke's version must still hold a proposal where the character went. Returns the times (ms)
 * and the text and next version after them.
 */
export function typeInsideProposal(text, at, version, analyze) {
  let current = text;
  let next = version;
  const type = () => {
    const typedAt = at++;
    current = current.slice(0, typedAt) + 'x' + current.slice(typedAt);
    const start = now();
    const analysis = analyze(current, next++);
    const took = now() - start;
    if (!analysis.proposals.some((p) => p.start <= typedAt && typedAt < p.end)) throw new Error('keystrokes.mjs: the typed text is no proposal');
    return took;
  };
  for (let i = 0; i < scaled(20, 2); i++) type();
  const times = Array.from({ length: scaled(200, 3) }, type);
  return { times, text: current, version: next };
}

/**
 * Keystrokes that change the proposal sequences: a new numbered item typed after a paragraph, a
 * character at a time (a blank line, "9", ".", " ", "NATO"), at places spread over the second half
 * of the document. Two of each nine make a new block or a new item, and with it all the proposals,
 * the outline and the folds again; the others are typing in a paragraph or inside a proposal.
 */
const KEYS = ['\n', '\n', '9', '.', ' ', 'N', 'A', 'T', 'O'];

/**
 * Types the new items into `text` through `analyze(text, version)`, after warm-up places not timed;
 * returns every keystroke's time (ms), and the text and next version after them.
 */
export function typeNewItems(text, version, analyze) {
  let current = text;
  let next = version;
  const times = [];
  const warmUp = scaled(3, 1);
  const places = scaled(30, 2);
  for (let place = 0; place < warmUp + places; place++) {
    let at = current.indexOf('.\n\n', current.length / 2 + place * 3000) + 1;
    if (at === 0) at = current.lastIndexOf('.\n\n') + 1;
    for (const key of KEYS) {
      current = current.slice(0, at) + key + current.slice(at);
      at++;
      const start = now();
      analyze(current, next++);
      if (place >= warmUp) times.push(now() - start);
    }
  }
  return { times, text: current, version: next };
}

/**
 * Characters typed one after another at the end of a heading past the middle of the document, which
 * renames its section in the outline. Timed after 20 warm-up keystrokes, 200 as the other rows (with
 * 100, the p95 was the fifth slowest keystroke, and moved between 3.5 and 6 ms from run to run);
 * returns the times (ms) and the text and next version after them.
 */
export function typeInHeading(text, version, analyze) {
  let current = text;
  let next = version;
  const heading = current.indexOf('\n## ', current.length / 2);
  if (heading === -1) throw new Error('keystrokes.mjs: no heading past the middle of the text');
  let at = current.indexOf('\n', heading + 1);
  const type = () => {
    current = current.slice(0, at) + 'x' + current.slice(at);
    at++;
    const start = now();
    analyze(current, next++);
    return now() - start;
  };
  for (let i = 0; i < scaled(20, 2); i++) type();
  const times = Array.from({ length: scaled(200, 3) }, type);
  return { times, text: current, version: next };
}
