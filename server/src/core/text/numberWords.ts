const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** The words a count under a hundred is written with, one by one ("thirty", "two"). */
export const COUNT_WORDS: ReadonlySet<string> = new Set([...UNITS, ...TENS.filter((t) => t !== '')]);

/**
 * The number a count is written as: digits ("32", up to three), or words up to ninety-nine ("ten",
 * "Twenty-seven", "thirty two"); undefined for anything else.
 */
export function countValue(written: string): number | undefined {
  if (/^\d{1,3}$/.test(written)) return Number(written);
  const [tens, unit, extra] = written.toLowerCase().split(/[\s-]+/);
  if (extra !== undefined || tens === undefined) return undefined;
  const small = UNITS.indexOf(tens);
  if (small !== -1) return unit === undefined ? small : undefined;
  const ten = TENS.indexOf(tens);
  if (ten < 2) return undefined;
  if (unit === undefined) return ten * 10;
  const one = UNITS.indexOf(unit);
  return one >= 1 && one <= 9 ? ten * 10 + one : undefined;
}

/** `count` as the text wrote `like`: in digits, or in words under a hundred with its capital and hyphen. */
export function writtenLike(count: number, like: string): string {
  if (/^\d/.test(like) || count >= 100) return String(count);
  const words = count < 20 ? UNITS[count]! : count % 10 === 0 ? TENS[count / 10]! : `${TENS[Math.floor(count / 10)]}${/\s/.test(like) ? ' ' : '-'}${UNITS[count % 10]}`;
  return /^\p{Lu}/u.test(like) ? words[0]!.toUpperCase() + words.slice(1) : words;
}
