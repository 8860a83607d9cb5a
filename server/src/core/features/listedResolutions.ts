import type { NameMatcher } from '../kb/matcher';
import { isSpaceAt } from '../kb/names';
import type { EntryChooser } from './entryChooser';
import { MentionRecord } from './mentionRecord';

/**
 * A list of resolutions by number after "resolutions": "recalls its resolutions 2653 (2022), 2699
 * (2023) and 2793 (2025)", "Resolutions 1737, 1747, 1803 and 1929". No name matches such a number
 * alone, and every resolution's preamble recalls a list of them.
 */
const LISTED = /\b[Rr]esolutions\s+(?:\d{3,4}(?:\s*\(\d{4}\))?(?:,\s*|,?\s+(?:and|or)\s+)){1,30}\d{3,4}(?:\s*\(\d{4}\))?/g;
/** A resolution's number in the list, not the year in brackets after it. */
const NUMBER = /(?<![(\d])\d{3,4}(?![\d)])/g;

/** Whether a block may list resolutions: asked of every block that may hold a number (most never list any). */
export const listsResolutions = (text: string): boolean => holdsResolutionsWord(text);

/**
 * What `listsResolutions` looks for: "Resolutions" or "resolutions" without its first letter, and
 * white space after it (held here as a space; a line break may stand there too).
 */
const WORD = 'esolutions';
const RESOLUTIONS = `${WORD} `;
/**
 * How far the search may move on past a character at the end of where it looked (Horspool's bad
 * character shift): the length of RESOLUTIONS for one it does not hold, less for one it does.
 */
const SHIFTS = new Uint8Array(128).fill(RESOLUTIONS.length);
for (let k = 0; k < RESOLUTIONS.length - 1; k++) SHIFTS[RESOLUTIONS.charCodeAt(k)] = RESOLUTIONS.length - 1 - k;

/**
 * Whether "esolutions" and white space stand in `text`, by Horspool's search: it reads one character
 * in eight of a block of prose (white space, the last of RESOLUTIONS, is followed by a shift of its
 * whole length, as it stands nowhere else in the word), where the
 * native search, set up anew for each of a document's thousands of blocks, read them all. Over
 * the 1 MB prose text's 3,437 blocks, 0.85 ms rather than 1.1 (micro-benchmark, min of 40).
 */
function holdsResolutionsWord(text: string): boolean {
  const last = RESOLUTIONS.length - 1;
  for (let i = last; i < text.length; ) {
    const c = text.charCodeAt(i);
    // ASCII white space told by the code in hand, the table's shift read in the same branch: the
    // search 0.90–0.93 of its time where `isSpaceAt` read each character again
    if (c < 128) {
      if ((c === 32 || (c >= 9 && c <= 13)) && text.charCodeAt(i - 1) === 115 /* s */ && text.startsWith(WORD, i - last)) return true;
      i += SHIFTS[c]!;
    } else {
      if (isSpaceAt(text, i) && text.charCodeAt(i - 1) === 115 /* s */ && text.startsWith(WORD, i - last)) return true;
      i += RESOLUTIONS.length;
    }
  }
  return false;
}

/**
 * The resolutions a block lists by number that the knowledge base knows (as "Resolution NNNN"), each
 * a mention of its number alone, in order; none where the block lists none (nearly every block) or
 * where a number lies inside a mention already found (`taken`).
 */
export function listedResolutionMentions(text: string, matcher: NameMatcher, chooser: EntryChooser, taken: (start: number, end: number) => boolean): MentionRecord[] | undefined {
  const numbered = matcher.root.next?.get('resolution')?.next;
  if (!numbered) return undefined;
  let found: MentionRecord[] | undefined;
  LISTED.lastIndex = 0;
  for (let list = LISTED.exec(text); list !== null; list = LISTED.exec(text)) {
    const words = list[0];
    // past "resolutions": the white space after it may be a line break
    NUMBER.lastIndex = RESOLUTIONS.length;
    for (let n = NUMBER.exec(words); n !== null; n = NUMBER.exec(words)) {
      const targets = numbered.get(n[0])?.targets;
      const picked = targets && chooser.pick(targets);
      const start = list.index + n.index;
      const end = start + n[0].length;
      if (!picked || picked.entry.kind !== 'treaty' || taken(start, end)) continue;
      (found ??= []).push(new MentionRecord(start, end, n[0], picked.reading));
    }
  }
  return found;
}
