import type { BlockResults, PlacedResults } from '../blocks/blockResults';
import type { Mention } from '../types';
import { firstStartingAt } from './spanSearch';

/**
 * The document's mentions, kept by block. Passes that need a few of them (a proposal's entities)
 * ask for a span; the whole list is made only when something asks for all of it.
 */
export class MentionIndex {
  private all: readonly Mention[] | undefined;

  constructor(private readonly blocks: readonly PlacedResults[]) {}

  /** Every mention, in document order. */
  get mentions(): readonly Mention[] {
    if (!this.all) {
      const all: Mention[] = [];
      for (const block of this.blocks) for (const m of block.mentions) all.push(m);
      this.all = all;
    }
    return this.all;
  }

  /** The mentions inside [start, end), in order (as `spansWithin` would find them in the whole list). */
  within(start: number, end: number): Mention[] {
    const result: Mention[] = [];
    let lo = 0;
    let hi = this.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.blocks[mid]!.end < start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.blocks.length && this.blocks[i]!.offset < end; i++) {
      // found by binary search in the block too: a proposal in a long paragraph asks for a few of its many mentions
      const mentions = this.blocks[i]!.mentions;
      for (let k = firstStartingAt(mentions, start); k < mentions.length && mentions[k]!.start < end; k++) {
        if (mentions[k]!.end <= end) result.push(mentions[k]!);
      }
    }
    return result;
  }

  /** Each block's results (mentions relative to the block), with the block's offset: for whole-document passes that place few of them. */
  forEachBlock(visit: (results: BlockResults, offset: number) => void): void {
    for (const block of this.blocks) visit(block.results, block.offset);
  }
}
