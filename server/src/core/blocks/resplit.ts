import type { DocumentText } from '../text/documentText';
import { BlockList } from './blockList';
import { splitBlocks } from './splitBlocks';

/** Whether block `i` of `blocks` is of a kind whose extent its own lines set (no fence, comment or front matter). */
const plain = (blocks: BlockList, i: number) => {
  const kind = blocks.kind(i);
  return kind === 'paragraph' || kind === 'heading' || kind === 'item';
};

/**
 * Which blocks an edit made and which it took away: the new blocks that repeat no old block, and
 * the old blocks that no new block repeats, each in order. The passes that keep something per block
 * from version to version (`WordPresence`, `NamingTally`, `structureUnchanged`) update it from
 * these, a few blocks, instead of reading every block's origin.
 */
export interface BlockChanges {
  readonly added: readonly number[];
  readonly removed: readonly number[];
}

/**
 * For each block of an edited text, the index of the old block with the same text, or -1. After a
 * re-split around the edit, the blocks before the region are their old selves and those after it
 * old ones renumbered, so only the region's origins are written: a column of one number per block,
 * made at every keystroke, was 200 KB in a list of 50,000 items (see `BlockList`).
 */
export class BlockOrigins implements Iterable<number> {
  constructor(
    readonly length: number,
    /** Where the written origins start: the blocks before it are their old selves. */
    private readonly windowStart: number,
    private readonly window: Int32Array,
    /** How many blocks more the old text had before each block after the window. */
    private readonly afterShift: number,
  ) {}

  at(i: number): number {
    if (i < this.windowStart) return i;
    const k = i - this.windowStart;
    return k < this.window.length ? this.window[k]! : i + this.afterShift;
  }

  *[Symbol.iterator](): Iterator<number> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}

/** The blocks of an edited text, and for each the index of the old block with the same text, or -1. */
export interface Resplit extends BlockChanges {
  readonly blocks: BlockList;
  readonly origins: BlockOrigins;
  /** Where, in the old text, the text after the edit begins: offsets from here on moved by the change in length. */
  readonly editEnd: number;
  /** Where the edit begins: the text before it is the same in both versions. */
  readonly editStart: number;
  /**
   * When only the blocks around the edit were split again: the old blocks before `before` are the
   * new blocks before it, and the old blocks from `movedFrom` on are the last new ones, moved.
   */
  readonly kept?: { readonly before: number; readonly movedFrom: number };
}

/** Where two versions of a text differ: `[prefix, changeEnd)` of the old one became text `shift` longer. */
interface Change {
  readonly prefix: number;
  readonly changeEnd: number;
  readonly shift: number;
}

/**
 * The blocks of `text`, an edited version of `previous` whose blocks are known, each with the old
 * block it repeats. Usually only the blocks around the edit are split again: blocks before it are
 * kept and blocks after it are moved. When the edit may change blocks far away (a code fence, a
 * comment, front matter) or the re-split does not line up with the old blocks, the whole text is
 * split, and the blocks that lie wholly before or after the change are still matched with the old
 * ones. Undefined only when there were no old blocks.
 */
export function resplit(previous: DocumentText, previousBlocks: BlockList, text: DocumentText): Resplit | undefined {
  if (previousBlocks.length === 0) return undefined;
  const { prefix, suffix } = text.sharedWith(previous);
  const change: Change = { prefix, changeEnd: previous.length - suffix, shift: text.length - previous.length };
  return aroundEdit(previousBlocks, text, change) ?? alignedWith(previousBlocks, splitBlocks(text.whole()), change);
}

/** Whether block `i` of `blocks` repeats old block `old`: the same kind at the same place, wholly before the change, or wholly after it and moved. */
const repeats = (previousBlocks: BlockList, old: number, blocks: BlockList, i: number, change: Change) =>
  previousBlocks.end(old) <= change.prefix
    ? blocks.sameAs(i, previousBlocks, old, 0)
    : previousBlocks.start(old) >= change.changeEnd && blocks.sameAs(i, previousBlocks, old, change.shift);

/** The old block that block `i` of `blocks` repeats, among `previousBlocks[from..to]`, or -1. */
function repeated(blocks: BlockList, i: number, previousBlocks: BlockList, from: number, to: number, change: Change): number {
  for (let j = from; j <= to; j++) if (repeats(previousBlocks, j, blocks, i, change)) return j;
  return -1;
}

/** The re-split of the blocks around the edit, or undefined when it may reach further. */
function aroundEdit(previousBlocks: BlockList, text: DocumentText, change: Change): Resplit | undefined {
  const { prefix, changeEnd, shift } = change;
  const oldCount = previousBlocks.length;
  // the blocks the edit touches, widened by one block on each side so that the region starts and
  // ends in text the edit did not change
  let first = previousBlocks.firstEndingAtOrAfter(prefix);
  if (first === oldCount) first = oldCount - 1;
  first = Math.max(0, first - 1);
  let last = first;
  while (last + 1 < oldCount && previousBlocks.start(last + 1) <= changeEnd) last++;
  last = Math.min(oldCount - 1, last + 1);
  // at either end of the document the region simply runs to the document's edge
  const atStart = first === 0;
  const atEnd = last === oldCount - 1;
  const regionStart = atStart ? 0 : previousBlocks.start(first);
  const regionEnd = atEnd ? text.length : previousBlocks.end(last) + shift;
  if (regionStart > prefix || (!atEnd && previousBlocks.end(last) < changeEnd)) return undefined;
  for (let i = first; i <= last; i++) if (!plain(previousBlocks, i)) return undefined;
  const region = splitBlocks(text.slice(regionStart, regionEnd)).movedBy(regionStart);
  for (let k = 0; k < region.length; k++) if (!plain(region, k)) return undefined;
  if (!atStart && (region.length === 0 || !region.sameAs(0, previousBlocks, first, 0))) return undefined;
  if (!atEnd && (region.length === 0 || !region.sameAs(region.length - 1, previousBlocks, last, shift))) return undefined;
  const blocks = BlockList.spliced(previousBlocks, first, region, last + 1, shift);
  const regionOrigins = new Int32Array(region.length);
  const added: number[] = [];
  const repeatedOld = new Uint8Array(last - first + 1);
  for (let k = 0; k < region.length; k++) {
    // the region's outer blocks are usually old ones, split again
    const origin = repeated(region, k, previousBlocks, first, last, change);
    if (origin >= 0) repeatedOld[origin - first] = 1;
    else added.push(first + k);
    regionOrigins[k] = origin;
  }
  const removed: number[] = [];
  for (let j = first; j <= last; j++) if (!repeatedOld[j - first]) removed.push(j);
  const origins = new BlockOrigins(blocks.length, first, regionOrigins, last + 1 - (first + region.length));
  return { blocks, origins, added, removed, editEnd: changeEnd, editStart: prefix, kept: { before: first, movedFrom: last + 1 } };
}

/**
 * A whole new split, each block matched with the old block it repeats. Both lists are in order, and
 * so are the old offsets a new block is looked for at (its own before the change, moved back by the
 * shift after it): one pass over each.
 */
function alignedWith(previousBlocks: BlockList, blocks: BlockList, change: Change): Resplit {
  const origins = new Int32Array(blocks.length);
  const added: number[] = [];
  const repeatedOld = new Uint8Array(previousBlocks.length);
  let j = 0;
  for (let i = 0; i < blocks.length; i++) {
    const oldStart = blocks.end(i) <= change.prefix ? blocks.start(i) : blocks.start(i) - change.shift;
    while (j < previousBlocks.length && previousBlocks.start(j) < oldStart) j++;
    const origin = j < previousBlocks.length && repeats(previousBlocks, j, blocks, i, change) ? j : -1;
    if (origin >= 0) repeatedOld[origin] = 1;
    else added.push(i);
    origins[i] = origin;
  }
  const removed: number[] = [];
  for (let k = 0; k < previousBlocks.length; k++) if (!repeatedOld[k]) removed.push(k);
  return { blocks, origins: new BlockOrigins(blocks.length, 0, origins, 0), added, removed, editEnd: change.changeEnd, editStart: change.prefix };
}
