import { foldWord, isWordChar } from '../kb/names';

/** Whether the UTF-16 unit at `i` is white space: what `/\s/` matches, read by character code. */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

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
