/**
 * Word splitting shared by the knowledge-base compiler and the text scanner, so that a name and
 * the prose that writes it are cut into the same words: hyphens, periods, brackets and line breaks
 * separate words ("Intermediate-Range" is "intermediate range"), a possessive "'s" is dropped, and
 * letters are compared lowercased and without diacritics ("Türkiye" is "turkiye").
 */

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
const COMBINING_MARKS = /\p{M}/gu;

/** Whether the UTF-16 unit at `i` belongs to a word; false outside the text. */
export function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // outside the text `charCodeAt` is NaN, and `text[i]` undefined, which the pattern would test as the word "undefined"
  if (Number.isNaN(c)) return false;
  if (c === 0xa0 || c === 0x2019 || c === 0x2018 || (c >= 0x2000 && c <= 0x206f)) return false;
  return NON_ASCII_WORD.test(text[i]!);
}

/**
 * The UTF-16 unit at `i`, or -1 past the text's end: the read after a name or a word that may end
 * its block ("## Talks with Russia"). Tested here, not left to `charCodeAt`'s NaN: once such a read
 * has deoptimized the optimized code, V8 compiles it in every inlined copy as a call to the
 * `charCodeAt` builtin, for the rest of the process (see `isUpperAsciiAt`): 3 % more instructions in
 * the name scan, about 4 % more time on 1 MB of prose. `test/unit/readsInside.test.ts` checks that no
 * read falls outside the text.
 */
export function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

/** Whether the UTF-16 unit at `i` is an ASCII digit. */
export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * Whether the UTF-16 unit at `i` is an ASCII capital, A–Z; false outside the text, which callers
 * read ("the character two before a name", "the one after the space after it"). Tested here, not
 * left to `charCodeAt`'s NaN: once a read outside the string has deoptimized it, V8 compiles the
 * read in every inlined copy of this function as a call to the `charCodeAt` builtin, for the rest
 * of the process (about five times the instructions, at some 40,000 calls a MB of prose).
 */
export function isUpperAsciiAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
}

/** Whether the UTF-16 unit at `i` is white space: what `/\s/` matches, read by character code. */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The length of the gap between two words of one name that starts at `end`: a space, or a line
 * break (LF or CRLF), where hard-wrapped text breaks a name across lines ("President Javier" at a
 * line's end, "Milei" opening the next, as the name scan reads it); 0 for anything else.
 */
export function nameGapAt(text: string, end: number): number {
  if (end >= text.length) return 0; // a read past the text's end would make V8 compile the callers' reads as builtin calls
  const c = text.charCodeAt(end);
  if (c === 32 || c === 10) return 1;
  return c === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 0;
}

/** The length of the gap between two words of one name that ends at `start` (see `nameGapAt`). */
export function nameGapBefore(text: string, start: number): number {
  if (start === 0) return 0; // a read before the text's start would deopt the callers' code once
  const c = text.charCodeAt(start - 1);
  if (c === 32) return 1;
  if (c !== 10) return 0;
  return start >= 2 && text.charCodeAt(start - 2) === 13 ? 2 : 1;
}

/** Whether the unit at `i` is an apostrophe (straight or typographic). */
export function isApostrophe(text: string, i: number): boolean {
  if (i >= text.length) return false; // (see `nameGapAt`)
  const c = text.charCodeAt(i);
  return c === 39 || c === 0x2019;
}

/**
 * Folds one word for comparison: lowercase, diacritics removed, and the letters with a stroke or
 * without a dot that carry no separate mark read as their plain letter ("Wałęsa" as "walesa",
 * "Støre" as "store", "Yıldırım" as "yildirim"), as English text writes them.
 */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) >= 128) return lower.normalize('NFD').replace(COMBINING_MARKS, '').replace(STROKED_LETTERS, plainLetter);
  }
  return lower;
}

/** Lowercase letters that do not decompose into a letter and a mark, each one letter in English text. */
const STROKED_LETTERS = /[łøđıħð]/g;
const PLAIN_LETTERS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ı: 'i', ħ: 'h', ð: 'd' };
const plainLetter = (letter: string) => PLAIN_LETTERS[letter]!;

/** Whether a folded word is one of a name's words, folded ("abbas" of "Mahmoud Abbas"). */
export const isWordOfName = (name: string, folded: string): boolean => foldWord(name).split(/\s+/).includes(folded);

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
    i = afterPossessive(name, end);
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
    i = afterPossessive(name, wordEnd(name, i));
  }
  return count;
}

/**
 * Past a possessive that ends the word ending at `i`: "'s" ("Russia's" has the words of "Russia",
 * "People's Republic" those of "People Republic") or, after a plural, "'" ("Peoples' Rights").
 * `i` itself when the apostrophe is a closing quote or there is none.
 */
export function afterPossessive(text: string, i: number, limit = text.length): number {
  if (!isApostrophe(text, i) || i === 0 || !isWordChar(text, i - 1)) return i;
  const next = codeAt(text, i + 1);
  if ((next === 115 || next === 83) && (i + 2 >= limit || !isWordChar(text, i + 2))) return i + 2;
  const previous = text.charCodeAt(i - 1);
  return (previous === 115 || previous === 83) && (i + 1 >= limit || isSpaceAt(text, i + 1)) ? i + 1 : i;
}

/** The comparison key of a name: its folded words joined by single spaces. */
export function foldName(name: string): string {
  return splitWords(name).map(foldWord).join(' ');
}

/** Whether a name ends with "+" ("OPEC+"), which its words do not hold: OPEC+ and OPEC are two names. */
export const endsWithPlus = (name: string): boolean => name.trimEnd().endsWith('+');

/** `foldName` with the "+" a name ends with: the key under which two entries' names collide. */
export const nameKey = (name: string): string => (endsWithPlus(name) ? `${foldName(name)}+` : foldName(name));
