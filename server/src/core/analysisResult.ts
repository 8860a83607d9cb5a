import type { MentionIndex } from './features/mentionIndex';
import { firstItemStartingAt, type ItemList, type MovedItems } from './features/movedItems';
import type { Analysis, DocumentDate, Finding, Fold, Mention, OutlineNode, Problem, Proposal, Span } from './types';

/**
 * An analysis whose full lists of mentions, proposals, outline nodes and folds are made when a host
 * first asks for them, not on every keystroke; a hover searches them instead. A class, not an object
 * literal with getters: each literal's getter is a new function and got V8 a new hidden class, and
 * the young-generation collections kept those classes alive, and with each the version its getter
 * read, until the next full collection: about 100 KB a keystroke in 1 MB, copied again at every
 * young collection (see `rules/documentContext.ts`).
 */
export class AnalysisResult implements Analysis {
  readonly #index: MentionIndex;
  readonly #proposals: MovedItems<Proposal>;
  readonly #outline: MovedItems<OutlineNode>;
  readonly #folds: MovedItems<Fold>;
  readonly #sequences: readonly (readonly number[])[];

  constructor(
    readonly date: DocumentDate,
    index: MentionIndex,
    proposals: MovedItems<Proposal>,
    outline: MovedItems<OutlineNode>,
    folds: MovedItems<Fold>,
    readonly findings: readonly Finding[],
    readonly problems: readonly Problem[],
    /** Each proposal sequence's members, as indices into the proposals (see `rules/sequenceRules.ts`). */
    sequences: readonly (readonly number[])[],
  ) {
    this.#index = index;
    this.#sequences = sequences;
    this.#proposals = proposals;
    this.#outline = outline;
    this.#folds = folds;
  }

  // moved to this version's offsets when first read, once (see `MovedItems`)
  get proposals(): readonly Proposal[] {
    return this.#proposals.toArray();
  }
  get outline(): readonly OutlineNode[] {
    return this.#outline.toArray();
  }
  get folds(): readonly Fold[] {
    return this.#folds.toArray();
  }

  /** The proposals, top-level outline nodes or folds by index, each moved to this version's offsets when read: for a host that reads a few. */
  items<K extends MovedListName>(list: K): ItemList<MovedListItem[K]> {
    return this.#list(list);
  }

  /**
   * The indices of `list`'s items that may not be `earlier`'s at the same index moved on, or
   * undefined when none is known to be (see `MovedItems.changedSince`); `earlier` is another version
   * of the same document.
   */
  changedSince(earlier: Analysis, list: MovedListName): ReadonlySet<number> | undefined {
    return earlier instanceof AnalysisResult ? (this.#list(list) as MovedItems<Span>).changedSince(earlier.#list(list)) : undefined;
  }

  #list<K extends MovedListName>(list: K): MovedItems<MovedListItem[K]> {
    const items = list === 'proposals' ? this.#proposals : list === 'outline' ? this.#outline : this.#folds;
    return items as unknown as MovedItems<MovedListItem[K]>;
  }

  get mentions(): readonly Mention[] {
    return this.#index.mentions;
  }

  /**
   * The proposal whose marker holds `offset`, found by its start (a proposal starts at its marker):
   * a hover after a keystroke moves no other proposal and places no mention.
   */
  proposalMarkerAt(offset: number): Proposal | undefined {
    const proposals = this.#proposals;
    let i = firstItemStartingAt(proposals, offset + 1) - 1;
    // the first of those that start there, as a search from the first proposal would find
    while (i > 0 && proposals.startOf(i - 1) === proposals.startOf(i)) i--;
    const proposal = i >= 0 ? proposals.at(i)! : undefined;
    return proposal && offset < proposal.markerSpan.end ? proposal : undefined;
  }

  /** The mention that holds `offset`, placing only its block's mentions. */
  mentionAt(offset: number): Mention | undefined {
    return this.#index.at(offset);
  }

  /** How many proposals the sequence numbered `sequence` holds. */
  sequenceSize(sequence: number): number {
    return this.#sequences[sequence]?.length ?? 0;
  }

  /** How many mentions there are, without placing them. */
  get mentionCount(): number {
    return this.#index.count;
  }

  /** Hands `visit` every mention in document order, with its offsets in the document, placing none (see `MentionIndex.visit`). */
  visitMentions(visit: (start: number, end: number, mention: Mention) => void): void {
    this.#index.visit(visit);
  }

  /** Plain data, mentions included: what `JSON.stringify` and a spread would otherwise miss. */
  toJSON(): Analysis {
    const { date, mentions, proposals, outline, folds, findings, problems } = this;
    return { date, mentions, proposals, outline, folds, findings, problems };
  }
}

/** The lists an analysis moves to a version's offsets when they are read, by name, with their items. */
export interface MovedListItem {
  proposals: Proposal;
  outline: OutlineNode;
  folds: Fold;
}
export type MovedListName = keyof MovedListItem;

/** `analysis`'s proposals, top-level outline nodes or folds by index: moved only when read, for an analysis the analyzer made. */
export const itemsOf = <K extends MovedListName>(analysis: Analysis, list: K): ItemList<MovedListItem[K]> =>
  analysis instanceof AnalysisResult ? analysis.items(list) : (analysis[list] as readonly MovedListItem[K][]);

/** `AnalysisResult.changedSince` for any analysis: undefined for one the analyzer did not make. */
export const changedSince = (analysis: Analysis, earlier: Analysis, list: MovedListName): ReadonlySet<number> | undefined =>
  analysis instanceof AnalysisResult ? analysis.changedSince(earlier, list) : undefined;
