/**
 * How names are spelt when transliterated, shared by the recognizer (a known person's surname
 * spelt another way, "Sergei Shoygu") and misspelled-name (which leaves such spellings alone).
 */

/**
 * Folds the spellings that transliteration varies (Sergei/Sergey, Zelenskiy/Zelensky/Zelenskyy,
 * Kharkov/Charkow, Japarov/Zhaparov), so two forms that fold alike are variants, not misspellings.
 */
export function transliterationKey(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
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

/** Whether two folded words differ only in letters written once or doubled ("rute", "rutte"). */
export const differsInDoublingOnly = (a: string, b: string): boolean => a !== b && a.replace(/(.)\1+/g, '$1') === b.replace(/(.)\1+/g, '$1');
