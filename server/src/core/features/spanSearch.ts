import type { Span } from '../types';

/** A list read by index: an array, or a list whose items move when read (`ItemList`). */
interface Indexed<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

/** Index of the first span in a list sorted by start whose start is at or after `offset`. */
export function firstStartingAt<T extends Span>(sorted: Indexed<T>, offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted.at(mid)!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans of a sorted list that lie inside [start, end), in order, found by binary search. */
export function spansWithin<T extends Span>(sorted: readonly T[], start: number, end: number): T[] {
  const result: T[] = [];
  for (let i = firstStartingAt(sorted, start); i < sorted.length && sorted[i]!.start < end; i++) {
    if (sorted[i]!.end <= end) result.push(sorted[i]!);
  }
  return result;
}

/** Whether any span of a sorted, non-overlapping list overlaps [start, end). */
export function overlapsAny(sorted: readonly Span[], start: number, end: number): boolean {
  const i = firstStartingAt(sorted, start);
  return (i < sorted.length && sorted[i]!.start < end) || (i > 0 && sorted[i - 1]!.end > start);
}
