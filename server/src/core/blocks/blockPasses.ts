import type { CancellationToken, Finding } from '../types';
import { BlockFlagColumn } from './blockFlagColumn';
import { blockResults, readsDocument, type BlockEnvironment, type BlockResults } from './blockResults';
import type { BlockList } from './blockList';
import { scanBlock, type BlockScan } from './blockScan';
import { ChunkedList } from './chunkedList';
import type { Resplit } from './resplit';
import { shiftFinding } from '../rules/shiftFinding';
import { indexInSorted } from '../text/sortedNumbers';

/**
 * What a keystroke asks of every block, kept by position from version to version as the scans
 * are: asking each kept block's scan and results meant reads of scattered objects, a block at a
 * time, in texts of thousands of blocks.
 */
export const enum BlockFlags {
  /** The block's results depend on the rest of the document (see `readsDocument`). */
  ReadsDocument = 1,
  /** The block's results hold findings. */
  HasFindings = 2,
}

/** What the block passes keep of a version for the next one. */
export interface PreviousBlocks {
  readonly blocks: BlockList;
  readonly scans: ChunkedList<BlockScan>;
  readonly results: ChunkedList<BlockResults>;
  /** Each block's `BlockFlags`. */
  readonly blockFlags: BlockFlagColumn;
  /** The blocks whose results read the rest of the document, in order. */
  readonly readsDocument: readonly number[];
  /** The findings placed in that version of each block that has any (most blocks have none). */
  readonly findings: PlacedFindings;
  /** Whether some block mentions a `policy-lens-` directive (see `BlockScan.mentionsDirective`). */
  readonly mentionsDirective: boolean;
}

/**
 * The placed findings of the blocks that have some: block indices in order, where each one's
 * findings start in `all`, and all of them in one list, in document order. Columns rather than a
 * map or a list per block: a keystroke in a text whose findings fill 600 blocks made a map of them,
 * a set of the blocks to look at and a sorted copy of it; a list per block, and lists grown by
 * pushing, made most of what a keystroke in the 1 MB treaty text allocated here (about 200 KB).
 */
export interface PlacedFindings {
  readonly blocks: readonly number[];
  /** Where the findings of `blocks[k]` start in `all`; one entry more, `all.length`, at the end. */
  readonly firsts: readonly number[];
  readonly all: readonly Finding[];
}

/** Where the region the re-split made lies: blocks before it and from `regionEnd` on are the previous version's, from `before` and `movedFrom`. */
interface Region {
  readonly before: number;
  readonly regionEnd: number;
  readonly movedFrom: number;
}

/** The region of an edit the re-split kept the rest around, or undefined when it split the whole text. */
function regionOf(edited: Resplit | undefined, previous: PreviousBlocks | undefined): Region | undefined {
  if (!edited?.kept || !previous) return undefined;
  const { before, movedFrom } = edited.kept;
  return { before, movedFrom, regionEnd: movedFrom + edited.blocks.length - previous.blocks.length };
}

/**
 * Each block's scan: the previous version's for a block the edit kept, else made from its text
 * (`cut` gives it). When the re-split kept all but a region, the list is the previous version's
 * with the region's entries replaced (sharing its other chunks, see `ChunkedList`), and only the
 * region's blocks are looked at: in a list of 50,000 items, a pass over every block was a tenth of
 * a keystroke. Undefined when `token` asks to cancel.
 */
export function scansOf(
  blocks: BlockList,
  edited: Resplit | undefined,
  previous: PreviousBlocks | undefined,
  cut: (start: number, end: number) => string,
  token: CancellationToken | undefined,
): { readonly scans: ChunkedList<BlockScan>; readonly mentionsDirective: boolean } | undefined {
  // whether a block mentions a directive: when no block of the previous version did, only the new
  // scans can, and the kept ones are not read (in a list of 50,000 items, reading a field of each
  // scattered scan took 3–5 % of a keystroke)
  let mentionsDirective = false;
  const scan = (i: number): BlockScan => {
    const origin = edited?.origins.at(i) ?? -1;
    if (origin >= 0) return previous!.scans.at(origin);
    const made = scanBlock(cut(blocks.start(i), blocks.end(i)), blocks.kind(i));
    if (made.mentionsDirective) mentionsDirective = true;
    return made;
  };
  let scans: ChunkedList<BlockScan>;
  const region = regionOf(edited, previous);
  if (region) {
    if (token?.isCancellationRequested) return undefined;
    const made: BlockScan[] = [];
    for (let i = region.before; i < region.regionEnd; i++) made.push(scan(i));
    scans = previous!.scans.spliced(region.before, region.movedFrom, made);
  } else {
    const all: BlockScan[] = new Array(blocks.length);
    for (let i = 0; i < blocks.length; i++) {
      if (token?.isCancellationRequested) return undefined;
      all[i] = scan(i);
    }
    scans = ChunkedList.of(all);
  }
  if (!mentionsDirective && edited && previous!.mentionsDirective) mentionsDirective = scans.some((s) => s.mentionsDirective);
  return { scans, mentionsDirective };
}

/** Each block's results and what follows from them, for the analysis and for the next version. */
export interface BlockPass {
  readonly results: ChunkedList<BlockResults>;
  readonly blockFlags: BlockFlagColumn;
  readonly readsDocument: readonly number[];
  /** Every block's findings, in document order, in `findings.all`. */
  readonly findings: PlacedFindings;
  /**
   * The results the naming tally counts and uncounts (see `NamingTally`): those of the blocks the
   * edit made, and of the blocks it kept whose results were made again (a date, a reading), with
   * the results they replace. (The blocks it took away are the caller's to add.) Empty without an
   * edit, when the tally counts every block: a list of every block's results lived through the
   * collections of a document's first analysis.
   */
  readonly changes: { readonly added: BlockResults[]; readonly removed: BlockResults[] };
}

/**
 * Each block's results (mentions and block-rule findings): a block the edit kept keeps its results
 * when the environment is the same and they do not read the rest of the document; the others are
 * made (from the scan's memo, when it holds them). A block's findings stay placed while it neither
 * moves nor reads differently. When the re-split kept all but a region, the previous version's lists
 * are taken with those blocks' entries replaced, and only the region's blocks, the blocks that read
 * the document and the blocks with findings are looked at.
 */
export function resultsOf(
  blocks: BlockList,
  scans: ChunkedList<BlockScan>,
  edited: Resplit | undefined,
  previous: PreviousBlocks | undefined,
  env: BlockEnvironment,
  /** Whether the previous version's results were made with the same date and settings. */
  sameEnvironment: boolean,
): BlockPass {
  const changes = { added: [] as BlockResults[], removed: [] as BlockResults[] };
  // the flags of the block `resultsAt` made last
  let flags = 0;
  /** Block `i`'s results, kept from old block `origin` when they hold; sets `flags` to its flags. */
  const resultsAt = (i: number, origin: number): BlockResults => {
    const was = origin >= 0 ? previous!.blockFlags.at(origin) : -1;
    const kept = sameEnvironment && was >= 0 && (was & BlockFlags.ReadsDocument) === 0 ? previous!.results.at(origin) : undefined;
    const made = kept ?? blockResults(blocks.kind(i), blocks.level(i), scans.at(i), env);
    // without an edit the tally counts every block afresh and reads no changes
    if (origin < 0) {
      if (edited) changes.added.push(made);
    } else if (!kept && previous!.results.at(origin) !== made) {
      changes.added.push(made);
      changes.removed.push(previous!.results.at(origin));
    }
    flags = kept ? was : (readsDocument(scans.at(i)) ? BlockFlags.ReadsDocument : 0) | (made.findings.length > 0 ? BlockFlags.HasFindings : 0);
    return made;
  };
  const region = sameEnvironment ? regionOf(edited, previous) : undefined;
  if (!region) {
    const all: BlockResults[] = new Array(blocks.length);
    const bytes = new Uint8Array(blocks.length);
    const reading: number[] = [];
    for (let i = 0; i < blocks.length; i++) {
      all[i] = resultsAt(i, edited?.origins.at(i) ?? -1);
      bytes[i] = flags;
      if (flags & BlockFlags.ReadsDocument) reading.push(i);
    }
    const results = ChunkedList.of(all);
    const blockFlags = BlockFlagColumn.of(bytes);
    return { results, blockFlags, readsDocument: reading, changes, findings: placedFindingsOf(blocks, edited, previous, results, blockFlags, undefined) };
  }
  const { before, regionEnd, movedFrom } = region;
  const shift = regionEnd - movedFrom;
  /** The new index of old block `j` outside the region. */
  const newIndex = (j: number) => (j < before ? j : j + shift);
  const made: BlockResults[] = [];
  const regionFlags = new Uint8Array(regionEnd - before);
  for (let i = before; i < regionEnd; i++) {
    made.push(resultsAt(i, edited!.origins.at(i)));
    regionFlags[i - before] = flags;
  }
  // the blocks outside the region whose results read the document are made again; those that read
  // it as before (after most keystrokes, all of them) keep their entries, which the spliced lists
  // hold already: entering each one again, in a text with 2,000 such blocks, made maps of them and
  // copied every chunk of the list of results (about 300 KB a keystroke in the 1 MB prose)
  const reading: number[] = [];
  const madeAgain = new Map<number, BlockResults>();
  const flagsAgain = new Map<number, number>();
  for (const j of previous!.readsDocument) {
    if (j >= before && j < movedFrom) continue;
    const i = newIndex(j);
    const again = resultsAt(i, j);
    if (again !== previous!.results.at(j)) madeAgain.set(i, again);
    if (flags !== previous!.blockFlags.at(j)) flagsAgain.set(i, flags);
    reading.push(i);
  }
  const results = previous!.results.spliced(before, movedFrom, made).with(madeAgain);
  const blockFlags = previous!.blockFlags.spliced(before, movedFrom, regionFlags, flagsAgain);
  for (let i = before; i < regionEnd; i++) if (regionFlags[i - before]! & BlockFlags.ReadsDocument) reading.push(i);
  reading.sort((a, b) => a - b);
  // the blocks that may have findings: those that had some, those of the region and those made again
  // in order: those before the region, the region's, then those after it, moved
  const had = previous!.findings.blocks;
  // (made at its greatest length and cut to what it holds: pushing onto it copied it as it grew)
  const withRegion = new Array<number>(had.length + regionEnd - before);
  let n = 0;
  let k = 0;
  for (; k < had.length && had[k]! < before; k++) withRegion[n++] = had[k]!;
  for (let i = before; i < regionEnd; i++) withRegion[n++] = i;
  for (; k < had.length; k++) if (had[k]! >= movedFrom) withRegion[n++] = newIndex(had[k]!);
  withRegion.length = n;
  const candidates = mergedInOrder(withRegion, reading);
  return { results, blockFlags, readsDocument: reading, changes, findings: placedFindingsOf(blocks, edited, previous, results, blockFlags, candidates) };
}

/** The numbers of two lists in order, each once; both lists are in order, without repeats. */
function mergedInOrder(a: readonly number[], b: readonly number[]): number[] {
  if (b.length === 0) return a as number[];
  // made at its greatest length and cut to what it holds (see `withRegion` above)
  const merged = new Array<number>(a.length + b.length);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    merged[n++] = x <= y ? x : y;
    if (x <= y) i++;
    if (y <= x) j++;
  }
  merged.length = n;
  return merged;
}

/**
 * The placed findings of each block whose flags say it has some, among `candidates` (block indices,
 * in order) or every block: the previous version's while the block neither moved nor reads
 * differently, else placed at its start. The blocks are counted first, so that each column is made
 * at its length.
 */
function placedFindingsOf(
  blocks: BlockList,
  edited: Resplit | undefined,
  previous: PreviousBlocks | undefined,
  results: ChunkedList<BlockResults>,
  blockFlags: BlockFlagColumn,
  candidates: readonly number[] | undefined,
): PlacedFindings {
  const count = candidates ? candidates.length : blocks.length;
  let blockCount = 0;
  let findingCount = 0;
  for (let k = 0; k < count; k++) {
    const i = candidates ? candidates[k]! : k;
    if ((blockFlags.at(i) & BlockFlags.HasFindings) === 0) continue;
    blockCount++;
    findingCount += results.at(i).findings.length;
  }
  const withFindings = new Array<number>(blockCount);
  const firsts = new Array<number>(blockCount + 1);
  const all = new Array<Finding>(findingCount);
  let b = 0;
  let n = 0;
  for (let k = 0; k < count; k++) {
    const i = candidates ? candidates[k]! : k;
    if ((blockFlags.at(i) & BlockFlags.HasFindings) === 0) continue;
    withFindings[b] = i;
    firsts[b++] = n;
    const own = results.at(i);
    const start = blocks.start(i);
    const origin = edited?.origins.at(i) ?? -1;
    const was = origin >= 0 && previous!.results.at(origin) === own && previous!.blocks.start(origin) === start ? indexInSorted(previous!.findings.blocks, origin) : -1;
    if (was >= 0) {
      const from = previous!.findings.firsts[was]!;
      for (let f = 0; f < own.findings.length; f++) all[n++] = previous!.findings.all[from + f]!;
    } else {
      for (const f of own.findings) all[n++] = shiftFinding(f, start);
    }
  }
  firsts[b] = n;
  return { blocks: withFindings, firsts, all };
}
