import { firstStartingAt } from '../features/spanSearch';
import { allMatches } from '../text/allMatches';
import type { Proposal } from '../types';
import type { DocumentRuleContext, RawFinding } from './ruleContext';
import { EMPTY_LIST } from '../text/emptyList';

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };
const ANNOUNCED =
  /\b(two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2})\s+(?:[a-z-]+\s+){0,2}?(proposals|steps|recommendations|measures|points|ideas|options|actions|priorities|principles|elements|moves|changes|initiatives)\b/gi;

/** How far before a sequence an announcement may stand. */
const REACH = 600;

/** "three steps": where it stands in its block, its length, the number and the noun. */
interface Announcement {
  readonly index: number;
  readonly length: number;
  readonly number: string;
  readonly noun: string;
}

const NONE: readonly Announcement[] = EMPTY_LIST;

function announcementsIn(text: string): readonly Announcement[] {
  const found = allMatches(ANNOUNCED, text).map((m) => ({ index: m.index, length: m[0].length, number: m[1]!, noun: m[2]! }));
  return found.length === 0 ? NONE : found;
}

/**
 * The announcements of block `i`, found once per block scan and kept on it: a keystroke elsewhere
 * leaves them as they were, and the pattern is slow to run. (An announcement is read within one paragraph.)
 */
function announcementsOf(ctx: DocumentRuleContext, i: number): readonly Announcement[] {
  const scan = ctx.scans[i]!;
  return (scan.announcementsMemo ??= announcementsIn(scan.text)) as readonly Announcement[];
}

/**
 * The last announcement that lies wholly in [from, to), with its offset in the document; `before`
 * is the index of the first block that starts at or after `to`.
 */
function lastAnnouncement(ctx: DocumentRuleContext, before: number, from: number, to: number): (Announcement & { readonly start: number }) | undefined {
  // the last block that starts before `to`, then back over the blocks that reach into the window
  let i = before - 1;
  for (; i >= 0 && ctx.blocks[i]!.end > from; i--) {
    const offset = ctx.blocks[i]!.start;
    const found = announcementsOf(ctx, i);
    for (let k = found.length - 1; k >= 0; k--) {
      const start = offset + found[k]!.index;
      if (start >= from && start + found[k]!.length <= to) return { ...found[k]!, start };
    }
  }
  return undefined;
}

/**
 * Where the last block before block `before` that introduces proposals ("The group called on member
 * states:") starts, or 0: a number announced before it counts something else ("the five principles
 * he presented"), and the list has an introduction of its own.
 */
function introductionStart(ctx: DocumentRuleContext, before: number): number {
  for (let i = before - 1, seen = 0; i >= 0 && seen < 3; i--, seen++) {
    if (ctx.scans[i]!.introduces && ctx.blocks[i]!.kind !== 'heading') return ctx.blocks[i]!.start;
  }
  return 0;
}

/**
 * The text announces a number of proposals and then makes a different number. Read per sequence
 * from counts kept by its index, not from a list of each sequence's proposals: this runs at every
 * keystroke, and a treaty text has thousands of sequences.
 */
export function proposalCount(ctx: DocumentRuleContext): RawFinding[] {
  const findings: RawFinding[] = [];
  // per sequence: its first proposal, how many it has, and the last one's ordinal
  const firsts: (Proposal | undefined)[] = [];
  const counts: number[] = [];
  const lastOrdinals: number[] = [];
  for (const p of ctx.proposals) {
    while (firsts.length <= p.sequence) {
      firsts.push(undefined);
      counts.push(0);
      lastOrdinals.push(0);
    }
    firsts[p.sequence] ??= p;
    counts[p.sequence]!++;
    lastOrdinals[p.sequence] = p.ordinal;
  }
  for (let sequence = 0; sequence < firsts.length; sequence++) {
    const first = firsts[sequence];
    if (first === undefined || first.parent !== undefined) continue;
    // the first block at or after the sequence's start, found once for both searches back from it
    const before = firstStartingAt(ctx.blocks, first.start);
    const last = lastAnnouncement(ctx, before, Math.max(0, first.start - REACH, introductionStart(ctx, before)), first.start);
    if (!last) continue;
    const announced = NUMBER_WORDS[last.number.toLowerCase()] ?? Number(last.number);
    const count = counts[sequence]!;
    // "four proposals. First … Second … Fourth": the numbering skips, and proposal-numbering says so
    if (announced === count || announced === lastOrdinals[sequence]) continue;
    const { start } = last;
    findings.push({
      code: 'proposal-count',
      message: `The text announces ${last.number} ${last.noun}, but ${count} follow.`,
      start,
      end: start + last.length,
      related: ctx.proposals.filter((p) => p.sequence === sequence).map((p) => ({ ...p.markerSpan, message: `proposal ${p.ordinal}` })),
    });
  }
  return findings;
}
