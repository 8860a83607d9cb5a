import type { Finding } from '../types';
import type { RawFinding } from './ruleContext';
import { firstOffset, lastOffset, shiftedFinding } from './shiftedFinding';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A copy of `f` at `start`, `end` (with `severity`, if any), made as a literal of the whole finding,
 * its fields in the order a rule writes them and the severity last, as a spread had them: a rule's
 * finding given its severity, or the rare finding whose spans an edit moved on one side only. A
 * spread copies the source's layout, and a finding given its severity after it was made keeps that
 * field outside the object, in a store of its own: spreading 1,489 findings took 0.44 ms, and
 * copying them so about 0.1 ms. Findings with fixes or related spans are built field by field.
 */
export function findingAt<F extends RawFinding | Finding>(f: F, start: number, end: number, severity: Finding['severity'] | undefined = (f as Partial<Finding>).severity): F {
  const { code, message, data } = f;
  if (f.fixes === undefined && f.related === undefined) {
    if (data === undefined) return (severity === undefined ? { code, message, start, end } : { code, message, start, end, severity }) as F;
    return (severity === undefined ? { code, message, start, end, data } : { code, message, start, end, data, severity }) as F;
  }
  const copy: Mutable<Partial<Finding> & RawFinding> = { code, message, start, end };
  if (f.fixes !== undefined) copy.fixes = f.fixes;
  if (f.related !== undefined) copy.related = f.related;
  if (data !== undefined) copy.data = data;
  if (severity !== undefined) copy.severity = severity;
  return copy as F;
}

/** A finding `by` characters later, its fixes and related spans with it (offsets are never negative); see `shiftedFinding`. */
export const shiftFinding = <F extends RawFinding | Finding>(f: F, by: number): F => (by === 0 ? f : shiftedFinding(f, by));

/**
 * A finding of the previous version in the next one, whose edit moved every offset from `editEnd` on
 * (in the old text) by `delta`: the finding itself when none of its offsets moved, a moved finding
 * (`shiftedFinding`) when all of them did. Its spans must not lie inside the edited text. A span
 * that ends where text was inserted stays as it was: a line break typed after a flagged "Kiev" at
 * the end of a document is not part of the finding. A start there moves, and so does an empty span
 * (an insertion point) there.
 */
export function movedFinding<F extends RawFinding | Finding>(f: F, editEnd: number, delta: number): F {
  if (delta === 0 || lastOffset(f) < editEnd) return f;
  if (firstOffset(f) >= editEnd) return shiftedFinding(f, delta);
  // a finding that ends at the edit, or whose fixes or related spans lie on both sides of it: rare, copied whole
  const startAt = (start: number) => (start >= editEnd ? start + delta : start);
  const endAt = (start: number, end: number) => (end > editEnd || (end === editEnd && start >= editEnd) ? end + delta : end);
  const moved = findingAt(f, startAt(f.start), endAt(f.start, f.end)) as Mutable<F>;
  if (f.fixes) moved.fixes = f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: startAt(e.start), end: endAt(e.start, e.end) })) }));
  if (f.related) moved.related = f.related.map((r) => ({ ...r, start: startAt(r.start), end: endAt(r.start, r.end) }));
  return moved;
}

/**
 * Each of `findings` `by` characters later (see `shiftFinding`), in a list of its own. A loop, not a
 * `map` with an arrow function: a function that makes such an arrow, reading its parameters, makes
 * a scope object at every call, whichever path the call takes (a keystroke in the 1 MB treaty text
 * moved the findings of hundreds of sequences so). The list is a copy of `findings`, overwritten, so
 * that it has their elements kind: a rule's list, grown by `push`, is packed, a `new Array(n)` holey,
 * and V8, having seen packed lists first and then only holey ones, compiled the code that reads
 * them for holey lists alone. A keystroke after the warm-up then met packed ones again (the
 * sequences the warm-up's last places read again) and threw that code away: the first two
 * keystrokes typed mid-line in the 1 MB treaty text ran it unoptimized, 7–8 ms each in the server.
 */
export function shiftedFindings<F extends RawFinding | Finding>(findings: readonly F[], by: number): F[] {
  const moved = findings.slice();
  for (let k = 0; k < moved.length; k++) moved[k] = shiftFinding(moved[k]!, by);
  return moved;
}

/** Each of `findings` moved by an edit (see `movedFinding`), in a list of its own, for the reasons `shiftedFindings` gives. */
export function movedFindings<F extends RawFinding | Finding>(findings: readonly F[], editEnd: number, delta: number): F[] {
  const moved = findings.slice();
  for (let k = 0; k < moved.length; k++) moved[k] = movedFinding(moved[k]!, editEnd, delta);
  return moved;
}
