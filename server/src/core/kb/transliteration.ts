/**
 * How names are spelt when transliterated, shared by the recognizer (a known person's surname
 * spelt another way, "Sergei Shoygu") and misspelled-name (which leaves such spellings alone).
 */
import { charCodeOf } from '../text/charCodeOf';
import { isWordChar } from './names';
import { boundedMemo } from '../text/boundedMemo';

/**
 * Folds the spellings that transliteration varies (Sergei/Sergey, Zelenskiy/Zelensky/Zelenskyy,
 * Kharkov/Charkow, Japarov/Zhaparov, Araghchi/Araqchi, Georgieva/Gueorguieva), so two forms that
 * fold alike are variants, not misspellings.
 */
export const transliterationKey = boundedMemo(transliterationKeyAfresh, 4096);

/** `transliterationKey` worked out: fifteen replacements of the whole word. */
function transliterationKeyAfresh(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    // Persian and Arabic qaf and ghayn, written "q" or "gh"; a French "gu" before e or i is a hard g
    .replace(/gh/g, 'q')
    .replace(/gu(?=[eiy])/g, 'g')
    // no English transliteration writes "sch": a name with it is German or Dutch as written, and
    // "Sholz" is a slip of "Scholz", not another spelling (kept apart from "sh" by a letter no word has)
    .replace(/sch/g, 'ʃ')
    .replace(/iy|yy|ij|ii|ei$|ey$/g, 'y')
    .replace(/[iy]/g, 'y')
    .replace(/zh/g, 'j')
    .replace(/kh|ch|h/g, 'h')
    .replace(/k|c(?=[aou])|q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/tz|ts/g, 'c')
    .replace(/(.)\1+/g, '$1');
}

/**
 * Whether a person's names show that they are written in a Latin alphabet at home: one holds a
 * letter with a mark other than a macron ("Radosław", "Erdoğan", "Orbán"), or a letter such as "ł",
 * "ø" or "ı", which English transliterations do not write (Japanese romanization marks long vowels
 * with a macron, "Shinzō"). Such a name has one spelling, and another is a slip, not a
 * transliteration: "Sikorsky" for "Sikorski".
 */
export function spelledInLatinAtHome(names: readonly string[]): boolean {
  // a name of ASCII characters alone has none, and most names are such: the test spares them `normalize`
  return names.some((name) => NOT_ASCII.test(name) && LATIN_LETTER_OF_A_LANGUAGE.test(name.normalize('NFD').replace(/\u0304/g, '')));
}

/** A character past ASCII, which folding may take off a letter ("ü" to "u"). */
export const NOT_ASCII = /[^\0-\x7f]/;

/** A combining mark (a macron taken out before), or a Latin letter with a stroke or without a dot that does not decompose. */
const LATIN_LETTER_OF_A_LANGUAGE = /[\u0300-\u036f]|[łŁøØđĐıßæÆœŒħĦþÞðÐ]/;

/** A folded word with each doubled letter written once ("rutte" as "rute"). */
export const singled = (folded: string): string => folded.replace(/(.)\1+/g, '$1');

/** Whether two folded words differ only in letters written once or doubled ("rute", "rutte"). */
export const differsInDoublingOnly = (a: string, b: string): boolean => a !== b && singled(a) === singled(b);

/**
 * A hash of a word's consonants as transliteration leaves them, read in one pass over the ASCII
 * letters from `start`: vowels, "y" and "h" dropped, "j" as "z", "c", "q" and "g" as "k", "p" as
 * "f", "w" as "v", repeats as one. Two spellings with one `transliterationKey` nearly always share
 * it, and few other words do: a cheap first test before the key, which takes a dozen replacements.
 * The word ends at the first character that is no ASCII letter (`asciiLettersEnd`); -1 when that
 * character is another letter or a digit, for a word shorter than `minLength`, or for fewer than
 * two such consonants ("Ivy").
 */
export function consonantSkeletonAt(text: string, start: number, minLength = 0): number {
  let hash = 0;
  let last = 0;
  let consonants = 0;
  let i = start;
  // read once, as the characters are read through `charCodeOf`: the knowledge base's compiling
  // calls this with strings of every kind, and V8 reads `length` by a generic look-up
  const length = text.length;
  for (; i < length; i++) {
    const letter = charCodeOf(text, i) | 32;
    if (letter < 97 || letter > 122) break;
    const c = SKELETON_CODES[letter - 97]!;
    if (c === -1 || c === last) continue;
    last = c;
    consonants++;
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  if (i - start < minLength || (i < length && isWordChar(text, i))) return -1;
  return consonants < 2 ? -1 : hash & 0x3fffffff;
}

/**
 * A lowercase ASCII letter's code as a consonant skeleton keeps it (see `consonantSkeletonAt`): -1
 * for a, e, h, i, o, u and y; "j" as "z", "c", "q" and "g" as "k", "p" as "f", "w" as "v".
 */
export const skeletonLetter = (c: number): number => SKELETON_CODES[c - 97]!;

/** Where the ASCII letters from `start` end: the end of the word `consonantSkeletonAt` reads. */
export function asciiLettersEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && (text.charCodeAt(i) | 32) >= 97 && (text.charCodeAt(i) | 32) <= 122) i++;
  return i;
}

/** The skeleton of a whole word (see `consonantSkeletonAt`): -1 unless it is all ASCII letters. */
export function consonantSkeleton(word: string): number {
  return asciiLettersEnd(word, 0) === word.length ? consonantSkeletonAt(word, 0) : -1;
}

/**
 * Each lowercase ASCII letter's code in a skeleton, a to z: -1 for a, e, h, i, o, u and y, the
 * letters transliteration varies most; the others as `skeletonLetter` says. A table, read in
 * place by the name scan, which takes a skeleton for many capitalized words: the same mapping as a
 * function called per letter cost it 6 % on paragraphs that name nothing.
 */
const SKELETON_CODES = Int16Array.from({ length: 26 }, (_, k) => {
  const letter = String.fromCharCode(97 + k);
  if ('aehiouy'.includes(letter)) return -1;
  return ({ j: 'z', c: 'k', q: 'k', g: 'k', p: 'f', w: 'v' } as Record<string, string>)[letter]?.charCodeAt(0) ?? 97 + k;
});
