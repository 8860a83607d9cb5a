import type { ChunkedList } from '../blocks/chunkedList';
import type { TextReader } from '../text/documentText';
import type { BlockScan } from '../blocks/blockScan';
import type { BlockList } from '../blocks/blockList';
import type { BlockOrigins } from '../blocks/resplit';
import type { Fold, OutlineNode } from '../types';
import type { MentionIndex } from './mentionIndex';
import { foldOf, foldsOf, movedNode, proposalNodes, sectionNode } from './outline';
import { findProposals, markedBeforeNextHeading, type ProposalWindow } from './proposals';
import { blockEndingAt, movedList, NODE_MOVER, type MovedStructure, type PreviousStructure } from './reuseStructure';
import { firstItemStartingAt, type MovedItems } from './movedItems';
import { firstStartingAt } from './spanSearch';
import { indexInSorted } from '../text/sortedNumbers';

/*
 * A keystroke that changes the proposal sequences (a new numbered item, a list item deleted) makes
 * the proposals of the few blocks around it again, not those of the whole document. A heading
 * without markers closes every sequence, and what comes after it depends on the blocks before it
 * only through an introduction right before it ("… the following:" then the heading, then a list);
 * so does a fresh start of a list, given its section's state. So the blocks between two such
 * blocks around the edit make the same proposals in the document as they would alone, and the
 * proposals outside them are the previous version's, moved and renumbered. A treaty text of 9,000
 * proposals took about 25 ms to make them all again.
 */

/** The version's blocks as the analysis has read them. */
export interface CurrentBlocks {
  readonly text: TextReader;
  readonly blocks: BlockList;
  readonly scans: ChunkedList<BlockScan>;
  /** Each block's results object: the same object while the block's mentions and findings are. */
  readonly results: ChunkedList<unknown>;
  readonly index: MentionIndex;
}

/** How the re-split blocks came from the previous version's (see `blocks/resplit.ts`). */
export interface BlockEdit {
  readonly origins: BlockOrigins;
  readonly editEnd: number;
  readonly delta: number;
}

/**
 * Which sequences the splice made again: those numbered from `first` before `oldEnd` became those
 * before `newEnd`; and the window they lie in.
 */
export interface SplicedSequences {
  readonly first: number;
  readonly oldEnd: number;
  readonly newEnd: number;
  /** The window's first block and the block after its last, in this version: the edit lies between them. */
  readonly fromBlock: number;
  readonly toBlock: number;
  /** The index of the window's first proposal, and how many more proposals the window has than before. */
  readonly firstIndex: number;
  readonly proposalShift: number;
}

export interface SplicedStructure extends MovedStructure {
  readonly sequences: SplicedSequences;
  /** The blocks where the collection of sequences starts afresh (see `ProposalWindow.from`). */
  readonly resets: readonly number[];
}

/** The blocks whose proposals are made again, as `findProposals` reads them, and where they lie in the previous version. */
interface Window extends Omit<ProposalWindow, 'firstSequence' | 'firstIndex'> {
  /** The block `to` in the previous version. */
  readonly previousTo: number;
  /** Whether the edit changed the words of the heading of the window's section (`section`). */
  readonly retitled: boolean;
}

const isHeading = (blocks: BlockList, i: number) => blocks.kind(i) === 'heading';
/** Whether block `i` may introduce the sequence of the block two after it, across a heading (see `collectSequences`). */
const mayIntroduce = (blocks: BlockList, scans: ChunkedList<BlockScan>, i: number) => i >= 0 && i < blocks.length && !isHeading(blocks, i) && scans.at(i).introduces;

/**
 * The window of blocks around the edit whose proposals are made again, between headings or fresh
 * starts (see `ProposalWindow.from`), or undefined when the edit made or removed a heading or changed
 * one's level or markers, a heading with markers would open or close the window or hold it, the
 * window's section reads otherwise than before, or the blocks outside it do not read as before (a
 * reading of the document changed, or a stretch was cut and pasted).
 */
function windowAround(previous: PreviousStructure, current: CurrentBlocks, { origins, editEnd, delta }: BlockEdit): Window | undefined {
  const { blocks, scans, results } = current;
  const n = blocks.length;
  const shift = n - previous.blocks.length;
  const kept = (i: number, was: number) => was >= 0 && origins.at(i) === was && previous.results.at(was) === results.at(i);
  let first = 0;
  while (first < n && kept(first, first)) first++;
  if (first === n && shift === 0) return undefined;
  const endsAtEdit = blockEndingAt(previous.blocks, editEnd);
  if (endsAtEdit >= 0 && endsAtEdit < first && delta !== 0) return undefined;
  let last = n - 1;
  while (last >= first && kept(last, last - shift)) last--;
  // the blocks before the change and after it must not overlap in the previous version
  if (last - shift < first - 1) return undefined;
  // a heading typed into opens the window, while it stays one of its level without markers
  const retitled =
    first <= last &&
    first <= last - shift &&
    isHeading(blocks, first) &&
    isHeading(previous.blocks, first) &&
    blocks.level(first) === previous.blocks.level(first) &&
    scans.at(first).markers.length === 0 &&
    previous.scans.at(first).markers.length === 0;
  const changesStructure = (list: BlockList, i: number) => (isHeading(list, i) && !(retitled && i === first)) || list.kind(i) === 'frontmatter';
  for (let i = first; i <= last; i++) if (changesStructure(blocks, i)) return undefined;
  for (let i = first; i <= last - shift; i++) if (changesStructure(previous.blocks, i)) return undefined;
  const freshStart = (i: number) => indexInSorted(previous.resets, i) !== -1;
  // the nearest heading or fresh start before the edit (the heading itself when words were typed into it)
  let from = retitled ? first : first - 1;
  while (from >= 0 && !isHeading(blocks, from) && !freshStart(from)) from--;
  if (from >= 0 && isHeading(blocks, from) && scans.at(from).markers.length > 0) return undefined;
  // the heading of the section the window lies in
  const heading = blocks.headingAtOrBefore(from);
  if (heading >= 0 && scans.at(heading).markers.length > 0) return undefined;
  // the nearest heading after the edit, or fresh start far enough after it that no introduction the
  // edit changed reaches it (not after a heading typed into: its words may introduce the lists of
  // its whole section)
  let to = last + 1;
  while (to < n && !isHeading(blocks, to) && !(!retitled && to >= last + 3 && freshStart(to - shift))) to++;
  const endsAtReset = to < n && !isHeading(blocks, to);
  // a window that holds part of a section only reads it as the rest does: whether it introduces
  // proposals, and whether its paragraphs are they, which an edit that makes or removes its only
  // markers changes for all of them
  if (heading >= 0 && (heading < from || endsAtReset) && sectionState(blocks, scans, heading) !== sectionState(previous.blocks, previous.scans, heading)) return undefined;
  if (to < n && !endsAtReset && scans.at(to).markers.length > 0) return undefined;
  // an introduction right before the closing heading reaches the list after it: then it must be the same block
  if (to < n && !endsAtReset && to === last + 1 && (mayIntroduce(blocks, scans, to - 1) || mayIntroduce(previous.blocks, previous.scans, to - 1 - shift)))
    return undefined;
  // the last block before the window that introduces, if it may reach the window's first markers
  let intro: number | undefined;
  for (let j = from - 1; j >= Math.max(0, from - 2) && intro === undefined; j--) if (mayIntroduce(blocks, scans, j)) intro = j;
  return { from: Math.max(0, from), to, intro, section: heading, endsAtReset, previousTo: to - shift, retitled };
}

/** How the section of a heading without markers reads its blocks: 0 when it introduces nothing, 1 when it introduces what its markers mark, 2 when its paragraphs are its proposals. */
const sectionState = (blocks: BlockList, scans: ChunkedList<BlockScan>, heading: number) =>
  !scans.at(heading).introduces ? 0 : markedBeforeNextHeading(blocks, scans, heading) ? 1 : 2;

/**
 * The previous version's structure with the proposals, outline nodes and folds of the blocks around
 * the edit made again (see the note above), or undefined when they cannot be made so; the caller then
 * makes the whole structure again. `sequenceCount` is the number of the previous version's sequences.
 */
export function splicedStructure(
  previous: PreviousStructure,
  current: CurrentBlocks,
  edit: BlockEdit,
  dateIso: string,
  sequenceCount: number,
): SplicedStructure | undefined {
  if (previous.dateIso !== dateIso) return undefined;
  const window = windowAround(previous, current, edit);
  if (!window) return undefined;
  const { text, blocks, scans, results, index } = current;
  const { editEnd, delta } = edit;
  // the window as offsets, in the previous version and in this one: its first block lies before the edit
  const from = window.from < blocks.length ? blocks.start(window.from) : 0;
  const to = window.to < blocks.length ? blocks.start(window.to) : text.length + 1;
  const previousTo = window.previousTo < previous.blocks.length ? previous.blocks.start(window.previousTo) : Infinity;
  // the lists are spliced, not copied: the items outside the window are moved and renumbered when read
  const old = previous.proposals;
  const firstIndex = firstItemStartingAt(old, from);
  const oldEndIndex = firstItemStartingAt(old, previousTo);
  const firstSequence = firstIndex < old.length ? old.at(firstIndex)!.sequence : sequenceCount;
  const oldEnd = oldEndIndex < old.length ? old.at(oldEndIndex)!.sequence : sequenceCount;
  const found = findProposals(blocks, scans, index, results, { ...window, firstSequence, firstIndex });
  const windowResets = found.resets;
  // a window that ends at a fresh start of the previous version's holds only if this version starts afresh there too
  if (window.endsAtReset && windowResets.at(-1) !== window.to) return undefined;
  let newEnd = firstSequence;
  for (const p of found.proposals) newEnd = Math.max(newEnd, p.sequence + 1);
  const indices = found.proposals.length - (oldEndIndex - firstIndex);
  const proposals = old.moved(editEnd, delta).spliced(firstIndex, oldEndIndex, found.proposals, { sequences: newEnd - oldEnd, indices });
  const nodes = proposalNodes(found.proposals, firstIndex, index, found.slots);
  for (const slot of found.slots) slot.placedIn = 0;
  const sections: OutlineNode[] = [];
  const outline = splicedOutline(previous.outline, { text, blocks, window, from, to, previousTo, editEnd, delta }, nodes, sections);
  if (!outline) return undefined;
  const folds = splicedFolds(text, previous.folds, { from, previousTo, editEnd, delta }, nodes, sections);
  if (!folds) return undefined;
  return {
    proposals,
    outline,
    folds,
    sequences: {
      first: firstSequence,
      oldEnd,
      newEnd,
      fromBlock: window.from,
      toBlock: window.to,
      firstIndex,
      proposalShift: indices,
    },
    resets: splicedResets(previous.resets, windowResets, window, blocks.length - previous.blocks.length),
  };
}

/** The fresh starts of this version: the previous version's before and after the window (renumbered), and the window's. */
function splicedResets(previous: readonly number[], inWindow: readonly number[], window: Window, shift: number): number[] {
  const resets: number[] = [];
  for (const i of previous) if (i < window.from) resets.push(i);
  for (const i of inWindow) if (i < window.to) resets.push(i);
  for (const i of previous) if (i >= window.previousTo) resets.push(i + shift);
  return resets;
}

/** Where the window lies, in offsets of the previous version and this one, and the edit. */
interface WindowSpan {
  /** The window's start, the same in both versions: it lies before the edit. */
  readonly from: number;
  /** The window's end in the previous version. */
  readonly previousTo: number;
  readonly editEnd: number;
  readonly delta: number;
}

/** Whether an outline node or fold is one of the proposals of the previous version's window. */
const inWindow = (n: OutlineNode | Fold, { from, previousTo }: WindowSpan) => n.kind === 'proposal' && n.start >= from && n.start < previousTo;

/**
 * The outline with the nodes of the window's proposals made again (`nodes`): at the top level, a
 * splice; in a section, the top-level node that holds it made again, with the sections that hold
 * the window, whose ends are found again (and its heading's name, when the edit changed it); those
 * are added to `sections`. Undefined when the outline is not as the window says.
 */
function splicedOutline(
  outline: MovedItems<OutlineNode>,
  span: WindowSpan & { readonly text: TextReader; readonly blocks: BlockList; readonly window: Window; readonly to: number },
  nodes: readonly OutlineNode[],
  sections: OutlineNode[],
): MovedItems<OutlineNode> | undefined {
  const { text, blocks, window, from, to, previousTo, editEnd, delta } = span;
  const heading = window.section;
  if (heading < 0) {
    const first = firstItemStartingAt(outline, from);
    const end = firstItemStartingAt(outline, previousTo);
    for (let i = first; i < end; i++) if (!inWindow(outline.at(i)!, span)) return undefined;
    return outline.moved(editEnd, delta).spliced(first, end, nodes);
  }
  const sectionStart = blocks.start(heading);
  const top = firstItemStartingAt(outline, sectionStart + 1) - 1;
  const holder = outline.at(top);
  if (!holder || holder.end < sectionStart) return undefined;
  // the window's old nodes are taken out before the rest is moved: text the edit removed leaves
  // those inside it where they were, which may be past the window's new end
  const pruned = withSectionChildren(
    [holder],
    sectionStart,
    (children) => children.filter((n) => !inWindow(n, span)),
    (section, children) => movedNode(section, section.start, section.end, section.selection, children),
  );
  if (!pruned) return undefined;
  const made = withSectionChildren(
    movedList(pruned, editEnd, delta, NODE_MOVER),
    sectionStart,
    (children) => {
      const at = firstStartingAt(children, from);
      return [...children.slice(0, at), ...nodes, ...children.slice(at)];
    },
    (section, children) => {
      const end = sectionEnd(blocks, blocks.firstStartingAt(section.start), to);
      const copy =
        section.start === sectionStart && window.retitled
          ? sectionNode(text, blocks.at(heading)!, end, children)
          : movedNode(section, section.start, end, section.selection, children);
      sections.push(copy);
      return copy;
    },
  );
  return made && outline.moved(editEnd, delta).with(new Map([[top, made[0]!]]));
}

/**
 * The outline nodes `outline` with the children of the section that starts at `sectionStart` (or,
 * for -1, the nodes themselves) changed by `change`, and that section and those that hold it made
 * again by `rebuild` with their new children. Undefined when that section is not found.
 */
function withSectionChildren(
  outline: readonly OutlineNode[],
  sectionStart: number,
  change: (children: readonly OutlineNode[]) => OutlineNode[],
  rebuild: (section: OutlineNode, children: OutlineNode[]) => OutlineNode,
): OutlineNode[] | undefined {
  if (sectionStart < 0) return change(outline);
  const visit = (list: readonly OutlineNode[]): OutlineNode[] | undefined => {
    const at = firstStartingAt(list, sectionStart + 1) - 1;
    const section = list[at];
    if (section?.kind !== 'section') return undefined;
    const children = section.start === sectionStart ? change(section.children) : visit(section.children);
    return children && [...list.slice(0, at), rebuild(section, children), ...list.slice(at + 1)];
  };
  return visit(outline);
}

/** The end of the section of the heading `heading`, which runs on past the window's end `to`: the block before the next heading of its level or a higher one. */
function sectionEnd(blocks: BlockList, heading: number, to: number): number {
  const level = blocks.level(heading);
  let next = blocks.firstStartingAt(to);
  while (next < blocks.length && !(isHeading(blocks, next) && blocks.level(next) <= level)) next++;
  return blocks.end(next - 1);
}

/**
 * The folds with those of the window's old proposals spliced out for those of `nodes`, and those of
 * the sections whose ends were found again (`sections`) made again. Undefined when the folds in the
 * window are not all of its proposals.
 */
function splicedFolds(text: TextReader, previous: MovedItems<Fold>, span: WindowSpan, nodes: readonly OutlineNode[], sections: readonly OutlineNode[]): MovedItems<Fold> | undefined {
  const { from, previousTo, editEnd, delta } = span;
  // after the fold of the window's heading (or the front matter's, at the document's start)
  let first = firstItemStartingAt(previous, from);
  while (first < previous.length && previous.startOf(first) === from && previous.at(first)!.kind !== 'proposal') first++;
  const end = firstItemStartingAt(previous, previousTo);
  for (let i = first; i < end; i++) if (!inWindow(previous.at(i)!, span)) return undefined;
  const made: Fold[] = [];
  foldsOf(text, nodes, made);
  let folds = previous.moved(editEnd, delta).spliced(first, end, made);
  for (const section of sections) {
    let at = firstItemStartingAt(folds, section.start);
    while (at < folds.length && folds.startOf(at) === section.start && folds.at(at)!.kind !== 'section') at++;
    const had = at < folds.length && folds.startOf(at) === section.start;
    const fold = foldOf(text, section);
    if (fold && had) folds = folds.with(new Map([[at, fold]]));
    else if (fold || had) folds = folds.spliced(at, had ? at + 1 : at, fold ? [fold] : []);
  }
  return folds;
}
