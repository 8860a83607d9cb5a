import type { BlockList } from '../blocks/blockList';
import type { TextReader } from '../text/documentText';
import { monthNumber } from '../dates';
import type { DocumentDate } from '../types';

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE_PATTERNS: readonly [RegExp, (m: RegExpExecArray) => [number, number, number]][] = [
  [/(\d{4})-(\d{2})-(\d{2})/, (m) => [+m[1]!, +m[2]!, +m[3]!]],
  [new RegExp(`${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'i'), (m) => [+m[3]!, monthNumber(m[1]!), +m[2]!]],
  [new RegExp(`(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})`, 'i'), (m) => [+m[3]!, monthNumber(m[2]!), +m[1]!]],
];

/** Reads the first date in `text` as ISO `YYYY-MM-DD`, checking that the day exists. */
export function parseDate(text: string): { iso: string; index: number; length: number } | undefined {
  let best: { iso: string; index: number; length: number } | undefined;
  for (const [pattern, parts] of DATE_PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const [y, mo, d] = parts(m);
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (mo < 1 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) continue;
    if (!best || m.index < best.index) best = { iso: date.toISOString().slice(0, 10), index: m.index, length: m[0].length };
  }
  return best;
}

/** How far into the document a dateline or "Updated" line may stand. */
const HEAD_BLOCKS = 8;
const DATELINE = /^[\p{Lu}][\p{Lu} .,'’-]{1,40},\s/u;
/**
 * A city, in any case, and then at once the date: "*Jerusalem, 20 January 2026*", "ADEN/RIYADH, 10
 * November 2025 —"; also a label before the city, "*Briefing note, New York, 20 November 2026*",
 * which a speech's venue makes long and full of small words: "*Address to the Council on Foreign
 * Relations, New York, 3 December 2024*".
 */
const CITY_THEN_DATE = /^[*_]{0,2}(?:\p{Lu}[^,!?\n]{0,119},\s+)?\p{Lu}[\p{L} .'’/-]{1,40},\s+/u;
/** After a dateline's date: the line's end, the emphasis closing, a dash or a news agency. */
const DATE_ENDS_LINE = /^[*_]{0,2}\s*(?:[—–-]|\(|$)/;
const UPDATED = /^\W*(updated|published|posted|dated|date)\b:?/i;
/** A byline: "By Jane Doe, 9 March 2026", "*By a staff writer | 9 March 2026*". */
const BYLINE = /^\W*by\s/i;

/** Where the part of a byline that holds `at` starts: after the last " | ", " · ", " — " or " – " before it, else 0. */
function lastSeparatorBefore(line: string, at: number): number {
  let start = 0;
  for (const m of line.slice(0, at).matchAll(/\s[|·—–]\s/g)) start = m.index + m[0].length;
  return start;
}

/** Whether a line (or a byline's part) holds a date of `length` and little else; emphasis does not count: "*12 March 2026*" stands alone. */
const standsAlone = (line: string, length: number) => line.replace(/[*_]/g, '').trim().length <= length + 12;

/** How many lines after a block's first an "Updated" or "Published" line may stand. */
const LINES_AFTER_FIRST = 3;
/** How far into such a line its date may start: the word, a colon or "on", and spaces. */
const DATE_AFTER_WORD = 16;
/** A weekday before a date ("Published: Monday, 6 January 2025"), which does not count towards that distance. */
const WEEKDAY_BEFORE = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+$/i;
/** Whether a date at `index` of `line` follows a word that starts at `wordStart` closely enough to be its date. */
function dateFollowsWord(line: string, wordStart: number, index: number): boolean {
  const weekday = WEEKDAY_BEFORE.exec(line.slice(wordStart, index))?.[0].length ?? 0;
  return index - wordStart - weekday <= DATE_AFTER_WORD;
}

/**
 * A date on a later line of a block's opening lines that starts with "Updated", "Published" …, that
 * ends a byline under a title ("By a staff writer, 9 March 2026"), or that stands alone under a
 * series or a label: its place in `body`.
 */
function updatedLineAfterFirst(body: string): { iso: string; index: number; length: number; byline: boolean } | undefined {
  let lineStart = body.indexOf('\n') + 1;
  for (let n = 0; n < LINES_AFTER_FIRST && lineStart > 0; n++) {
    const lineEnd = body.indexOf('\n', lineStart);
    const line = body.slice(lineStart, lineEnd < 0 ? body.length : lineEnd);
    const dated = parseDate(line);
    const parsed = UPDATED.test(line) ? dated : undefined;
    // the date right after the word ("Published 1 December 2026", "Date: 15 December 2021"), not
    // later in a line that only starts so ("Date of the next review: 1 June 2027")
    if (parsed && dateFollowsWord(line, 0, parsed.index)) return { iso: parsed.iso, index: lineStart + parsed.index, length: parsed.length, byline: false };
    // a byline's date, a date on a line of its own under a series or a label ("*Policy Brief No. 41*",
    // then "*12 March 2025*"), or a dateline under a press office's name ("Office of the Spokesperson",
    // then "Washington, D.C., 4 December 2024")
    const endsLine = dated && DATE_ENDS_LINE.test(line.slice(dated.index + dated.length));
    if (dated && ((BYLINE.test(line) && endsLine) || standsAlone(line, dated.length) || (endsLine && CITY_THEN_DATE.exec(line)?.[0].length === dated.index))) {
      return { iso: dated.iso, index: lineStart + dated.index, length: dated.length, byline: true };
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/**
 * The date the document speaks from: a fixed setting, else front matter `date:`, else a dateline
 * or "Updated …" line near the top, else today. Reads only the first blocks of `text`.
 */
export function findDocumentDate(text: TextReader, blocks: BlockList, fixed: string, today: string): DocumentDate {
  if (fixed) return { iso: fixed, source: 'setting' };
  const front = blocks.length > 0 && blocks.kind(0) === 'frontmatter' ? blocks.at(0) : undefined;
  if (front) {
    const body = text.slice(front.start, front.end);
    const line = /^date:[ \t]*["']?([^"'\r\n]+)/m.exec(body);
    const parsed = line && parseDate(line[1]!);
    if (line && parsed) {
      const start = front.start + line.index + line[0].length - line[1]!.length + parsed.index;
      return { iso: parsed.iso, source: 'front-matter', span: { start, end: start + parsed.length } };
    }
  }
  for (let i = 0; i < Math.min(blocks.length, HEAD_BLOCKS); i++) {
    const block = blocks.at(i)!;
    if (block.kind !== 'paragraph' && block.kind !== 'heading') continue;
    const body = text.slice(block.start, Math.min(block.end, block.start + 300));
    const firstLine = body.split('\n', 1)[0]!;
    const parsed = parseDate(firstLine);
    if (!parsed) {
      // a report's title, then "Published 1 December 2026" on the next line of the same block
      const published = updatedLineAfterFirst(body);
      if (published) return { iso: published.iso, source: published.byline ? 'dateline' : 'updated-line', span: { start: block.start + published.index, end: block.start + published.index + published.length } };
      continue;
    }
    const span = { start: block.start + parsed.index, end: block.start + parsed.index + parsed.length };
    // a byline's last part holds the date: "Discussion paper | Updated 4 March 2026", "*Policy brief — 14 May 2025*"
    const partStart = lastSeparatorBefore(firstLine, parsed.index);
    const part = firstLine.slice(partStart);
    if (UPDATED.test(part) && dateFollowsWord(firstLine, partStart, parsed.index)) return { iso: parsed.iso, source: 'updated-line', span };
    // a report's line that ends "…, published 18 November 2026": the clause after the last comma
    const clauseStart = firstLine.lastIndexOf(', ', parsed.index) + 2;
    if (clauseStart > 1 && UPDATED.test(firstLine.slice(clauseStart)) && dateFollowsWord(firstLine, clauseStart, parsed.index) && DATE_ENDS_LINE.test(firstLine.slice(parsed.index + parsed.length))) {
      return { iso: parsed.iso, source: 'updated-line', span };
    }
    // at the line's start, or in a byline's last part ("**Briefing No. 212 | Mogadishu/Nairobi, 3 December 2026**")
    const cityThenDate =
      (CITY_THEN_DATE.exec(firstLine)?.[0].length === parsed.index || (partStart > 0 && CITY_THEN_DATE.exec(part)?.[0].length === parsed.index - partStart)) &&
      DATE_ENDS_LINE.test(firstLine.slice(parsed.index + parsed.length));
    if (DATELINE.test(firstLine) || cityThenDate || standsAlone(part, parsed.length)) return { iso: parsed.iso, source: 'dateline', span };
  }
  return { iso: today, source: 'today' };
}
