/**
 * Word splitting shared by the knowledge-base compiler and the text scanner, so that a name and
 * the prose that writes it are cut into the same words: hyphens, periods, brackets and line breaks
 * separate words ("Intermediate-Range" is "intermediate range"), a possessive "'s" is dropped, and
 * letters are compared lowercased and without diacritics ("Türkiye" is "turkiye").
 */

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
const COMBINING_MARKS = /\p{M}/gu;

/** Whether the UTF-16 unit at `i` belongs to a word. */
export function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c === 0xa0 || c === 0x2019 || c === 0x2018 || (c >= 0x2000 && c <= 0x206f)) return false;
  return NON_ASCII_WORD.test(text[i]!);
}

/** Whether the unit at `i` is an apostrophe (straight or typographic). */
export function isApostrophe(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 39 || c === 0x2019;
}

/** Folds one word for comparison: lowercase, diacritics removed. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) >= 128) return lower.normalize('NFD').replace(COMBINING_MARKS, '');
  }
  return lower;
}

/**
 * Finds the end of the word starting at `start`. An apostrophe between letters stays inside the
 * word ("O'Brien", "d'Ivoire") unless it starts a possessive "'s".
 */
export function wordEnd(text: string, start: number, limit = text.length): number {
  let i = start;
  while (i < limit) {
    if (isWordChar(text, i)) {
      i++;
      continue;
    }
    if (isApostrophe(text, i) && i + 1 < limit && isWordChar(text, i + 1)) {
      const next = text.charCodeAt(i + 1);
      const possessive = (next === 115 || next === 83) && (i + 2 >= limit || !isWordChar(text, i + 2));
      if (!possessive) {
        i++;
        continue;
      }
    }
    break;
  }
  return i;
}

/** Splits a name into its words as written. */
export function splitWords(name: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < name.length) {
    if (!isWordChar(name, i)) {
      i++;
      continue;
    }
    const end = wordEnd(name, i);
    words.push(name.slice(i, end));
    i = skipPossessive(name, end);
  }
  return words;
}

/** How many words `splitWords` finds, without making them (it runs once per mention). */
export function countWords(name: string): number {
  let count = 0;
  let i = 0;
  while (i < name.length) {
    if (!isWordChar(name, i)) {
      i++;
      continue;
    }
    count++;
    i = skipPossessive(name, wordEnd(name, i));
  }
  return count;
}

/** Past a possessive ending right after a word, so that "Russia's" has the words of "Russia". */
function skipPossessive(name: string, i: number): number {
  return isApostrophe(name, i) && (name[i + 1] === 's' || name[i + 1] === 'S') ? i + 2 : i;
}

/** The comparison key of a name: its folded words joined by single spaces. */
export function foldName(name: string): string {
  return splitWords(name).map(foldWord).join(' ');
}
