import { transliterationKey } from '../kb/transliteration';

/**
 * `transliterationKey` after folding the spellings British and American English differ by
 * ("Stabilisation"/"Stabilization", "Centre"/"Center", "Defence"/"Defense", "Labour"/"Labor",
 * "Dialogue"/"Dialog"): a name written in the other spelling is no slip in it. Not for
 * inconsistent-naming, where one document writing both is worth a look.
 */
export function spellingKey(word: string): string {
  return transliterationKey(englishSpellingKey(word));
}

/**
 * A word with its accents taken off and the British and American spellings folded, but no
 * transliteration: the words of an organization's or a treaty's English name have one spelling, and
 * a doubled letter dropped is a slip ("Comission", "Phillipines").
 */
export function englishSpellingKey(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/([a-z])is(ation|ations|e|es|ed|ing|er|ers)$/, '$1iz$2')
    .replace(/ys(e|es|ed|ing)$/, 'yz$1')
    .replace(/our(s|ed|ing|ite|ites|able)?$/, 'or$1')
    .replace(/ence$/, 'ense')
    .replace(/(cent|theat|fib|calib|sab|spect|somb|lust|meag|lit|met)re(s|d)?$/, '$1er$2')
    .replace(/ogue(s)?$/, 'og$1');
}
