const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** The words a count under a hundred is written with, one by one ("thirty", "two"). */
export const COUNT_WORDS: ReadonlySet<string> = new Set([...UNITS, ...TENS.filter((t) => t !== '')]);

/** A count as prose writes it, for a pattern: digits (up to three) or words under a hundred ("thirty-two", "Ten"). */
export const COUNT_PATTERN = String.raw`\d{1,3}|(?:${TENS.slice(2).join('|')})[\s-](?:${UNITS.slice(1, 10).join('|')})\b|(?:${[...UNITS.slice(1), ...TENS.slice(2)].join('|')})\b`;

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

const UNIT_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TEN_ORDINALS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** The words ordinals under a hundred are written with, one by one ("fifth", "seventieth"), and "hundredth". */
export const ORDINAL_WORD_LIST: readonly string[] = [...UNIT_ORDINALS.slice(1), ...TEN_ORDINALS.slice(2), 'hundredth'];

/** An ordinal as prose writes it, for a pattern: "75th", "1st", "fiftieth", "seventy-fifth", "hundredth". */
export const ORDINAL_PATTERN = String.raw`\d{1,3}(?:st|nd|rd|th)|(?:(?:${TENS.slice(2).join('|')})[\s-])?(?:${UNIT_ORDINALS.slice(1).join('|')})|${TEN_ORDINALS.slice(2).join('|')}|(?:one\s+)?hundredth`;

/** The number an ordinal is written as ("75th", "Seventy-fifth", "hundredth"); undefined for anything else. */
export function ordinalValue(written: string): number | undefined {
  const digits = /^(\d{1,3})(?:st|nd|rd|th)$/i.exec(written);
  if (digits) return Number(digits[1]);
  const words = written.toLowerCase().split(/[\s-]+/);
  if (words[words.length - 1] === 'hundredth') return words.length === 1 || (words.length === 2 && words[0] === 'one') ? 100 : undefined;
  if (words.length === 1) {
    const unit = UNIT_ORDINALS.indexOf(words[0]!);
    if (unit > 0) return unit;
    const ten = TEN_ORDINALS.indexOf(words[0]!);
    return ten >= 2 ? ten * 10 : undefined;
  }
  const ten = TENS.indexOf(words[0]!);
  const unit = UNIT_ORDINALS.indexOf(words[1]!);
  return words.length === 2 && ten >= 2 && unit >= 1 && unit <= 9 ? ten * 10 + unit : undefined;
}

/** `n` as an ordinal written like `like`: "32nd" for digits, else in words ("thirty-second"), with its capital. */
export function ordinalLike(n: number, like: string): string {
  if (/^\d/.test(like) || n > 100) return `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
  const words = n === 100 ? 'hundredth' : n < 20 ? UNIT_ORDINALS[n]! : n % 10 === 0 ? TEN_ORDINALS[n / 10]! : `${TENS[Math.floor(n / 10)]}-${UNIT_ORDINALS[n % 10]}`;
  return /^\p{Lu}/u.test(like) ? words[0]!.toUpperCase() + words.slice(1) : words;
}
