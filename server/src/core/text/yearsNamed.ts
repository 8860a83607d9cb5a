/** A year in digits, not a decade ("1990s") nor part of a longer number ("1,945", "3.2019"). Global: reset `lastIndex` before use. */
export const YEAR = /(?<![\d,.])(?:1[89]\d\d|20\d\d)(?![\d'’]|s\b)/g;

/** The years `text` names, in order. */
export function yearsNamed(text: string): number[] {
  const years: number[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) years.push(Number(m[0]));
  return years;
}
