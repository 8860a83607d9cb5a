import { firstEndingAtOrAfter } from '../features/spanSearch';
import type { DocumentText } from '../text/documentText';
import { splitBlocks, type Block } from './splitBlocks';

const plain = (b: Block) => b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'item';
const same = (a: Block, b: Block, shift: number) => a.kind === b.kind && a.level === b.level && a.start + shift === b.start && a.end + shift === b.end;

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

/** The blocks of an edited text, and for each the index of the old block with the same text, or -1. */
export interface Resplit extends BlockChanges {
  /** A block the edit left where it was is the old block's object, so that identity says so. */
  readonly blocks: readonly Block[];
  readonly origins: readonly number[];
  /** Where, in the old text, the text after the edit begins: offsets from here on moved by the change in length. */
  readonly editEnd: number;
  /** Where the edit begins: the text before it is the same in both versions. */
  readonly editStart: number;
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
export function resplit(previous: DocumentText, previousBlocks: readonly Block[], text: DocumentText): Resplit | undefined {
  if (previousBlocks.length === 0) return undefined;
  const { prefix, suffix } = text.sharedWith(previous);
  const change: Change = { prefix, changeEnd: previous.length - suffix, shift: text.length - previous.length };
  return aroundEdit(previousBlocks, text, change) ?? alignedWith(previousBlocks, splitBlocks(text.whole()), change);
}

/** Whether `block` repeats `old`: the same kind at the same place, wholly before the change, or wholly after it and moved. */
const repeats = (old: Block, block: Block, change: Change) =>
  old.end <= change.prefix ? same(old, block, 0) : old.start >= change.changeEnd && same(old, block, change.shift);

/** The old block that `block` repeats, among `previousBlocks[from..to]`, or -1. */
function repeated(block: Block, previousBlocks: readonly Block[], from: number, to: number, change: Change): number {
  for (let j = from; j <= to; j++) if (repeats(previousBlocks[j]!, block, change)) return j;
  return -1;
}

/** The re-split of the blocks around the edit, or undefined when it may reach further. */
function aroundEdit(previousBlocks: readonly Block[], text: DocumentText, change: Change): Resplit | undefined {
  const { prefix, changeEnd, shift } = change;
  // the blocks the edit touches, widened by one block on each side so that the region starts and
  // ends in text the edit did not change
  let first = firstEndingAtOrAfter(previousBlocks, prefix);
  if (first === previousBlocks.length) first = previousBlocks.length - 1;
  first = Math.max(0, first - 1);
  let last = first;
  while (last + 1 < previousBlocks.length && previousBlocks[last + 1]!.start <= changeEnd) last++;
  last = Math.min(previousBlocks.length - 1, last + 1);
  const from = previousBlocks[first]!;
  const to = previousBlocks[last]!;
  // at either end of the document the region simply runs to the document's edge
  const atStart = first === 0;
  const atEnd = last === previousBlocks.length - 1;
  const regionStart = atStart ? 0 : from.start;
  const regionEnd = atEnd ? text.length : to.end + shift;
  if (regionStart > prefix || (!atEnd && to.end < changeEnd)) return undefined;
  for (let i = first; i <= last; i++) if (!plain(previousBlocks[i]!)) return undefined;
  const region = splitBlocks(text.slice(regionStart, regionEnd)).map((b) => ({ ...b, start: b.start + regionStart, end: b.end + regionStart }));
  if (!region.every(plain)) return undefined;
  if (!atStart && (region.length === 0 || !same(from, region[0]!, 0))) return undefined;
  if (!atEnd && (region.length === 0 || !same(to, region.at(-1)!, shift))) return undefined;
  // lists of their final length, written by index: a list grown by push is copied as it grows,
  // and a keystroke makes both anew
  const count = first + region.length + previousBlocks.length - 1 - last;
  const blocks: Block[] = new Array(count);
  const origins: number[] = new Array(count);
  let n = 0;
  for (; n < first; n++) {
    blocks[n] = previousBlocks[n]!;
    origins[n] = n;
  }
  const added: number[] = [];
  const repeatedOld = new Uint8Array(last - first + 1);
  for (const b of region) {
    // the region's outer blocks are usually old ones, split again
    const origin = repeated(b, previousBlocks, first, last, change);
    blocks[n] = origin >= 0 && previousBlocks[origin]!.start === b.start ? previousBlocks[origin]! : b;
    if (origin >= 0) repeatedOld[origin - first] = 1;
    else added.push(n);
    origins[n++] = origin;
  }
  for (let i = last + 1; i < previousBlocks.length; i++, n++) {
    const b = previousBlocks[i]!;
    // a literal of the same shape, not a spread: this runs for every block after the edit
    blocks[n] = shift === 0 ? b : { kind: b.kind, start: b.start + shift, end: b.end + shift, level: b.level };
    origins[n] = i;
  }
  const removed: number[] = [];
  for (let j = first; j <= last; j++) if (!repeatedOld[j - first]) removed.push(j);
  return { blocks, origins, added, removed, editEnd: changeEnd, editStart: prefix };
}

/**
 * A whole new split, each block matched with the old block it repeats. Both lists are in order, and
 * so are the old offsets a new block is looked for at (its own before the change, moved back by the
 * shift after it): one pass over each.
 */
function alignedWith(previousBlocks: readonly Block[], blocks: Block[], change: Change): Resplit {
  const origins: number[] = [];
  const added: number[] = [];
  const repeatedOld = new Uint8Array(previousBlocks.length);
  let j = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const oldStart = b.end <= change.prefix ? b.start : b.start - change.shift;
    while (j < previousBlocks.length && previousBlocks[j]!.start < oldStart) j++;
    const old = previousBlocks[j];
    const origin = old !== undefined && repeats(old, b, change) ? j : -1;
    if (origin >= 0 && old!.start === b.start) blocks[i] = old!;
    if (origin >= 0) repeatedOld[origin] = 1;
    else added.push(i);
    origins.push(origin);
  }
  const removed: number[] = [];
  for (let k = 0; k < previousBlocks.length; k++) if (!repeatedOld[k]) removed.push(k);
  return { blocks, origins, added, removed, editEnd: change.changeEnd, editStart: change.prefix };
}
