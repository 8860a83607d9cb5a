import { closesAbbreviation } from './abbreviations';
import type { Span } from '../types';

/** What a sentence starts after: a stop and a space or a line end (hard-wrapped text breaks lines after a stop too), or a blank line. */
const SENTENCE_STARTS = ['. ', '? ', '! ', '.\n', '?\n', '!\n', '.\r\n', '?\r\n', '!\r\n', '\n\n', '\n\r\n'];

/**
 * The sentence around a span, clipped to `reach` characters on each side; the carriage return of a
 * CRLF line end is not counted, so that a text with CRLF line ends reads as far as with LF.
 */
export function sentenceAround(text: string, span: Span, reach = 160): { before: string; after: string } {
  const from = Math.max(0, span.start - reach - returnsIn(text, span.start - reach, span.start));
  let before = text.slice(from, span.start);
  // after the last stop and its space, or the last blank line (LF or CRLF); "U.S. President …" is one sentence
  let cut = 0;
  for (const stop of SENTENCE_STARTS) {
    let at = before.lastIndexOf(stop);
    while (at > 0 && stop.startsWith('.') && closesAbbreviation(text, from + at)) at = before.lastIndexOf(stop, at - 1);
    if (at !== -1) cut = Math.max(cut, at + stop.length);
  }
  before = before.slice(cut);
  let after = text.slice(span.end, Math.min(text.length, span.end + reach + returnsIn(text, span.end, span.end + reach)));
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(after); m !== null; m = SENTENCE_END.exec(after)) {
    if (m[0].startsWith('.') && closesAbbreviation(text, span.end + m.index)) continue;
    after = after.slice(0, m.index);
    break;
  }
  return { before, after };
}

/** What ends a sentence: a stop before white space or the end, or a blank line. */
const SENTENCE_END = /[.?!](?:\s|$)|\n\r?\n/g;

/** How many carriage returns `text` holds from `from` up to `to`. */
function returnsIn(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = Math.max(0, from); i < Math.min(text.length, to); i++) if (text.charCodeAt(i) === 13) count++;
  return count;
}

/** Where a sentence's clauses join: a semicolon, a colon or a dash. */
const CLAUSE_BREAK = /[;:—]/g;
/** Where a sentence's parts join: a clause's break, or a comma and a conjunction. */
const PART_BREAK = /[;:—]|,\s+(?:and|but|while|whereas|yet)\s/g;

/** The words around a span between the last `breaks` in `before` and the first in `after` (`sentenceAround`'s two sides). */
function between(before: string, after: string, breaks: RegExp): string {
  let start = 0;
  breaks.lastIndex = 0;
  for (let m = breaks.exec(before); m; m = breaks.exec(before)) start = m.index + m[0].length;
  breaks.lastIndex = 0;
  const end = breaks.exec(after);
  return before.slice(start) + (end ? after.slice(0, end.index) : after);
}

/** The clause of a sentence around a span: its words between semicolons, colons and dashes. */
export const clauseOf = (before: string, after: string): string => between(before, after, CLAUSE_BREAK);

/**
 * The part of a sentence around a span: its words between semicolons, colons, dashes and ", and",
 * ", but", ", while". A year one part names does not date another ("Clinton took over in 2009, and
 * Sullivan, 49, is teaching again").
 */
export const sentencePartOf = (before: string, after: string): string => between(before, after, PART_BREAK);
