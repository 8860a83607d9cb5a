/**
 * The Policy Lens analysis core: text and a knowledge base in, plain data out.
 *
 * Architecture invariant: nothing under `server/src/core` imports an editor, a protocol or Node.
 * The language server (`server/src/lsp`), the CLI (`server/src/cli`) and the tests are peers over
 * this façade. See the README's "Architecture" section.
 */
import { analyzeDocument, type AnalyzeOptions, type PreviousVersion } from './analyze';
import { hoverAt } from './features/hover';
export { mentionAt } from './features/hover';
import { semanticSpanBound, semanticSpans, visitSemanticSpans, type SemanticSpanVisitor } from './features/semanticSpans';
import { compileKnowledgeBase, type KnowledgeBase } from './kb/knowledgeBase';
import { DocumentText } from './text/documentText';
import { BUILTIN_PREFIX, loadEntries, type KbProblem, type KbSourceFile } from './kb/loader';
import { builtinPacks } from './kb/builtinPacks';
import { buildKnowledgeIndexes } from './kb/knowledgeIndex';
export { knowledgeIndexesOf } from './kb/knowledgeIndex';
import { defaultSettings, type Settings } from './settings';
import type { Analysis, CancellationToken, HoverInfo, Logger, SemanticSpan, TextSource } from './types';

export type * from './types';
export type { KnowledgeBase } from './kb/knowledgeBase';
export type { KbProblem, KbSourceFile } from './kb/loader';
export type { Entry, TreatyEntry, ActorEntry, PlaceEntry } from './kb/schema';
export { parseSettings, defaultSettings, type Settings, type SettingsResult } from './settings';
export { ruleInfos, ruleLevels, type RuleId, type RuleLevel, type RuleInfo } from './rules/registry';
export { builtinKbFiles } from './kb/builtin';
export { summaryRows, summaryMarkdown, summaryCsv, type SummaryRow } from './features/proposalSummary';
export { LineIndex, type LineCharacter } from './text/lineIndex';
export { kbJsonSchema } from './kb/jsonSchema';
export { safeEdits, applyEdits } from './features/fixes';
export { foldName } from './kb/names';
export { contract, contractFile, type ContractFile, type ContractRange } from './features/contract';
export { treatyStatusOn, statusWords } from './kb/treatyStatus';
export { entryMarkdown } from './features/hoverMarkdown';
export { movedFrom } from './features/shiftedNode';
export { firstOffset, lastOffset, movedApart } from './rules/shiftedFinding';
export { changedSince, itemsOf, type MovedListName } from './analysisResult';
export type { ItemList } from './features/movedItems';

/**
 * How many documents' last versions an analyzer keeps for incremental re-splitting. A version
 * kept costs about 130 KB beyond its analysis per 100 KB of text; a document analysed again after
 * sixteen others is analysed in full once (about 3 ms per 100 KB).
 */
const MAX_REMEMBERED = 16;

/** What the host passes in: the knowledge base, and optionally a logger and a clock. */
export interface AnalyzerInit {
  readonly kb: KnowledgeBase;
  readonly logger?: Logger;
  /** Today's date as `YYYY-MM-DD`; the fallback document date. Defaults to the system clock. */
  readonly today?: () => string;
}

/** The operations the language server, the CLI and the tests use. */
export interface Analyzer {
  readonly kb: KnowledgeBase;
  /**
   * Analyses one document version. Never throws on any text: problems with the input come back in
   * `Analysis.problems`. Unchanged paragraphs are not re-analysed between calls.
   */
  analyze(doc: TextSource, settings?: Settings, token?: CancellationToken): Analysis;
  /** Hover content for the mention or proposal marker at `offset` of an analysed document. */
  hover(analysis: Analysis, offset: number): HoverInfo | undefined;
  /** Spans to colour, sorted by offset and never overlapping. */
  semanticSpans(analysis: Analysis): readonly SemanticSpan[];
  /** The same spans, handed to `visit` in the same order without a list. */
  visitSemanticSpans(analysis: Analysis, visit: SemanticSpanVisitor): void;
  /** How many spans `visitSemanticSpans` hands over at most, found without reading the mentions' list. */
  semanticSpanBound(analysis: Analysis): number;
  /**
   * Builds now the knowledge base's indexes that rules otherwise build when a text first needs
   * them: for a host with time to spare, so that no keystroke pays for one.
   */
  prepare(): void;
}

/** Validates knowledge-base files and compiles their names into one matcher. Never throws. */
export function loadKnowledgeBase(files: readonly KbSourceFile[]): { kb: KnowledgeBase; problems: readonly KbProblem[] } {
  const loaded = loadEntries(files);
  // the build filed the built-in entries' names and indexed their words: that serves a knowledge base
  // of those entries alone (a team's file may add entries or replace built-in ones)
  const builtinOnly = [...loaded.origins.values()].every((origin) => origin.file.startsWith(BUILTIN_PREFIX));
  return { kb: compileKnowledgeBase(loaded, builtinOnly ? builtinPacks : undefined), problems: loaded.problems };
}

/** Creates an analyzer over a knowledge base. The returned object is frozen and reusable. */
export function createAnalyzer(init: AnalyzerInit): Analyzer {
  const today = init.today ?? (() => new Date().toISOString().slice(0, 10));
  // the last version of recently analysed documents, so that a keystroke re-splits only around the edit
  const versions = new Map<string, PreviousVersion>();
  const options = (uri: string, settings: Settings): AnalyzeOptions => ({
    kb: init.kb,
    today: today(),
    settings,
    logger: init.logger,
    previous: versions.get(uri),
    remember: (version) => {
      versions.delete(uri);
      versions.set(uri, version);
      if (versions.size > MAX_REMEMBERED) versions.delete(versions.keys().next().value!);
    },
  });
  return Object.freeze({
    kb: init.kb,
    analyze: (doc: TextSource, settings: Settings = defaultSettings, token?: CancellationToken) =>
      analyzeDocument(DocumentText.of(doc), options(doc.uri, settings), token),
    hover: (analysis: Analysis, offset: number) => hoverAt(init.kb, analysis, offset),
    semanticSpans: (analysis: Analysis) => semanticSpans(analysis),
    visitSemanticSpans: (analysis: Analysis, visit: SemanticSpanVisitor) => visitSemanticSpans(analysis, visit),
    semanticSpanBound: (analysis: Analysis) => semanticSpanBound(analysis),
    prepare: () => buildKnowledgeIndexes(init.kb),
  });
}
