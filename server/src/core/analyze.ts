import type { BlockMemo, BlockScan } from './blocks/blockMemo';
import { splitBlocks } from './blocks/splitBlocks';
import { resolveMentions } from './features/mentions';
import { buildFolds, buildOutline } from './features/outline';
import { findProposals } from './features/proposals';
import type { KnowledgeBase } from './kb/knowledgeBase';
import type { RawMatch } from './recognizers/entities';
import { findDocumentDate } from './recognizers/documentDate';
import { runRules } from './rules/runRules';
import type { Settings } from './settings';
import type { Analysis, CancellationToken, Logger } from './types';

export interface AnalyzeOptions {
  readonly kb: KnowledgeBase;
  readonly memo: BlockMemo;
  /** Today as `YYYY-MM-DD`, the last resort for the document date. */
  readonly today: string;
  readonly settings: Settings;
  readonly logger?: Logger;
}

const emptyAnalysis = (today: string, message: string): Analysis => ({
  date: { iso: today, source: 'today' },
  mentions: [],
  proposals: [],
  outline: [],
  folds: [],
  findings: [],
  problems: [{ message }],
});

/** Block-relative matches made absolute, in document order. */
function placeMatches(blocks: ReturnType<typeof splitBlocks>, scans: readonly BlockScan[]): RawMatch[] {
  const matches: RawMatch[] = [];
  blocks.forEach((block, i) => {
    for (const m of scans[i]!.matches) matches.push({ ...m, start: block.start + m.start, end: block.start + m.end });
  });
  return matches;
}

function analyzeUnchecked(text: string, options: AnalyzeOptions, token?: CancellationToken): Analysis {
  const { kb, memo, settings } = options;
  const blocks = splitBlocks(text);
  const scans: BlockScan[] = [];
  for (const block of blocks) {
    if (token?.isCancellationRequested) return emptyAnalysis(options.today, 'Analysis cancelled.');
    scans.push(memo.scan(text.slice(block.start, block.end), block.kind, kb.matcher));
  }
  const date = findDocumentDate(text, blocks, settings.documentDate, options.today);
  const mentions = resolveMentions(text, placeMatches(blocks, scans), kb, date.iso);
  const proposals = findProposals(text, blocks, scans, mentions);
  const outline = buildOutline(text, blocks, proposals, mentions);
  const folds = buildFolds(text, blocks, outline);
  const findings = runRules({ text, blocks, kb, date, mentions, proposals }, settings);
  return { date, mentions, proposals, outline, folds, findings, problems: [] };
}

/**
 * Analyses a whole document: blocks, then per-block scans (memoized by block text), then the
 * document-level passes that need context (date, resolution, proposal sequences, outline, rules).
 * Never throws on any text: an internal failure is logged and returned as a problem.
 */
export function analyzeDocument(text: string, options: AnalyzeOptions, token?: CancellationToken): Analysis {
  const limit = options.settings.maxDocumentLength;
  if (text.length > limit) {
    return emptyAnalysis(
      options.today,
      `This document has ${text.length.toLocaleString('en')} characters, over the limit of ${limit.toLocaleString('en')} (policyLens.maxDocumentLength); it was not analysed.`,
    );
  }
  try {
    return analyzeUnchecked(text, options, token);
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    options.logger?.log(`Policy Lens: analysis failed: ${detail}`);
    return emptyAnalysis(options.today, 'Policy Lens could not analyse this document; the error was logged.');
  }
}
