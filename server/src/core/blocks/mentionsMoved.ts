import type { Mention } from '../types';
import type { BlockList } from './blockList';
import type { BlockResults } from './blockResults';
import type { ChunkedList } from './chunkedList';
import type { Resplit } from './resplit';

/** A version's blocks and their results, as the block passes keep them. */
interface BlockVersion {
  readonly blocks: BlockList;
  readonly results: ChunkedList<BlockResults>;
}

/** A mention with its offsets in the document. */
interface Placed {
  readonly start: number;
  readonly end: number;
  readonly mention: Mention;
}

/** The mentions of blocks `indices` (in order) of `version`, placed in its document. */
function placedIn(version: BlockVersion, indices: readonly number[]): Placed[] {
  const placed: Placed[] = [];
  for (const i of indices) {
    const offset = version.blocks.start(i);
    for (const m of version.results.at(i).mentions) placed.push({ start: m.start + offset, end: m.end + offset, mention: m });
  }
  return placed;
}

/** Whether two mentions are written and read alike: what the naming rules read of them. */
const readAlike = (a: Mention, b: Mention) =>
  a.text === b.text && a.id === b.id && a.placeId === b.placeId && a.kind === b.kind && a.category === b.category && a.form === b.form && a.name === b.name && a.variant === b.variant;

/**
 * Whether the blocks an edit made name, in order, what the blocks it took away named: each mention
 * written and read alike, at its old offsets moved as the text after the edit moved. Typing in a
 * paragraph away from its names leaves them so, and every mention of the document is then the
 * last version's, moved; the blocks the edit kept must keep their results (the caller knows).
 */
export function sameMentionsMoved(before: BlockVersion, after: BlockVersion, edited: Resplit, delta: number): boolean {
  const old = placedIn(before, edited.removed);
  const now = placedIn(after, edited.added);
  if (old.length !== now.length) return false;
  const moved = (offset: number) => (offset >= edited.editEnd ? offset + delta : offset);
  for (let k = 0; k < old.length; k++) {
    const a = old[k]!;
    const b = now[k]!;
    if (b.start !== moved(a.start) || b.end !== moved(a.end) || !readAlike(a.mention, b.mention)) return false;
  }
  return true;
}
