/**
 * The items a `MovedItems` moves, after index splices: the list of one version, with stretches
 * replaced by a few items made again and those after them renumbered, without copying the rest. A
 * keystroke that makes a new numbered item in a treaty text splices its 9,000 proposals; copying
 * them took half of that keystroke (see `features/spliceStructure.ts`).
 *
 * Each splice is one small layer over the list it was made from. Reading an item walks the layers
 * down to the array, adding up how far on the layers renumbered it. The items a splice put in are
 * not here: the `MovedItems` keeps them with the other items made again, at its version's offsets.
 */
export class SplicedBase<T> {
  readonly length: number;
  /** How many layers lie over the array. */
  readonly depth: number;

  constructor(
    readonly source: BaseList<T>,
    /** The first index replaced. */
    readonly from: number,
    readonly removed: number,
    readonly inserted: number,
    /** How many sequences and items further on the items after the splice lie (see `Renumbering`). */
    readonly renumbering: Renumbering,
  ) {
    this.length = source.length - removed + inserted;
    this.depth = source instanceof SplicedBase ? source.depth + 1 : 1;
  }
}

/** How far on in the sequences and in the list an item lies after a splice: what a proposal's numbers count. */
export interface Renumbering {
  readonly sequences: number;
  readonly indices: number;
}

export const NOT_RENUMBERED: Renumbering = { sequences: 0, indices: 0 };

/** The items a `MovedItems` moves: an array, or an array after splices. */
export type BaseList<T> = readonly T[] | SplicedBase<T>;

export const spliceDepth = (base: BaseList<unknown>): number => (base instanceof SplicedBase ? base.depth : 0);

/**
 * Where the item at `index` of `base` comes from: its index in the array under the splices, and
 * how far on they renumbered it, written into `found`; false when a splice put the item in (the
 * caller holds it).
 */
export function locate<T>(base: BaseList<T>, index: number, found: Located<T>): boolean {
  let sequences = 0;
  let indices = 0;
  let list = base;
  while (list instanceof SplicedBase) {
    if (index >= list.from + list.inserted) {
      index += list.removed - list.inserted;
      sequences += list.renumbering.sequences;
      indices += list.renumbering.indices;
    } else if (index >= list.from) return false;
    list = list.source;
  }
  found.array = list;
  found.index = index;
  found.sequences = sequences;
  found.indices = indices;
  return true;
}

/** What `locate` found: reused from one read to the next, so that reading an item makes no object. */
export interface Located<T> {
  array: readonly T[];
  index: number;
  sequences: number;
  indices: number;
}
