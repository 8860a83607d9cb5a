/** How many sequences a chunk holds, as a power of two. */
const CHUNK_BITS = 10;
export const STRETCH_CHUNK = 1 << CHUNK_BITS;
const CHUNK_MASK = STRETCH_CHUNK - 1;

/** The stretches of up to `STRETCH_CHUNK` sequences: each offset is `base` more than the number written. */
interface Chunk {
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly base: number;
  /** The least start and the greatest end in the chunk (-1 stands for an empty sequence's). */
  readonly least: number;
  readonly most: number;
}

function chunkOf(from: Int32Array, to: Int32Array): Chunk {
  let least = Infinity;
  let most = -Infinity;
  for (let k = 0; k < from.length; k++) {
    least = Math.min(least, from[k]!);
    most = Math.max(most, to[k]!);
  }
  return { from, to, base: 0, least, most };
}

/**
 * Where the text each proposal sequence's rules read starts and ends (see `SequenceFindings`), in
 * chunks of 1,024 sequences that versions share. A keystroke moves every sequence after it: a chunk
 * wholly after the edit is moved by a number of its own, the one or two chunks the edit reaches are
 * copied, and the others stay. Copying both columns at every keystroke (136 KB in a list of 17,000
 * sub-lists) made memory that the system handed over page by page (see `BlockList`).
 */
export class SequenceStretches {
  /** (Made by `of` and by `StretchEditor.finish`.) */
  constructor(
    readonly length: number,
    private readonly chunks: readonly Chunk[],
  ) {}

  /** The stretches `[from[s], to[s])`; the columns are the list's from now on. */
  static of(from: Int32Array, to: Int32Array): SequenceStretches {
    const chunks: Chunk[] = [];
    for (let at = 0; at < from.length; at += STRETCH_CHUNK) chunks.push(chunkOf(from.subarray(at, at + STRETCH_CHUNK), to.subarray(at, at + STRETCH_CHUNK)));
    return new SequenceStretches(from.length, chunks);
  }

  get chunkCount(): number {
    return this.chunks.length;
  }

  from(s: number): number {
    const chunk = this.chunks[s >> CHUNK_BITS]!;
    return chunk.from[s & CHUNK_MASK]! + chunk.base;
  }

  to(s: number): number {
    const chunk = this.chunks[s >> CHUNK_BITS]!;
    return chunk.to[s & CHUNK_MASK]! + chunk.base;
  }

  /** The least start in chunk `c`. */
  least(c: number): number {
    return this.chunks[c]!.least + this.chunks[c]!.base;
  }

  /** The greatest end in chunk `c`. */
  most(c: number): number {
    return this.chunks[c]!.most + this.chunks[c]!.base;
  }

  /** A copy to change: the chunks stay shared until changed. */
  edit(): StretchEditor {
    return new StretchEditor(this.length, this.chunks.slice());
  }
}

/** Changes a copy of `SequenceStretches`, copying a chunk at its first change; used once, since `finish` hands its chunks over. */
export class StretchEditor {
  /** The chunks copied so far, by index. */
  private readonly copied = new Set<number>();

  constructor(
    private readonly length: number,
    private readonly chunks: Chunk[],
  ) {}

  /** Moves every stretch of chunk `c` by `delta`, without copying it. */
  moveChunk(c: number, delta: number): void {
    const chunk = this.chunks[c]!;
    this.chunks[c] = { ...chunk, base: chunk.base + delta };
  }

  set(s: number, from: number, to: number): void {
    const c = s >> CHUNK_BITS;
    if (!this.copied.has(c)) {
      const chunk = this.chunks[c]!;
      const copy = { from: new Int32Array(chunk.from.length), to: new Int32Array(chunk.to.length), base: 0, least: 0, most: 0 };
      for (let k = 0; k < chunk.from.length; k++) {
        copy.from[k] = chunk.from[k]! + chunk.base;
        copy.to[k] = chunk.to[k]! + chunk.base;
      }
      this.chunks[c] = copy;
      this.copied.add(c);
    }
    const chunk = this.chunks[c]!;
    chunk.from[s & CHUNK_MASK] = from;
    chunk.to[s & CHUNK_MASK] = to;
  }

  finish(): SequenceStretches {
    // the copied chunks' bounds, found again
    for (const c of this.copied) this.chunks[c] = chunkOf(this.chunks[c]!.from, this.chunks[c]!.to);
    return new SequenceStretches(this.length, this.chunks);
  }
}
