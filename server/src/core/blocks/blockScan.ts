import type { NameMatcher } from '../kb/matcher';
import { scanEntitiesInPlace, type RawMatch, type UnnamedWords } from '../recognizers/entities';
import { findMarkers, implicitMarker, introducesProposals, readsAsRecommendation, type MarkerInfo } from '../recognizers/proposalMarkers';
import { closingAsks, statesFinding } from '../recognizers/proposalTitle';
import type { BlockKind } from './splitBlocks';
import { BLOCK_KIND_CODES, BLOCK_KINDS } from './blockList';
import { EMPTY_LIST } from '../text/emptyList';

/** In `ScannedMarker.bits`, at an answer's bit: whether it was asked, and its answer. */
const ASKED = 1;
const YES = 2;
/** Where each answer is kept in `ScannedMarker.bits`. */
const RECOMMENDS = 0;
const STATES_FINDING = 2;
const CLOSING_ASKS = 4;
/** In `ScannedMarker.bits`: whether the marker closes its sequence. */
const CLOSES = 64;

/**
 * Each marker's last reading in another style (see `ScannedMarker.restyled`): a field on every
 * marker for the few that have one cost 8 bytes on all of them, and a treaty text keeps 11,000.
 */
const restyledMarkers = new WeakMap<ScannedMarker, ScannedMarker>();

/** A proposal marker with what its block says after it; offsets relative to the block. */
export class ScannedMarker implements MarkerInfo {
  readonly style: MarkerInfo['style'];
  readonly value: MarkerInfo['value'];
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly bodyStart: number;
  /**
   * `closes`, and the answers of `recommends`, `statesFinding` and `closingAsks` once asked, two bits
   * each (see `answer`): one field rather than four, as a treaty text keeps 11,000 markers, most never asked.
   */
  private bits: number;
  /**
   * Where `findProposals` keeps the structure it read from this marker's proposal, with what it
   * depended on (see `features/proposals.ts`); nothing else touches it. A field rather than a
   * WeakMap entry, as `BlockScan.resultsMemo`: a full analysis of 1 MB inserted 600 entries.
   */
  structureMemo: object | undefined = undefined;

  constructor(
    info: MarkerInfo,
    /** End of the marker's proposal text: the next marker in the block, or the block's end. */
    readonly bodyEnd: number,
    private readonly blockText: string,
  ) {
    this.style = info.style;
    this.value = info.value;
    this.bits = info.closes ? CLOSES : 0;
    this.text = info.text;
    this.start = info.start;
    this.end = info.end;
    this.bodyStart = info.bodyStart;
  }

  /** Whether the marker also closes its sequence ("Third and finally"). */
  get closes(): boolean {
    return (this.bits & CLOSES) !== 0;
  }

  /**
   * Whether the marker's text reads as a recommendation. Found when first asked: only markers in
   * sequences, under recommendation headings and around an edit are asked, and every unmarked
   * paragraph has a marker.
   */
  get recommends(): boolean {
    return this.answer(RECOMMENDS, readsAsRecommendation);
  }

  /**
   * Whether the marker's text opens by stating a finding or the writers' view ("1. The Government's
   * engagement has been sporadic."): under "Conclusions and recommendations", such an item that does
   * not recommend is no proposal. Found when first asked, as `recommends`.
   */
  get statesFinding(): boolean {
    return this.answer(STATES_FINDING, statesFinding);
  }

  /**
   * Whether the text of a "Finally," asks for something (see `closingAsks`): after proposals that
   * no introduction announced, a closing remark that does not ("Finally, we welcome the appointment
   * of the new envoy.") is no proposal. Found when first asked, as `recommends`.
   */
  get closingAsks(): boolean {
    return this.answer(CLOSING_ASKS, closingAsks);
  }

  /**
   * The text of the marker's proposal, from `bodyStart` to `bodyEnd` of its block's text. Read from
   * the marker, which its reader holds already, rather than from the block's scan, which the
   * proposals pass would otherwise fetch from memory again for each of a treaty text's thousands.
   */
  bodyText(): string {
    return this.blockText.slice(this.bodyStart, this.bodyEnd);
  }

  /** The answer of `read` on the marker's text, read once: `bit` says where it is kept in `bits`. */
  private answer(bit: number, read: (text: string) => boolean): boolean {
    if ((this.bits & (ASKED << bit)) === 0) this.bits |= (read(this.bodyText()) ? ASKED | YES : ASKED) << bit;
    return (this.bits & (YES << bit)) !== 0;
  }

  /**
   * The same marker read in another style ("i." as a roman numeral rather than a letter): one object
   * for as long as the style asked for stays the same, so that the structure kept on it lasts from
   * one version to the next, as on any other marker.
   */
  restyled(style: MarkerInfo['style'], value: MarkerInfo['value']): ScannedMarker {
    const last = restyledMarkers.get(this);
    if (last?.style === style && last.value === value) return last;
    const { closes, text, start, end, bodyStart } = this;
    const made = new ScannedMarker({ style, value, closes, text, start, end, bodyStart }, this.bodyEnd, this.blockText);
    restyledMarkers.set(this, made);
    return made;
  }

  /** The marker as last read in another style, if it was. */
  lastRestyled(): ScannedMarker | undefined {
    return restyledMarkers.get(this);
  }
}

/** Everything found in one block that depends only on its own text. */
export interface BlockScan {
  readonly kind: BlockKind;
  /** The block's text: a slice of a document's first version, later a detached copy (see `analyze.ts`). */
  readonly text: string;
  /**
   * Scans the block for names with `matcher` (and fills `unnamed`, see `scanEntities`). Not kept with the scan:
   * the matches are many, they are needed once per block to make its mentions, and again only
   * when the date or the settings change. The match objects are the next scan's too (see
   * `scanEntitiesInPlace`): read them before scanning again, and keep none.
   */
  findMatches(matcher: NameMatcher, unnamed?: UnnamedWords): readonly RawMatch[];
  /**
   * The block's explicit markers ("First,", "2.", "Recommendation 3:", an operative verb). For a
   * block with one, a list made at each read (see `Scan.marked`): read it once where it is read often.
   */
  readonly markers: readonly ScannedMarker[];
  /**
   * The implicit marker of a paragraph that has none: its first word. Made when first asked: such
   * a paragraph is a proposal only under a recommendations heading, and almost every paragraph
   * has one, so keeping them all would cost memory for nothing.
   */
  paragraphMarker(): ScannedMarker | undefined;
  /** Whether the block introduces proposals ("… should be the following:"). */
  readonly introduces: boolean;
  /** Whether the block holds "policy-lens-", which every suppression comment starts with. */
  readonly mentionsDirective: boolean;
  /**
   * Where `blockResults` keeps this scan's mentions and findings and what they depend on (see
   * `blocks/blockResults.ts`); nothing else touches it. A field rather than a WeakMap entry: a full
   * analysis of 1 MB added 3,800 entries, 4 % of its time, and the entries cost memory.
   */
  resultsMemo: object | undefined;
  /**
   * Where proposal-count keeps the numbers of proposals the block announces ("three steps"; see
   * `rules/proposalCount.ts`); nothing else touches it. A field rather than a WeakMap entry, as
   * `resultsMemo`: the rule reads the blocks before every list at every keystroke, and a treaty
   * text has a thousand lists.
   */
  announcementsMemo: readonly object[] | undefined;
}

const NO_MATCHES: readonly RawMatch[] = EMPTY_LIST;

/** Whether a block of `kind` is prose, which may name entities and propose: code, front matter and comments are not. */
const holdsProse = (kind: BlockKind) => kind !== 'code' && kind !== 'frontmatter' && kind !== 'comment';

/** In `Scan.flags`, past the kind's code: `BlockScan.introduces` and `BlockScan.mentionsDirective`. */
const INTRODUCES = 8;
const MENTIONS_DIRECTIVE = 16;

/**
 * A scan as a class rather than an object with a closure: a closure and its context cost more
 * memory than a field, and a document holds thousands of scans.
 */
class Scan implements BlockScan {
  resultsMemo: object | undefined = undefined;
  announcementsMemo: readonly object[] | undefined = undefined;
  /**
   * The implicit marker: undefined until looked for, null where there is none. Null from the start
   * where the block cannot have one (see `scanBlock`): one field rather than two, as a treaty text
   * keeps 13,000 scans.
   */
  private implicit: ScannedMarker | null | undefined;
  /**
   * The block's kind (its code, see `BLOCK_KINDS`), whether it introduces proposals and whether it mentions
   * a directive, in one field rather than three: the young-generation collections copy every scan
   * of a new document (215 KB less for the 13,000 of the 1 MB treaty text).
   */
  private readonly flags: number;
  /**
   * The block's markers, or its one marker where it has one (11,385 of the 13,427 blocks of a 1 MB
   * treaty text): a list of one kept with each scan cost 56 bytes a block (623 KB of what a treaty
   * analysis keeps, which the young-generation collections copy), where one made at each read of
   * `markers` dies young.
   */
  private readonly marked: ScannedMarker | readonly ScannedMarker[];

  constructor(
    kind: BlockKind,
    readonly text: string,
    marked: ScannedMarker | readonly ScannedMarker[],
    /** Whether the block is a paragraph without explicit markers, which may have an implicit one. */
    hasImplicitMarker: boolean,
    introduces: boolean,
    mentionsDirective: boolean,
  ) {
    this.implicit = hasImplicitMarker ? undefined : null;
    this.marked = marked;
    this.flags = BLOCK_KIND_CODES[kind] | (introduces ? INTRODUCES : 0) | (mentionsDirective ? MENTIONS_DIRECTIVE : 0);
  }

  get kind(): BlockKind {
    return BLOCK_KINDS[this.flags & 7]!;
  }

  get markers(): readonly ScannedMarker[] {
    const marked = this.marked;
    return marked instanceof ScannedMarker ? [marked] : marked;
  }

  get introduces(): boolean {
    return (this.flags & INTRODUCES) !== 0;
  }

  get mentionsDirective(): boolean {
    return (this.flags & MENTIONS_DIRECTIVE) !== 0;
  }

  findMatches(matcher: NameMatcher, unnamed?: UnnamedWords): readonly RawMatch[] {
    // the matcher is the caller's rather than a field: a treaty text keeps 13,000 scans
    if (holdsProse(this.kind)) return scanEntitiesInPlace(this.text, matcher, unnamed);
    // code, front matter and comments: no names, and no words to look at
    if (unnamed) {
      unnamed.count = 0;
      unnamed.numberless = false;
    }
    return NO_MATCHES;
  }

  paragraphMarker(): ScannedMarker | undefined {
    if (this.implicit === undefined) {
      const found = implicitMarker(this.text, true);
      this.implicit = found ? new ScannedMarker(found, this.text.length, this.text) : null;
    }
    return this.implicit ?? undefined;
  }
}

const NO_MARKERS: readonly ScannedMarker[] = EMPTY_LIST;

/**
 * Scans one block: its proposal markers now, its names when its results are first made. A document's
 * blocks that an edit left alone keep their scans (see `blocks/resplit.ts`), so only the blocks
 * around an edit are scanned again.
 */
export function scanBlock(text: string, kind: BlockKind): BlockScan {
  const prose = holdsProse(kind);
  // an unmarked paragraph's implicit marker, its first word, is found when asked for (see `paragraphMarker`)
  const found = findMarkers(text, kind, false);
  // a paragraph that proposes in so many words ("We propose that …") is one, under a "Recommendations" heading, as any other
  const implicit = kind === 'paragraph' && (found.length === 0 || found[0]!.style === 'performative');
  // a list item's one marker (11,385 of the 13,427 blocks of a 1 MB treaty text) made without the map's closure and context, and kept without a list
  const marked = found.length === 0 ? NO_MARKERS : found.length === 1 ? new ScannedMarker(found[0]!, bodyEndBefore(undefined, text), text) : scannedMarkers(found, text);
  return new Scan(kind, text, marked, implicit, prose && introducesProposals(text, kind), holdsDirectivePrefix(text));
}

/** The markers found in `text`, each with where its body ends: where the next one's sentence starts. (Apart from `scanBlock`: its map's arrow read `found` and `text`, which made a context at every block's scan.) */
function scannedMarkers(found: readonly MarkerInfo[], text: string): ScannedMarker[] {
  return found.map((marker, i) => new ScannedMarker(marker, bodyEndBefore(found[i + 1], text), text));
}

/**
 * Whether `text` holds "policy-lens-", as `includes` tells: from hyphen to hyphen by `indexOf`,
 * which finds one character faster than `includes` finds the word, and prose has few hyphens
 * (over the blocks of 1 MB: 0.11 rather than 0.33 ms of prose, 0.24 rather than 0.44 of a treaty text).
 */
function holdsDirectivePrefix(text: string): boolean {
  // the first hyphen of "policy-lens-", six characters in
  for (let i = text.indexOf('-', 6); i !== -1; i = text.indexOf('-', i + 1)) if (text.startsWith('policy-lens-', i - 6)) return true;
  return false;
}

/** Where a marker's body ends: where the next marker's sentence starts (or the next marker), else at the block's end. */
function bodyEndBefore(next: MarkerInfo | undefined, text: string): number {
  if (!next) return text.length;
  // the sentence's white space stays out of the body before it
  return next.sentenceStart === undefined ? next.start : text.slice(0, next.sentenceStart).trimEnd().length;
}
