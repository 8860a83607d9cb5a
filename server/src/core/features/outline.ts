import type { TextReader } from '../text/documentText';
import type { BlockList } from '../blocks/blockList';
import type { Block } from '../blocks/splitBlocks';
import type { EntityKind, Fold, Mention, OutlineNode, Proposal, Span } from '../types';
import type { MentionIndex } from './mentionIndex';
import type { ProposalSlot } from './proposals';
import { EMPTY_LIST } from '../text/emptyList';
import { codeAt } from '../kb/names';
import { plainNode, shiftedNode } from './shiftedNode';

interface Section extends Span {
  readonly level: number;
  readonly name: string;
  readonly selection: Span;
}

/** The heading's text without its `#` marks or closing hashes. */
function headingName(text: TextReader, block: Block): { name: string; selection: Span } {
  const raw = firstLine(text.slice(block.start, block.end));
  const lead = headingLead(raw);
  const name = raw.slice(lead).replace(/[ \t]+#+[ \t]*$/, '').trim();
  const start = block.start + lead;
  return { name: name || '(untitled)', selection: { start, end: start + name.length } };
}

/** The text up to its first line break. */
function firstLine(text: string): string {
  const lineEnd = text.indexOf('\n');
  return lineEnd === -1 ? text : text.slice(0, lineEnd);
}

/**
 * How many characters of a heading's line come before its name: up to three spaces, up to six `#`
 * marks and the spaces and tabs after them, as the pattern `^ {0,3}#{0,6}[ \t]*` reads them (by character
 * codes: a treaty text's 2,000 headings made a match list each).
 */
export function headingLead(line: string): number {
  let i = 0;
  while (i < 3 && codeAt(line, i) === 32) i++;
  const marksEnd = i + 6;
  while (i < marksEnd && codeAt(line, i) === 35) i++;
  while (codeAt(line, i) === 32 || codeAt(line, i) === 9) i++;
  return i;
}

/** The outline node of the section of the heading `block`, which ends at `end`. */
export function sectionNode(text: TextReader, block: Block, end: number, children: readonly OutlineNode[]): OutlineNode {
  const { name, selection } = headingName(text, block);
  return { kind: 'section', name, start: block.start, end, selection, children };
}

/** A section with its subsections and the top-level proposals inside it, while the outline is built. */
interface SectionNode extends Section {
  readonly items: (SectionNode | number)[];
}

/**
 * Sections from headings: each runs to the next heading of the same or a higher level and holds
 * the sections of lower levels that start inside it. One pass with a stack of open sections.
 */
function sectionTree(text: TextReader, blocks: BlockList): SectionNode[] {
  const roots: SectionNode[] = [];
  const open: (Omit<SectionNode, 'end'> & { end: number })[] = [];
  let previousEnd = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks.kind(i) === 'heading') {
      const block = blocks.at(i)!;
      while (open.length > 0 && open.at(-1)!.level >= block.level) open.pop()!.end = previousEnd;
      const node = { start: block.start, end: 0, level: block.level, ...headingName(text, block), items: [] };
      (open.length > 0 ? open.at(-1)!.items : roots).push(node);
      open.push(node);
    }
    previousEnd = blocks.end(i);
  }
  for (const node of open) node.end = previousEnd;
  return roots;
}

/** The nodes of the entities a proposal mentions, the first mention of each. */
function entityNodes(proposal: Proposal, index: MentionIndex): readonly OutlineNode[] {
  // the proposal's own ids, read from the same mentions: each once, in order of first mention
  const ids = proposal.entityIds;
  if (ids.length === 0) return EMPTY_LIST;
  // made at its length rather than grown by `push` and copied: a list grown so has room for 17
  // nodes, and a treaty text's outline makes 9,000 lists of one to three (1.4 MB of garbage)
  const found: EntityNodesFound = { ids, nodes: new Array<OutlineNode>(ids.length), count: 0 };
  index.forEachWithin(proposal.start, proposal.end, found, addEntityNode);
  // (all of them, unless the ids were read from other mentions than these)
  if (found.count < ids.length) found.nodes.length = found.count;
  return found.nodes;
}

/** What `entityNodes` gathers: the node of each of `ids` in order, the first `count` found so far. */
interface EntityNodesFound {
  readonly ids: readonly string[];
  readonly nodes: OutlineNode[];
  count: number;
}

/** Adds the node of a mention of the next of `ids`; true while some are left to find. */
const addEntityNode = (found: EntityNodesFound, start: number, end: number, m: Mention): boolean => {
  if (m.id === found.ids[found.count]) found.nodes[found.count++] = new EntityNode(m, start, end);
  return found.count < found.ids.length;
};

/**
 * An entity's node, read from its mention (which the analysis keeps anyway), its selection its own
 * span: three fields, where a literal had eight and a span of its own. A treaty text's outline has
 * 9,000, and the young-generation collections copy each about twice (see `npm run bench:gc`). Read
 * it as an `OutlineNode`, by property; `toJSON` gives the plain literal.
 */
class EntityNode implements OutlineNode {
  readonly #mention: Mention;

  constructor(
    mention: Mention,
    readonly start: number,
    readonly end: number,
  ) {
    this.#mention = mention;
  }

  get kind(): 'entity' {
    return 'entity';
  }
  get name(): string {
    return this.#mention.name;
  }
  get detail(): string {
    return this.#mention.category;
  }
  get selection(): Span {
    return this;
  }
  get children(): readonly OutlineNode[] {
    return EMPTY_LIST;
  }
  get entityKind(): EntityKind {
    return this.#mention.kind;
  }

  toJSON(): OutlineNode {
    return plainNode(this);
  }
}

/** A node at new offsets: literals of each kind's own shape rather than spreads, as thousands move per keystroke. */
export function movedNode(n: OutlineNode, start: number, end: number, selection: Span, children: readonly OutlineNode[]): OutlineNode {
  if (n.kind === 'entity') return { kind: n.kind, name: n.name, detail: n.detail, start, end, selection, children, entityKind: n.entityKind };
  if (n.kind === 'proposal') return { kind: n.kind, name: n.name, detail: n.detail, start, end, selection, children };
  return { kind: n.kind, name: n.name, start, end, selection, children };
}

/** A proposal's outline node: its number and title, its sub-items' nodes, then the entities it mentions. */
export function nodeOfProposal(proposal: Proposal, subItems: readonly OutlineNode[], index: MentionIndex): OutlineNode {
  return new ProposalNode(proposal, subItems.at(-1)?.end ?? proposal.end, childrenOf(subItems, entityNodes(proposal, index)));
}

/**
 * A proposal's node, read from the proposal (which the analysis keeps anyway): three fields, where a
 * literal had seven and a name joined from its number and title. A treaty text's outline has 9,000
 * (see `EntityNode`). Read it as an `OutlineNode`, by property; `toJSON` gives the plain literal.
 */
class ProposalNode implements OutlineNode {
  readonly #proposal: Proposal;

  constructor(
    proposal: Proposal,
    /** The end of its last sub-item, or its own. */
    readonly end: number,
    readonly children: readonly OutlineNode[],
  ) {
    this.#proposal = proposal;
  }

  get kind(): 'proposal' {
    return 'proposal';
  }
  get name(): string {
    return ordinalPrefix(this.#proposal.ordinal) + this.#proposal.title;
  }
  get detail(): string {
    return this.#proposal.marker;
  }
  get start(): number {
    return this.#proposal.start;
  }
  get selection(): Span {
    return this.#proposal.markerSpan;
  }

  toJSON(): OutlineNode {
    return plainNode(this);
  }
}

/**
 * "1. ", "2. " and so on, made once: a proposal node's name starts with one, and a treaty text's
 * 9,000 nodes each kept their own copy (230 KB that the young-generation collections copied).
 */
const ORDINAL_PREFIXES: readonly string[] = Array.from({ length: 256 }, (_, ordinal) => `${ordinal}. `);

/** The start of the name of the node of a proposal numbered `ordinal`: "3. ". */
export function ordinalPrefix(ordinal: number): string {
  const shared = ordinal >= 0 && ordinal < ORDINAL_PREFIXES.length ? ORDINAL_PREFIXES[ordinal] : undefined;
  return shared ?? `${ordinal}. `;
}

/** A proposal node's children: one of the two lists itself when the other is empty, as it nearly always is. */
const childrenOf = (subItems: readonly OutlineNode[], entities: readonly OutlineNode[]) =>
  subItems.length === 0 ? entities : entities.length === 0 ? subItems : [...subItems, ...entities];

/** What the proposal nodes of one outline are made from besides the proposals. */
interface NodeSources {
  readonly proposals: readonly Proposal[];
  readonly subItemsOf: readonly number[][];
  readonly index: MentionIndex;
  readonly slots: readonly ProposalSlot[] | undefined;
  /** Which build made the previous version's outline, and where the text first differs from it. */
  readonly previous: PreviousOutline | undefined;
}

/** Which build made the outline of a document's previous version, and where the new version's text first differs from it. */
export interface PreviousOutline {
  /** Undefined when that outline was moved from an earlier one (`features/reuseStructure.ts`), not built. */
  readonly build: number | undefined;
  readonly unchangedBefore: number;
}

/** An outline and the number of the build that made it, which its proposals' slots record. */
export interface BuiltOutline {
  readonly nodes: OutlineNode[];
  readonly build: number;
}

/** Builds so far, in this process: a slot records the last one that placed its node. */
let builds = 0;

function proposalNode(at: number, sources: NodeSources): OutlineNode {
  const { proposals, subItemsOf, index, slots } = sources;
  const proposal = proposals[at]!;
  const subItemIndexes = subItemsOf[at];
  const slot = subItemIndexes === undefined ? slots?.[at] : undefined;
  const kept = slot?.node;
  if (kept && slot!.ordinal === proposal.ordinal) {
    const by = proposal.start - kept.start;
    if (proposal.end - kept.end === by && proposal.markerSpan.start - kept.selection.start === by) {
      // the node itself only where it stood in the previous version's outline and no text before it
      // changed since: a host keeps its conversion to lines and characters by node (see
      // `lsp/convert.ts`); elsewhere a copy, moved with its block
      const { previous } = sources;
      if (by === 0 && previous?.build !== undefined && slot!.placedIn === previous.build && kept.end < previous.unchangedBefore) return kept;
      return (slot!.node = shiftedNode(kept, by));
    }
  }
  const subItems = subItemIndexes === undefined ? EMPTY_LIST : subItemNodes(subItemIndexes, sources);
  const node = nodeOfProposal(proposal, subItems, index);
  if (slot) {
    slot.node = node;
    slot.ordinal = proposal.ordinal;
  }
  return node;
}

/** The nodes of the sub-items at `indexes`. (Apart from `proposalNode`: its map's arrow read `sources`, which made a context at each of its calls.) */
function subItemNodes(indexes: readonly number[], sources: NodeSources): OutlineNode[] {
  return indexes.map((i) => proposalNode(i, sources));
}

/** The indices of each proposal's sub-items, by its index; `firstIndex` is the first proposal's index in the document. */
function subItemsOf(proposals: readonly Proposal[], firstIndex: number): number[][] {
  // counted first, so that each list is made at its length: grown by `push`, each had room for 17,
  // and a treaty text's 9,000 proposals have 3,000 parents
  const counts = new Int32Array(proposals.length);
  for (let i = 0; i < proposals.length; i++) {
    const parent = proposals[i]!.parent;
    if (parent !== undefined) counts[parent - firstIndex]++;
  }
  const subItems = new Array<number[]>(proposals.length);
  // backwards, each list filled from its end
  for (let i = proposals.length - 1; i >= 0; i--) {
    const parent = proposals[i]!.parent;
    if (parent === undefined) continue;
    const at = parent - firstIndex;
    (subItems[at] ??= new Array<number>(counts[at]!))[--counts[at]!] = i;
  }
  return subItems;
}

/**
 * The outline nodes of the top-level proposals among `proposals`, a stretch of a document's whose
 * first is the document's proposal number `firstIndex` and whose sub-items' parents lie in it, each
 * with its sub-items' nodes; a node its slot kept is moved rather than made again.
 */
export function proposalNodes(proposals: readonly Proposal[], firstIndex: number, index: MentionIndex, slots: readonly ProposalSlot[]): OutlineNode[] {
  const sources: NodeSources = { proposals, subItemsOf: subItemsOf(proposals, firstIndex), index, slots, previous: undefined };
  const nodes: OutlineNode[] = [];
  proposals.forEach((p, i) => {
    if (p.parent === undefined) nodes.push(proposalNode(i, sources));
  });
  return nodes;
}

/** Places each top-level proposal in the innermost section whose range holds its start. */
function placeProposals(roots: SectionNode[], proposals: readonly Proposal[]): (SectionNode | number)[] {
  const top: (SectionNode | number)[] = [...roots];
  const flat: SectionNode[] = [];
  const walk = (nodes: readonly (SectionNode | number)[]) => {
    for (const n of nodes) {
      if (typeof n === 'number') continue;
      flat.push(n);
      walk(n.items);
    }
  };
  walk(roots);
  // sections in document order; the innermost holder of an offset is the last one that starts before it and still runs
  const stack: SectionNode[] = [];
  let next = 0;
  proposals.forEach((p, i) => {
    if (p.parent !== undefined) return;
    while (next < flat.length && flat[next]!.start <= p.start) stack.push(flat[next++]!);
    while (stack.length > 0 && stack.at(-1)!.end <= p.start) stack.pop();
    (stack.length > 0 ? stack.at(-1)!.items : top).push(i);
  });
  return top;
}

/**
 * The outline: headings as nested sections, the proposals inside the innermost section that holds
 * them, and under each proposal the entities it mentions. Without headings, proposals stand at the top.
 */
export function buildOutline(
  text: TextReader,
  blocks: BlockList,
  proposals: readonly Proposal[],
  index: MentionIndex,
  /** Each proposal's slot, at its index (see `ProposalSlot`). */
  slots?: readonly ProposalSlot[],
  previous?: PreviousOutline,
): BuiltOutline {
  const sources: NodeSources = { proposals, subItemsOf: subItemsOf(proposals, 0), index, slots, previous };
  const toNodes = (items: readonly (SectionNode | number)[]): OutlineNode[] =>
    inStartOrder(
      items.map((item): OutlineNode =>
        typeof item === 'number'
          ? proposalNode(item, sources)
          : { kind: 'section', name: item.name, start: item.start, end: item.end, selection: item.selection, children: toNodes(item.items) },
      ),
    );
  const nodes = toNodes(placeProposals(sectionTree(text, blocks), proposals));
  const build = ++builds;
  // by index: this runs once per analysis, often before V8 optimizes it, and a `for … of` there made an iterator result per proposal
  if (slots) for (let i = 0; i < slots.length; i++) slots[i]!.placedIn = build;
  return { nodes, build };
}

/**
 * Nodes sorted by start. A section's proposals usually come in order, with no subsection among them,
 * and a sort copies its list even then: a treaty text's articles hold thousands of proposals.
 */
function inStartOrder(nodes: OutlineNode[]): OutlineNode[] {
  for (let i = 1; i < nodes.length; i++) if (nodes[i - 1]!.start > nodes[i]!.start) return nodes.sort((a, b) => a.start - b.start);
  return nodes;
}

/** Folding ranges for front matter, sections and multi-line proposals. */
export function buildFolds(text: TextReader, blocks: BlockList, outline: readonly OutlineNode[]): Fold[] {
  const folds: Fold[] = [];
  if (blocks.length > 0 && blocks.kind(0) === 'frontmatter') folds.push({ start: blocks.start(0), end: blocks.end(0), kind: 'frontmatter' });
  foldsOf(text, outline, folds);
  return folds.sort((a, b) => a.start - b.start);
}

/** Adds the folds of the nodes and of the nodes in them, in outline order, to `folds`. */
export function foldsOf(text: TextReader, nodes: readonly OutlineNode[], folds: Fold[]): void {
  // by index: in some processes V8 left this loop's iterator and its results in place, an object per node (1.8 MB in a treaty text)
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.kind === 'entity') continue;
    const fold = foldOf(text, node);
    if (fold) folds.push(fold);
    foldsOf(text, node.children, folds);
  }
}

/** The fold of a section or proposal node, when its text spans more than one line. */
export function foldOf(text: TextReader, node: OutlineNode): Fold | undefined {
  // within the node's own text: a search from its start to the next line break anywhere ran to the
  // end of a long paragraph for each of its proposals (1 MB of ordinals in one paragraph took 1.65
  // times as long)
  return text.slice(node.start, node.end).includes('\n') ? { start: node.start, end: node.end, kind: node.kind === 'section' ? 'section' : 'proposal' } : undefined;
}
