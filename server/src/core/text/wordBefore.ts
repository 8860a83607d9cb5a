import { foldWord, isSpaceAt, isWordChar } from '../kb/names';
import { asciiWordHash, isSameAsciiWord } from '../kb/wordHash';
import { detachedSlice } from './detached';

/** Folded words by `asciiWordHash`, for `wordBefore`. Bounded. */
const recentWords = new Map<number, string>();

/**
 * The folded word that ends before `offset` with white space between, and where it starts; the
 * word is '' when there is no space or no word. Rules read it to test the words before a name
 * ("talks in Moscow", "Secretary of State Blinken") before running a pattern.
 */
export function wordBefore(text: string, offset: number): { readonly word: string; readonly start: number } {
  let end = offset;
  while (end > 0 && isSpaceAt(text, end - 1)) end--;
  if (end === offset) return { word: '', start: offset };
  let start = end;
  while (start > 0 && isWordChar(text, start - 1)) start--;
  const hash = asciiWordHash(text, start, end);
  if (hash < 0) return { word: foldWord(text.slice(start, end)), start };
  // the words before names repeat ("the", "in", "Secretary"): each is folded once, then recognized in place
  const known = recentWords.get(hash);
  if (known !== undefined && isSameAsciiWord(known, text, start, end)) return { word: known, start };
  if (recentWords.size > 5000) recentWords.clear();
  // a copy: a slice kept in the table would keep its whole text alive
  const word = detachedSlice(foldWord(text.slice(start, end)), 0, end - start);
  recentWords.set(hash, word);
  return { word, start };
}

