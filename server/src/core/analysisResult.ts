import type { MentionIndex } from './features/mentionIndex';
import type { MovedItems } from './features/movedItems';
import type { Analysis, DocumentDate, Finding, Fold, Mention, OutlineNode, Problem, Proposal } from './types';

/**
 * An analysis whose full lists of mentions, proposals, outline nodes and folds are made when a host
 * first asks for them, not on every keystroke. A class, not an object literal with a getter: each literal's getter is a new function
 * and got V8 a new hidden class, and the young-generation collections kept those classes alive, and
 * with each the version its getter read, until the next full collection: about 100 KB a keystroke
 * in 1 MB, copied again at every young collection (see `rules/documentContext.ts`).
 */
export class AnalysisResult implements Analysis {
  readonly #index: MentionIndex;
  readonly #proposals: MovedItems<Proposal>;
  readonly #outline: MovedItems<OutlineNode>;
  readonly #folds: MovedItems<Fold>;

  constructor(
    readonly date: DocumentDate,
    index: MentionIndex,
    proposals: MovedItems<Proposal>,
    outline: MovedItems<OutlineNode>,
    folds: MovedItems<Fold>,
    readonly findings: readonly Finding[],
    readonly problems: readonly Problem[],
  ) {
    this.#index = index;
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

  get mentions(): readonly Mention[] {
    return this.#index.mentions;
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
