import { closesAbbreviation } from './abbreviations';
import type { Span } from '../types';

/**
 * The sentence around a span, clipped to `reach` characters on each side; the carriage return of a
 * CRLF line end is not counted, so that a text with CRLF line ends reads as far as with LF.
 */
export function sentenceAround(text: string, span: Span, reach = 160): { before: string; after: string } {
  const from = Math.max(0, span.start - reach - returnsIn(text, span.start - reach, span.start));
  const before = text.slice(sentenceStartIn(text, from, span.start), span.start);
  let after = text.slice(span.end, Math.min(text.length, span.end + reach + returnsIn(text, span.end, span.end + reach)));
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(after); m !== null; m = SENTENCE_END.exec(after)) {
    if (m[0].startsWith('.') && closesAbbreviation(text, span.end + m.index)) continue;
    after = after.slice(0, m.index);
    break;
  }
  return { before, after };
}

const isStop = (c: number) => c === 46 /* . */ || c === 63 /* ? */ || c === 33; /* ! */

/**
 * Where the last sentence in [from, to) starts: after a stop and a space or a line end (hard-wrapped
 * text breaks lines after a stop too, LF or CRLF), or after a blank line; `from` where none is.
 * "U.S. President …" is one sentence. One pass back from `to`, which stops at the first start it
 * meets: eleven searches of the span, one per kind of start, took 3 % of a full analysis of the
 * samples' drafts.
 */
function sentenceStartIn(text: string, from: number, to: number): number {
  for (let end = to; end > from + 1; end--) {
    const last = text.charCodeAt(end - 1);
    if (last !== 32 && last !== 10) continue;
    let k = end - 2;
    // a CRLF line end: what ends the line is before its carriage return
    if (last === 10 && text.charCodeAt(k) === 13 && k > from) k--;
    const c = text.charCodeAt(k);
    // a blank line ("\n\n" or "\n\r\n")
    if (last === 10 && c === 10) return end;
    if (!isStop(c)) continue;
    // a period that closes an abbreviation starts no sentence, except at the very start of the span
    if (c === 46 && k > from && closesAbbreviation(text, k)) continue;
    return end;
  }
  return from;
}

/** What ends a sentence: a stop before white space or the end, or a blank line. */
const SENTENCE_END = /[.?!](?:\s|$)|\n\r?\n/g;

/** How many carriage returns `text` holds from `from` up to `to`. */
function returnsIn(text: string, from: number, to: number): number {
  const end = Math.min(text.length, to);
  let i = Math.max(0, from);
  // most texts hold none: a native search for the first is quicker than reading each character,
  // where the text after `from` is a paragraph's length (in a longer one it would search on in vain)
  if (text.length - i <= NATIVE_SEARCH_REACH) {
    i = text.indexOf('\r', i);
    if (i === -1) return 0;
  }
  let count = 0;
  for (; i < end; i++) if (text.charCodeAt(i) === 13) count++;
  return count;
}
/** How far `returnsIn` searches natively for a carriage return. */
const NATIVE_SEARCH_REACH = 4096;

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
