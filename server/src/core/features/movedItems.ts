import type { Span } from '../types';
import { OffsetShift } from './offsetShift';
import { locate, NOT_RENUMBERED, SplicedBase, spliceDepth, type BaseList, type Located, type Renumbering } from './splicedBase';

/** A list read by index: an array, or a `MovedItems`. */
export interface ItemList<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

/** How to move one kind of item. Every offset an item holds lies between its start and its end. */
export interface ItemMover<T extends Span> {
  /** `item` with all its offsets `by` characters later. */
  whole(item: T, by: number): T;
  /** `item` with each of its offsets moved by `shift`, which an edit cut between its start and end. */
  across(item: T, shift: OffsetShift): T;
  /** `item` `by` characters later and renumbered (see `MovedItems.spliced`): only for items that count their place. */
  renumbered?(item: T, by: number, sequences: number, indices: number): T;
}

/**
 * `item` with its offsets moved by `shift`: itself when it ends before every edit, else a new
 * object, even when the edits moved it by nothing: a host keeps what it converted by object, and
 * an item after a line break typed over a space lies on other lines (see `lsp/convert.ts`).
 */
export function movedItem<T extends Span>(item: T, shift: OffsetShift, mover: ItemMover<T>): T {
  if (item.end < shift.firstMoved) return item;
  const by = shift.uniform(item.start, item.end);
  return by === undefined ? mover.across(item, shift) : mover.whole(item, by);
}

/** A span with its offsets moved by `shift`: itself when none moved. */
export function movedSpanBy(span: Span, shift: OffsetShift): Span {
  const by = shift.uniform(span.start, span.end);
  if (by === 0) return span;
  return by === undefined ? { start: shift.of(span.start), end: shift.of(span.end) } : { start: span.start + by, end: span.end + by };
}

/** More places edited than this, more items replaced, or more splices, and the next edit copies the list first, so that reading an item stays cheap. */
const MAX_PLACES = 32;
const MAX_REPLACED = 256;
const MAX_SPLICES = 32;

/** Where `MovedItems` finds a base item: one object for every read (see `locate`). */
const found: Located<never> = { array: [], index: 0, sequences: 0, indices: 0 };

/**
 * A version's proposals, outline nodes or folds, sorted by start: the list of an earlier version
 * with the edits since applied when an item is read, and the items that were made again in place.
 * A keystroke moved every item after it; copying each one, tens of thousands in a long list, and the
 * young-generation collections that then copied the copies, set the slowest keystrokes. Now a
 * keystroke adds a threshold to the offsets' shift (see `OffsetShift`), and an item is moved when
 * read: the passes that run on a keystroke read only the few near the edit. `toArray` moves them
 * all, once per version, for a host that asks; the next version starts from that array. A keystroke
 * that makes a new item splices the list in the same way (`spliced`, see `SplicedBase`).
 */
export class MovedItems<T extends Span> implements ItemList<T> {
  readonly #base: BaseList<T>;
  /** How the edits since `#base` moved its offsets. */
  readonly #shift: OffsetShift;
  /** Items made again, by index, at this version's offsets. */
  readonly #replaced: ReadonlyMap<number, T> | undefined;
  readonly #mover: ItemMover<T>;
  #array: readonly T[] | undefined;

  private constructor(base: BaseList<T>, shift: OffsetShift, replaced: ReadonlyMap<number, T> | undefined, mover: ItemMover<T>) {
    this.#base = base;
    this.#shift = shift;
    this.#replaced = replaced;
    this.#mover = mover;
    if (shift === OffsetShift.NONE && replaced === undefined && !(base instanceof SplicedBase)) this.#array = base;
  }

  /** The items of a version made afresh. */
  static of<T extends Span>(items: readonly T[], mover: ItemMover<T>): MovedItems<T> {
    return new MovedItems(items, OffsetShift.NONE, undefined, mover);
  }

  get length(): number {
    return this.#base.length;
  }

  at(index: number): T | undefined {
    if (this.#array) return this.#array[index];
    if (index < 0 || index >= this.#base.length) return undefined;
    const replaced = this.#replaced?.get(index);
    if (replaced) return replaced;
    const base = this.#base;
    if (!(base instanceof SplicedBase)) return movedItem(base[index]!, this.#shift, this.#mover);
    const at = this.#located(index);
    const item = at.array[at.index]!;
    if (at.sequences === 0 && at.indices === 0) return movedItem(item, this.#shift, this.#mover);
    // renumbered by a splice: a new item though no edit moved it
    const by = this.#shift.uniform(item.start, item.end);
    const renumbered = this.#mover.renumbered!(item, by ?? 0, at.sequences, at.indices);
    return by === undefined ? this.#mover.across(renumbered, this.#shift) : renumbered;
  }

  /** Where the base item at `index`, which no splice put in, lies under the splices. */
  #located(index: number): Located<T> {
    const at = found as Located<T>;
    if (!locate(this.#base, index, at)) throw new Error(`MovedItems: item ${index} was put in by a splice, and is missing`);
    return at;
  }

  /** The start of the item at `index`, without moving the item. */
  startOf(index: number): number {
    if (this.#array) return this.#array[index]!.start;
    const replaced = this.#replaced?.get(index);
    if (replaced) return replaced.start;
    const base = this.#base;
    if (!(base instanceof SplicedBase)) return this.#shift.of(base[index]!.start);
    const at = this.#located(index);
    return this.#shift.of(at.array[at.index]!.start);
  }

  /** Every item, moved: made once per version. */
  toArray(): readonly T[] {
    if (this.#array) return this.#array;
    const items: T[] = new Array(this.#base.length);
    for (let i = 0; i < items.length; i++) items[i] = this.at(i)!;
    return (this.#array = items);
  }

  /** The items after an edit that moved the offsets at or after `editEnd` by `delta`. */
  moved(editEnd: number, delta: number): MovedItems<T> {
    // past so many places or replaced items, the list is copied moved first, so that reading an item
    // stays cheap; so too when the shift cannot take this edit (see `OffsetShift.then`)
    const compose = this.#array ? undefined : this.#shift.then(editEnd, delta);
    const compact = !this.#array && (!compose || this.#shift.places >= MAX_PLACES || this.#crowded());
    const array = compact ? this.toArray() : this.#array;
    const base = array ?? this.#base;
    let replaced: Map<number, T> | undefined;
    if (!array && this.#replaced) {
      const edit = OffsetShift.edit(editEnd, delta);
      replaced = new Map();
      for (const [i, item] of this.#replaced) replaced.set(i, movedItem(item, edit, this.#mover));
    }
    const shift = array ? OffsetShift.edit(editEnd, delta) : compose!;
    return new MovedItems(base, shift, replaced, this.#mover);
  }

  /**
   * The indices at which this list's item may not be `earlier`'s item at the same index moved on:
   * those made again in either list. Undefined when the two share no base (an edit between them
   * made the list again or spliced it), so that no item is known to be an earlier one. Either may
   * be the later version. For a host that converted `earlier`'s items: it converts again only
   * these and those an edit reached (see `lsp/convert.ts`).
   */
  changedSince(earlier: MovedItems<T>): ReadonlySet<number> | undefined {
    if (earlier === this) return NONE_CHANGED;
    if (this.#base === earlier.#base) return indicesOf(this.#replaced, earlier.#replaced);
    // `earlier` was copied moved (read whole, or before the edit after it, see `moved`), and this list moves that copy
    if (earlier.#array !== undefined && this.#base === earlier.#array) return indicesOf(this.#replaced, undefined);
    if (this.#array !== undefined && earlier.#base === this.#array) return indicesOf(earlier.#replaced, undefined);
    return undefined;
  }

  /** Whether reading an item has become slow enough that the list is better copied first. */
  #crowded(): boolean {
    return (this.#replaced?.size ?? 0) > MAX_REPLACED || spliceDepth(this.#base) >= MAX_SPLICES;
  }

  /**
   * These items with those from index `from` up to `to` replaced by `items`, which are at this
   * version's offsets, and those after them `renumbering` further on. The others are not copied:
   * a layer over the list records the splice (see `SplicedBase`).
   */
  spliced(from: number, to: number, items: readonly T[], renumbering: Renumbering = NOT_RENUMBERED): MovedItems<T> {
    const renumbers = renumbering.sequences !== 0 || renumbering.indices !== 0;
    const renumbered = this.#mover.renumbered;
    if (renumbers && !renumbered) throw new Error('MovedItems: these items have no numbers to renumber');
    if (from === to && items.length === 0 && !renumbers) return this;
    const array = this.#array ?? (this.#crowded() ? this.toArray() : undefined);
    const added = items.length - (to - from);
    const replaced = new Map<number, T>();
    if (!array && this.#replaced) {
      for (const [i, item] of this.#replaced) {
        if (i < from) replaced.set(i, item);
        else if (i >= to) replaced.set(i + added, renumbers ? renumbered!(item, 0, renumbering.sequences, renumbering.indices) : item);
      }
    }
    items.forEach((item, k) => replaced.set(from + k, item));
    const base = new SplicedBase(array ?? this.#base, from, to - from, items.length, renumbering);
    return new MovedItems(base, array ? OffsetShift.NONE : this.#shift, replaced, this.#mover);
  }

  /** These items with those at the indices of `items` replaced by them, which are at this version's offsets. */
  with(items: ReadonlyMap<number, T>): MovedItems<T> {
    if (items.size === 0) return this;
    const replaced = new Map(this.#array ? undefined : this.#replaced);
    for (const [i, item] of items) replaced.set(i, item);
    return new MovedItems(this.#array ?? this.#base, this.#array ? OffsetShift.NONE : this.#shift, replaced, this.#mover);
  }
}

const NONE_CHANGED: ReadonlySet<number> = new Set();

/** The indices of the items made again in one list or the other. */
function indicesOf(mine: ReadonlyMap<number, unknown> | undefined, theirs: ReadonlyMap<number, unknown> | undefined): ReadonlySet<number> {
  if (!mine?.size && !theirs?.size) return NONE_CHANGED;
  const indices = new Set(mine?.keys());
  for (const i of theirs?.keys() ?? []) indices.add(i);
  return indices;
}

/** Index of the first item of a list sorted by start whose start is at or after `offset`: moving no item to read its start. */
export function firstItemStartingAt<T extends Span>(items: ItemList<T>, offset: number): number {
  const startOf = items instanceof MovedItems ? (i: number) => items.startOf(i) : (i: number) => items.at(i)!.start;
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
