import type { Block, BlockKind } from './splitBlocks';

/** The block kinds by their codes, as columns of numbers keep them (`BlockList`, a scan's flags). */
export const BLOCK_KINDS: readonly BlockKind[] = ['frontmatter', 'heading', 'paragraph', 'item', 'code', 'comment'];
/** Each block kind's code, its index in `BLOCK_KINDS`. */
export const BLOCK_KIND_CODES: Readonly<Record<BlockKind, number>> = { frontmatter: 0, heading: 1, paragraph: 2, item: 3, code: 4, comment: 5 };
/** How many blocks on either side of its last answer `firstEndingAtOrAfter` looks first. */
const NEAR = 4;

/**
 * A document's blocks, in order, kept by column: kinds, levels, starts and ends in typed arrays. A
 * keystroke moves every block after it, and a list of 50,000 items has as many blocks: an object
 * per moved block, kept until the next keystroke, was the largest thing a keystroke made (three to
 * four tenths of it in the benchmark's texts), and every young-generation collection copied them.
 * Numbers in typed arrays are neither objects nor scanned by the collector, and moving them is a
 * copy and an add. Read a block's fields by index; `at` makes a `Block` for code that hands one on.
 * (Offsets fit 32 bits: no V8 string is longer than 2^29 characters.)
 *
 * A keystroke that leaves the blocks' kinds and levels as they were (typing inside a paragraph)
 * makes a list that shares the columns of the one before: the blocks around the edit, a window of
 * a few, have starts and ends of their own, and those after the window read the shared ones moved
 * by `shift` (see `spliced`). Copying and moving both columns at every keystroke, 400 KB in a list
 * of 50,000 items, was half of such a keystroke, and new memory the system had to hand over page by
 * page until the first collection freed the old copies: the first 40 keystrokes after opening that
 * list took 3 ms each instead of 0.5.
 */
export class BlockList implements Iterable<Block> {
  constructor(
    readonly length: number,
    private readonly kinds: Uint8Array,
    private readonly levels: Uint8Array,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    /** The window `[windowStart, windowStart + windowStarts.length)` of blocks whose starts and ends are `windowStarts` and `windowEnds`; at `length` (the usual case, and every split's), none. */
    private readonly windowStart: number = length,
    private readonly windowStarts: Int32Array = NO_OFFSETS,
    private readonly windowEnds: Int32Array = NO_OFFSETS,
    /** What the blocks after the window add to `starts` and `ends`. */
    private readonly shift: number = 0,
  ) {}

  kind(i: number): BlockKind {
    return BLOCK_KINDS[this.kinds[i]!]!;
  }
  level(i: number): number {
    return this.levels[i]!;
  }
  start(i: number): number {
    if (i < this.windowStart) return this.starts[i]!;
    const k = i - this.windowStart;
    return k < this.windowStarts.length ? this.windowStarts[k]! : this.starts[i]! + this.shift;
  }
  end(i: number): number {
    if (i < this.windowStart) return this.ends[i]!;
    const k = i - this.windowStart;
    return k < this.windowEnds.length ? this.windowEnds[k]! : this.ends[i]! + this.shift;
  }

  /** Block `i` as an object of its own, or undefined past the end (as an array's `at`, without negative indices). */
  at(i: number): Block | undefined {
    return i >= 0 && i < this.length ? { kind: this.kind(i), start: this.start(i), end: this.end(i), level: this.levels[i]! } : undefined;
  }

  *[Symbol.iterator](): Iterator<Block> {
    for (let i = 0; i < this.length; i++) yield this.at(i)!;
  }

  /** Index of the first block whose start is at or after `offset`. */
  firstStartingAt(offset: number): number {
    return this.firstAtOrAfter(offset, false);
  }

  /** The last answer of `firstEndingAtOrAfter`. */
  private lastEnding = 0;

  /**
   * Index of the first block whose end is at or after `offset` (blocks do not overlap, so ends are in
   * order too). The passes that ask (a proposal's entities, the outline) go through the document in
   * order: in the 1 MB treaty text, 87 % of the answers lie within three blocks of the last one, so
   * the search looks there first, in a window of its own, before the whole list.
   */
  firstEndingAtOrAfter(offset: number): number {
    const lo = Math.max(0, this.lastEnding - NEAR);
    const hi = Math.min(this.length, this.lastEnding + NEAR);
    const near = (lo === 0 || this.end(lo - 1) < offset) && (hi === this.length || this.end(hi) >= offset);
    return (this.lastEnding = near ? this.firstAtOrAfter(offset, true, lo, hi) : this.firstAtOrAfter(offset, true));
  }

  /** Index of the first block whose start, or end, is at or after `offset`; searched between `from` and `to` when the answer lies there. */
  private firstAtOrAfter(offset: number, byEnd: boolean, from = 0, to = this.length): number {
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((byEnd ? this.end(mid) : this.start(mid)) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the last heading at or before block `i`, or -1. */
  headingAtOrBefore(i: number): number {
    let h = i;
    while (h >= 0 && this.kind(h) !== 'heading') h--;
    return h;
  }

  /** Whether block `i` here and block `j` of `other` are the same kind and level and lie `shift` characters apart. */
  sameAs(i: number, other: BlockList, j: number, shift: number): boolean {
    return (
      this.kinds[i] === other.kinds[j] &&
      this.levels[i] === other.levels[j] &&
      this.start(i) === other.start(j) + shift &&
      this.end(i) === other.end(j) + shift
    );
  }

  /** Whether these blocks have the kinds and levels of `other`'s from block `from` on. */
  private hasShapeOf(other: BlockList, from: number): boolean {
    for (let k = 0; k < this.length; k++) if (this.kinds[k] !== other.kinds[from + k] || this.levels[k] !== other.levels[from + k]) return false;
    return true;
  }

  /**
   * The blocks of an edited text from those of the version before: `previous[0, keptBefore)` as they
   * were, then `region` (blocks of the edited text), then `previous[movedFrom, …)` moved by `shift`.
   */
  static spliced(previous: BlockList, keptBefore: number, region: BlockList, movedFrom: number, shift: number): BlockList {
    const sameShape = region.length === movedFrom - keptBefore && region.hasShapeOf(previous, keptBefore);
    return sameShape ? previous.withWindow(keptBefore, region, shift) : previous.copiedAround(keptBefore, region, movedFrom, shift, false);
  }

  /**
   * `spliced` where the region replaces as many blocks of the same kinds and levels: the columns are
   * shared, and the window grows to take in the region and the window before it. A window that
   * reaches past `MAX_WINDOW` blocks (typing in one place after another) is written into copied
   * columns instead, and the next edits start a window anew.
   */
  private withWindow(from: number, region: BlockList, shift: number): BlockList {
    const hadWindow = this.windowStart < this.length;
    const to = from + region.length;
    const windowStart = hadWindow ? Math.min(from, this.windowStart) : from;
    const windowEnd = hadWindow ? Math.max(to, this.windowStart + this.windowStarts.length) : to;
    if (windowEnd - windowStart > MAX_WINDOW) return this.copiedAround(from, region, to, shift, true);
    const windowStarts = new Int32Array(windowEnd - windowStart);
    const windowEnds = new Int32Array(windowEnd - windowStart);
    for (let i = windowStart; i < windowEnd; i++) {
      const inRegion = i >= from && i < to;
      // before the region as they were, after it moved
      windowStarts[i - windowStart] = inRegion ? region.start(i - from) : this.start(i) + (i >= to ? shift : 0);
      windowEnds[i - windowStart] = inRegion ? region.end(i - from) : this.end(i) + (i >= to ? shift : 0);
    }
    // the blocks after the new window lay after the old one too, and read its shift
    return new BlockList(this.length, this.kinds, this.levels, this.starts, this.ends, windowStart, windowStarts, windowEnds, this.shift + shift);
  }

  /** `spliced` into columns of its own; the kinds and levels stay shared when the region has those of the blocks it replaces. */
  private copiedAround(keptBefore: number, region: BlockList, movedFrom: number, shift: number, sameShape: boolean): BlockList {
    const length = keptBefore + region.length + this.length - movedFrom;
    const kinds = sameShape ? this.kinds : new Uint8Array(length);
    const levels = sameShape ? this.levels : new Uint8Array(length);
    if (!sameShape) {
      for (const [to, from, made] of [[kinds, this.kinds, region.kinds], [levels, this.levels, region.levels]] as const) {
        to.set(from.subarray(0, keptBefore));
        to.set(made.subarray(0, region.length), keptBefore);
        to.set(from.subarray(movedFrom, this.length), keptBefore + region.length);
      }
    }
    const starts = new Int32Array(length);
    const ends = new Int32Array(length);
    this.writeOffsets(starts, ends, 0, 0, keptBefore, 0);
    region.writeOffsets(starts, ends, keptBefore, 0, region.length, 0);
    this.writeOffsets(starts, ends, keptBefore + region.length, movedFrom, this.length, shift);
    return new BlockList(length, kinds, levels, starts, ends);
  }

  /** Writes the starts and ends of blocks `[from, to)`, moved by `by`, into the columns from `at` on. */
  private writeOffsets(starts: Int32Array, ends: Int32Array, at: number, from: number, to: number, by: number): void {
    for (let i = from; i < to; i++) {
      starts[at + i - from] = this.start(i) + by;
      ends[at + i - from] = this.end(i) + by;
    }
  }

  /** The same blocks `by` characters later (a region split on its own, placed in the document). */
  movedBy(by: number): BlockList {
    const starts = new Int32Array(this.length);
    const ends = new Int32Array(this.length);
    this.writeOffsets(starts, ends, 0, 0, this.length, by);
    return new BlockList(this.length, this.kinds, this.levels, starts, ends);
  }
}

const NO_OFFSETS = new Int32Array(0);

/**
 * The most blocks a window holds (see `BlockList.withWindow`): typing keeps it at the three blocks
 * around the paragraph typed in, and a window this long costs a keystroke as little as the copy it
 * saves would (a few microseconds).
 */
const MAX_WINDOW = 64;

/** Collects blocks in order into columns that grow by doubling, for `splitBlocks`. */
export class BlockListBuilder {
  private length = 0;
  private kinds: Uint8Array;
  private levels: Uint8Array;
  private starts: Int32Array;
  private ends: Int32Array;

  constructor(capacity = 16) {
    const size = Math.max(1, capacity);
    this.kinds = new Uint8Array(size);
    this.levels = new Uint8Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }

  push(kind: BlockKind, start: number, end: number, level: number): void {
    if (this.length === this.starts.length) this.grow();
    const i = this.length++;
    this.kinds[i] = BLOCK_KIND_CODES[kind];
    this.levels[i] = level;
    this.starts[i] = start;
    this.ends[i] = end;
  }

  finish(): BlockList {
    return new BlockList(this.length, this.kinds, this.levels, this.starts, this.ends);
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const kinds = new Uint8Array(size);
    const levels = new Uint8Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    kinds.set(this.kinds);
    levels.set(this.levels);
    starts.set(this.starts);
    ends.set(this.ends);
    this.kinds = kinds;
    this.levels = levels;
    this.starts = starts;
    this.ends = ends;
  }
}
