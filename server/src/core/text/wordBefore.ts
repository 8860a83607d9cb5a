import { foldWord, isSpaceAt, isWordChar } from '../kb/names';
import { asciiWordHash, isSameAsciiWord } from '../kb/wordHash';
import { detachedSlice } from './detached';

/** Folded words by `asciiWordHash`, for `wordBefore`. Bounded. */
const recentWords = new Map<number, string>();

/**
 * Where the word that ends before `offset`, with white space between, starts; `offset` itself
 * when there is no space or no word.
 */
export function wordStartBefore(text: string, offset: number): number {
  let end = offset;
  while (end > 0 && isSpaceAt(text, end - 1)) end--;
  if (end === offset) return offset;
  let start = end;
  while (start > 0 && isWordChar(text, start - 1)) start--;
  return start;
}

/**
 * The folded word that ends before `offset` with white space between; '' when there is no space
 * or no word. Rules read it to test the words before a name ("talks in Moscow", "Secretary of
 * State Blinken") before running a pattern. A string, not an object with its start: it runs for
 * thousands of mentions, and `wordStartBefore` gives the start to the few callers that need it.
 */
export function wordBefore(text: string, offset: number): string {
  let end = offset;
  while (end > 0 && isSpaceAt(text, end - 1)) end--;
  if (end === offset) return '';
  let start = end;
  while (start > 0 && isWordChar(text, start - 1)) start--;
  const hash = asciiWordHash(text, start, end);
  if (hash < 0) return foldWord(text.slice(start, end));
  // the words before names repeat ("the", "in", "Secretary"): each is folded once, then recognized in place
  const known = recentWords.get(hash);
  if (known !== undefined && isSameAsciiWord(known, text, start, end)) return known;
  if (recentWords.size > 5000) recentWords.clear();
  // a copy: a slice kept in the table would keep its whole text alive
  const word = detachedSlice(foldWord(text.slice(start, end)), 0, end - start);
  recentWords.set(hash, word);
  return word;
}
