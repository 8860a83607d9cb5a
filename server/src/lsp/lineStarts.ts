/** How many lines a chunk holds when a text is first cut; an edit's chunk grown past twice this is cut again. */
export const CHUNK_LINES = 512;

/**
 * Where each line of a document version starts, kept in chunks of lines so that an edit makes a new
 * version's starts without copying them all: the chunk the edit falls in is made again, the chunks
 * before it are shared, and those after it are shared too, their first lines' offsets moved. A
 * version of 1 MB with 20,000 lines copied and shifted all of them at every keystroke, and the new
 * 80 KB typed array was most of what updating the document cost.
 */
export class LineStarts {
  /** The chunk a lookup found last: positions converted one after another fall in one chunk. */
  #lastChunk = 0;

  private constructor(
    /** Each chunk's line starts relative to its first line's start (so each begins with 0); shared between versions, never written. */
    private readonly chunks: readonly (readonly number[])[],
    /** Where each chunk's first line starts. */
    private readonly bases: readonly number[],
    /** The number of each chunk's first line. */
    private readonly firstLines: readonly number[],
    /** How many lines there are. */
    readonly count: number,
    private readonly chunkLines: number,
  ) {}

  /** The line starts of `text` ("\n", "\r\n" and "\r" end a line). */
  static of(text: string, chunkLines = CHUNK_LINES): LineStarts {
    const found = [0];
    pushLineStarts(text, 0, text.length, found);
    const made = new Cut(chunkLines);
    made.add(found, 0);
    return new LineStarts(made.chunks, made.bases, made.firstLines, found.length, chunkLines);
  }

  /** Where line `line` starts, for 0 ≤ `line` < `count`. */
  at(line: number): number {
    const c = this.#chunkOfLine(line);
    return this.bases[c]! + this.chunks[c]![line - this.firstLines[c]!]!;
  }

  /** The last line that starts at or before `offset` (0 before the text). */
  lineOf(offset: number): number {
    const c = this.#chunkBy(this.bases, offset);
    return this.firstLines[c]! + Math.max(0, firstAbove(this.chunks[c]!, offset - this.bases[c]!) - 1);
  }

  /**
   * The line starts of the text made by replacing `[start, end)` of this one with `inserted`
   * characters; `slice` reads the new text. Whether an offset starts a line depends on the
   * characters before it and at it ("\r\n" is one break), so the starts before the edit's line and
   * those past the inserted text are kept (the latter moved), and those between found again.
   */
  replaced(start: number, end: number, inserted: number, slice: (start: number, end: number) => string): LineStarts {
    const delta = inserted - (end - start);
    const insertedEnd = start + inserted;
    // the last line that starts before `start` (the first line, at 0, always stays), and the first after `end`
    const keep = start > 0 ? this.lineOf(start - 1) : 0;
    const after = this.lineOf(end) + 1;
    // between that start and the edit no line starts, and the characters are the same: the scan
    // begins at the character before the edit, whose break may now be a "\r\n"
    const from = Math.max(this.at(keep), start - 1);
    const found: number[] = [];
    pushLineStarts(slice(from, insertedEnd + 1), from, insertedEnd, found);
    // the chunks from keep's to the one after's rest is in are made again; the ones before are kept, the ones after moved
    const first = this.#chunkOfLine(keep);
    const last = after < this.count ? this.#chunkOfLine(after) : this.chunks.length;
    // a chunk that starts with `after` is moved whole
    const tail = last < this.chunks.length && this.firstLines[last] === after ? last : last + 1;
    const merged: number[] = [];
    const base = this.bases[first]!;
    const head = this.chunks[first]!;
    for (let k = 0; k <= keep - this.firstLines[first]!; k++) merged.push(base + head[k]!);
    for (const at of found) merged.push(at);
    if (tail === last + 1 && last < this.chunks.length) {
      const rest = this.chunks[last]!;
      const restBase = this.bases[last]! + delta;
      for (let k = after - this.firstLines[last]!; k < rest.length; k++) merged.push(restBase + rest[k]!);
    }
    const count = keep + 1 + found.length + (this.count - after);
    const made = new Cut(this.chunkLines);
    for (let c = 0; c < first; c++) made.keep(this.chunks[c]!, this.bases[c]!, this.firstLines[c]!);
    made.add(merged, this.firstLines[first]!);
    const lineDelta = count - this.count;
    for (let c = tail; c < this.chunks.length; c++) made.keep(this.chunks[c]!, this.bases[c]! + delta, this.firstLines[c]! + lineDelta);
    return new LineStarts(made.chunks, made.bases, made.firstLines, count, this.chunkLines);
  }

  #chunkOfLine(line: number): number {
    return this.#chunkBy(this.firstLines, line);
  }

  /** The last chunk whose entry in `firsts` (`bases` or `firstLines`) is at most `value`: the chunk found last, when it is that one. */
  #chunkBy(firsts: readonly number[], value: number): number {
    const c = this.#lastChunk;
    if (firsts[c]! <= value && (c + 1 === firsts.length || value < firsts[c + 1]!)) return c;
    return (this.#lastChunk = Math.max(0, firstAbove(firsts, value) - 1));
  }
}

/** The chunks of a version as they are made, in order. */
class Cut {
  readonly chunks: (readonly number[])[] = [];
  readonly bases: number[] = [];
  readonly firstLines: number[] = [];

  constructor(private readonly chunkLines: number) {}

  /** A chunk of the version before, kept: the same list, its first line at `base` and numbered `firstLine`. */
  keep(chunk: readonly number[], base: number, firstLine: number): void {
    this.chunks.push(chunk);
    this.bases.push(base);
    this.firstLines.push(firstLine);
  }

  /** New lines, by their starts in the text, the first numbered `firstLine`: one chunk, or chunks of `chunkLines` when they are more than twice that. */
  add(starts: readonly number[], firstLine: number): void {
    const size = starts.length > 2 * this.chunkLines ? this.chunkLines : starts.length;
    for (let from = 0; from < starts.length; from += size) {
      const base = starts[from]!;
      const to = Math.min(starts.length, from + size);
      const chunk: number[] = new Array(to - from);
      for (let k = from; k < to; k++) chunk[k - from] = starts[k]! - base;
      this.keep(chunk, base, firstLine + from);
    }
  }
}

/** The index of the first of the sorted `values` above `limit`, or their length. */
export function firstAbove(values: ArrayLike<number>, limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! > limit) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * Adds to `found` the offsets where a line starts after a break in `region`, which starts at offset
 * `from` of its text, up to offset `limit`. ("\r\n" is one break: a "\r" counts only when no "\n"
 * follows it in the region, which therefore takes one character past `limit`.)
 */
function pushLineStarts(region: string, from: number, limit: number, found: number[]): void {
  for (let i = 0; i < region.length && from + i < limit; i++) {
    const c = region.charCodeAt(i);
    if (c === 10 || (c === 13 && region.charCodeAt(i + 1) !== 10)) found.push(from + i + 1);
  }
}
