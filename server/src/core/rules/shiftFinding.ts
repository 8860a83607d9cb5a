import type { Finding } from '../types';
import type { RawFinding } from './ruleContext';

/** A finding `by` characters later, its fixes and related spans with it (offsets are never negative). */
export const shiftFinding = <F extends RawFinding | Finding>(f: F, by: number): F => movedFinding(f, 0, by);

/**
 * A finding of the previous version in the next one, whose edit moved every offset from `editEnd` on
 * (in the old text) by `delta`: the finding itself when none of its offsets moved. Its spans must not
 * lie inside the edited text.
 */
export function movedFinding<F extends RawFinding | Finding>(f: F, editEnd: number, delta: number): F {
  const at = (offset: number) => (offset >= editEnd ? offset + delta : offset);
  if (delta === 0 || (f.end < editEnd && !f.fixes && !f.related)) return f;
  const moved: F = { ...f, start: at(f.start), end: at(f.end) };
  if (f.fixes) Object.assign(moved, { fixes: f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: at(e.start), end: at(e.end) })) })) });
  if (f.related) Object.assign(moved, { related: f.related.map((r) => ({ ...r, start: at(r.start), end: at(r.end) })) });
  return moved;
}
