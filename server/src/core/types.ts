/**
 * The core's vocabulary. Everything here is plain data: offsets are UTF-16 code units into the
 * document text (JavaScript string indices, which is also LSP's default position encoding), and
 * `end` is exclusive. Nothing in this file knows about editors or protocols.
 */

/** A half-open range of UTF-16 offsets into a document's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What a mention resolves to. */
export type EntityKind = 'treaty' | 'actor' | 'place';

/** How the text named the entity. */
export type MentionForm = 'name' | 'alias' | 'acronym' | 'adjective' | 'metonym';

/** A recognized treaty, actor or place in the text. */
export interface Mention extends Span {
  /** Stable knowledge-base id of the entry the mention resolves to. */
  readonly id: string;
  readonly kind: EntityKind;
  /** Category of the resolved entry: state, organization, person, institution, city, region, … */
  readonly category: string;
  readonly form: MentionForm;
  /** Canonical name of the resolved entry. */
  readonly name: string;
  /** The exact text matched. */
  readonly text: string;
  /** Other entries the same words could name, when the alias is declared ambiguous. */
  readonly alternatives?: readonly string[];
  /** A title written before a person's name ("Secretary of State"), or in apposition after it ("…, the UN's refugee chief,"), kept for office checks. */
  readonly title?: string;
  /** Where that title starts (after the name's end, for a title in apposition after it). */
  readonly titleStart?: number;
  /** Set when the words are a recognized but non-canonical form ("Intermediate Nuclear Forces Treaty", "Kiev"). */
  readonly variant?: boolean;
  /** For a metonym, the place whose name stands for the government ("Moscow" for Russia). */
  readonly placeId?: string;
}

/** Severity of a finding, in the vocabulary of the settings (`off` never reaches a finding). */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A text replacement that fixes a finding. */
export interface TextEdit extends Span {
  readonly newText: string;
}

/** A quick fix offered for a finding. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** Safe fixes may be applied in bulk (fix-all, `check --fix`). */
  readonly safe: boolean;
}

/** A diagnostic produced by a rule. */
export interface Finding extends Span {
  /** The rule id, e.g. `proposal-numbering`. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly fixes?: readonly Fix[];
  /** Spans elsewhere in the document that explain the finding. */
  readonly related?: readonly (Span & { readonly message: string })[];
  /** Facts a host needs to offer actions the core cannot express as text edits (e.g. a KB skeleton). */
  readonly data?: Readonly<Record<string, string>>;
}

/** One proposal the text makes. */
export interface Proposal extends Span {
  /** 1-based position in its sequence, as the text numbers it (First → 1, Finally → last). */
  readonly ordinal: number;
  /** The marker as written: "First", "3.", "Recommendation 3:". */
  readonly marker: string;
  /** Span of the marker itself. */
  readonly markerSpan: Span;
  /** An informative phrase from the main clause, at most 90 characters. */
  readonly title: string;
  /** Ids of the entities mentioned inside the proposal, in order of first mention. */
  readonly entityIds: readonly string[];
  /** Index of the sequence this proposal belongs to within the document. */
  readonly sequence: number;
  /** Index (in `Analysis.proposals`) of the proposal this one is a sub-item of. */
  readonly parent?: number;
  /** Who proposes, who must act and who benefits, as entity ids, where the text says so. */
  readonly parties: ProposalParties;
  /** What is offered and what is asked in return, when the proposal is an exchange. */
  readonly exchange?: Exchange;
  /** Conditions and time frames ("for a period of 20 years", "only when UN monitors have certified …"). */
  readonly conditions: readonly string[];
}

/** The actors of a proposal. */
export interface ProposalParties {
  readonly proposer: readonly string[];
  readonly actor: readonly string[];
  readonly beneficiary: readonly string[];
  /**
   * The words naming who must act, when the text names someone the knowledge base does not know ("the
   * allies"); beside `actor`, those of a list's items no entry names ("the Member States" of "the
   * Commission and the Member States", "donors" of "the UN Security Council and donors").
   */
  readonly actorText?: string;
}

/** An exchange inside a proposal: "X in return for Y". */
export interface Exchange {
  readonly offer: string;
  readonly return: string;
  /** The words that join the two ("in return for", "provided that"). */
  readonly cue: string;
}

/** A node of the document outline. */
export interface OutlineNode extends Span {
  readonly kind: 'section' | 'proposal' | 'entity';
  readonly name: string;
  readonly detail?: string;
  /** Span to select when the node is revealed (the heading text, the marker). */
  readonly selection: Span;
  readonly children: readonly OutlineNode[];
  /** For entity nodes, the entity kind (treaty, actor, place). */
  readonly entityKind?: EntityKind;
}

/** A range the editor may fold. */
export interface Fold {
  /** Offsets of the first and last character of the folded region. */
  readonly start: number;
  readonly end: number;
  readonly kind: 'section' | 'proposal' | 'frontmatter';
}

/** Where the document date came from. */
export type DocumentDateSource = 'setting' | 'front-matter' | 'dateline' | 'updated-line' | 'today';

/** The date the document speaks from; facts (offices, statuses, capitals) are read as of it. */
export interface DocumentDate {
  /** ISO date `YYYY-MM-DD`. */
  readonly iso: string;
  readonly source: DocumentDateSource;
  /** Where in the text the date was found, when it came from the text. */
  readonly span?: Span;
}

/** A problem with the input that is not a finding about the prose (bad settings, huge file). */
export interface Problem {
  readonly message: string;
  readonly span?: Span;
}

/** Semantic token types the core classifies. */
export type TokenType = 'treaty' | 'actor' | 'person' | 'place' | 'proposalMarker';

/** A classified span for semantic highlighting. */
export interface SemanticSpan extends Span {
  readonly type: TokenType;
}

/** The result of analysing one document version. */
export interface Analysis {
  readonly date: DocumentDate;
  readonly mentions: readonly Mention[];
  readonly proposals: readonly Proposal[];
  readonly outline: readonly OutlineNode[];
  readonly folds: readonly Fold[];
  readonly findings: readonly Finding[];
  readonly problems: readonly Problem[];
}

/** Markdown hover content with the span it describes. */
export interface HoverInfo extends Span {
  readonly markdown: string;
}

/** A document handed to the core; an LSP `TextDocument` satisfies it structurally. */
export interface TextSource {
  readonly uri: string;
  readonly version: number;
  getText(): string;
  /**
   * Optional, for a host that keeps the document in pieces (the language server does): lets a
   * keystroke be analysed without `getText()`. A new version of a long text is one string made of
   * the old one's parts, and reading any character of it copies the whole into fresh memory, about
   * 1 ms per megabyte: more than the analysis of a keystroke itself.
   */
  readonly pieces?: TextPieces;
}

/** A version of a document that can be read in parts (see `TextSource.pieces`). One object per version, never changed. */
export interface TextPieces {
  readonly length: number;
  /** The text of `[start, end)`, without making the whole text. */
  slice(start: number, end: number): string;
  /**
   * How many characters this version shares with `earlier`, an earlier version of the same
   * document, at its start and at its end (at least; the two may overlap), or undefined when the
   * host does not know how `earlier` became this one.
   */
  sharedWith(earlier: TextPieces): { readonly prefix: number; readonly suffix: number } | undefined;
}

/** Where the core may write diagnostics about itself; the host decides where they go. */
export interface Logger {
  log(message: string): void;
}

/** Lets a long request stop early; an LSP `CancellationToken` satisfies it. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}
