import type { ChunkedList } from '../blocks/chunkedList';
import { placedMentions, type BlockResults } from '../blocks/blockResults';
import type { BlockScan } from '../blocks/blockScan';
import type { BlockList } from '../blocks/blockList';
import type { EntityKind, Mention } from '../types';
import { DistinctIds } from '../recognizers/distinctIds';
import { firstStartingAt } from './spanSearch';

/**
 * The document's mentions, kept by block, relative to it. Passes that need a few of them (a
 * proposal's entities) ask for a span; the whole list is made only when something asks for all of it.
 */
export class MentionIndex {
  private all: readonly Mention[] | undefined;

  constructor(
    private readonly blocks: BlockList,
    private readonly scans: ChunkedList<BlockScan>,
    private readonly results: ChunkedList<BlockResults>,
  ) {}

  /** The mentions of block `i`, placed in the document. */
  private mentionsOf(i: number): readonly Mention[] {
    return placedMentions(this.scans.at(i), this.results.at(i), this.blocks.start(i));
  }

  /**
   * Hands `visit` every mention in document order with its offsets in the document, without placing
   * any: after a keystroke the blocks after it have moved, and placing their mentions made an object
   * for each (see `visitSemanticSpans`).
   */
  visit(visit: (start: number, end: number, mention: Mention) => void): void {
    for (let i = 0; i < this.blocks.length; i++) {
      const offset = this.blocks.start(i);
      for (const m of this.results.at(i).mentions) visit(m.start + offset, m.end + offset, m);
    }
  }

  /** How many mentions there are, counted without placing them. */
  get count(): number {
    let count = 0;
    for (let i = 0; i < this.results.length; i++) count += this.results.at(i).mentions.length;
    return count;
  }

  /** Every mention, in document order. */
  get mentions(): readonly Mention[] {
    if (!this.all) {
      const all: Mention[] = [];
      for (let i = 0; i < this.blocks.length; i++) for (const m of this.mentionsOf(i)) all.push(m);
      this.all = all;
    }
    return this.all;
  }

  /** The mention that holds `offset`, found in its block: no other block's mentions are placed. */
  at(offset: number): Mention | undefined {
    const i = this.blocks.firstEndingAtOrAfter(offset + 1);
    if (i >= this.blocks.length || this.blocks.start(i) > offset) return undefined;
    const mentions = this.mentionsOf(i);
    const k = firstStartingAt(mentions, offset + 1) - 1;
    return k >= 0 && offset < mentions[k]!.end ? mentions[k] : undefined;
  }

  /**
   * The ids of the mentions inside [start, end) (of `kind` only, if given), each once, in order of
   * first mention, read from each block's mentions without placing any. Every proposal
   * asks for its own, and placing the mentions of every item of a 1 MB list copied them all.
   */
  idsWithin(start: number, end: number, kind?: EntityKind): readonly string[] {
    const found: IdsOfKind = { ids: new DistinctIds(), kind };
    this.forEachWithin(start, end, found, addIdOfKind);
    return found.ids.list;
  }

  /**
   * Hands `visit` the mentions inside [start, end) in order, with their offsets in the document,
   * without placing any, while it returns true; and `state`, what it gathers into. (The visitors
   * are functions made once, not closures over their caller's locals: a closure and its caller's
   * context, made at each call, were 1.3 MB of a 1 MB treaty text's analysis.)
   */
  forEachWithin<S>(start: number, end: number, state: S, visit: (state: S, start: number, end: number, mention: Mention) => boolean): void {
    for (let i = this.blocks.firstEndingAtOrAfter(start); i < this.blocks.length && this.blocks.start(i) < end; i++) {
      const offset = this.blocks.start(i);
      const mentions = this.results.at(i).mentions;
      for (let k = firstStartingAt(mentions, start - offset); k < mentions.length && mentions[k]!.start + offset < end; k++) {
        const m = mentions[k]!;
        if (m.end + offset <= end && !visit(state, m.start + offset, m.end + offset, m)) return;
      }
    }
  }

  /** Each block's results (mentions relative to the block), with the block's offset: for whole-document passes that place few of them. */
  forEachBlock(visit: (results: BlockResults, offset: number) => void): void {
    for (let i = 0; i < this.blocks.length; i++) visit(this.results.at(i), this.blocks.start(i));
  }
}

/** The ids `idsWithin` gathers: of mentions of `kind` only, if given. */
interface IdsOfKind {
  readonly ids: DistinctIds;
  readonly kind: EntityKind | undefined;
}

const addIdOfKind = (found: IdsOfKind, _start: number, _end: number, m: Mention): boolean => {
  if (found.kind === undefined || m.kind === found.kind) found.ids.add(m.id);
  return true;
};
