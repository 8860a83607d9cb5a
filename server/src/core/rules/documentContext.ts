import type { ChunkedList } from '../blocks/chunkedList';
import type { BlockScan } from '../blocks/blockScan';
import type { BlockList } from '../blocks/blockList';
import type { MentionIndex } from '../features/mentionIndex';
import type { ItemList } from '../features/movedItems';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Settings } from '../settings';
import type { DocumentText, TextReader } from '../text/documentText';
import type { DocumentDate, Mention, Proposal } from '../types';
import type { NamingTally } from './namingTally';
import type { DocumentRuleContext } from './ruleContext';

/**
 * What the whole-document rules read of one version. The whole text is made only when a rule asks
 * for it (a directive); the others read stretches (`textReader`). The list of mentions is made only
 * when a rule reads it. A class, not a literal with getters, for the reason given at `AnalysisResult`.
 */
export class DocumentContext implements DocumentRuleContext {
  readonly #text: DocumentText;

  constructor(
    text: DocumentText,
    readonly blocks: BlockList,
    readonly kb: KnowledgeBase,
    readonly date: DocumentDate,
    readonly mentionIndex: MentionIndex,
    readonly scans: ChunkedList<BlockScan>,
    readonly namingTally: NamingTally,
    readonly proposals: ItemList<Proposal>,
    readonly settings: Settings,
  ) {
    this.#text = text;
  }

  get text(): string {
    return this.#text.whole();
  }

  get textReader(): TextReader {
    return this.#text;
  }

  get mentions(): readonly Mention[] {
    return this.mentionIndex.mentions;
  }
}
