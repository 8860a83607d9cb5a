import type { ChunkedList } from '../blocks/chunkedList';
import type { BlockScan } from '../blocks/blockScan';
import type { BlockList } from '../blocks/blockList';
import type { Block } from '../blocks/splitBlocks';
import type { MentionIndex } from '../features/mentionIndex';
import type { NamingTally } from './namingTally';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Settings } from '../settings';
import type { UnnamedWords } from '../recognizers/entities';
import type { DocumentDate, Finding, Mention, Proposal } from '../types';
import { EMPTY_LIST } from '../text/emptyList';
import type { ItemList } from '../features/movedItems';
import type { TextReader } from '../text/documentText';

/**
 * What every rule may read: the text, its blocks and the recognized elements. A block rule's
 * context is rewritten for the next block (`blocks/blockResults.ts`): a rule must not keep it.
 */
export interface RuleContext {
  readonly text: string;
  /** A block rule's one block, or the document's blocks. */
  readonly blocks: Iterable<Block>;
  readonly kb: KnowledgeBase;
  readonly date: DocumentDate;
  readonly mentions: readonly Mention[];
  /** Read by index: on a keystroke, each proposal is moved to this version's offsets when read (see `MovedItems`). */
  readonly proposals: ItemList<Proposal>;
  readonly settings: Settings;
  /**
   * For a context of one block whose name scan read it as plain prose and whose matches all
   * became mentions: the capitalized words the scan found no name at (see `UnnamedWords`), so that
   * a rule need not search the block for them again. Valid during this call only.
   */
  readonly unnamedWords?: Readonly<UnnamedWords> | undefined;
  /**
   * For a context of one block: true where the name scan saw no digit open the block or follow
   * white space in it (`UnnamedWords.numberless`), so that it holds no date written as prose writes
   * one. Undefined where that is not known.
   */
  readonly numberless?: boolean | undefined;
}

/** What the whole-document rules read besides: the analysis's per-block structures. */
export interface DocumentRuleContext extends RuleContext {
  readonly blocks: BlockList;
  /** The text read in stretches: a keystroke's version is not made whole for them (see `DocumentText`). */
  readonly textReader: TextReader;
  /** The mentions by block, for rules that should not place every mention. */
  readonly mentionIndex: MentionIndex;
  /** The blocks' memoized scans, for rules that keep results per block. */
  readonly scans: ChunkedList<BlockScan>;
  /** How each entity is written across the document, kept up to date between versions. */
  readonly namingTally: NamingTally;
}

/** A finding before the settings give it a severity. */
export type RawFinding = Omit<Finding, 'severity'>;

/**
 * What a block rule returns when it finds nothing, as it does in most blocks: one shared list, where
 * an empty list per rule per block was 7 % of what a full analysis allocated.
 */
export const NO_RAW_FINDINGS: readonly RawFinding[] = EMPTY_LIST;
