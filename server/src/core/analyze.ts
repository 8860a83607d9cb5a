import type { ChunkedList } from './blocks/chunkedList';
import { AnalysisResult } from './analysisResult';
import { resultsOf, scansOf, type PreviousBlocks } from './blocks/blockPasses';
import type { BlockEnvironment, BlockResults } from './blocks/blockResults';
import { resplit } from './blocks/resplit';
import { sameMentionsMoved } from './blocks/mentionsMoved';
import { splitBlocks } from './blocks/splitBlocks';
import { EntryChooser } from './features/entryChooser';
import { WordPresence } from './features/wordPresence';
import { MentionIndex } from './features/mentionIndex';
import { buildFolds, buildOutline } from './features/outline';
import { findProposals } from './features/proposals';
import { FOLD_MOVER, movedStructure, NODE_MOVER, rereadStructure, structureUnchanged, withSectionsRenamed, type PreviousStructure } from './features/reuseStructure';
import { MovedItems } from './features/movedItems';
import { PROPOSAL_MOVER } from './features/shiftedProposal';
import { splicedStructure } from './features/spliceStructure';
import type { KnowledgeBase } from './kb/knowledgeBase';
import { namingFindings } from './rules/inconsistentNaming';
import { NamingTally } from './rules/namingTally';
import { findDocumentDate } from './recognizers/documentDate';
import { DocumentContext } from './rules/documentContext';
import { runRules } from './rules/runRules';
import { findingsBySequence, type SequenceFindings } from './rules/sequenceRules';
import type { Settings } from './settings';
import { detachedSlice } from './text/detached';
import type { DocumentText } from './text/documentText';
import type { RawFinding } from './rules/ruleContext';
import type { Analysis, CancellationToken, Logger } from './types';

/** What the analyzer keeps of a document's last version, so that the next one re-splits only around the edit. */
export interface PreviousVersion extends PreviousStructure, PreviousBlocks {
  readonly text: DocumentText;
  /** Typed as `PreviousBlocks` has them; `PreviousStructure` reads them only as identities. */
  readonly results: ChunkedList<BlockResults>;
  /** The settings the results were made with. */
  readonly settingsKey: string;
  /** The naming tally that counted `results`. */
  readonly naming: NamingTally;
  /** The words asked about this version's `scans`. */
  readonly words: WordPresence;
  /** The build that made `outline`, or undefined when it was moved from an earlier one (see `buildOutline`). */
  readonly outlineBuild: number | undefined;
  /** The findings of the rules that read one proposal sequence at a time, by sequence. */
  readonly sequenceFindings: SequenceFindings;
  /** inconsistent-naming's findings. */
  readonly namingFindings: readonly RawFinding[];
}

export interface AnalyzeOptions {
  readonly kb: KnowledgeBase;
  /** Today as `YYYY-MM-DD`, the last resort for the document date. */
  readonly today: string;
  readonly settings: Settings;
  readonly logger?: Logger;
  /** The document's previous version, if the analyzer has seen one. */
  readonly previous?: PreviousVersion;
  /** Receives this version's blocks and scans, for the next call. */
  readonly remember?: (version: PreviousVersion) => void;
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

const NOTHING_REREAD: readonly number[] = [];

/** A key for a settings object, computed once per object. */
const settingsKeys = new WeakMap<Settings, string>();
function settingsKeyOf(settings: Settings): string {
  let key = settingsKeys.get(settings);
  if (key === undefined) settingsKeys.set(settings, (key = JSON.stringify(settings)));
  return key;
}

/** Whether the edit that replaced `[start, end)` of `before` (`delta` characters longer) neither removed nor typed a line break. */
function sameLineBreaks(before: DocumentText, after: DocumentText, start: number, end: number, delta: number): boolean {
  return !before.slice(start, end).includes('\n') && !after.slice(start, end + delta).includes('\n');
}

/**
 * The analysis of one version. On a keystroke, the passes that reuse the previous version's
 * results read only the text around the edit (`text.slice`); the others ask for `text.whole()`.
 */
function analyzeUnchecked(text: DocumentText, options: AnalyzeOptions, token?: CancellationToken): Analysis {
  const { kb, settings } = options;
  const { previous } = options;
  const edited = previous && resplit(previous.text, previous.blocks, text);
  const blocks = edited?.blocks ?? splitBlocks(text.whole());
  // A document's first version is cut into slices, which share its text; later versions into
  // copies, so that a paragraph memoized at one keystroke does not keep that whole version alive.
  // At most the first version stays alive beside the current one, as the copies would.
  const cut = previous ? (start: number, end: number) => detachedSlice(text.slice(start, end), 0, end - start) : (start: number, end: number) => text.slice(start, end);
  const scanned = scansOf(blocks, edited, previous, cut, token);
  if (!scanned) return emptyAnalysis(options.today, 'Analysis cancelled.');
  const { scans, mentionsDirective } = scanned;
  const date = findDocumentDate(text, blocks, settings.documentDate, options.today);
  // the words that pick an ambiguous name's entry, kept with the document (see `WordPresence`)
  const words = WordPresence.of(scans, previous?.words, previous?.scans, edited);
  const env: BlockEnvironment = { kb, date, settings, settingsKey: settingsKeyOf(settings), chooser: new EntryChooser(words, kb) };
  const sameEnvironment = previous?.dateIso === date.iso && previous.settingsKey === env.settingsKey;
  const { results, blockFlags, readsDocument, findings: findingsByBlock, changes: resultsChanges } = resultsOf(blocks, scans, edited, previous, env, sameEnvironment);
  const index = new MentionIndex(blocks, scans, results);
  // every kept block's results are the same objects as before: only the blocks the edit made differ
  const keptBlocksAlike = resultsChanges.removed.length === 0;
  if (edited) for (const j of edited.removed) resultsChanges.removed.push(previous!.results.at(j));
  const naming = NamingTally.of(results, previous?.naming, previous?.results, edited && resultsChanges, kb);
  // a keystroke in a paragraph that makes no proposal moves the structure instead of rebuilding it
  const delta = text.length - (previous?.text.length ?? 0);
  const unchanged = previous && edited && keptBlocksAlike ? structureUnchanged(previous, { blocks, scans, results }, { ...edited, delta }, date.iso) : undefined;
  const kept = unchanged && movedStructure(previous!, edited!.editEnd, delta);
  // a keystroke in a heading that only names its section names it anew in the moved outline
  const renamed = kept && unchanged!.renamed.length > 0 ? withSectionsRenamed(kept, unchanged!.renamed, text, blocks) : kept;
  // the proposals of an edited block that keeps its part in the sequences are read again (a keystroke inside a proposal)
  const moved =
    renamed && unchanged!.reread.length > 0
      ? rereadStructure(renamed, unchanged!.reread, text, blocks, scans, index, results, sameLineBreaks(previous!.text, text, edited!.editStart, edited!.editEnd, delta))
      : renamed;
  // a keystroke that changes the sequences makes the proposals of the blocks around it again
  const spliced =
    !unchanged && previous && edited
      ? splicedStructure(previous, { text, blocks, scans, results, index }, { ...edited, delta }, date.iso, previous.sequenceFindings.members.length)
      : undefined;
  const reused = moved ?? spliced;
  const found = reused ? undefined : findProposals(blocks, scans, index, results);
  const built = reused
    ? undefined
    : buildOutline(text, blocks, found!.proposals, index, found!.slots, previous && edited ? { build: previous.outlineBuild, unchangedBefore: edited.editStart } : undefined);
  const proposals = reused?.proposals ?? MovedItems.of(found!.proposals, PROPOSAL_MOVER);
  const outline = reused?.outline ?? MovedItems.of(built!.nodes, NODE_MOVER);
  const folds = reused?.folds ?? MovedItems.of(buildFolds(text, blocks, built!.nodes), FOLD_MOVER);
  const ruleContext = new DocumentContext(text, blocks, kb, date, index, scans, naming, proposals, settings);
  // the rules that read one proposal sequence at a time run again only where the edit may have changed what they read
  const bySequence = findingsBySequence(
    ruleContext,
    env.settingsKey,
    reused
      ? {
          previous: previous!.sequenceFindings,
          editStart: edited!.editStart,
          editEnd: edited!.editEnd,
          delta,
          spliced: spliced?.sequences,
          reread: moved && (moved.reread ?? NOTHING_REREAD).map((i) => ({ before: kept!.proposals.at(i)!, after: moved.proposals.at(i)! })),
        }
      : undefined,
  );
  const namingFound = namingFindings(
    ruleContext,
    edited && previous!.settingsKey === env.settingsKey
      ? { findings: previous!.namingFindings, editEnd: edited.editEnd, delta, mentionsMoved: () => keptBlocksAlike && sameMentionsMoved(previous!, { blocks, results }, edited, delta) }
      : undefined,
  );
  options.remember?.({
    text,
    blocks,
    scans,
    results,
    findings: findingsByBlock,
    readsDocument,
    settingsKey: env.settingsKey,
    naming,
    words,
    dateIso: date.iso,
    proposals,
    outline,
    outlineBuild: built?.build,
    folds,
    // the same blocks as before when the structure was moved
    resets: found?.resets ?? spliced?.resets ?? previous!.resets,
    sequenceFindings: bySequence.kept,
    namingFindings: namingFound,
    mentionsDirective,
    blockFlags,
  });
  const findings = runRules(
    ruleContext,
    findingsByBlock.all,
    namingFound,
    bySequence.findings,
    // a directive lies on a line of its own, and every non-blank line belongs to a block
    mentionsDirective,
  );
  words.forgetIndex();
  return new AnalysisResult(date, index, proposals, outline, folds, findings, [], bySequence.kept.members);
}

/**
 * Analyses a whole document: blocks, then per-block scans (kept from the previous version for the
 * blocks an edit left alone), then per-block mentions and block-rule findings (kept with the scan,
 * by date, settings and the document's reading of ambiguous names), then the passes that need the
 * whole document (proposal sequences, outline, document rules).
 * Never throws on any text: an internal failure is logged and returned as a problem.
 */
export function analyzeDocument(text: DocumentText, options: AnalyzeOptions, token?: CancellationToken): Analysis {
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
