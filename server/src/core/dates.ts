import { boundedMemo } from './text/boundedMemo';

/** Dates in the knowledge base have the precision their source gives: YYYY, YYYY-MM or YYYY-MM-DD. */

/** A comparable key: a partial date stands for its first day. */
export function dateKey(date: string): string {
  return date.length >= 10 ? date.slice(0, 10) : date.length === 7 ? `${date}-01` : `${date}-01-01`;
}

/** Whether `on` falls in the period [from, to); open ends are unbounded. */
export function isWithin(on: string, from: string | undefined, to: string | undefined): boolean {
  const day = dateKey(on);
  return (from === undefined || dateKey(from) <= day) && (to === undefined || day < dateKey(to));
}

/** Whether all of `date` (a day, a month or a year) lies before the day `on`: "2026-06" before "2026-07-01", not before "2026-06-20". */
export function endsBefore(date: string, on: string): boolean {
  const last = date.length >= 10 ? date.slice(0, 10) : date.length === 7 ? `${date}-31` : `${date}-12-31`;
  return last < dateKey(on);
}

export const MONTH_NAMES: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The month names as alternatives of a regular expression: "January|February|…". */
export const MONTH_PATTERN = MONTH_NAMES.join('|');

/** A month's number (1–12) from its name in any case, or from the name's first three letters ("Sept", "dec"); 0 for none. */
export function monthNumber(name: string): number {
  const prefix = name.toLowerCase().slice(0, 3);
  return MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(prefix)) + 1;
}

/**
 * "8 December 1987", "December 1987" or "1987", as precise as the date is. Remembered: finding
 * messages format the same few dates (the document's, an entry's) again and again, and a
 * document full of findings spent about 1 % of its analysis here.
 */
export const formatDate = boundedMemo(formatDateAfresh, 4096);

function formatDateAfresh(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = MONTH_NAMES[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** "26 January 2021 – 20 January 2025", "since 9 March 2004" or "until 1991": a period as precise as its dates. */
export function formatPeriod(from?: string, to?: string): string {
  return from && to ? `${formatDate(from)} – ${formatDate(to)}` : from ? `since ${formatDate(from)}` : to ? `until ${formatDate(to)}` : '';
}

/** The ages a person born on `born` may have had on `day` (each a day, a month or a year): one, or two where the dates are too coarse to tell. */
export function agesOn(born: string, day: string): number[] {
  const years = Number(day.slice(0, 4)) - Number(born.slice(0, 4));
  if (born.length === 4 || day.length < born.length) return [years - 1, years];
  const birthday = born.slice(5);
  const onDay = day.slice(5, born.length);
  if (onDay === birthday && born.length === 7) return [years - 1, years];
  return onDay < birthday ? [years - 1] : [years];
}

/** The ages a person born on `born` may have had in `year`: before and after the birthday. */
export const agesIn = (born: string, year: number) => [year - Number(born.slice(0, 4)) - 1, year - Number(born.slice(0, 4))];
