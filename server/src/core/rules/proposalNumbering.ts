import type { Fix, Proposal } from '../types';
import type { DocumentRuleContext, RawFinding } from './ruleContext';
import type { TextReader } from '../text/documentText';
import { EMPTY_LIST } from '../text/emptyList';
import { firstItemStartingAt } from '../features/movedItems';

const ORDINAL_WORDS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

/** The marker text that states `ordinal`, in the style and case of `marker`, when one is knowable. */
function renumbered(marker: string, ordinal: number, current?: number): string | undefined {
  const word = ORDINAL_WORDS[ordinal - 1];
  const ordinalMarker = /^(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)(ly)?$/i.exec(marker);
  if (ordinalMarker && word) {
    const text = word + (ordinalMarker[2] ?? '');
    return marker === marker.toUpperCase() ? text.toUpperCase() : text;
  }
  const numbered = /^(\(?)\d+([.)])$/.exec(marker);
  if (numbered) return `${numbered[1]}${ordinal}${numbered[2]}`;
  // "(d)" as the fourth item: a letter (not "(i)" as the first, a roman numeral), within the alphabet
  const lettered = /^(\(?)([a-zA-Z])([.)])$/.exec(marker);
  if (lettered) {
    const base = lettered[2]! <= 'Z' ? 65 : 97;
    return current !== undefined && lettered[2]!.charCodeAt(0) - base + 1 === current && ordinal <= 26 ? `${lettered[1]}${String.fromCharCode(base + ordinal - 1)}${lettered[3]}` : undefined;
  }
  const headed = /^(.*\s)\d+$/.exec(marker);
  return headed ? `${headed[1]}${ordinal}` : undefined;
}

/**
 * The proposals missing between two, named as the list names its items where it can ("(c)", "Third",
 * "Recommendation 3"), else by number: `"(c)" is` or `"(c)" to "(e)" are`.
 */
function missingItems(marker: string, current: number, first: number, last: number): string {
  const a = renumbered(marker, first, current);
  const b = renumbered(marker, last, current);
  if (first === last) return a ? `"${a}" is` : `${first} is`;
  return a && b ? `"${a}" to "${b}" are` : `${first}–${last} are`;
}

/** How far back the paragraph before a list's first number is looked for. */
export const NUMBERING_REACH = 50_000;

/**
 * Whether a numbered marker goes on with the document's numbering of its paragraphs: "10." with a
 * "9." at the start of an earlier line. A committee report numbers every paragraph, and only the
 * last ones recommend ("10. The Government should:").
 */
function continuesNumbering(text: TextReader, proposal: Proposal): boolean {
  const numbered = /^(\(?)(\d+)([.)])$/.exec(proposal.marker);
  if (!numbered) return false;
  const previous = `${numbered[1]}${Number(numbered[2]) - 1}${numbered[3]}`;
  // bounded: "9." stands in every "2019." of a long text, and this runs for each such list; the
  // stretch is read once, so that a keystroke in a long document need not make the whole text
  const from = Math.max(0, proposal.markerSpan.start - NUMBERING_REACH);
  const to = proposal.markerSpan.start - 1 + previous.length;
  const stretch = text.slice(from, to);
  // a character outside the stretch (spaces before it, the one after it) is read on its own
  const codeAt = (i: number) => (i >= from && i < to ? stretch.charCodeAt(i - from) : text.slice(i, i + 1).charCodeAt(0));
  for (let at = stretch.lastIndexOf(previous, proposal.markerSpan.start - 1 - from); at >= 0; at = at === 0 ? -1 : stretch.lastIndexOf(previous, at - 1)) {
    let lineStart = at + from;
    while (lineStart > 0 && (codeAt(lineStart - 1) === 32 || codeAt(lineStart - 1) === 9)) lineStart--;
    const after = codeAt(at + from + previous.length);
    if ((lineStart === 0 || codeAt(lineStart - 1) === 10) && (after === 32 || after === 9)) return true;
  }
  return false;
}

/**
 * Whether the numbers a numbered proposal skips after `previous` open lines between the two: a
 * committee's "1." and "3." recommend, and its "2." between them states a finding (see
 * `findProposals`); the text numbers on, the proposals do not.
 */
function numbersStandBetween(text: TextReader, previous: Proposal, proposal: Proposal): boolean {
  const numbered = /^(\(?)(\d+)([.)])$/.exec(proposal.marker);
  // a few numbers at most: a paragraph or two between two recommendations
  if (!numbered || proposal.ordinal - previous.ordinal > 20 || !/^\(?\d+[.)]$/.test(previous.marker)) return false;
  const between = text.slice(previous.markerSpan.end, proposal.markerSpan.start);
  for (let n = previous.ordinal + 1; n < proposal.ordinal; n++) if (!opensLine(between, `${numbered[1]}${n}${numbered[3]}`)) return false;
  return true;
}

/** Whether `marker` opens a line of `text` (after spaces or tabs) with a space or a tab after it. */
function opensLine(text: string, marker: string): boolean {
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
    let lineStart = at;
    while (lineStart > 0 && (text.charCodeAt(lineStart - 1) === 32 || text.charCodeAt(lineStart - 1) === 9)) lineStart--;
    const after = text.charCodeAt(at + marker.length);
    if (lineStart > 0 && text.charCodeAt(lineStart - 1) === 10 && (after === 32 || after === 9)) return true;
  }
  return false;
}

function check(text: TextReader, previous: Proposal | undefined, proposal: Proposal): { message: string; expected: number; safe: boolean } | undefined {
  const expected = (previous?.ordinal ?? 0) + 1;
  if (proposal.ordinal === expected) return undefined;
  if (!previous && continuesNumbering(text, proposal)) return undefined;
  if (!previous) return { message: `This sequence of proposals starts at ${proposal.ordinal} ("${proposal.marker}"), not 1.`, expected, safe: false };
  if (proposal.ordinal > expected) {
    if (numbersStandBetween(text, previous, proposal)) return undefined;
    const missing = missingItems(proposal.marker, proposal.ordinal, expected, proposal.ordinal - 1);
    return { message: `Proposal numbering skips: "${proposal.marker}" follows "${previous.marker}"; ${missing} missing.`, expected, safe: true };
  }
  if (proposal.ordinal === previous.ordinal) {
    return { message: `Proposal number repeated: "${proposal.marker}" again after "${previous.marker}"; this is proposal ${expected}.`, expected, safe: false };
  }
  return { message: `Proposals out of order: "${proposal.marker}" follows "${previous.marker}".`, expected, safe: false };
}

/** How many blocks may separate two ordinals of one run, as between two proposals of one sequence. */
export const MAX_GAP = 6;

interface PlacedOrdinal {
  readonly value: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly block: number;
}

/**
 * proposal-numbering among ordinals that open paragraphs or sentences and are no proposals ("First,
 * the centre is underfunded. … Second, … Fourth, …"): a skip is as embarrassing in a list of
 * reasons or gaps. A run starts at "First" and ends at a heading, a proposal, "Finally" or a gap of
 * blocks; only a skip is flagged, since narrative may well go back to an earlier ordinal. Of the
 * blocks `from` to `to` only, when they start at a heading or the document's start and end at one or
 * its end, where every run ends.
 */
export function ordinalSkips(ctx: DocumentRuleContext, from = 0, to = ctx.blocks.length): RawFinding[] {
  // the proposals are in document order, as the markers are met: whether a marker is a proposal's is
  // read by walking both at once, not from a set of every proposal's start made at each keystroke
  const proposals = ctx.proposals;
  let nextProposal = from > 0 ? firstItemStartingAt(proposals, ctx.blocks.start(from)) : 0;
  const isProposalMarker = (start: number) => {
    while (nextProposal < proposals.length && proposals.at(nextProposal)!.markerSpan.start < start) nextProposal++;
    return nextProposal < proposals.length && proposals.at(nextProposal)!.markerSpan.start === start;
  };
  const findings: RawFinding[] = [];
  let previous: PlacedOrdinal | undefined;
  for (let b = from; b < to; b++) {
    if (ctx.blocks.kind(b) === 'heading') previous = undefined;
    const blockStart = ctx.blocks.start(b);
    for (const marker of ctx.scans.at(b).markers) {
      if (marker.style !== 'ordinal') continue;
      const start = blockStart + marker.start;
      const value = marker.value;
      if (previous && b - previous.block > MAX_GAP) previous = undefined;
      if (isProposalMarker(start) || typeof value !== 'number') {
        previous = undefined;
        continue;
      }
      const ordinal: PlacedOrdinal = { value, text: marker.text, start, end: blockStart + marker.end, block: b };
      if (previous && value > previous.value + 1) {
        const missing = value === previous.value + 2 ? `"${ORDINAL_WORDS[previous.value]}" is` : `${previous.value + 1}–${value - 1} are`;
        const replacement = renumbered(marker.text, previous.value + 1);
        findings.push({
          code: 'proposal-numbering',
          message: `Numbering skips: "${marker.text}" follows "${previous.text}"; ${missing} missing.`,
          start,
          end: ordinal.end,
          ...(replacement ? { fixes: [{ title: `Renumber as "${replacement}"`, edits: [{ start, end: ordinal.end, newText: replacement }], safe: true }] } : {}),
          related: [{ start: previous.start, end: previous.end, message: `previous: "${previous.text}"` }],
        });
      }
      previous = previous ? (value > previous.value ? ordinal : undefined) : value === 1 ? ordinal : undefined;
    }
  }
  return findings;
}

/**
 * proposal-numbering in one sequence (its proposals in document order): it skips a number or runs
 * out of order ("First … Second … Fourth"). Only a list that starts at another number than 1 reads
 * the text before it, up to `NUMBERING_REACH` characters (see `sequenceRules.ts`).
 */
export function proposalNumberingIn(
  /** The document's text, read only before a list that does not start at 1, and only there. */
  text: TextReader,
  items: readonly Proposal[],
): readonly RawFinding[] {
  let findings: RawFinding[] | undefined;
  let previous: Proposal | undefined;
  for (const proposal of items) {
    const problem = check(text, previous, proposal);
    if (problem) {
      const replacement = renumbered(proposal.marker, problem.expected, proposal.ordinal);
      const fixes: Fix[] = replacement
        ? [{ title: `Renumber as "${replacement}"`, edits: [{ ...proposal.markerSpan, newText: replacement }], safe: problem.safe }]
        : [];
      (findings ??= []).push({
        code: 'proposal-numbering',
        message: problem.message,
        ...proposal.markerSpan,
        ...(fixes.length ? { fixes } : {}),
        ...(previous ? { related: [{ ...previous.markerSpan, message: `previous proposal: "${previous.marker}"` }] } : {}),
      });
    }
    previous = proposal;
  }
  return findings ?? NONE;
}

const NONE: readonly RawFinding[] = EMPTY_LIST;
