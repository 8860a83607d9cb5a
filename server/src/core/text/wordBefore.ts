import { foldWord, isSpaceAt, isWordChar } from '../kb/names';

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
  return { word: foldWord(text.slice(start, end)), start };
}
