import type { ChunkedList } from '../blocks/chunkedList';
import type { TextReader } from '../text/documentText';
import type { BlockScan, ScannedMarker } from '../blocks/blockScan';
import type { BlockChanges } from '../blocks/resplit';
import type { BlockList } from '../blocks/blockList';
import type { Block } from '../blocks/splitBlocks';
import type { MentionIndex } from './mentionIndex';
import { buildFolds, movedNode, nodeOfProposal, sectionNode } from './outline';
import { movedWhole } from './shiftedNode';
import { announcesOthers, describesTextAt, endsWithColon, introducesOnly, introductionReadAfter, rereadProposals, type ProposalSlot } from './proposals';
import type { Fold, OutlineNode, Proposal, Span } from '../types';
import { firstItemStartingAt, movedItem, MovedItems, movedSpanBy, type ItemMover } from './movedItems';
import { OffsetShift } from './offsetShift';
import { EMPTY_LIST } from '../text/emptyList';

/** What the structure passes produced for the previous version of a document. */
export interface PreviousStructure {
  readonly blocks: BlockList;
  readonly scans: ChunkedList<BlockScan>;
  /** Each block's results object: the same object while the block's mentions and findings are. */
  readonly results: ChunkedList<unknown>;
  readonly dateIso: string;
  readonly proposals: MovedItems<Proposal>;
  readonly outline: MovedItems<OutlineNode>;
  readonly folds: MovedItems<Fold>;
  /** The blocks where the collection of proposal sequences started afresh, in order (see `ProposalWindow.from`). */
  readonly resets: readonly number[];
}

/** A paragraph that can hold no proposal, introduce none and head nothing. */
const inert = (scan: BlockScan) =>
  scan.kind === 'paragraph' && !scan.introduces && scan.markers.length === 0 && !scan.paragraphMarker()?.recommends && !announcesOthers(scan) && !describesTextAt(scan);

/** Whether two markers are alike in all that proposal sequences read of them; the text after them may differ. */
function sameMarker(a: ScannedMarker, b: ScannedMarker): boolean {
  return (
    a.style === b.style &&
    a.value === b.value &&
    a.closes === b.closes &&
    a.text === b.text &&
    a.start === b.start &&
    a.end === b.end &&
    a.bodyStart === b.bodyStart &&
    a.recommends === b.recommends &&
    // under "Conclusions and recommendations" an item that states a finding is no proposal (see `findProposals`)
    (a.recommends || a.statesFinding === b.statesFinding) &&
    // a closing "Finally," that asks nothing is no proposal after unannounced ones (see `findProposals`)
    (a.value !== 'last' || a.closingAsks === b.closingAsks)
  );
}

/**
 * Whether an edited block that may hold proposals plays the same part in the proposal sequences as
 * before: a paragraph or list item of the same kind and indentation, with the same markers at the
 * same places recommending alike, its implicit marker alike, introducing proposals alike, and ending
 * with a colon alike (a list after an ordinal that ends so hangs from it). Not a heading (its words
 * name a section), nor the paragraph right after one (under a numbered heading, it says who must act
 * in that heading's proposal). Only the structure of its own proposals (title, entities, parties) can
 * then have changed, and that of the proposals that read it as their introduction, which the caller
 * checks for (`introductionReadAfter`).
 */
function samePart(before: BlockScan, after: BlockScan, was: Block, is: Block, blockBefore: Block | undefined): boolean {
  if (is.kind === 'heading' || (is.kind === 'paragraph' && blockBefore?.kind === 'heading')) return false;
  if (before.kind !== after.kind || was.kind !== is.kind || was.level !== is.level || before.introduces !== after.introduces) return false;
  if (endsWithColon(before.text) !== endsWithColon(after.text)) return false;
  // an item that only introduces those under it ("7. That you:") is no proposal of its own (see `findProposals`)
  if (introducesOnly(before) !== introducesOnly(after)) return false;
  // "Three tests lie ahead:" keeps the list after it from the heading's introduction (see `collectSequences`)
  if (announcesOthers(before) !== announcesOthers(after)) return false;
  // "The resolution adopted today does two things." makes the list after it no proposals (see `isProposalRoot`)
  if (describesTextAt(before) !== describesTextAt(after)) return false;
  const markersBefore = before.markers;
  const markersAfter = after.markers;
  if (markersBefore.length !== markersAfter.length) return false;
  for (let k = 0; k < markersBefore.length; k++) if (!sameMarker(markersBefore[k]!, markersAfter[k]!)) return false;
  const implicitBefore = before.paragraphMarker();
  const implicitAfter = after.paragraphMarker();
  return implicitBefore === undefined || implicitAfter === undefined ? implicitBefore === implicitAfter : sameMarker(implicitBefore, implicitAfter);
}

/**
 * Whether the proposal sequences, sections and folds of the previous version still hold, moved by
 * the edit: the edit replaced blocks one for one, each either a paragraph that can make no proposal
 * (the usual keystroke), a block that plays the same part in the sequences (a keystroke inside a
 * proposal, see `samePart`) or a heading that only names its section (see `onlyNamesItsSection`),
 * and every other block reads exactly as before (same date, and the caller has checked that every
 * block the edit kept has the same results). Returns undefined when they may not hold; else the new
 * indices of the edited blocks of the second kind, whose proposals are to be read again
 * (`rereadStructure`), and of the headings, whose sections are to be named again
 * (`withSectionsRenamed`): usually none.
 */
export function structureUnchanged(
  previous: PreviousStructure,
  current: { readonly blocks: BlockList; readonly scans: ChunkedList<BlockScan>; readonly results: ChunkedList<unknown> },
  edit: BlockChanges & { readonly editEnd: number; readonly delta: number },
  dateIso: string,
): StructureEdits | undefined {
  const { blocks, scans, results } = current;
  const { added, removed } = edit;
  if (previous.dateIso !== dateIso || scans.length !== previous.scans.length) return undefined;
  if (removed.length !== added.length) return undefined;
  const endsAtEdit = blockEndingAt(previous.blocks, edit.editEnd);
  if (endsAtEdit >= 0 && !removed.includes(endsAtEdit) && edit.delta !== 0) return undefined;
  const moved = OffsetShift.edit(edit.editEnd, edit.delta);
  let reread: EditedBlock[] | undefined;
  let renamed: number[] | undefined;
  for (let k = 0; k < added.length; k++) {
    // every re-split block sits where the edit moved it: not so when a stretch was cut and pasted
    const was = previous.blocks.at(removed[k]!)!;
    const is = blocks.at(added[k]!)!;
    if (is.start !== moved.of(was.start) || is.end !== moved.of(was.end)) return undefined;
    const before = previous.scans.at(removed[k]!);
    const after = scans.at(added[k]!);
    if (before === after) {
      if (previous.results.at(removed[k]!) !== results.at(added[k]!)) return undefined;
      continue;
    }
    if (inert(before) && inert(after)) continue;
    if (onlyNamesItsSection(before, after, was, is)) {
      (renamed ??= []).push(added[k]!);
      continue;
    }
    if (!samePart(before, after, was, is, blocks.at(added[k]! - 1))) return undefined;
    // an introduction whose words the proposals after it read (an item that only introduces its sub-items, "7. That you:", too): they are read again with the rest
    if ((after.introduces || introducesOnly(after)) && introductionReadAfter(scans, added[k]!)) return undefined;
    (reread ??= []).push({ index: added[k]!, before });
  }
  return reread || renamed ? { reread: reread ?? NOTHING_TO_REREAD, renamed: renamed ?? NO_HEADINGS } : NO_EDITS;
}

/** The edited blocks whose structure is made again in place, by kind (see `structureUnchanged`). */
export interface StructureEdits {
  readonly reread: readonly EditedBlock[];
  /** The headings that name their sections anew. */
  readonly renamed: readonly number[];
}

const NO_HEADINGS: readonly number[] = EMPTY_LIST;
const NO_EDITS: StructureEdits = { reread: EMPTY_LIST, renamed: NO_HEADINGS };

/**
 * Whether an edited heading only names its section, before and after the edit: a heading of the
 * same level, without markers (a numbered heading is a proposal) and introducing no proposals (the
 * heading of a section that does says who must act in them). The sequences close at it as before,
 * and no proposal reads its words; the section's outline node takes its new name.
 */
function onlyNamesItsSection(before: BlockScan, after: BlockScan, was: Block, is: Block): boolean {
  return (
    was.kind === 'heading' &&
    is.kind === 'heading' &&
    was.level === is.level &&
    before.markers.length === 0 &&
    after.markers.length === 0 &&
    !before.introduces &&
    !after.introduces &&
    before.paragraphMarker() === undefined &&
    after.paragraphMarker() === undefined
  );
}

/**
 * The moved structure with the sections of the headings at `headings` named anew from their text,
 * and the nodes that hold them copied; undefined when a heading's section is not where it should
 * be, and the caller then makes the structure again. The proposals and folds are the moved ones.
 */
export function withSectionsRenamed(moved: MovedStructure, headings: readonly number[], text: TextReader, blocks: BlockList): MovedStructure | undefined {
  const again = new Map<number, OutlineNode>();
  for (const heading of headings) {
    const block = blocks.at(heading)!;
    const i = firstItemStartingAt(moved.outline, block.start + 1) - 1;
    const top = again.get(i) ?? moved.outline.at(i);
    const renamed = top && renamedSection(top, block, text);
    if (!renamed) return undefined;
    again.set(i, renamed);
  }
  return { ...moved, outline: moved.outline.with(again) };
}

/** `node` with the section that `heading` opens, itself or one inside it, named anew; undefined when there is none. */
function renamedSection(node: OutlineNode, heading: Block, text: TextReader): OutlineNode | undefined {
  if (node.kind !== 'section' || heading.start < node.start || heading.start >= node.end) return undefined;
  if (node.start === heading.start) return sectionNode(text, heading, node.end, node.children);
  const k = node.children.findIndex((child) => child.kind === 'section' && child.start <= heading.start && heading.start < child.end);
  const child = k >= 0 ? renamedSection(node.children[k]!, heading, text) : undefined;
  if (!child) return undefined;
  const children = node.children.slice();
  children[k] = child;
  return movedNode(node, node.start, node.end, node.selection, children);
}

/**
 * The index of the block that ends exactly at `offset`, or -1. Where that is where the edit ends and
 * the block is kept, what ends with it stays put, though moving an offset moves every one from
 * `editEnd` on: text typed after the last character of the document is no part of its last block.
 * The structure is then made again.
 */
export function blockEndingAt(blocks: BlockList, offset: number): number {
  const i = blocks.firstEndingAtOrAfter(offset);
  return i < blocks.length && blocks.end(i) === offset ? i : -1;
}

/** A block an edit changed without changing its part in the proposal sequences: its new index, and its scan before the edit. */
export interface EditedBlock {
  readonly index: number;
  readonly before: BlockScan;
}

const NOTHING_TO_REREAD: readonly EditedBlock[] = EMPTY_LIST;

/** How an outline node moves with the text: with its children, each of which moves as it does. */
export const NODE_MOVER: ItemMover<OutlineNode> = {
  // a node that starts after the edit moves whole, and so do its children
  whole: movedWhole,
  across: (n, shift) =>
    movedNode(
      n,
      shift.of(n.start),
      shift.of(n.end),
      movedSpanBy(n.selection, shift),
      n.kind === 'entity' ? n.children : n.children.map((child) => movedItem(child, shift, NODE_MOVER)),
    ),
};

/** How a fold moves with the text. */
export const FOLD_MOVER: ItemMover<Fold> = {
  whole: (f, by) => ({ start: f.start + by, end: f.end + by, kind: f.kind }),
  across: (f, shift) => ({ start: shift.of(f.start), end: shift.of(f.end), kind: f.kind }),
};

/**
 * The previous version's structure, moved to the new text's offsets: the edit is added to the
 * lists' shift, and each item moves when read (see `MovedItems`).
 */
export function movedStructure(previous: PreviousStructure, editEnd: number, delta: number): MovedStructure {
  return {
    proposals: previous.proposals.moved(editEnd, delta),
    outline: previous.outline.moved(editEnd, delta),
    folds: previous.folds.moved(editEnd, delta),
  };
}

/** Items moved by an edit that moved the offsets at or after `editEnd` by `delta`: those that end before it as they are, the others copied. */
export function movedList<T extends Span>(items: readonly T[], editEnd: number, delta: number, mover: ItemMover<T>): T[] {
  const edit = OffsetShift.edit(editEnd, delta);
  return items.map((item) => movedItem(item, edit, mover));
}

/** A version's structure moved from the previous one's: its proposals, outline and folds. */
export interface MovedStructure {
  readonly proposals: MovedItems<Proposal>;
  readonly outline: MovedItems<OutlineNode>;
  readonly folds: MovedItems<Fold>;
  /** The indices of the proposals read again from their new text (`rereadStructure`), in order; the others were moved. */
  readonly reread?: readonly number[];
}

/**
 * The moved structure with the proposals of the edited blocks read again from their new text
 * (`rereadProposals`), their outline nodes made again (with their sub-items' nodes), and the folds
 * found again when the edit typed or removed a line break (which makes a proposal foldable or not).
 * Undefined when a proposal cannot be read so; the caller then makes the structure again.
 */
export function rereadStructure(
  moved: MovedStructure,
  edited: readonly EditedBlock[],
  text: TextReader,
  blocks: BlockList,
  scans: ChunkedList<BlockScan>,
  index: MentionIndex,
  identities: ChunkedList<unknown>,
  /** Whether the edit neither removed nor typed a line break: no node then starts or stops spanning lines, and the moved folds hold. */
  sameLineBreaks: boolean,
): MovedStructure | undefined {
  const reread = rereadProposals(moved.proposals, edited, blocks, scans, index, identities);
  if (!reread) return undefined;
  if (reread.changed.length === 0) return moved;
  const changed = new Map<number, { readonly proposal: Proposal; readonly slot: ProposalSlot }>();
  reread.changed.forEach((i, k) => changed.set(reread.proposals.at(i)!.start, { proposal: reread.proposals.at(i)!, slot: reread.slots[k]! }));
  const outline = topNodesMadeAgain(moved.outline, changed, index);
  // the proposals read again span what their moved nodes spanned (their markers are the same), so
  // without a line break typed or removed the folds are the moved ones; found again, they took a
  // tenth of a keystroke in a treaty text of 9,000 proposals
  const folds = sameLineBreaks ? moved.folds : MovedItems.of(buildFolds(text, blocks, outline.toArray()), FOLD_MOVER);
  return { proposals: reread.proposals, outline, folds, reread: reread.changed };
}

/**
 * The outline with the top-level nodes that hold a proposal read again made again (see
 * `withProposalsMadeAgain`), found by its start: top-level nodes do not overlap.
 */
function topNodesMadeAgain(
  outline: MovedItems<OutlineNode>,
  changed: ReadonlyMap<number, { readonly proposal: Proposal; readonly slot: ProposalSlot }>,
  index: MentionIndex,
): MovedItems<OutlineNode> {
  const again = new Map<number, OutlineNode>();
  for (const start of changed.keys()) {
    const i = firstItemStartingAt(outline, start + 1) - 1;
    if (i < 0 || again.has(i)) continue;
    const node = outline.at(i)!;
    if (start >= node.end) continue;
    const [made] = withProposalsMadeAgain([node], changed, index);
    if (made !== node) again.set(i, made!);
  }
  return outline.with(again);
}

/**
 * The outline with the nodes of the proposals read again (by start) made again, and the nodes that
 * hold them copied; a proposal's new node takes its sub-items' nodes, themselves made again where
 * they were read again.
 */
function withProposalsMadeAgain(
  nodes: readonly OutlineNode[],
  changed: ReadonlyMap<number, { readonly proposal: Proposal; readonly slot: ProposalSlot }>,
  index: MentionIndex,
): readonly OutlineNode[] {
  let any = false;
  const result = nodes.map((n) => {
    if (n.kind === 'entity' || !holdsAny(n, changed)) return n;
    const children = n.children.length === 0 ? n.children : withProposalsMadeAgain(n.children, changed, index);
    const again = n.kind === 'proposal' ? changed.get(n.start) : undefined;
    if (again) {
      any = true;
      const node = nodeOfProposal(again.proposal, children.filter((child) => child.kind === 'proposal'), index);
      // kept for the next version that makes the outline again, as a node no build placed
      again.slot.node = node;
      again.slot.ordinal = again.proposal.ordinal;
      again.slot.placedIn = 0;
      return node;
    }
    if (children === n.children) return n;
    any = true;
    return movedNode(n, n.start, n.end, n.selection, children);
  });
  return any ? result : nodes;
}

const holdsAny = (n: Span, byStart: ReadonlyMap<number, unknown>) => {
  for (const start of byStart.keys()) if (start >= n.start && start < n.end) return true;
  return false;
};
