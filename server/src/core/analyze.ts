import type { BlockMemo } from './blocks/blockMemo';
import type { KnowledgeBase } from './kb/knowledgeBase';
import type { Settings } from './settings';
import type { Analysis, CancellationToken, Logger } from './types';

export interface AnalyzeOptions {
  readonly kb: KnowledgeBase;
  readonly memo: BlockMemo;
  readonly today: string;
  readonly settings: Settings;
  readonly logger?: Logger;
}

/** Analyses a whole document. */
export function analyzeDocument(_text: string, options: AnalyzeOptions, _token?: CancellationToken): Analysis {
  return { date: { iso: options.today, source: 'today' }, mentions: [], proposals: [], outline: [], folds: [], findings: [], problems: [] };
}
