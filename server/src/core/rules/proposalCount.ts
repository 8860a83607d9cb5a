import { allMatches } from '../text/allMatches';
import type { ItemList } from '../features/movedItems';
import { firstStartingAt } from '../features/spanSearch';
import type { Proposal } from '../types';
import type { DocumentRuleContext, RawFinding } from './ruleContext';
import { EMPTY_LIST } from '../text/emptyList';
import { countValue } from '../text/numberWords';

const ANNOUNCED =
  /\b(two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2})\s+(?:[a-z-]+\s+){0,2}?(proposals|steps|recommendations|measures|points|ideas|options|actions|priorities|principles|elements|moves|changes|initiatives|things)\b/gi;

/** How far before a sequence an announcement may stand. */
export const ANNOUNCEMENT_REACH = 600;

/** "three steps": where it stands in its block, its length, the number and the noun. */
interface Announcement {
  readonly index: number;
  readonly length: number;
  readonly number: string;
  readonly noun: string;
}

const NONE: readonly Announcement[] = EMPTY_LIST;

function announcementsIn(text: string): readonly Announcement[] {
  const found = allMatches(ANNOUNCED, text);
  return found.length === 0 ? NONE : found.map((m) => ({ index: m.index, length: m[0].length, number: m[1]!, noun: m[2]! }));
}

/**
 * The announcements of block `i`, found once per block scan and kept on it: a keystroke elsewhere
 * leaves them as they were, and the pattern is slow to run. (An announcement is read within one paragraph.)
 */
function announcementsOf(ctx: DocumentRuleContext, i: number): readonly Announcement[] {
  const scan = ctx.scans.at(i);
  return (scan.announcementsMemo ??= announcementsIn(scan.text)) as readonly Announcement[];
}

/**
 * The last announcement that lies wholly in [from, to), with its offset in the document; `before`
 * is the index of the first block that starts at or after `to`.
 */
function lastAnnouncement(ctx: DocumentRuleContext, before: number, from: number, to: number): (Announcement & { readonly start: number }) | undefined {
  // the last block that starts before `to`, then back over the blocks that reach into the window
  let i = before - 1;
  for (; i >= 0 && ctx.blocks.end(i) > from; i--) {
    const offset = ctx.blocks.start(i);
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
    if (ctx.scans.at(i).introduces && ctx.blocks.kind(i) !== 'heading') return ctx.blocks.start(i);
  }
  return 0;
}

/**
 * Words between an announcement and its list that make the list a selection ("the five principles,
 * including:", "three measures, among them:"): it need not hold them all.
 */
const SELECTION = /\b(?:including|among\s+(?:them|others|which|these)|such\s+as|for\s+(?:example|instance)|notably|in\s+particular|e\.g\.)/i;

/**
 * Whether a proposal of another sequence starts between `from` and the sequence's first item
 * `first`: an announcement before that list counts it ("three steps: 1. … 2. … 3. …", then
 * "Second, … Fourth, …" is no fourth step). Proposals are in document order.
 */
function anotherListBetween(proposals: ItemList<Proposal>, from: number, first: Proposal): boolean {
  const at = firstStartingAt(proposals, first.start);
  const previous = at > 0 ? proposals.at(at - 1) : undefined;
  return previous !== undefined && previous.start > from && previous.sequence !== first.sequence;
}

/**
 * proposal-count in one sequence (its proposals in document order): the text announces a number of
 * proposals before it, and then makes a different number. Only the text up to `ANNOUNCEMENT_REACH`
 * characters before the sequence is read (see `sequenceRules.ts`); before a sub-list, only its
 * parent's text ("1. Take three steps:" over two lettered items): an announcement before the
 * parent counts the parent's list, or another sub-list's.
 */
export function proposalCountIn(ctx: DocumentRuleContext, items: readonly Proposal[]): RawFinding | undefined {
  const first = items[0]!;
  // the first block at or after the sequence's start, found once for both searches back from it
  const before = ctx.blocks.firstStartingAt(first.start);
  const reach = Math.max(0, first.start - ANNOUNCEMENT_REACH);
  const from = first.parent === undefined ? Math.max(reach, introductionStart(ctx, before)) : Math.max(reach, ctx.proposals.at(first.parent)!.start);
  const last = lastAnnouncement(ctx, before, from, first.start);
  if (!last || anotherListBetween(ctx.proposals, last.start, first)) return undefined;
  // ANNOUNCED takes a number word or two digits, each of which is a count
  const announced = countValue(last.number)!;
  // "four proposals. First … Second … Fourth": the numbering skips, and proposal-numbering says so
  if (announced === items.length || announced === items.at(-1)!.ordinal) return undefined;
  if (SELECTION.test(ctx.textReader.slice(last.start + last.length, first.start))) return undefined;
  const { start } = last;
  return {
    code: 'proposal-count',
    message: `The text announces ${last.number.toLowerCase()} ${last.noun.toLowerCase()}, but ${items.length} ${items.length === 1 ? 'follows' : 'follow'}.`,
    start,
    end: start + last.length,
    related: items.map((p) => ({ ...p.markerSpan, message: `proposal ${p.ordinal}` })),
  };
}
