import type { ChunkedList } from '../blocks/chunkedList';
import type { BlockScan, ScannedMarker } from '../blocks/blockScan';
import type { BlockList } from '../blocks/blockList';
import type { BlockKind } from '../blocks/splitBlocks';
import { describesText, readsAsRecommendation } from '../recognizers/proposalMarkers';
import { findConditions, findExchange, findParties, readIntro, type IdsWithin, type IntroReading, type StateAdjectivesWithin } from '../recognizers/proposalStructure';
import { proposalText, proposalTitle } from '../recognizers/proposalTitle';
import type { Mention, OutlineNode, Proposal, Span } from '../types';
import type { MentionIndex } from './mentionIndex';
import { firstItemStartingAt, type MovedItems } from './movedItems';
import { isSpaceAt } from '../kb/names';
import { EMPTY_LIST } from '../text/emptyList';
import { flattened } from '../text/flattened';

/**
 * A marker placed in the document: the index of its block. No block object: a treaty text's
 * thousands of markers and their blocks outlived the young-generation collections of the pass.
 */
interface PlacedMarker {
  readonly marker: ScannedMarker;
  /** The block's index in the document. */
  readonly index: number;
  /** For a numbered heading ("### 2. Reopen talks"), the index of the paragraph under it, which says who must act. */
  readonly under?: number;
}

interface Sequence {
  readonly group: string;
  /** The index of the block that introduces the sequence ("… should be the following:"), else of its section's heading if that introduces it. */
  readonly intro: number | undefined;
  readonly introduced: boolean;
  /** Grown by `push` while the sequences are collected, then a list of its own length (see `collectSequences`). */
  items: PlacedMarker[];
  /** For a nested list: the sequence and item it hangs from. */
  readonly parent?: { readonly sequence: Sequence; readonly item: PlacedMarker };
  /** Paragraphs seen since the last marker; an ordinal sequence may run on across a few. */
  gap: number;
}

/** How many plain paragraphs may stand between two ordinal openers of one sequence. */
const MAX_GAP = 6;

/** List group names by indentation, made once: the sequence pass asks for one per marker. */
const listGroups = { bullet: [] as string[], numbered: [] as string[], bracketed: [] as string[] };
/** The indentation of each list group, by name: read for every list item, where splitting the name made a list each time. */
const listLevels = new Map<string, number>();

/**
 * A marker's group: its style, or for a list item its kind and indentation. A number or letter in
 * brackets, "(5)", makes a list of its own beside "5." and "5)": a committee report numbers its
 * paragraphs "7." and "8." around the recommendations "(1)" to "(5)" of paragraph 7.
 */
function groupOf(marker: ScannedMarker, level: number): string {
  if (marker.style === 'ordinal' || marker.style === 'headed' || marker.style === 'section' || marker.style === 'operative' || marker.style === 'paragraph' || marker.style === 'performative') return marker.style;
  const kind = marker.style === 'bullet' ? 'bullet' : marker.text.charCodeAt(0) === 40 /* ( */ ? 'bracketed' : 'numbered';
  let group = listGroups[kind][level];
  if (group === undefined) {
    listGroups[kind][level] = group = `list:${kind}:${level}`;
    listLevels.set(group, level);
  }
  return group;
}

/**
 * The numeral a letter marker's letter also reads as, by the letter's place in the alphabet (its
 * value): i, v and x; undefined for the others. Read from the value, not the marker's text: a
 * treaty text's 6,251 letter markers each stripped their brackets by a pattern.
 */
export const romanOfLetter = (place: number): number | undefined => (place === 9 ? 1 : place === 22 ? 5 : place === 24 ? 10 : undefined);

/**
 * "i." opens a roman list unless it continues a lettered one ("g. h. i."); the marker scan cannot
 * tell, the sequence can.
 */
function asRoman(marker: ScannedMarker, current: Sequence | undefined): ScannedMarker {
  // the style first: this runs for every marker at every keystroke that makes the proposals again
  if (marker.style !== 'letter') return marker;
  const roman = romanOfLetter(marker.value as number);
  if (roman === undefined) return marker;
  const last = current?.items.at(-1)?.marker;
  if (last?.style === 'letter' && last.value === (marker.value as number) - 1) return marker;
  return marker.restyled('roman', roman);
}

/** Which markers of a block count here: implicit ones only where the context makes them proposals. */
function effectiveMarkers(scan: BlockScan, sectionIntroduces: boolean): readonly ScannedMarker[] {
  const markers = scan.markers;
  if (!sectionIntroduces || scan.introduces) return markers;
  const implicit = scan.paragraphMarker();
  return implicit && (implicit.recommends || markers[0]?.style === 'performative') ? [implicit] : markers;
}

const NO_MARKERS: readonly ScannedMarker[] = EMPTY_LIST;

const isList = (seq: Sequence | undefined) => seq?.group.startsWith('list:') ?? false;

/**
 * Whether a paragraph's "We propose that …" falls inside another open sequence than a list (an
 * ordinal's, a numbered heading's that recommends): there it argues for that sequence's proposal, and
 * a sequence of its own would end the other one.
 */
const proposesInsideAnother = (markers: readonly ScannedMarker[], open: readonly Sequence[]) =>
  markers[0]?.style === 'performative' && open.length > 0 && open[0]!.group !== 'performative' && !isList(open[0]) && !underReportSection(open[0]!) && !listsReasons(open[0]!);

/**
 * Whether an ordinal sequence has recommended nothing so far ("First, interim arrangements became
 * permanent. Second, third parties hesitated."): reasons or lessons, whose argument a "We recommend
 * that …" after them does not make; it proposes in its own right.
 */
const listsReasons = (seq: Sequence) => seq.group === 'ordinal' && !seq.items.some((item) => item.marker.recommends);

/** Whether a numbered heading's section is a report's ("## 3. The Council's arithmetic"), whose heading recommends nothing. */
const underReportSection = (seq: Sequence) => seq.group === 'section' && !seq.items.at(-1)!.marker.recommends;
const levelOf = (seq: Sequence) => listLevels.get(seq.group)!;

/**
 * Whether a sequence's markers carry proposals rather than reasons, events or sources. A nested
 * sequence goes with its outermost one, decided once in `decided`: a list of n items with a
 * sub-list under each asked its root n times, and counting the root's items each time was
 * quadratic (a 100 KB list with sub-lists took 0.6 s).
 */
function isProposalSequence(seq: Sequence, decided: Map<Sequence, boolean>, scans: ChunkedList<BlockScan>): boolean {
  let root = seq;
  while (root.parent) root = root.parent.sequence;
  let answer = decided.get(root);
  if (answer === undefined) decided.set(root, (answer = isProposalRoot(root, scans)));
  return answer;
}

/** The label of an option, "Option 1:", "Policy option B —": a decision memo's alternatives, of which its recommendation picks one. */
const OPTION_LABEL = /^(?:policy\s+)?option\b/i;

/**
 * An introduction that sets out options ("## Options for Congress", "Congress may consider several
 * options:"), and one that recommends among them ("We recommend the following options:").
 */
const OPTIONS_INTRO = /\boptions\b/i;
const RECOMMENDING_INTRO = /\b(?:recommend|propos|urge|should|must)/i;

/**
 * Whether an introduced list sets out alternatives: its introduction speaks of options without
 * recommending, and none of its items recommends ("1. Congress could require …", "2. Congress could
 * take no action."), as a CRS report's "Options for Congress" are neutral, like a memo's "Option 1:".
 */
function listsOptions(seq: Sequence, scans: ChunkedList<BlockScan>): boolean {
  if (seq.intro === undefined) return false;
  const intro = scans.at(seq.intro).text;
  return OPTIONS_INTRO.test(intro) && !RECOMMENDING_INTRO.test(intro) && !seq.items.some((item) => item.marker.recommends);
}

function isProposalRoot(seq: Sequence, scans: ChunkedList<BlockScan>): boolean {
  // "Option 1: Enablers only.", "Option 2: No contribution.": alternatives, not proposals
  if (seq.group === 'headed') return !OPTION_LABEL.test(seq.items[0]!.marker.text);
  if (seq.group === 'paragraph' || seq.group === 'performative') return true;
  if (seq.group === 'operative') return seq.items.length >= 2 || seq.introduced;
  if (seq.introduced) return !listsOptions(seq, scans);
  // "The resolution adopted today does two things." before "1. It requests …": a summary of that text
  if (textDescribedBefore(scans, seq.items[0]!.index)) return false;
  // counted by loop: a filter's arrow over `scans` made a context at each call, and a list of the items
  const count = seq.items.length;
  let recommending = 0;
  for (let k = 0; k < count; k++) {
    if (recommendsItself(seq.items[k]!, scans)) recommending++;
    // decided before the last item: each item asked reads its text (a quarter of a treaty text's 5,134)
    const unasked = count - k - 1;
    if (recommending * 2 >= count && recommending >= 2) return true;
    if ((recommending + unasked) * 2 < count || recommending + unasked < 2) return false;
  }
  return false;
}

/** Whether an item recommends: a numbered heading in its own words ("Restore inspections") or in the paragraph under it. */
const recommendsItself = (item: PlacedMarker, scans: ChunkedList<BlockScan>): boolean =>
  item.marker.recommends || (item.under !== undefined && readsAsRecommendation(scans.at(item.under).text, false));

/** Whether a block's markers mark proposals as a section does; "We propose that …" in one paragraph leaves the others as they are. */
const marksProposals = (markers: readonly ScannedMarker[]) => markers.length > 0 && markers[0]!.style !== 'performative' && !(markers.length === 1 && closesProse(markers[0]!));

/**
 * "Finally, …" alone: the last of proposals made in prose ("We propose that …", or a section's
 * paragraphs), which it goes on numbering rather than marking a sequence of its own.
 */
const closesProse = (marker: ScannedMarker) => marker.style === 'ordinal' && marker.value === 'last';
const isProse = (seq: Sequence | undefined): seq is Sequence => seq?.group === 'performative' || seq?.group === 'paragraph';
/**
 * Whether a paragraph's lone "Finally, …" closes the list of proposals open right before it ("1. …",
 * "2. …", then "Finally, the department must prepare …" is 3, not a second 1), as it closes prose.
 */
const closesList = (current: Sequence, marker: ScannedMarker, markers: readonly ScannedMarker[], kind: BlockKind, open: readonly Sequence[], scans: ChunkedList<BlockScan>) =>
  kind === 'paragraph' && markers.length === 1 && closesProse(marker) && open.length === 1 && current === open[0] && isList(current) && isProposalRoot(current, scans);

/**
 * Whether a block after the heading at `heading`, before the next heading, has explicit proposal
 * markers (a list, "First,", an operative verb). A section that marks its proposals so ("Ending the
 * war: five proposals", then narrative, then "We propose:" and a list) makes no proposals of its
 * plain paragraphs.
 */
export function markedBeforeNextHeading(blocks: BlockList, scans: ChunkedList<BlockScan>, heading: number): boolean {
  for (let i = heading + 1; i < blocks.length && blocks.kind(i) !== 'heading'; i++) if (marksProposals(scans.at(i).markers)) return true;
  return false;
}

/**
 * Whether a section's heading says whom its proposals address where the paragraph that introduces
 * them does not: "## What the E3 should do", then "We recommend two steps." (which names no one, no
 * source and no grammar for its items), introduces them as the E3's.
 */
function headingSaysMore(intro: number, heading: number, blocks: BlockList, scans: ChunkedList<BlockScan>): boolean {
  const reading = readIntroOf(intro, blocks, scans);
  return reading.subject === undefined && reading.source === undefined && reading.itemGrammar === undefined && readIntroOf(heading, blocks, scans).subject !== undefined;
}

/**
 * Collects the marker sequences of the document, nested lists included, in document order; of the
 * blocks `window.from` to `window.to` only, when given (see `ProposalWindow`). Adds to `resets` the
 * blocks where the collection starts afresh (see `ProposalWindow.from`).
 */
function collectSequences(blocks: BlockList, scans: ChunkedList<BlockScan>, window?: ProposalWindow, resets?: number[]): Sequence[] {
  const sequences: Sequence[] = [];
  let open: Sequence[] = [];
  const from = window?.from ?? 0;
  let intro = window?.intro;
  let sectionIntroduces = false;
  /** The heading of a section that introduces proposals ("What Washington should do"): who must act, when no paragraph says. */
  let sectionHeading: number | undefined;
  /** Whether the section's plain paragraphs are its proposals: it introduces some and marks none. */
  let sectionOfParagraphs = false;
  /** Enters the section of the heading at `index`; returns whether its markers only number an introduction ("## 4. Recommendations"). */
  const enterSection = (index: number): boolean => {
    const scan = scans.at(index);
    const markers = scan.markers;
    const numberedIntroduction = scan.introduces && markers.length > 0 && markers.every((m) => m.style === 'section');
    // paragraphs under "### Proposal 2 — …" are that proposal's body, not proposals of their own
    sectionIntroduces = (markers.length === 0 || numberedIntroduction) && scan.introduces;
    sectionHeading = sectionIntroduces ? index : undefined;
    sectionOfParagraphs = sectionIntroduces && !markedBeforeNextHeading(blocks, scans, index);
    return numberedIntroduction;
  };
  // a window that starts inside a section starts from that section's state
  if (window && window.section >= 0 && window.section < from) enterSection(window.section);
  // a closed sequence takes no more items; it was listed when its first item came
  const closeAll = () => {
    open = [];
  };
  const closeFrom = (depth: number) => {
    open.length = depth;
  };
  // a window that ends at a fresh start reads that block too, to see that it is one here as well
  const to = window ? window.to + (window.endsAtReset ? 1 : 0) : blocks.length;
  for (let index = from; index < to; index++) {
    const kind = blocks.kind(index);
    const level = blocks.level(index);
    const scan = scans.at(index);
    // "## 4. Recommendations" introduces the proposals of its section; its number is the report's, not a proposal's
    const numberedIntroduction = kind === 'heading' && enterSection(index);
    if (kind === 'heading' && (scan.markers.length === 0 || numberedIntroduction)) closeAll();
    let markers = numberedIntroduction ? NO_MARKERS : effectiveMarkers(scan, sectionOfParagraphs);
    if (proposesInsideAnother(markers, open)) markers = NO_MARKERS;
    // a paragraph with markers after the list that hung from an ordinal ("First, … should offer:"
    // and its items) ends that list, and its "Second, …" goes on with the ordinals
    if (kind === 'paragraph' && markers.length > 0 && open.length > 1 && isList(open.at(-1))) closeFrom(1);
    let firstMarker = true;
    for (const found of markers) {
      let current = open.at(-1);
      const marker = asRoman(found, current);
      const group = groupOf(marker, level);
      const hangsFromOrdinal =
        current?.group === 'ordinal' && kind === 'item' && marker.style !== 'headed' && itemEndsWithColon(scans, current.items.at(-1)!);
      if (hangsFromOrdinal) {
        // "First, the United States should offer:" followed by a list: the list is its sub-items
        const nested: Sequence = { group, intro: undefined, introduced: false, items: [], gap: 0, parent: { sequence: current!, item: current!.items.at(-1)! } };
        open.push(nested);
        current = nested;
      } else if (isList(current) && kind === 'item' && marker.style !== 'headed') {
        while (open.length > 1 && isList(current) && level < levelOf(current!)) {
          closeFrom(open.length - 1);
          current = open.at(-1);
        }
        if (isList(current) && level > levelOf(current!) && current!.items.length > 0) {
          const nested: Sequence = { group, intro: undefined, introduced: false, items: [], gap: 0, parent: { sequence: current!, item: current!.items.at(-1)! } };
          open.push(nested);
          current = nested;
        }
      }
      const restarts = marker.value === 1 && current !== undefined && current.items.length > 0 && current.group === group;
      if (!(isProse(current) && closesProse(marker)) && !(current !== undefined && closesList(current, marker, markers, kind, open, scans)) && (!current || current.group !== group || restarts)) {
        // a fresh start at a block's first marker: what follows no longer depends on what came before,
        // but for an introduction just before and the section's state (a letter that would read as a
        // roman numeral continues a lettered list, and so starts nothing afresh)
        if (firstMarker && kind !== 'heading') resets?.push(index);
        closeAll();
        const introBlock = intro !== undefined && index - intro <= 2 ? intro : undefined;
        // "Three tests lie ahead:" before a list under "## Recommendations": the heading does not introduce that list
        const othersAnnounced = introBlock === undefined && sectionIntroduces && kind !== 'heading' && othersAnnouncedBefore(blocks, scans, index);
        current = {
          group,
          intro: othersAnnounced ? undefined : introBlock !== undefined && sectionHeading !== undefined && headingSaysMore(introBlock, sectionHeading, blocks, scans) ? sectionHeading : (introBlock ?? sectionHeading),
          introduced: introBlock !== undefined || (sectionIntroduces && !othersAnnounced),
          items: [],
          gap: 0,
        };
        open.push(current);
      }
      const under = marker.style === 'section' && index + 1 < blocks.length && blocks.kind(index + 1) === 'paragraph' ? index + 1 : undefined;
      // listed as its first item comes, so in document order (a block's markers are in order): no sort
      if (current.items.length === 0) sequences.push(current);
      current.items.push(under === undefined ? { marker, index } : { marker, index, under });
      current.gap = 0;
      firstMarker = false;
      if (marker.closes) closeAll();
    }
    const current = open[0];
    if (markers.length === 0 && current) {
      const innermost = open.at(-1)!;
      if (innermost !== current && isList(innermost) && kind !== 'item') closeFrom(1);
      const listEnds = isList(current) && kind !== 'item';
      // numbered headings run on over their sections' paragraphs, however many
      if (listEnds || (current.group !== 'section' && ++current.gap > MAX_GAP)) closeAll();
    }
    if (scan.introduces && kind !== 'heading') intro = index;
  }
  // the sequences of a window's closing fresh start belong to the previous version's that follow
  // each list of items at its length: grown by `push`, it had room for 17, and the sequences live
  // through the proposals pass, whose young-generation collections copied the room of a treaty
  // text's 2,948 lists of two to four items
  for (const seq of sequences) seq.items = seq.items.slice();
  return window?.endsAtReset ? sequences.filter((seq) => seq.items[0]!.index < window.to) : sequences;
}

/**
 * What a paragraph ending with a colon may announce besides proposals: "Three tests lie ahead:",
 * "Two questions remain:", "The main risks are:". Its list states them; a heading over proposals
 * does not make them proposals.
 */
const OTHERS_ANNOUNCED = /\b(?:tests|questions|challenges|risks|issues|dangers|obstacles|uncertainties|problems|scenarios|lessons|reasons)\b/i;

/**
 * Whether a paragraph announces things other than proposals (see `OTHERS_ANNOUNCED`): it ends with a
 * colon, looked for first, and does not introduce proposals.
 */
export function announcesOthers(scan: BlockScan): boolean {
  return scan.kind === 'paragraph' && !scan.introduces && endsWithColon(scan.text) && OTHERS_ANNOUNCED.test(scan.text.slice(Math.max(0, scan.text.lastIndexOf('. ') + 1)));
}

/** Whether one of the two paragraphs before block `index`, after any heading, announces things other than proposals. */
function othersAnnouncedBefore(blocks: BlockList, scans: ChunkedList<BlockScan>, index: number): boolean {
  for (let j = index - 1; j >= Math.max(0, index - 2) && blocks.kind(j) === 'paragraph'; j--) if (announcesOthers(scans.at(j))) return true;
  return false;
}

/**
 * Whether a paragraph says what a resolution or decision does (see `describesText`): looked for by
 * its full stop or colon first, as most paragraphs end otherwise or name no text.
 */
export const describesTextAt = (scan: BlockScan) => scan.kind === 'paragraph' && !scan.introduces && /[.:]\s*$/.test(scan.text.slice(-4)) && describesText(scan.text);

/** Whether one of the two paragraphs before block `index` says what a resolution or decision does. */
function textDescribedBefore(scans: ChunkedList<BlockScan>, index: number): boolean {
  for (let j = index - 1; j >= Math.max(0, index - 2) && scans.at(j).kind === 'paragraph'; j--) if (describesTextAt(scans.at(j))) return true;
  return false;
}

/** Whether `text` ends with a colon between `start` and `end`, after white space: read backwards, as an item's body may be a long paragraph. */
export function endsWithColon(text: string, start = 0, end = text.length): boolean {
  let i = end;
  while (i > start && isSpaceAt(text, i - 1)) i--;
  return i > start && text.charCodeAt(i - 1) === 58;
}

const itemEndsWithColon = (scans: ChunkedList<BlockScan>, item: PlacedMarker) => endsWithColon(scans.at(item.index).text, item.marker.start, item.marker.bodyEnd);

/** What a proposal says, read from its text and its mentions; no offsets, so it survives moves. */
type Structure = Pick<Proposal, 'title' | 'entityIds' | 'parties' | 'exchange' | 'conditions'>;

/** Where a proposal stands and how it is numbered: all but its structure. */
type Place = Pick<Proposal, 'ordinal' | 'marker' | 'markerSpan' | 'start' | 'end' | 'sequence' | 'parent'>;

/**
 * The proposal at `place` that says what `structure` reads: a literal of
 * one of four shapes, keys in one order, rather than spreads; a 1 MB list makes 50,000.
 */
function proposalOf(place: Place, structure: Structure): Proposal {
  const { title, entityIds, parties, exchange, conditions } = structure;
  const { ordinal, marker, markerSpan, start, end, sequence, parent } = place;
  if (parent === undefined) {
    return exchange
      ? { ordinal, marker, markerSpan, title, start, end, entityIds, sequence, parties, exchange, conditions }
      : { ordinal, marker, markerSpan, title, start, end, entityIds, sequence, parties, conditions };
  }
  return exchange
    ? { ordinal, marker, markerSpan, title, start, end, entityIds, sequence, parent, parties, exchange, conditions }
    : { ordinal, marker, markerSpan, title, start, end, entityIds, sequence, parent, parties, conditions };
}

/** The reading of a sequence's introduction. */
const readIntroOf = (intro: number, blocks: BlockList, scans: ChunkedList<BlockScan>) => readIntro({ start: blocks.start(intro), end: blocks.end(intro), text: scans.at(intro).text });

/**
 * A structure as its marker keeps it (`ScannedMarker.structureMemo`), with what it was read from,
 * and the slot of the proposal made from it (see `ProposalSlot`). A marker belongs to a block scan,
 * kept while edits leave its block alone; its structure is reused while the block's results and the
 * introduction's (which change whenever their texts or mentions do) stay the same. One object per
 * proposal rather than four (the memo, the structure, the slot and the slot's context): a treaty
 * text has thousands of proposals, and the young-generation collections copy each object they keep.
 * The structure itself (title, entities, parties, exchange, conditions) is read from the last
 * proposal made from it, which holds it too: five fields less on each of them (360 KB less kept
 * after an analysis of the 1 MB treaty text).
 */
class KeptStructure implements ProposalSlot {
  node: OutlineNode | undefined = undefined;
  ordinal = 0;
  placedIn = 0;
  introBack: number | undefined = undefined;
  introIsHeading = false;
  underAhead = -1;

  constructor(
    readonly blockResults: unknown,
    readonly introResults: unknown,
    readonly underResults: unknown,
    /**
     * The scans of the introduction and of the paragraph under a heading: their texts say who must
     * act in words ("We recommend that we:"), and blocks without mentions or findings share one
     * results object, so their results alone do not tell that their texts changed.
     */
    readonly introScan: unknown,
    readonly underScan: unknown,
    /** The last proposal made from the structure, which holds it. */
    public proposal: Proposal,
  ) {}
}

/** The states named by their adjective between `start` and `end` ("Palestinian armed groups"), for `findParties`. */
function stateAdjectivesWithin(index: MentionIndex, start: number, end: number): (Span & { id: string })[] {
  const found: (Span & { id: string })[] = [];
  index.forEachWithin(start, end, found, addStateAdjective);
  return found;
}

const addStateAdjective = (found: (Span & { id: string })[], start: number, end: number, m: Mention): boolean => {
  if (m.form === 'adjective' && m.category === 'state') found.push({ start, end, id: m.id });
  return true;
};

/**
 * A mention index with the two readers `findParties` asks of it, made once per pass: made in
 * `structureOf`, they were two closures and their context per proposal.
 */
interface MentionReaders {
  readonly index: MentionIndex;
  readonly within: IdsWithin;
  readonly adjectives: StateAdjectivesWithin;
}

const readersOf = (index: MentionIndex): MentionReaders => ({
  index,
  within: (from, to, kind) => index.idsWithin(from, to, kind),
  adjectives: (from, to) => stateAdjectivesWithin(index, from, to),
});

/**
 * The structure of `item`'s proposal, with the proposal at `place` made from it: the structure kept
 * on its marker while what it was read from stays the same (and the proposal kept with it, if
 * equal), else read afresh.
 */
function structureOf(
  item: PlacedMarker,
  intro: number | undefined,
  introReading: (intro: number) => IntroReading,
  blocks: BlockList,
  scans: ChunkedList<BlockScan>,
  readers: MentionReaders,
  identities: ChunkedList<unknown>,
  place: Place,
): KeptStructure {
  const { marker } = item;
  const blockResults = identities.at(item.index);
  const introResults = intro !== undefined ? identities.at(intro) : undefined;
  const underResults = item.under !== undefined ? identities.at(item.under) : undefined;
  const introScan = intro !== undefined ? scans.at(intro) : undefined;
  const underScan = item.under !== undefined ? scans.at(item.under) : undefined;
  const memo = marker.structureMemo as KeptStructure | undefined;
  if (
    memo &&
    blockResults !== undefined &&
    memo.blockResults === blockResults &&
    memo.introResults === introResults &&
    memo.underResults === underResults &&
    memo.introScan === introScan &&
    memo.underScan === underScan
  ) {
    const proposal = proposalOf(place, memo.proposal);
    // a proposal equal to the one its structure kept is that one
    if (!sameProposal(memo.proposal, proposal)) memo.proposal = proposal;
    return memo;
  }
  const blockStart = blocks.start(item.index);
  const start = blockStart + marker.start;
  const end = blockStart + marker.bodyEnd;
  // cut from the blocks' own (detached) texts: the memo outlives this version of the document
  const body = { start: blockStart + marker.bodyStart, end, text: marker.bodyText() };
  // a numbered heading's paragraph, which may say who must act
  const under = item.under === undefined ? undefined : { start: blocks.start(item.under), end: blocks.end(item.under), text: scans.at(item.under).text };
  const prose = proposalText(body.text);
  const exchange = findExchange(prose);
  // in this order: the parties read the sentence the title was read from (see `recommendingSentenceStart`)
  const title = proposalTitle(prose, intro !== undefined ? introReading(intro).itemGrammar : undefined);
  const structure: Structure = {
    // a title cut from a text that `oneLine` rebuilt would keep all of that text (see `flattened`)
    title: prose.flat === body.text ? title : flattened(title),
    entityIds: readers.index.idsWithin(start, end),
    parties: findParties(body, intro !== undefined ? introReading(intro) : undefined, readers.within, under, readers.adjectives),
    exchange,
    conditions: findConditions(prose),
  };
  const made = new KeptStructure(blockResults, introResults, underResults, introScan, underScan, proposalOf(place, structure));
  marker.structureMemo = made;
  return made;
}

/**
 * The proposals of the document: marker sequences that recommend (introduced by "… the following:",
 * under a "Recommendations" heading, or made of recommendations), numbered as the text numbers
 * them, with their parties, exchange and conditions. Sub-items point to their parent proposal.
 * `identities.at(i)` changes whenever block i's mentions do; a proposal's structure is recomputed only then.
 * With a window, the proposals of its blocks only, numbered as in the whole document.
 */
export function findProposals(
  blocks: BlockList,
  scans: ChunkedList<BlockScan>,
  index: MentionIndex,
  identities: ChunkedList<unknown>,
  window?: ProposalWindow,
): FoundProposals {
  const made: Proposal[] = [];
  const slots: KeptStructure[] = [];
  const indexOf = new Map<PlacedMarker, number>();
  const decided = new Map<Sequence, boolean>();
  const resets: number[] = [];
  const collected = collectSequences(blocks, scans, window, resets).filter((seq) => isProposalSequence(seq, decided, scans));
  const dropped = findingsUnderMixedHeading(collected, blocks, scans) ?? new Set<PlacedMarker>();
  closingRemarks(collected, dropped);
  const introduced = introductionItems(collected, scans, dropped);
  // a sequence left without proposals takes no number
  const kept = dropped.size > 0 ? collected.filter((seq) => seq.items.some((item) => !dropped.has(item))) : collected;
  // the items a nested sequence hangs from, whose indices their sub-items look up (a map of every
  // item grew with the thousands of a treaty text)
  const hasSubItems = new Set<PlacedMarker>();
  for (const seq of kept) if (seq.parent) hasSubItems.add(seq.parent.item);
  const firstSequence = window?.firstSequence ?? 0;
  const firstIndex = window?.firstIndex ?? 0;
  const positions = documentPositions(kept, dropped, blocks);
  // an introduction is read once for all the proposals it introduces, however long it is
  const intros = new Map<number, IntroReading>();
  const introReading = (intro: number) => {
    let reading = intros.get(intro);
    if (!reading) intros.set(intro, (reading = readIntroOf(intro, blocks, scans)));
    return reading;
  };
  const readers = readersOf(index);
  kept.forEach((seq, sequence) => {
    let previous = 0;
    let position = 0;
    // sub-items under an item that only introduces them read it as their introduction
    const intro = introduced?.has(seq) ? seq.parent!.item.index : seq.intro;
    for (const item of seq.items) {
      if (dropped.has(item)) continue;
      const { marker } = item;
      const ordinal = marker.value === 'last' ? previous + 1 : (marker.value ?? position + 1);
      position++;
      previous = ordinal;
      const blockStart = blocks.start(item.index);
      const start = blockStart + marker.start;
      const parentAt = seq.parent ? indexOf.get(seq.parent.item) : undefined;
      if (hasSubItems.has(item)) indexOf.set(item, made.length);
      // the proposal at once, rather than its place kept until all are found: the young-generation
      // collections of the pass copied each of a treaty text's thousands of places
      const parent = parentAt === undefined ? undefined : (positions ? positions[parentAt]! : parentAt) + firstIndex;
      const place = { ordinal, marker: marker.text, markerSpan: { start, end: blockStart + marker.end }, start, end: blockStart + marker.bodyEnd, sequence: firstSequence + sequence, parent };
      const structure = structureOf(item, intro, introReading, blocks, scans, readers, identities, place);
      // relative to the proposal's block, which blocks added or removed elsewhere do not change
      structure.introBack = intro !== undefined ? item.index - intro : -1;
      structure.introIsHeading = intro !== undefined && blocks.kind(intro) === 'heading';
      structure.underAhead = item.under === undefined ? -1 : item.under - item.index;
      slots.push(structure);
      made.push(structure.proposal);
    }
  });
  return { ...inDocumentOrder(made, slots, positions), resets };
}

/**
 * An item that only says whom the items under it address: "9. We recommend that the Government:",
 * "7. That you:", "It is recommended that you:". Not one that asks something itself ("1. The
 * United States should offer:").
 */
const INTRODUCTION_ONLY =
  /^[*_]{0,2}(?:(?:we|I)\s+(?:(?:also|further|therefore|strongly)\s+)?(?:recommend|propose|suggest|urge)\s+that|it\s+is\s+(?:therefore\s+|also\s+)?(?:recommended|proposed|suggested)\s+that|that)\s+(?:the\s+)?[^,;:.]{1,60}[*_]{0,2}:\s*$/i;

/**
 * Whether a block is a list item that only introduces the items under it (see
 * `INTRODUCTION_ONLY`): no proposal, but their introduction. Its colon is looked for first.
 */
export function introducesOnly(scan: BlockScan): boolean {
  const marker = scan.markers[0];
  if (scan.kind !== 'item' || marker === undefined || !endsWithColon(scan.text, marker.bodyStart, marker.bodyEnd)) return false;
  return INTRODUCTION_ONLY.test(scan.text.slice(marker.bodyStart, marker.bodyEnd));
}

/**
 * The items that only introduce the items after them (see `introducesOnly`), each the last of its
 * sequence: a sub-list hangs from the item, or a list that starts again right after it reads it as its introduction ("9. We
 * recommend that the Government:", then "1. join …", "2. support …"). Added to `dropped`; returns
 * the sequences whose parent is such an item, which read it as their introduction.
 */
function introductionItems(sequences: readonly Sequence[], scans: ChunkedList<BlockScan>, dropped: Set<PlacedMarker>): Set<Sequence> | undefined {
  let introduced: Set<Sequence> | undefined;
  const introducing = (item: PlacedMarker) => item.marker === scans.at(item.index).markers[0] && introducesOnly(scans.at(item.index));
  // the last item of each sequence, by its block: the one a list that starts again after it may read as its introduction
  const lastItems = new Map<number, PlacedMarker>();
  for (const seq of sequences) lastItems.set(seq.items.at(-1)!.index, seq.items.at(-1)!);
  for (const seq of sequences) {
    if (seq.parent) {
      // only the last item of its sequence: one before others would leave its sequence's first
      // proposal after the sub-items' sequence, whose numbers a window counts on (see `ProposalWindow`)
      if (seq.parent.sequence.items.at(-1) === seq.parent.item && introducing(seq.parent.item)) {
        dropped.add(seq.parent.item);
        (introduced ??= new Set()).add(seq);
      }
      continue;
    }
    // the last item of a sequence before, in the block right before this one's first
    const before = seq.intro === undefined ? undefined : lastItems.get(seq.intro);
    if (before && seq.items[0]!.index === before.index + 1 && introducing(before)) dropped.add(before);
  }
  return introduced;
}

/**
 * The closing "Finally," of a sequence no introduction announced that asks for nothing (see
 * `ScannedMarker.closingAsks`): a speech's last remark after its proposals, "Finally, on the reform
 * of this Organization. The Council still …", "Finally, we welcome the appointment of the new
 * envoy.", no proposal. Added to `dropped`. Read from the marker only, as `sameMarker` compares it.
 */
function closingRemarks(sequences: readonly Sequence[], dropped: Set<PlacedMarker>): void {
  for (const seq of sequences) {
    const last = seq.items.at(-1)!;
    if (last.marker.value === 'last' && last.marker.style === 'ordinal' && !seq.introduced && !seq.parent && !last.marker.closingAsks) dropped.add(last);
  }
}

/** A heading over a committee's conclusions and its recommendations both, whose numbered paragraphs are of either kind. */
const MIXED_HEADING = /\b(?:conclusions|findings)\s+and\s+recommendations\b/i;

/**
 * The items of sequences under a heading such as "## Conclusions and recommendations" that state a
 * finding and do not recommend ("1. The Government's engagement with Gulf partners has been
 * sporadic.", "3. We are concerned that …"), with the sub-items of those: no proposals. Undefined
 * when there are none. Whether an item is one reads only what `sameMarker` compares, so a version
 * whose sequences are moved keeps them as a full pass would.
 */
function findingsUnderMixedHeading(sequences: readonly Sequence[], blocks: BlockList, scans: ChunkedList<BlockScan>): Set<PlacedMarker> | undefined {
  let dropped: Set<PlacedMarker> | undefined;
  // in document order: a sequence's parent comes before it
  for (const seq of sequences) {
    if (seq.parent) {
      if (dropped?.has(seq.parent.item)) for (const item of seq.items) dropped.add(item);
      continue;
    }
    const intro = seq.intro;
    if (intro === undefined || blocks.kind(intro) !== 'heading' || !MIXED_HEADING.test(scans.at(intro).text)) continue;
    for (const item of seq.items) if (!item.marker.recommends && item.marker.statesFinding) (dropped ??= new Set()).add(item);
  }
  return dropped;
}

/**
 * A stretch of blocks whose proposal sequences neither reach out of it nor depend on the blocks
 * outside it, but for an introduction just before it and the section it lies in (see
 * `features/spliceStructure.ts`), and the numbers its first sequence and first proposal take in the
 * document.
 */
export interface ProposalWindow {
  /**
   * The first block: the document's first, a heading without markers (which closes every
   * sequence), or a fresh start: a block whose first marker closed every sequence and opened a new
   * one (a list after a paragraph, a list that starts again at 1), so that what follows depends on
   * what came before only through an introduction just before it.
   */
  readonly from: number;
  /** The block after the last: the document's end, or such a heading or fresh start. */
  readonly to: number;
  /** When `to` is a fresh start of the previous version's: whether it must be read to see that it is one here too. */
  readonly endsAtReset: boolean;
  /** The block before `from` that introduces what follows ("… the following:"), if it may introduce a sequence of the window. */
  readonly intro: number | undefined;
  /** The heading of the section the window lies in: `from` itself or the last heading before it; -1 for none. */
  readonly section: number;
  readonly firstSequence: number;
  readonly firstIndex: number;
}

/**
 * What a proposal keeps between versions, on the memo of its marker's structure (which lives only
 * while the proposal's block, its mentions and its structure stay the same): the last proposal
 * object made for it, and its outline node. Typing inside one proposal makes the proposals and the
 * outline again; an equal proposal is the kept object, and the node is kept or moved with its block
 * (see `buildOutline`), rather than a few thousand new objects per keystroke that the next
 * young-generation collection then copies.
 */
export interface ProposalSlot {
  proposal: Proposal | undefined;
  node: OutlineNode | undefined;
  /** The number in the node's name. */
  ordinal: number;
  /** The outline build (see `buildOutline`) that last placed the node; a host may have converted its node objects. */
  placedIn: number;
  /**
   * How many blocks before the proposal's block lies the one that introduces its sequence, and how
   * many after it the one that stands under its numbered heading (-1: none), as the sequences were
   * last collected: what reading it again needs (see `rereadProposals`). Counted from the proposal's
   * block, they hold while blocks come and go elsewhere. The first is undefined until then.
   */
  introBack: number | undefined;
  /**
   * Whether that introduction is the heading of the proposal's section ("What Washington should
   * do"), which may lie far before it: an edit between them, which made again only the proposals
   * around it, leaves the count of blocks between them wrong, and reading it again finds the
   * heading instead.
   */
  introIsHeading: boolean;
  underAhead: number;
}

/** The proposals in document order, and each one's slot (see `ProposalSlot`) at the same index. */
export interface FoundProposals {
  readonly proposals: Proposal[];
  readonly slots: readonly ProposalSlot[];
  /** The blocks where the collection of sequences started afresh (see `ProposalWindow.from`), in order. */
  readonly resets: readonly number[];
}

const sameProposal = (a: Proposal, b: Proposal) =>
  a.start === b.start &&
  a.end === b.end &&
  a.ordinal === b.ordinal &&
  a.marker === b.marker &&
  a.markerSpan.start === b.markerSpan.start &&
  a.markerSpan.end === b.markerSpan.end &&
  a.sequence === b.sequence &&
  a.parent === b.parent &&
  a.title === b.title &&
  a.entityIds === b.entityIds &&
  a.parties === b.parties &&
  a.exchange === b.exchange &&
  a.conditions === b.conditions;

/**
 * Where each proposal of `sequences` (their items but the `dropped`, sequence by sequence, as
 * `findProposals` makes them) stands in document order, by the order it is made in; undefined when
 * that is document order already (no nested list). Known before any is made, a sub-item is made
 * with its parent's index in the document, once: a nested list's sub-items come after all the items
 * of their parent's sequence.
 */
function documentPositions(sequences: readonly Sequence[], dropped: ReadonlySet<PlacedMarker>, blocks: BlockList): Int32Array | undefined {
  const starts: number[] = [];
  for (const seq of sequences) for (const item of seq.items) if (!dropped.has(item)) starts.push(blocks.start(item.index) + item.marker.start);
  let sorted = true;
  for (let i = 1; i < starts.length && sorted; i++) sorted = starts[i - 1]! <= starts[i]!;
  if (sorted) return undefined;
  // a loop, not `map` and `forEach`: TurboFan's inlined `map` made an array of another map than the
  // builtin's, and the `sort` read after it deopted at every analysis of a text with nested lists
  const order: number[] = [];
  for (let i = 0; i < starts.length; i++) order.push(i);
  order.sort((a, b) => starts[a]! - starts[b]!);
  const positions = new Int32Array(starts.length);
  for (let position = 0; position < order.length; position++) positions[order[position]!] = position;
  return positions;
}

/** The proposals `made` and their slots, at their `positions` in document order (see `documentPositions`). */
function inDocumentOrder(made: Proposal[], slots: KeptStructure[], positions: Int32Array | undefined): Omit<FoundProposals, 'resets'> {
  if (!positions) return { proposals: made, slots };
  const proposals = made.slice();
  const orderedSlots = slots.slice();
  for (let k = 0; k < made.length; k++) {
    proposals[positions[k]!] = made[k]!;
    orderedSlots[positions[k]!] = slots[k]!;
  }
  return { proposals, slots: orderedSlots };
}

/**
 * The proposals of a version whose sequences are the previous version's (`structureUnchanged`),
 * moved to its offsets, with those whose markers lie in the edited blocks read again from their new
 * text: the same introduction and paragraph under them as when the sequences were last collected
 * (kept in the slot of the old marker), so the same reading as a full pass would give. Undefined when
 * one of them cannot be read so (its old marker kept no context); the caller then makes all of them
 * again. `changed` holds the indices of the
 * proposals read again, `slots` their new slots.
 */
export function rereadProposals(
  moved: MovedItems<Proposal>,
  edited: readonly { readonly index: number; readonly before: BlockScan }[],
  blocks: BlockList,
  scans: ChunkedList<BlockScan>,
  index: MentionIndex,
  identities: ChunkedList<unknown>,
): { proposals: MovedItems<Proposal>; changed: number[]; slots: ProposalSlot[] } | undefined {
  const reread = new Map<number, Proposal>();
  const readers = readersOf(index);
  const changed: number[] = [];
  const slots: ProposalSlot[] = [];
  for (const { index: at, before } of edited) {
    const block = blocks.at(at)!;
    const after = scans.at(at);
    const pairs: [ScannedMarker, ScannedMarker][] = after.markers.map((marker, k) => [before.markers[k]!, marker]);
    const implicit = after.paragraphMarker();
    if (implicit) pairs.push([before.paragraphMarker()!, implicit]);
    for (const [old, marker] of pairs) {
      const i = proposalAt(moved, block.start + marker.start);
      if (i === -1) continue;
      const holder = structureHolder(old);
      const shown = holder === old ? undefined : holder;
      const kept = holder.structureMemo as KeptStructure | undefined;
      const introBack = kept?.introIsHeading ? sectionHeadingBefore(blocks, scans, at, kept.introBack) : kept?.introBack;
      if (introBack === undefined) return undefined;
      const underAhead = kept!.underAhead;
      const read = shown ? marker.restyled(shown.style, shown.value) : marker;
      const item: PlacedMarker = underAhead === -1 ? { marker: read, index: at } : { marker: read, index: at, under: at + underAhead };
      const intro = introBack === -1 ? undefined : at - introBack;
      // its place read from the block, as a full analysis reads it: the moved one's marker span grew
      // with a character typed right after the marker ("Third:" to "Third,:")
      const was = moved.at(i)!;
      const start = block.start + marker.start;
      const place = { ordinal: was.ordinal, marker: was.marker, markerSpan: { start, end: block.start + marker.end }, start, end: block.start + marker.bodyEnd, sequence: was.sequence, parent: was.parent };
      const structure = structureOf(item, intro, (of) => readIntroOf(of, blocks, scans), blocks, scans, readers, identities, place);
      structure.introBack = introBack;
      structure.introIsHeading = kept!.introIsHeading;
      structure.underAhead = underAhead;
      reread.set(i, structure.proposal);
      changed.push(i);
      slots.push(structure);
    }
  }
  return { proposals: moved.with(reread), changed, slots };
}

/**
 * How many blocks before block `at` lies the heading of its section, which introduces proposals:
 * the last heading before it. Undefined when that heading no longer introduces any, and the caller
 * makes the proposals again; so too when that heading is itself a proposal and lies elsewhere than
 * the introduction did (`keptBack` blocks before): "Recommendation 2:" over a "-" line is a heading,
 * and one of the sequence whose introduction is a heading further back. Where it lies where the
 * introduction did, it is that introduction, as for the sub-items of a numbered heading.
 */
function sectionHeadingBefore(blocks: BlockList, scans: ChunkedList<BlockScan>, at: number, keptBack: number | undefined): number | undefined {
  const h = blocks.headingAtOrBefore(at - 1);
  if (h < 0) return undefined;
  const heading = scans.at(h);
  if (!heading.introduces) return undefined;
  return (heading.markers.length > 0 || heading.paragraphMarker() !== undefined) && at - h !== keptBack ? undefined : at - h;
}

/**
 * Whether a proposal in the two blocks after block `at` read block `at` as the introduction of its
 * sequence when the sequences were last collected (an introduction reaches two blocks on, see
 * `collectSequences`). An edit inside an introducing block changes what such proposals read; when
 * there are none, as for a list item that ends with a colon above its own sub-items, the block's
 * own proposals are all it changes.
 */
export function introductionReadAfter(scans: ChunkedList<BlockScan>, at: number): boolean {
  const readsIt = (marker: ScannedMarker | undefined, back: number) =>
    marker !== undefined && (structureHolder(marker).structureMemo as KeptStructure | undefined)?.introBack === back;
  for (let j = at + 1; j <= at + 2 && j < scans.length; j++) {
    const scan = scans.at(j);
    if (scan.markers.some((marker) => readsIt(marker, j - at)) || readsIt(scan.paragraphMarker(), j - at)) return true;
  }
  return false;
}

/**
 * The marker that holds the structure kept for `marker`'s proposal: itself, or, for a letter its
 * list read as a roman numeral, the marker as last restyled so.
 */
const structureHolder = (marker: ScannedMarker): ScannedMarker =>
  marker.structureMemo === undefined ? (marker.lastRestyled() ?? marker) : marker;

/** The index of the proposal whose marker starts at `start` (proposals are in document order), or -1. */
function proposalAt(proposals: MovedItems<Proposal>, start: number): number {
  const i = firstItemStartingAt(proposals, start);
  return i < proposals.length && proposals.startOf(i) === start ? i : -1;
}
