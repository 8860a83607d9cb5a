import { foldWord, isSpaceAt, isWordChar } from '../kb/names';
import { isSameAsciiWord, lastWordHash, mayBeAmong, wordStartHashed, type WordHashes } from '../kb/wordHash';
import { detachedSlice } from './detached';

/**
 * Folded ASCII words by the low bits of their `asciiWordHash`, one per slot, for `wordBefore`: an
 * array read where a `Map` look-up by the hash had cost a sixth of the function. A word that finds
 * its slot taken by another takes it over.
 */
const WORD_SLOTS = 4096;
const recentWords: string[] = new Array<string>(WORD_SLOTS).fill('');

/** Where the white space that ends at `offset` starts (`offset` itself when there is none). */
export function spaceStartBefore(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && isSpaceAt(text, i - 1)) i--;
  return i;
}

/** Where the run of word characters that ends at `end` starts. */
export function wordStartAt(text: string, end: number): number {
  let i = end;
  while (i > 0 && isWordChar(text, i - 1)) i--;
  return i;
}

/**
 * Where the word that ends before `offset`, with white space between, starts; `offset` itself
 * when there is no space or no word.
 */
export function wordStartBefore(text: string, offset: number): number {
  const end = spaceStartBefore(text, offset);
  return end === offset ? offset : wordStartAt(text, end);
}

/**
 * The folded word that ends before `offset` with white space between; '' when there is no space
 * or no word. Rules read it to test the words before a name ("talks in Moscow", "Secretary of
 * State Blinken") before running a pattern. A string, not an object with its start: it runs for
 * thousands of mentions, and `wordStartBefore` gives the start to the few callers that need it.
 */
export function wordBefore(text: string, offset: number): string {
  // the rules and the readings of a name ask again about the offsets just asked about (44 % of
  // 42,000 calls in 1 MB of prose were repeats within a block): the last few answers are kept
  if (text !== recentText) {
    recentText = text;
    // by hand: `fill` is a call into a builtin, which in a profile cost a tenth of this function
    for (let k = 0; k < RECENT; k++) recentOffsets[k] = -1;
  } else {
    for (let k = 0; k < RECENT; k++) if (recentOffsets[k] === offset) return recentAnswers[k]!;
  }
  const word = wordBeforeUncached(text, offset);
  recentOffsets[nextRecent] = offset;
  recentAnswers[nextRecent] = word;
  nextRecent = (nextRecent + 1) % RECENT;
  return word;
}

/** How many of `wordBefore`'s last answers are kept, for the text it read last. */
const RECENT = 4;
let recentText = '';
const recentOffsets = [-1, -1, -1, -1];
const recentAnswers = ['', '', '', ''];
let nextRecent = 0;

function wordBeforeUncached(text: string, offset: number): string {
  const end = spaceStartBefore(text, offset);
  if (end === offset) return '';
  // the word's start and its `asciiWordHash` in one pass back over its ASCII letters and digits
  // (the hash adds each lowercased code times 31 to the power of the letters after it)
  let start = end;
  let hash = 0;
  for (let power = 1; start > 0; start--, power = Math.imul(power, 31)) {
    let c = text.charCodeAt(start - 1);
    if (c >= 65 && c <= 90) c += 32;
    else if ((c < 97 || c > 122) && (c < 48 || c > 57)) break;
    hash = (hash + Math.imul(c, power)) | 0;
  }
  // a word with other letters ("Türkiye") is folded whole
  if (start > 0 && text.charCodeAt(start - 1) >= 128 && isWordChar(text, start - 1)) return foldWord(text.slice(wordStartAt(text, start), end));
  // the words before names repeat ("the", "in", "Secretary"): each is folded once, then recognized in place
  const slot = hash & (WORD_SLOTS - 1);
  const known = recentWords[slot]!;
  if (isSameAsciiWord(known, text, start, end)) return known;
  // a copy: a slice kept in the table would keep its whole text alive
  const word = detachedSlice(foldWord(text.slice(start, end)), 0, end - start);
  recentWords[slot] = word;
  return word;
}

/**
 * Whether `wordBefore` at `offset` may give one of the words whose `asciiWordHash`es `words` holds
 * (none of them ''), told by the word's hash read in place: no word, or an ASCII word with another
 * hash, is none of them. Most states and people follow no title ("Prime Minister Montenegro"), and
 * `wordBefore` would cut out, fold and keep the word for each (about 800 instructions, the words
 * before a name being read once each).
 */
export function mayBeWordBefore(text: string, offset: number, words: WordHashes): boolean {
  const end = spaceStartBefore(text, offset);
  if (end === offset || wordStartHashed(text, end) === end) return false;
  return mayBeAmong(lastWordHash(), words);
}

/** The folded word before the one `wordBefore` reads: "talk" of "talk to Moscow". */
export const secondWordBefore = (text: string, offset: number): string => wordBefore(text, wordStartBefore(text, offset));

/** The folded word before `offset`, past a "the" ("to" of "party to the Treaty"): what a name's governing word is. */
export function wordBeforeArticle(text: string, offset: number): string {
  const before = wordBefore(text, offset);
  return before === 'the' ? secondWordBefore(text, offset) : before;
}
