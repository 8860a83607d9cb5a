import type { BlockMemo, BlockScan } from './blocks/blockMemo';
import { blockResults, type BlockEnvironment } from './blocks/blockResults';
import { splitBlocks } from './blocks/splitBlocks';
import { EntryChooser } from './features/entryChooser';
import { buildFolds, buildOutline } from './features/outline';
import { findProposals } from './features/proposals';
import type { KnowledgeBase } from './kb/knowledgeBase';
import type { RawFinding } from './rules/ruleContext';
import { findDocumentDate } from './recognizers/documentDate';
import { runRules } from './rules/runRules';
import type { Settings } from './settings';
import type { Analysis, CancellationToken, Logger, Mention } from './types';

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

/** A key for a settings object, computed once per object. */
const settingsKeys = new WeakMap<Settings, string>();
function settingsKeyOf(settings: Settings): string {
  let key = settingsKeys.get(settings);
  if (key === undefined) settingsKeys.set(settings, (key = JSON.stringify(settings)));
  return key;
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
  const env: BlockEnvironment = { kb, date, settings, settingsKey: settingsKeyOf(settings), chooser: new EntryChooser(text, kb) };
  const mentions: Mention[] = [];
  const blockFindings: RawFinding[] = [];
  const identities: unknown[] = [];
  blocks.forEach((block, i) => {
    const placed = blockResults(text, block, scans[i]!, env);
    for (const m of placed.mentions) mentions.push(m);
    for (const f of placed.findings) blockFindings.push(f);
    identities.push(placed.results);
  });
  const proposals = findProposals(text, blocks, scans, mentions, identities);
  const outline = buildOutline(text, blocks, proposals, mentions);
  const folds = buildFolds(text, blocks, outline);
  const findings = runRules({ text, blocks, kb, date, mentions, proposals, settings }, blockFindings);
  return { date, mentions, proposals, outline, folds, findings, problems: [] };
}

/**
 * Analyses a whole document: blocks, then per-block scans (memoized by block text), then per-block
 * mentions and block-rule findings (memoized by block text, date, settings and the document's
 * reading of ambiguous names), then the passes that need the whole document (proposal
 * sequences, outline, document rules).
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
