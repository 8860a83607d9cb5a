import { formatDate, MONTH_PATTERN, monthNumber } from '../dates';
import type { Fix, Mention } from '../types';
import { oneLine } from '../text/oneLine';

/**
 * A date as prose writes it: "1 July 1968", "July 1, 1968", "July 1968" or "1968" (not "1960s"),
 * in a group `date` with its parts named; the rules that read a date claimed for an event share it.
 */
export const DATE = String.raw`(?<date>(?:(?<dayFirst>\d{1,2})\s+(?<monthAfterDay>${MONTH_PATTERN})\s+|(?<monthFirst>${MONTH_PATTERN})\s+(?:(?<dayAfterMonth>\d{1,2}),?\s+)?)?(?<year>(?:1[6-9]|20)\d\d))(?![\d'’s-])`;

/**
 * After a `DATE`: not one date of a list ("joined NATO in 2023 and 2024", "founded in 1949 and
 * 1955"), which gives each of several states or bodies its own.
 */
export const NOT_A_LIST = String.raw`(?!\s*(?:,|and\b|or\b|[–-])\s*(?:\d|[A-Z]))`;

/** A date right after a name, alone: "[joined NATO] in April 2023", "[the founding of ASEAN] on 8 August 1967". */
export const DATE_AFTER = new RegExp(String.raw`^\s+(?:in|on)\s+${DATE}${NOT_A_LIST}`, 'du');

/** A date a text gives, where it is and as precisely as it is written. */
export interface ClaimedDate {
  readonly start: number;
  readonly end: number;
  readonly year: string;
  readonly month?: number;
  readonly day?: number;
}

/** The date a match of a pattern holding `DATE` claims; `offset` is where the matched text starts in the block. */
export function claimedDateOf(m: RegExpExecArray, offset: number): ClaimedDate {
  const [from, to] = m.indices!.groups!['date']!;
  const { dayFirst, monthAfterDay, monthFirst, dayAfterMonth, year } = m.groups!;
  const month = monthAfterDay ?? monthFirst;
  const day = dayFirst ?? dayAfterMonth;
  return { start: offset + from, end: offset + to, year: year!, month: month ? monthNumber(month) : undefined, day: day ? Number(day) : undefined };
}

/** Whether a claimed date agrees with a recorded one (YYYY, YYYY-MM or YYYY-MM-DD), at the claim's precision. */
export function agrees(claim: ClaimedDate, known: string): boolean {
  const [year, month, day] = known.split('-').map(Number);
  if (Number(claim.year) !== year) return false;
  if (claim.month !== undefined && month !== undefined && claim.month !== month) return false;
  return claim.day === undefined || day === undefined || claim.day === day;
}

/** The first day the claimed date may be, as YYYY-MM-DD ("March 2011" is 2011-03-01). */
export const firstDayOf = (claim: ClaimedDate): string => `${claim.year}-${String(claim.month ?? 1).padStart(2, '0')}-${String(claim.day ?? 1).padStart(2, '0')}`;

/** "on 5 March 2011", "in March 2011", "in 2011". */
export const onOrIn = (claim: ClaimedDate): string => (claim.day === undefined ? 'in' : 'on');

/**
 * A fix (not a safe one) that writes the recorded date in place of the claimed one, as precisely as
 * the text did (or as the record does, when it says less) and in the writer's order ("July 1, 1968"
 * stays month first).
 */
export function recordedDateFix(claim: ClaimedDate, written: string, known: string): Fix {
  const [year, , day] = known.split('-');
  const precise = known.split('-').slice(0, claim.day !== undefined ? 3 : claim.month !== undefined ? 2 : 1).join('-');
  const monthFirst = /^\p{L}/u.test(written) && claim.day !== undefined;
  const formatted = monthFirst && day ? `${formatDate(precise).split(' ')[1]} ${Number(day)}, ${year}` : formatDate(precise);
  return { title: `Write "${formatted}"`, edits: [{ start: claim.start, end: claim.end, newText: formatted }], safe: false };
}

/** What a claim is about as the text names it, with a "the" written right before it ("the United Kingdom", "the EU"), for a message. */
export function asWritten(text: string, mention: Mention): string {
  const the = /\bthe\s+$/i.exec(text.slice(Math.max(0, mention.start - 4), mention.start));
  return oneLine(the ? `the ${mention.text}` : mention.text);
}
