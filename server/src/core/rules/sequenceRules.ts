import type { Proposal } from '../types';
import { EMPTY_LIST } from '../text/emptyList';
import { namesNoActor, proposalActorIn } from './proposalActor';
import { ANNOUNCEMENT_REACH, proposalCountIn } from './proposalCount';
import { MAX_GAP, NUMBERING_REACH, ordinalSkips, proposalNumberingIn } from './proposalNumbering';
import type { DocumentRuleContext, RawFinding } from './ruleContext';
import { movedFinding, movedFindings, shiftedFindings } from './shiftFinding';
import type { SplicedSequences } from '../features/spliceStructure';
import type { ItemList } from '../features/movedItems';
import { ChunkedList } from '../blocks/chunkedList';
import { SequenceStretches, STRETCH_CHUNK, type StretchEditor } from './sequenceStretches';

/**
 * The findings of the rules that read one proposal sequence at a time (proposal-numbering within a
 * sequence, proposal-count, proposal-actor), by sequence, with the stretch of text each sequence's
 * rules read, and proposal-numbering's skips among other ordinals: kept with a version, so that the
 * next one runs these rules again only for the sequences an edit may have changed. A treaty text
 * has thousands of sequences, and running the rules over all of its proposals took three of the
 * seven milliseconds of a keystroke there.
 */
export interface SequenceFindings {
  /** The settings the findings were made with. */
  readonly settingsKey: string;
  /** Each sequence's proposals, as indices into the version's proposals, in document order. */
  readonly members: readonly (readonly number[])[];
  /**
   * Where the text each sequence's rules read starts (before the sequence, as far as they look back)
   * and ends (the end of its last proposal). (In typed arrays, as the other columns of a version: a
   * list of thousands of items has thousands of sequences, and a list of numbers is one more object
   * that the collector copies.)
   */
  readonly stretches: SequenceStretches;
  /**
   * Each sequence's findings, in chunks that versions share: a keystroke changes a few, and a copy of
   * a list of 17,000 was most of what the keystrokes in a long list spent here.
   */
  readonly findings: ChunkedList<readonly RawFinding[]>;
  /**
   * proposal-numbering's skips among ordinals that are no proposals (`ordinalSkips`): they read the
   * markers, kinds and order of the blocks and which markers are proposals', which moving the
   * proposals leaves as they were, so they move with the text.
   */
  readonly ordinalSkips: readonly RawFinding[];
}

/**
 * How a version's proposals came from the previous version's when they were moved rather than found
 * again (see `features/reuseStructure.ts`): the same sequences, made of the same proposals at the same
 * indices, each moved by the edit, those in the edited blocks read again from their new text. Or, when
 * `spliced`, the sequences around the edit made again and the others moved and renumbered (see
 * `features/spliceStructure.ts`).
 */
export interface MovedProposals {
  readonly previous: SequenceFindings;
  /** The edit, in the previous version's offsets: text from `editEnd` on moved by `delta`. */
  readonly editStart: number;
  readonly editEnd: number;
  readonly delta: number;
  readonly spliced?: SplicedSequences;
  /**
   * When not spliced: the proposals read again from their edited blocks, each as it was moved and as
   * it was read; every other proposal was moved.
   */
  readonly reread?: readonly { readonly before: Proposal; readonly after: Proposal }[];
}

/**
 * Whether the per-sequence rules read a proposal read again as they read it before: they read its
 * number and marker, which a proposal read again keeps (see `features/reuseStructure.ts`), whether
 * it names who must act, and the title of one that does not (proposal-actor's message).
 */
function readsAlike(before: Proposal, after: Proposal): boolean {
  const actorless = namesNoActor(after);
  return namesNoActor(before) === actorless && (!actorless || before.title === after.title);
}

/** Whether every proposal of sequence `s` among those read again `readsAlike`. */
function rereadAlike(reread: NonNullable<MovedProposals['reread']>, s: number): boolean {
  for (const { before, after } of reread) if (after.sequence === s && !readsAlike(before, after)) return false;
  return true;
}

/** How far before its first proposal a sequence's rules read the text: further only for a list that does not start at 1. */
const lookBack = (first: Proposal) => (first.ordinal === 1 ? ANNOUNCEMENT_REACH : Math.max(ANNOUNCEMENT_REACH, NUMBERING_REACH));

/** The findings of the rules the settings leave on, in one sequence. */
function findingsIn(ctx: DocumentRuleContext, items: readonly Proposal[]): readonly RawFinding[] {
  const levels = ctx.settings.rules;
  const numbering = levels['proposal-numbering'] === 'off' ? NONE : proposalNumberingIn(ctx.textReader, items);
  const count = levels['proposal-count'] === 'off' ? undefined : proposalCountIn(ctx, items);
  const actor = levels['proposal-actor'] === 'off' ? NONE : proposalActorIn(items);
  if (!count && actor.length === 0) return numbering;
  return [...numbering, ...(count ? [count] : []), ...actor];
}

const NONE: readonly RawFinding[] = EMPTY_LIST;

/** Each sequence's read stretch and findings, as `SequenceFindings` keeps them. */
interface SequenceColumns {
  readonly stretches: SequenceStretches;
  readonly findings: ChunkedList<readonly RawFinding[]>;
}

/**
 * The per-sequence rules' findings and the ordinal skips (see `SequenceFindings`), and what the next
 * version keeps of them. After `moved`, a sequence keeps its findings, moved with it, unless the
 * edit lies in the text its rules read; else its rules run again. The skips move with the text.
 */
export function findingsBySequence(
  ctx: DocumentRuleContext,
  settingsKey: string,
  moved: MovedProposals | undefined,
): { readonly findings: RawFinding[]; readonly kept: SequenceFindings } {
  const { proposals } = ctx;
  const previous = moved?.previous.settingsKey === settingsKey ? moved.previous : undefined;
  const spliced = moved?.spliced;
  const members = !previous ? membersOf(proposals) : spliced ? splicedMembers(previous.members, proposals, spliced) : previous.members;
  const columns = previous && !spliced ? keptThroughEdit(ctx, previous, moved!) : sequenceColumns(ctx, members, previous, moved);
  const findings: RawFinding[] = [];
  for (let s = 0; s < members.length; s++) {
    const found = columns.findings.at(s);
    for (let k = 0; k < found.length; k++) findings.push(found[k]!);
  }
  const skips =
    ctx.settings.rules['proposal-numbering'] === 'off'
      ? NONE
      : !previous
        ? ordinalSkips(ctx)
        : spliced
          ? splicedSkips(ctx, previous.ordinalSkips, moved!, spliced)
          : previous.ordinalSkips.length === 0
            ? previous.ordinalSkips
            : movedFindings(previous.ordinalSkips, moved!.editEnd, moved!.delta);
  for (const f of skips) findings.push(f);
  return { findings, kept: { settingsKey, members, stretches: columns.stretches, findings: columns.findings, ordinalSkips: skips } };
}

/**
 * The columns after an edit that kept the sequences (not spliced): the stretches wholly before the
 * edit kept and those wholly after it moved, a chunk at a time where a chunk lies wholly on one side
 * (see `SequenceStretches`); the findings of the previous version, with only the changed sequences'
 * entries replaced in their chunks. Copying the nested benchmark list's 17,000 sequences' findings
 * into a new list at each keystroke was most of what the keystroke spent here.
 */
function keptThroughEdit(ctx: DocumentRuleContext, previous: SequenceFindings, moved: MovedProposals): SequenceColumns {
  const { editStart, editEnd, delta } = moved;
  const stretches = previous.stretches.edit();
  const changed = new Map<number, readonly RawFinding[]>();
  const count = previous.stretches.length;
  for (let c = 0; c < previous.stretches.chunkCount; c++) {
    const first = c * STRETCH_CHUNK;
    const end = Math.min(count, first + STRETCH_CHUNK);
    // wholly before the edit (an empty sequence, read from -1 to -1, too): as they were
    if (previous.stretches.most(c) < editStart) continue;
    if (previous.stretches.least(c) > editEnd) {
      // wholly after it: moved
      stretches.moveChunk(c, delta);
      for (let s = first; s < end; s++) {
        const before = previous.findings.at(s);
        if (before.length > 0) changed.set(s, shiftedFindings(before, delta));
      }
      continue;
    }
    for (let s = first; s < end; s++) keptSequenceThroughEdit(ctx, previous, moved, stretches, changed, s);
  }
  return { stretches: stretches.finish(), findings: previous.findings.with(changed) };
}

/** `keptThroughEdit` for sequence `s`, in a chunk that lies on both sides of the edit or in it. */
function keptSequenceThroughEdit(
  ctx: DocumentRuleContext,
  previous: SequenceFindings,
  { editStart, editEnd, delta, reread }: MovedProposals,
  stretches: StretchEditor,
  changed: Map<number, readonly RawFinding[]>,
  s: number,
): void {
  const from = previous.stretches.from(s);
  const to = previous.stretches.to(s);
  if (to < editStart) return;
  if (from > editEnd) {
    stretches.set(s, from + delta, to + delta);
    const before = previous.findings.at(s);
    if (before.length > 0) changed.set(s, shiftedFindings(before, delta));
    return;
  }
  const indices = previous.members[s]!;
  // (a proposal read again lies in an edited block, and reads differently only if the edit lies
  // in its own text, and so in what its sequence's rules read)
  if (reread && ctx.proposals.at(indices[0]!)!.start <= editStart && rereadAlike(reread, s)) {
    // an edit inside the sequence, after its first marker (the text before it is as it was),
    // that changed nothing its rules read: its findings moved with the text (a keystroke in an
    // item of a list of thousands ran them over every item)
    const before = previous.findings.at(s);
    if (before.length > 0) changed.set(s, movedFindings(before, editEnd, delta));
    stretches.set(s, from, to + delta);
    return;
  }
  const read = readSequence(ctx, indices);
  stretches.set(s, read.from, read.to);
  changed.set(s, read.findings);
}

/** The columns of every sequence: made, or after a splice, made in its window and kept or moved outside it. */
function sequenceColumns(ctx: DocumentRuleContext, members: readonly (readonly number[])[], previous: SequenceFindings | undefined, moved: MovedProposals | undefined): SequenceColumns {
  const spliced = moved?.spliced;
  // the previous version's number of each sequence, or -1 for one made again
  const previousNumber = (s: number) => (!previous || !spliced ? -1 : s < spliced.first ? s : s < spliced.newEnd ? -1 : s - spliced.newEnd + spliced.oldEnd);
  const count = members.length;
  const readFrom = new Int32Array(count);
  const readTo = new Int32Array(count);
  const bySequence: (readonly RawFinding[])[] = new Array(count);
  // read once, outside the loop
  const editStart = moved?.editStart ?? 0;
  const editEnd = moved?.editEnd ?? 0;
  const delta = moved?.delta ?? 0;
  for (let s = 0; s < count; s++) {
    let found: readonly RawFinding[] | undefined;
    const was = previousNumber(s);
    if (was >= 0) {
      const from = previous!.stretches.from(was);
      const to = previous!.stretches.to(was);
      if (to < editStart) {
        // wholly before the edit: as it was
        found = previous!.findings.at(was);
        readFrom[s] = from;
        readTo[s] = to;
      } else if (from > editEnd) {
        // wholly after it: moved
        const before = previous!.findings.at(was);
        found = before.length === 0 ? before : shiftedFindings(before, delta);
        readFrom[s] = from + delta;
        readTo[s] = to + delta;
      }
    }
    if (found === undefined) {
      const read = readSequence(ctx, members[s]!);
      found = read.findings;
      readFrom[s] = read.from;
      readTo[s] = read.to;
    }
    bySequence[s] = found;
  }
  return { stretches: SequenceStretches.of(readFrom, readTo), findings: ChunkedList.of(bySequence) };
}

/** What the rules found in one sequence, and the stretch of text they read (-1 to -1 for an empty sequence). */
interface SequenceRead {
  readonly findings: readonly RawFinding[];
  readonly from: number;
  readonly to: number;
}

const EMPTY_READ: SequenceRead = { findings: NONE, from: -1, to: -1 };

/** Runs the rules over the sequence whose proposals are at `indices`. */
function readSequence(ctx: DocumentRuleContext, indices: readonly number[]): SequenceRead {
  // no sequence is empty; were one, it would read nothing
  if (indices.length === 0) return EMPTY_READ;
  const items: Proposal[] = new Array(indices.length);
  for (let k = 0; k < indices.length; k++) items[k] = ctx.proposals.at(indices[k]!)!;
  let end = items[0]!.end;
  for (const p of items) end = Math.max(end, p.end);
  return { findings: findingsIn(ctx, items), from: items[0]!.start - lookBack(items[0]!), to: end };
}

/**
 * The members of the sequences after a splice: the previous version's before the window, the
 * window's own, and the previous version's after it, their indices moved by the change in the
 * number of proposals.
 */
function splicedMembers(previous: readonly (readonly number[])[], proposals: ItemList<Proposal>, spliced: SplicedSequences): (readonly number[])[] {
  const window: number[][] = [];
  for (let i = spliced.firstIndex; i < proposals.length && proposals.at(i)!.sequence < spliced.newEnd; i++) (window[proposals.at(i)!.sequence - spliced.first] ??= []).push(i);
  const after = previous.slice(spliced.oldEnd);
  const shift = spliced.proposalShift;
  return [...previous.slice(0, spliced.first), ...window, ...(shift === 0 ? after : after.map((m) => m.map((k) => k + shift)))];
}

/**
 * Each sequence's proposals, as indices, in document order (the proposals are). Each list is made
 * at its length, counted first, and filled from its end: a list grown by `push` keeps room for 17
 * (a treaty text's 2,948 lists, three proposals each, kept 330 KB more).
 */
function membersOf(proposals: ItemList<Proposal>): number[][] {
  const sizes: number[] = [];
  for (let i = 0; i < proposals.length; i++) {
    const s = proposals.at(i)!.sequence;
    while (sizes.length <= s) sizes.push(0);
    sizes[s]!++;
  }
  const members = sizes.map((size) => new Array<number>(size));
  for (let i = proposals.length - 1; i >= 0; i--) {
    const s = proposals.at(i)!.sequence;
    members[s]![--sizes[s]!] = i;
  }
  return members;
}

/**
 * proposal-numbering's skips after a splice: the previous version's before and after the blocks
 * that may read differently (moved), and theirs found again. A run of ordinals ends at a heading and
 * after more than `MAX_GAP` blocks without an ordinal (see `ordinalSkips`), so those blocks run from
 * such a boundary before the window to one after it: in a treaty text, whose ordinals are few, a
 * few blocks; until the twenty-third round, every block whenever the window did not start and end
 * at headings, 13,444 of them at each keystroke that made a new item in the benchmark's treaty text.
 */
function splicedSkips(ctx: DocumentRuleContext, previous: readonly RawFinding[], moved: MovedProposals, spliced: SplicedSequences): readonly RawFinding[] {
  const { blocks } = ctx;
  const from = runBoundaryBefore(ctx, spliced.fromBlock);
  const to = runBoundaryAfter(ctx, spliced.toBlock);
  const inWindow = ordinalSkips(ctx, from, to);
  if (previous.length === 0 && inWindow.length === 0) return previous;
  // `from` lies before the edit and `to` after it, so `to`'s block stood `delta` earlier
  const fromOffset = from === 0 ? 0 : blocks.start(from);
  const previousTo = to === blocks.length ? Infinity : blocks.start(to) - moved.delta;
  const before = previous.filter((f) => f.start < fromOffset);
  const after = previous.filter((f) => f.start >= previousTo).map((f) => movedFinding(f, moved.editEnd, moved.delta));
  return [...before, ...inWindow, ...after];
}

/** Whether a block holds an ordinal marker ("Second,"), which a run of ordinals reads. */
const holdsOrdinal = (ctx: DocumentRuleContext, block: number) => ctx.scans.at(block).markers.some((m) => m.style === 'ordinal');

/**
 * The block at or before `block` where no run of ordinals goes on from earlier blocks: a heading,
 * the block after more than `MAX_GAP` blocks without an ordinal, or the first block.
 */
function runBoundaryBefore(ctx: DocumentRuleContext, block: number): number {
  let quiet = 0;
  for (let b = block; b > 0; b--) {
    if (ctx.blocks.kind(b) === 'heading') return b;
    quiet = holdsOrdinal(ctx, b - 1) ? 0 : quiet + 1;
    if (quiet > MAX_GAP) return b + MAX_GAP;
  }
  return 0;
}

/**
 * The block at or after `block` from which no run of ordinals goes on from earlier blocks: a
 * heading, the block after more than `MAX_GAP` blocks without an ordinal, or the document's end.
 */
function runBoundaryAfter(ctx: DocumentRuleContext, block: number): number {
  let quiet = 0;
  for (let b = block; b < ctx.blocks.length; b++) {
    if (ctx.blocks.kind(b) === 'heading') return b;
    quiet = holdsOrdinal(ctx, b) ? 0 : quiet + 1;
    if (quiet > MAX_GAP) return b + 1;
  }
  return ctx.blocks.length;
}
