import type { Block, BlockKind } from './splitBlocks';

const KINDS: readonly BlockKind[] = ['frontmatter', 'heading', 'paragraph', 'item', 'code', 'comment'];
const KIND_CODES: Readonly<Record<BlockKind, number>> = { frontmatter: 0, heading: 1, paragraph: 2, item: 3, code: 4, comment: 5 };

/**
 * A document's blocks, in order, kept by column: kinds, levels, starts and ends in typed arrays. A
 * keystroke moves every block after it, and a list of 50,000 items has as many blocks: an object
 * per moved block, kept until the next keystroke, was the largest thing a keystroke made (three to
 * four tenths of it in the benchmark's texts), and every young-generation collection copied them.
 * Numbers in typed arrays are neither objects nor scanned by the collector, and moving them is a
 * copy and an add. Read a block's fields by index; `at` makes a `Block` for code that hands one on.
 * (Offsets fit 32 bits: no V8 string is longer than 2^29 characters.)
 */
export class BlockList implements Iterable<Block> {
  constructor(
    readonly length: number,
    private readonly kinds: Uint8Array,
    private readonly levels: Uint8Array,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {}

  kind(i: number): BlockKind {
    return KINDS[this.kinds[i]!]!;
  }
  level(i: number): number {
    return this.levels[i]!;
  }
  start(i: number): number {
    return this.starts[i]!;
  }
  end(i: number): number {
    return this.ends[i]!;
  }

  /** Block `i` as an object of its own, or undefined past the end (as an array's `at`, without negative indices). */
  at(i: number): Block | undefined {
    return i >= 0 && i < this.length ? { kind: this.kind(i), start: this.starts[i]!, end: this.ends[i]!, level: this.levels[i]! } : undefined;
  }

  *[Symbol.iterator](): Iterator<Block> {
    for (let i = 0; i < this.length; i++) yield this.at(i)!;
  }

  /** Index of the first block whose start is at or after `offset`. */
  firstStartingAt(offset: number): number {
    return firstAtOrAfter(this.starts, this.length, offset);
  }

  /** Index of the first block whose end is at or after `offset` (blocks do not overlap, so ends are in order too). */
  firstEndingAtOrAfter(offset: number): number {
    return firstAtOrAfter(this.ends, this.length, offset);
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
      this.starts[i]! === other.starts[j]! + shift &&
      this.ends[i]! === other.ends[j]! + shift
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
    const moved = previous.length - movedFrom;
    const length = keptBefore + region.length + moved;
    // a keystroke inside a paragraph makes again the blocks it replaced, of the same kinds and
    // levels: those two columns are shared, where each was copied whole
    const sameShape = region.length === movedFrom - keptBefore && region.hasShapeOf(previous, keptBefore);
    const kinds = sameShape ? previous.kinds : new Uint8Array(length);
    const levels = sameShape ? previous.levels : new Uint8Array(length);
    const starts = new Int32Array(length);
    const ends = new Int32Array(length);
    const columns: [Uint8Array | Int32Array, Uint8Array | Int32Array, Uint8Array | Int32Array][] = [[starts, previous.starts, region.starts], [ends, previous.ends, region.ends]];
    if (!sameShape) columns.push([kinds, previous.kinds, region.kinds], [levels, previous.levels, region.levels]);
    for (const [to, from, made] of columns) {
      to.set(from.subarray(0, keptBefore));
      to.set(made.subarray(0, region.length), keptBefore);
      to.set(from.subarray(movedFrom, previous.length), keptBefore + region.length);
    }
    if (shift !== 0) {
      for (let i = keptBefore + region.length; i < length; i++) {
        starts[i]! += shift;
        ends[i]! += shift;
      }
    }
    return new BlockList(length, kinds, levels, starts, ends);
  }

  /** The same blocks `by` characters later (a region split on its own, placed in the document). */
  movedBy(by: number): BlockList {
    const starts = this.starts.slice(0, this.length);
    const ends = this.ends.slice(0, this.length);
    for (let i = 0; i < this.length; i++) {
      starts[i]! += by;
      ends[i]! += by;
    }
    return new BlockList(this.length, this.kinds, this.levels, starts, ends);
  }
}

/** Index of the first of `length` sorted numbers at or after `offset`. */
function firstAtOrAfter(sorted: Int32Array, length: number, offset: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

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
    this.kinds[i] = KIND_CODES[kind];
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
