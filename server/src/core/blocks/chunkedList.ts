/** How many entries a chunk holds, as a power of two. */
const CHUNK_BITS = 10;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_SIZE - 1;

/**
 * A list of one entry per block (the version's scans, or its results) or per proposal sequence (its
 * findings), kept in chunks of 1,024 that versions share. A keystroke replaces the entries of a
 * few blocks: the list of the next version copies the list of chunks and the chunks the edit
 * reached, not every entry. Copying two lists of 50,000 entries at each keystroke in a long list
 * had been half of the keystroke, and the young generation's collections that met those copies set
 * its slowest keystrokes. Read by index.
 */
export class ChunkedList<T> {
  readonly #chunks: readonly (readonly T[])[];
  readonly length: number;

  private constructor(chunks: readonly (readonly T[])[], length: number) {
    this.#chunks = chunks;
    this.length = length;
  }

  /** The entries of `items`, in chunks. */
  static of<T>(items: readonly T[]): ChunkedList<T> {
    const chunks: T[][] = [];
    for (let from = 0; from < items.length; from += CHUNK_SIZE) chunks.push(items.slice(from, from + CHUNK_SIZE));
    return new ChunkedList(chunks, items.length);
  }

  /** The entry at `index`, which must lie in the list. */
  at(index: number): T {
    return this.#chunks[index >> CHUNK_BITS]![index & CHUNK_MASK]!;
  }

  /** Whether some entry fits `test`. */
  some(test: (item: T) => boolean): boolean {
    for (const chunk of this.#chunks) for (let k = 0; k < chunk.length; k++) if (test(chunk[k]!)) return true;
    return false;
  }

  /**
   * This list with its entries from `before` to `movedFrom` replaced by `made`. When as many are
   * made as replaced, only the chunks they fall in are copied; else the chunks from the first of
   * them on are made again.
   */
  spliced(before: number, movedFrom: number, made: readonly T[]): ChunkedList<T> {
    if (made.length === movedFrom - before) {
      if (made.length === 0) return this;
      const chunks = this.#chunks.slice();
      for (let c = before >> CHUNK_BITS; c <= (movedFrom - 1) >> CHUNK_BITS; c++) {
        const chunk = chunks[c]!.slice();
        const from = Math.max(before, c << CHUNK_BITS);
        const to = Math.min(movedFrom, (c + 1) << CHUNK_BITS);
        for (let i = from; i < to; i++) chunk[i & CHUNK_MASK] = made[i - before]!;
        chunks[c] = chunk;
      }
      return new ChunkedList(chunks, this.length);
    }
    // the chunks before the first one the edit reaches stay; the rest are made again from the entries
    const first = before >> CHUNK_BITS;
    const chunks = this.#chunks.slice(0, first);
    const length = this.length - (movedFrom - before) + made.length;
    let chunk: T[] = [];
    const push = (item: T) => {
      chunk.push(item);
      if (chunk.length === CHUNK_SIZE) {
        chunks.push(chunk);
        chunk = [];
      }
    };
    for (let i = first << CHUNK_BITS; i < before; i++) push(this.at(i));
    for (const item of made) push(item);
    for (let i = movedFrom; i < this.length; i++) push(this.at(i));
    if (chunk.length > 0) chunks.push(chunk);
    return new ChunkedList(chunks, length);
  }

  /** This list with the entries at the keys of `entries` replaced by their values; only their chunks are copied. */
  with(entries: ReadonlyMap<number, T>): ChunkedList<T> {
    if (entries.size === 0) return this;
    const chunks = this.#chunks.slice();
    const copied = new Set<number>();
    for (const [i, item] of entries) {
      const c = i >> CHUNK_BITS;
      if (!copied.has(c)) {
        chunks[c] = chunks[c]!.slice();
        copied.add(c);
      }
      (chunks[c] as T[])[i & CHUNK_MASK] = item;
    }
    return new ChunkedList(chunks, this.length);
  }
}
