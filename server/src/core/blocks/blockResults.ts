import type { EntryChooser } from '../features/entryChooser';
import { isAmbiguous } from '../features/entryChooser';
import type { MentionRecord } from '../features/mentionRecord';
import { resolveMentions } from '../features/mentions';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { NameTarget } from '../kb/matcher';
import { bareWordTargets } from '../features/titledSurnames';
import type { RawMatch, UnnamedWords } from '../recognizers/entities';
import type { TalliedBlock } from '../rules/namingTally';
import { acronymMismatch, withoutMismatchedAcronyms } from '../rules/acronymMismatch';
import type { RawFinding, RuleContext } from '../rules/ruleContext';
import { runBlockRules, withSeverity } from '../rules/runRules';
import type { Settings } from '../settings';
import type { DocumentDate, Finding, Mention, Proposal } from '../types';
import type { BlockScan } from './blockScan';
import type { Block, BlockKind } from './splitBlocks';
import { EMPTY_LIST } from '../text/emptyList';
import { boundedMemo } from '../text/boundedMemo';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What one block contributes to the analysis, with offsets relative to the block. */
export interface BlockResults extends TalliedBlock {
  readonly mentions: readonly MentionRecord[];
  /** The block rules' findings, with the severity the settings give them. */
  readonly findings: readonly Finding[];
}

/** What, besides its own text, a block's results depend on. */
export interface BlockEnvironment {
  readonly kb: KnowledgeBase;
  readonly date: DocumentDate;
  readonly settings: Settings;
  /** A key that changes whenever `settings` changes. */
  readonly settingsKey: string;
  readonly chooser: EntryChooser;
}

/**
 * What of a block its results read in the rest of the document, for the few blocks that read it:
 * its ambiguous names, bare surnames and short forms, and organizations that are also surnames.
 */
class DocumentReads {
  /** How the document read them when the block's results were last made (see `choicesOf`). */
  choices: string | undefined = undefined;

  constructor(
    /** The targets of the block's matches that name more than one entry (the matches themselves are reused by the next scan). */
    readonly ambiguous: readonly (readonly NameTarget[])[],
    /** The entries the block's bare surnames and short forms may name (see `bareWordTargets`). */
    readonly bare: readonly (readonly NameTarget[])[],
    /** The block's one-word names of organizations that are also people's surnames ("Wagner"; see `NameMatcher.organizationSurnames`). */
    readonly surnamedOrganizations: readonly NameTarget[],
  ) {}
}

/**
 * The date and settings a block's results were made with: one object for all the blocks an
 * analysis makes results for (see `basisOf`), rather than two fields in each block's slot.
 */
interface ResultsBasis {
  readonly date: string;
  readonly settingsKey: string;
}

/** The basis the last results were made with, shared by every slot that made them with the same. */
let lastBasis: ResultsBasis = { date: '', settingsKey: '' };

/** The basis of results made in `env`: the last one, while date and settings stay as they were. */
function basisOf(env: BlockEnvironment): ResultsBasis {
  if (lastBasis.date !== env.date.iso || lastBasis.settingsKey !== env.settingsKey) lastBasis = { date: env.date.iso, settingsKey: env.settingsKey };
  return lastBasis;
}

/** A block's mentions placed at an offset in the document (see `placedMentions`). */
interface PlacedMentions {
  readonly results: BlockResults;
  readonly offset: number;
  readonly mentions: readonly Mention[];
}

/**
 * What is kept per block scan, in its `resultsMemo` (the scan lives as long as versions of the
 * document leave its block alone): what the block reads in the rest of the document, found once,
 * its last results with what they depend on, and those results placed at the block's last offset.
 */
class Slot {
  /**
   * What `results` were made with besides the block's text (and `reads.choices`). Four fields in
   * all, rather than eight: every block of a document keeps its slot, and each analysis of a new
   * document makes them young, for the collector to copy (430 KB less for the 1 MB treaty text's 13,427).
   */
  basis: ResultsBasis | undefined = undefined;
  results: BlockResults | undefined = undefined;
  /** The mentions of a `results` placed, made when first asked for (most blocks are never asked). */
  placed: PlacedMentions | undefined = undefined;

  constructor(
    /**
     * What the block reads in the rest of the document; undefined for most blocks. One field rather
     * than three lists: every block keeps its slot, and a treaty text has 13,000 blocks.
     */
    readonly reads: DocumentReads | undefined,
  ) {}
}

/**
 * Whether the block's results depend on the rest of the document: it has ambiguous names, or bare
 * surnames and short forms, whose reading does. False for a block whose results were never made.
 */
export function readsDocument(scan: BlockScan): boolean {
  const slot = scan.resultsMemo as Slot | undefined;
  return slot?.reads !== undefined;
}

/**
 * A block's mentions with offsets in the document. Placed when someone asks, not when the block
 * moves: a keystroke moves every block after it, and copying every mention after it (or even
 * making one object per moved block, which made a young-generation collection twice as long) cost
 * more than the keystroke's own work. The last placing is kept with the scan, so a block that did
 * not move gives the same list in the next version.
 */
export function placedMentions(scan: BlockScan, results: BlockResults, offset: number): readonly Mention[] {
  if (offset === 0 || results.mentions.length === 0) return results.mentions;
  const slot = scan.resultsMemo as Slot | undefined;
  // a block's results are always made through its slot, so it has one
  if (slot === undefined) return results.mentions.map((m) => m.movedBy(offset));
  if (slot.placed?.results !== results || slot.placed.offset !== offset) slot.placed = { results, offset, mentions: results.mentions.map((m) => m.movedBy(offset)) };
  return slot.placed.mentions;
}

/** The findings of a block that has none, shared. */
const NO_FINDINGS: readonly Finding[] = EMPTY_LIST;
const NO_PROPOSALS: readonly Proposal[] = EMPTY_LIST;
const NO_RESULTS: BlockResults = Object.freeze({ mentions: EMPTY_LIST, findings: NO_FINDINGS, groups: EMPTY_LIST });

/** How the document reads the block's ambiguous names, and which of the entries its bare surnames and short forms may name it names in full; empty for most blocks. */
function choicesOf(reads: DocumentReads, env: BlockEnvironment): string {
  // a block that reads the document for one ambiguous name alone (most that read it): the id it is
  // read as, a string of the knowledge base's, neither built nor interned (the slot's lists never
  // change, so its choices are only ever compared with others made the same way)
  if (reads.ambiguous.length === 1 && reads.bare.length === 0 && reads.surnamedOrganizations.length === 0) return env.chooser.pick(reads.ambiguous[0]!)?.entry.id ?? '';
  let choices = '';
  for (const targets of reads.ambiguous) choices += `${env.chooser.pick(targets)?.entry.id ?? ''} `;
  for (const targets of reads.bare) choices += `${env.chooser.namedInFull(targets)?.entryId ?? ''} `;
  for (const target of reads.surnamedOrganizations) choices += `${env.chooser.surnameOfNamedPerson(target.entryId, env.kb.matcher.organizationSurnames.get(target)!)?.entryId ?? ''} `;
  // one string per way of reading, not one per block: each block keeps its choices
  return choices.length > 0 ? internChoices(choices) : choices;
}

const internChoices = boundedMemo((choices) => choices, 5_000);

/** The targets of the matches that `NameMatcher.organizationSurnames` holds: usually none, and then no list is made. */
function surnamedOrganizationsOf(matches: readonly RawMatch[], kb: KnowledgeBase): readonly NameTarget[] {
  const surnamed = kb.matcher.organizationSurnames;
  let found: NameTarget[] | undefined;
  // the map holds aliases only (`organizationSurnamesOf`): the target's form, read beside its id, spares three look-ups in four
  for (const match of matches) for (const target of match.targets) if (target.form === 'alias' && surnamed.has(target) && !found?.includes(target)) (found ??= []).push(target);
  return found ?? EMPTY_LIST;
}

/** The one-item lists of `ambiguousOf`, by the item: most blocks with an ambiguous name have one, and keep the list. */
const singleAmbiguous = new WeakMap<readonly NameTarget[], readonly (readonly NameTarget[])[]>();

/** The targets of the matches that name more than one entry: usually none, and then no list is made. */
function ambiguousOf(matches: readonly RawMatch[]): readonly (readonly NameTarget[])[] {
  let found: (readonly NameTarget[])[] | undefined;
  for (const match of matches) if (isAmbiguous(match.targets)) (found ??= []).push(match.targets);
  if (found?.length !== 1) return found ?? EMPTY_LIST;
  const [targets] = found as [readonly NameTarget[]];
  let single = singleAmbiguous.get(targets);
  if (!single) singleAmbiguous.set(targets, (single = found));
  return single;
}

/**
 * The capitalized words the last name scan found no name at (see `UnnamedWords`): one list for
 * every block, filled by `findMatches` and read by the block rules in the same `blockResults` call.
 */
const unnamedWords: UnnamedWords = { starts: [], hashes: [], count: -1, numberless: false };

/**
 * The block rules' context, rewritten for each block: a context, a block and a list made per block
 * added up, and no rule keeps its context (see `RuleContext`).
 */
const localBlock: Mutable<Block> = { kind: 'paragraph', start: 0, end: 0, level: 0 };
const blockContext: Mutable<RuleContext> = {
  text: '',
  blocks: [localBlock],
  kb: undefined as unknown as KnowledgeBase,
  date: undefined as unknown as DocumentDate,
  mentions: EMPTY_LIST,
  proposals: NO_PROPOSALS,
  settings: undefined as unknown as Settings,
  unnamedWords: undefined,
  numberless: undefined,
};

function compute(kind: BlockKind, level: number, scan: BlockScan, matches: readonly RawMatch[], env: BlockEnvironment, bareWords: boolean): BlockResults {
  const { text } = scan;
  const mentions = resolveMentions(text, matches, env.kb, env.date.iso, env.chooser, unnamedWords.count >= 0 ? unnamedWords : undefined, bareWords, kind === 'heading');
  localBlock.kind = kind;
  localBlock.end = text.length;
  localBlock.level = level;
  blockContext.text = text;
  blockContext.kb = env.kb;
  blockContext.date = env.date;
  blockContext.mentions = mentions;
  blockContext.settings = env.settings;
  // the unnamed words are all the candidates outside the mentions only when every match became one
  blockContext.unnamedWords = unnamedWords.count >= 0 && mentions.length === matches.length ? unnamedWords : undefined;
  blockContext.numberless = unnamedWords.numberless;
  const raw = runBlockRules(blockContext);
  // "the International Court of Justice (ICC)": the rule reads the slip, which then names no second body
  // (the rule is run for it alone when the settings turn it off)
  const named = withoutMismatchedAcronyms(text, mentions, env.settings.rules['acronym-mismatch'] === 'off' ? acronymMismatch(blockContext) : raw);
  // most blocks have no findings, and headings and many items name nothing: they share empty results
  if (raw.length === 0 && named.length === 0) return NO_RESULTS;
  return { mentions: named, findings: raw.length === 0 ? NO_FINDINGS : findingsWithSeverity(raw, env.settings), groups: undefined };
}

/** Copies of the findings with their severity. (Apart from `compute`: its map's arrow read `env`, which made a context at every block's call.) */
function findingsWithSeverity(raw: readonly RawFinding[], settings: Settings): Finding[] {
  return raw.map((f) => withSeverity(f, settings));
}

/**
 * The mentions and block-rule findings of one block, relative to the block. Computed once per
 * block text and environment; a block that moves keeps them (see `placedMentions`, and `placedFindingsOf` in blockPasses.ts).
 */
export function blockResults(kind: BlockKind, level: number, scan: BlockScan, env: BlockEnvironment): BlockResults {
  let matches: readonly RawMatch[] | undefined;
  let slot = scan.resultsMemo as Slot | undefined;
  if (!slot) {
    matches = scan.findMatches(env.kb.matcher, unnamedWords);
    const ambiguous = ambiguousOf(matches);
    const bare = bareWordTargets(scan.text, unnamedWords, env.kb);
    // a class rather than a literal of nine fields: one is made per block, and bench:compare measured
    // a full analysis of 1 MB 2 % faster, paragraphs that name nothing 5 %
    const surnamedOrganizations = surnamedOrganizationsOf(matches, env.kb);
    const reads = ambiguous.length > 0 || bare.length > 0 || surnamedOrganizations.length > 0 ? new DocumentReads(ambiguous, bare, surnamedOrganizations) : undefined;
    scan.resultsMemo = slot = new Slot(reads);
  }
  const { reads, basis } = slot;
  const choices = reads ? choicesOf(reads, env) : undefined;
  if (!slot.results || !basis || basis.date !== env.date.iso || basis.settingsKey !== env.settingsKey || (reads !== undefined && reads.choices !== choices)) {
    slot.results = compute(kind, level, scan, matches ?? scan.findMatches(env.kb.matcher, unnamedWords), env, (reads?.bare.length ?? 0) > 0);
    slot.basis = basisOf(env);
    if (reads) reads.choices = choices;
  }
  return slot.results;
}
