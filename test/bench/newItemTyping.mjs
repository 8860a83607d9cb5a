// Keystrokes that change the proposal sequences: a new numbered item typed after a paragraph, a
// character at a time (a blank line, "9", ".", " ", "NATO"), at places spread over the second half
// of the document. Two of each nine make a new block or a new item, and with it all the proposals,
// the outline and the folds again; the others are typing in a paragraph or inside a proposal.
import { now, scaled } from './measure.mjs';

const KEYS = ['\n', '\n', '9', '.', ' ', 'N', 'A', 'T', 'O'];

/**
 * Types the new items into `text` through `analyze(text, version)`, after warm-up places not timed;
 * returns every keystroke's time (ms).
 */
export function typeNewItems(text, version, analyze) {
  let current = text;
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
      analyze(current, version++);
      if (place >= warmUp) times.push(now() - start);
    }
  }
  return times;
}
