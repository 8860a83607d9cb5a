/**
 * How a series of edits moved the offsets of one version of a document: each edit moved every
 * offset at or after its end by its change in length, and left the others. Composed, that is a
 * step function: an offset `o` of the first version moves by the shift of the last threshold at or
 * before it. Kept as a few thresholds, one per place edited, so that a keystroke moves a list of
 * tens of thousands of items by adding a threshold instead of copying each item (see `MovedItems`).
 */
export class OffsetShift {
  /** No edit: every offset stays. */
  static readonly NONE = new OffsetShift([], []);

  /** Offsets of the first version, ascending, where the shift changes. */
  readonly #thresholds: readonly number[];
  /** The shift of the offsets from `#thresholds[k]` up to the next threshold. */
  readonly #shifts: readonly number[];

  private constructor(thresholds: readonly number[], shifts: readonly number[]) {
    this.#thresholds = thresholds;
    this.#shifts = shifts;
  }

  /** One edit: the offsets at or after `editEnd` move by `delta`. */
  static edit(editEnd: number, delta: number): OffsetShift {
    return new OffsetShift([editEnd], [delta]);
  }

  /** How many places the edits moved offsets from. */
  get places(): number {
    return this.#thresholds.length;
  }

  /** The first offset an edit moved, or may have moved to another line: what ends before it stays as it was. */
  get firstMoved(): number {
    return this.#thresholds.length > 0 ? this.#thresholds[0]! : Infinity;
  }

  /** The index of the last threshold at or before `offset`, or -1. */
  #segment(offset: number): number {
    const thresholds = this.#thresholds;
    let lo = 0;
    let hi = thresholds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (thresholds[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** How far `offset` moved. */
  shiftOf(offset: number): number {
    const k = this.#segment(offset);
    return k < 0 ? 0 : this.#shifts[k]!;
  }

  /** Where `offset` moved to. */
  of(offset: number): number {
    return offset + this.shiftOf(offset);
  }

  /**
   * The one shift of every offset from `start` to `end`, or undefined when an edit cut between them
   * (its threshold lies after `start` and at or before `end`).
   */
  uniform(start: number, end: number): number | undefined {
    const k = this.#segment(start);
    if (k + 1 < this.#thresholds.length && this.#thresholds[k + 1]! <= end) return undefined;
    return k < 0 ? 0 : this.#shifts[k]!;
  }

  /**
   * These edits followed by one more, given in the offsets they made: that one moved the moved
   * offsets at or after `editEnd` by `delta`. Those are the first version's offsets from the least
   * whose moved offset reaches `editEnd` on, unless an earlier edit removed text just after
   * `editEnd`: the offsets it left inside the removed stretch then lie after `editEnd`, and some
   * that it moved back lie before it. Undefined then; the caller moves its items first.
   */
  then(editEnd: number, delta: number): OffsetShift | undefined {
    const thresholds = this.#thresholds;
    const shifts = this.#shifts;
    // segment by segment (each moves by one shift): the least offset that moves to `editEnd` or
    // after, and then every later segment must move wholly there
    let threshold: number | undefined;
    for (let k = -1; k < thresholds.length; k++) {
      const from = k < 0 ? -Infinity : thresholds[k]!;
      const to = k + 1 < thresholds.length ? thresholds[k + 1]! : Infinity;
      const least = Math.max(from, editEnd - (k < 0 ? 0 : shifts[k]!));
      if (threshold === undefined) {
        if (least < to) threshold = least;
      } else if (least > from) return undefined;
    }
    if (threshold === undefined) return undefined;
    const nextThresholds: number[] = [];
    const nextShifts: number[] = [];
    // one at an existing threshold replaces it; one that moves nothing (a space overtyped with a line
    // break) is kept all the same: what lies after it is no longer where it was, line by line
    const push = (at: number, shift: number) => {
      if (nextThresholds.at(-1) === at) {
        nextThresholds.pop();
        nextShifts.pop();
      }
      nextThresholds.push(at);
      nextShifts.push(shift);
    };
    let k = 0;
    for (; k < thresholds.length && thresholds[k]! < threshold; k++) push(thresholds[k]!, shifts[k]!);
    push(threshold, (k > 0 ? shifts[k - 1]! : 0) + delta);
    for (; k < thresholds.length; k++) push(thresholds[k]!, shifts[k]! + delta);
    return new OffsetShift(nextThresholds, nextShifts);
  }
}
