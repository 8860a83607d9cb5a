import type { Finding, Fix, Severity } from '../types';
import type { RawFinding } from './ruleContext';

type Related = NonNullable<Finding['related']>;

/**
 * A finding `by` characters later than the one it was moved from: a block's finding placed at the
 * block's offset, or one kept from the last version and moved by its edit. A keystroke moves every
 * finding after it, and each copy, literal as it was, came from the literal that placed the first
 * version's findings: V8, having seen those outlive their young generation, allocated the copies in
 * the old one, where they died, keeping the copies of their fixes alive through every young
 * collection until a full one (typing in the samples' drafts repeated to 1 MB, each young collection
 * moved 1.6 MB to the old generation and took 3 ms). A class's instances stayed young. The
 * span and the severity are kept in the object, where the rules and the server read them; the rest
 * is read from the source, and the fixes and related spans are moved when first read (the server
 * reads them only for a code action). Moving a moved finding moves its source by the sum. Read it
 * as a `Finding`, by property; `toJSON` gives plain data (`plainFinding`).
 */
class ShiftedFinding implements Finding {
  readonly start: number;
  readonly end: number;
  /** Set in place by the document rules' runner, as on a finding made afresh (see `withSeverities`). */
  severity: Severity;
  readonly #source: RawFinding;
  readonly #by: number;
  #fixes: readonly Fix[] | undefined;
  #related: Related | undefined;

  private constructor(source: RawFinding, by: number, severity: Severity | undefined) {
    this.start = source.start + by;
    this.end = source.end + by;
    this.severity = severity as Severity;
    this.#source = source;
    this.#by = by;
  }

  get code(): string {
    return this.#source.code;
  }
  get message(): string {
    return this.#source.message;
  }
  get data(): Finding['data'] {
    return this.#source.data;
  }
  get fixes(): readonly Fix[] | undefined {
    const fixes = this.#source.fixes;
    if (fixes === undefined) return undefined;
    const by = this.#by;
    return (this.#fixes ??= fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })));
  }
  get related(): Related | undefined {
    const related = this.#source.related;
    if (related === undefined) return undefined;
    const by = this.#by;
    return (this.#related ??= related.map((r) => ({ ...r, start: r.start + by, end: r.end + by })));
  }

  toJSON(): Finding {
    return plainFinding(this);
  }

  /** `offsets` of the finding this one was moved from, moved: its fixes are not moved to be read. */
  static offsetsOf(f: ShiftedFinding, offsets: (f: RawFinding) => number): number {
    return offsets(f.#source) + f.#by;
  }

  /** See `movedApart`. */
  static apart(now: RawFinding, was: RawFinding): number | undefined {
    if (now === was) return 0;
    const nowSource = now instanceof ShiftedFinding ? now.#source : now;
    const wasSource = was instanceof ShiftedFinding ? was.#source : was;
    if (nowSource !== wasSource) return undefined;
    return (now instanceof ShiftedFinding ? now.#by : 0) - (was instanceof ShiftedFinding ? was.#by : 0);
  }

  static of(f: RawFinding | Finding, by: number): ShiftedFinding {
    const severity = (f as Partial<Finding>).severity;
    return f instanceof ShiftedFinding ? new ShiftedFinding(f.#source, f.#by + by, severity) : new ShiftedFinding(f, by, severity);
  }
}

/**
 * How many characters later than `was` `now` lies when both are one finding, or copies of one moved
 * whole (see `shiftedFinding`): then they say the same, and every span of `now`, its fixes' and
 * related spans too, is that of `was` so far on. Undefined when that is not known; their severity
 * is their own. Read without moving the fixes and related spans, which a host then need not read.
 */
export const movedApart = (now: Finding, was: Finding): number | undefined => ShiftedFinding.apart(now, was);

/** A finding moved whole, `by` characters later, its fixes and related spans with it. */
export const shiftedFinding = <F extends RawFinding | Finding>(f: F, by: number): F => ShiftedFinding.of(f, by) as unknown as F;

/**
 * A finding as a plain literal, as a rule makes one: what `JSON.stringify` gives, as an object.
 * Tests compare findings so: two moved findings with the same span and severity are otherwise equal
 * to `deepStrictEqual`, which compares own properties only.
 */
export function plainFinding(f: Finding): Finding {
  const { code, message, start, end, fixes, related, data, severity } = f;
  // in the order of a finding given its severity by `findingAt`
  const plain: { -readonly [K in keyof Finding]?: Finding[K] } = { code, message, start, end };
  if (fixes !== undefined) plain.fixes = fixes;
  if (related !== undefined) plain.related = related;
  if (data !== undefined) plain.data = data;
  plain.severity = severity;
  return plain as Finding;
}

/** The least offset a finding holds: its start, or that of a fix's edit or a related span. */
export const firstOffset = (f: RawFinding): number => (f instanceof ShiftedFinding ? ShiftedFinding.offsetsOf(f, firstOffsetOf) : firstOffsetOf(f));

/** The greatest offset a finding holds: its end, or that of a fix's edit or a related span. */
export const lastOffset = (f: RawFinding): number => (f instanceof ShiftedFinding ? ShiftedFinding.offsetsOf(f, lastOffsetOf) : lastOffsetOf(f));

function firstOffsetOf(f: RawFinding): number {
  let first = f.start;
  if (f.fixes) for (const fix of f.fixes) for (const e of fix.edits) first = Math.min(first, e.start);
  if (f.related) for (const r of f.related) first = Math.min(first, r.start);
  return first;
}

function lastOffsetOf(f: RawFinding): number {
  let last = f.end;
  if (f.fixes) for (const fix of f.fixes) for (const e of fix.edits) last = Math.max(last, e.end);
  if (f.related) for (const r of f.related) last = Math.max(last, r.end);
  return last;
}
