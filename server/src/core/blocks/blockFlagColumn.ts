/** The most entries a column keeps apart from its shared bytes before it writes them all into bytes of its own. */
const MAX_CHANGED = 64;

/**
 * One byte of flags per block (see `BlockFlags` in `blockPasses.ts`), kept from version to version.
 * A keystroke that keeps the number of blocks changes the flags of a few: the column of the next
 * version shares this one's bytes and keeps those few apart, where it had copied a byte per block
 * (50 KB in a list of 50,000 items) at every keystroke, memory the system had to hand over page
 * by page until a collection freed the old copies (see `BlockList`).
 */
export class BlockFlagColumn {
  private constructor(
    readonly length: number,
    private readonly bytes: Uint8Array,
    /** The entries that differ from `bytes`, by block index. */
    private readonly changed: ReadonlyMap<number, number> | undefined,
  ) {}

  /** A column of `bytes`, which it owns from now on. */
  static of(bytes: Uint8Array): BlockFlagColumn {
    return new BlockFlagColumn(bytes.length, bytes, undefined);
  }

  at(i: number): number {
    if (this.changed !== undefined) {
      const flags = this.changed.get(i);
      if (flags !== undefined) return flags;
    }
    return this.bytes[i]!;
  }

  /**
   * This column with the entries from `before` to `movedFrom` replaced by `region` and, after that,
   * the entries at the keys of `entries` (indices in the new column) set to their values.
   */
  spliced(before: number, movedFrom: number, region: Uint8Array, entries: ReadonlyMap<number, number>): BlockFlagColumn {
    if (region.length === movedFrom - before) {
      const changed = new Map(this.changed);
      for (let k = 0; k < region.length; k++) changed.set(before + k, region[k]!);
      for (const [i, flags] of entries) changed.set(i, flags);
      if (changed.size <= MAX_CHANGED) return new BlockFlagColumn(this.length, this.bytes, changed);
    }
    const shift = region.length - (movedFrom - before);
    const bytes = new Uint8Array(this.length + shift);
    bytes.set(this.bytes.subarray(0, before));
    bytes.set(region, before);
    bytes.set(this.bytes.subarray(movedFrom), before + region.length);
    if (this.changed) for (const [i, flags] of this.changed) if (i < before || i >= movedFrom) bytes[i < before ? i : i + shift] = flags;
    for (const [i, flags] of entries) bytes[i] = flags;
    return new BlockFlagColumn(bytes.length, bytes, undefined);
  }
}
