import type { Block } from '../blocks/splitBlocks';
import type { Fold, OutlineNode, Proposal, Span } from '../types';
import type { MentionIndex } from './mentionIndex';

interface Section extends Span {
  readonly level: number;
  readonly name: string;
  readonly selection: Span;
}

/** The heading's text without its `#` marks or closing hashes. */
function headingName(text: string, block: Block): { name: string; selection: Span } {
  const raw = text.slice(block.start, block.end).split('\n', 1)[0]!;
  const lead = /^ {0,3}#{0,6}[ \t]*/.exec(raw)![0].length;
  const name = raw.slice(lead).replace(/[ \t]+#+[ \t]*$/, '').trim();
  const start = block.start + lead;
  return { name: name || '(untitled)', selection: { start, end: start + name.length } };
}

/** A section with its subsections and the top-level proposals inside it, while the outline is built. */
interface SectionNode extends Section {
  readonly items: (SectionNode | number)[];
}

/**
 * Sections from headings: each runs to the next heading of the same or a higher level and holds
 * the sections of lower levels that start inside it. One pass with a stack of open sections.
 */
function sectionTree(text: string, blocks: readonly Block[]): SectionNode[] {
  const roots: SectionNode[] = [];
  const open: { node: Omit<SectionNode, 'end'> & { end: number }; block: Block }[] = [];
  let previousEnd = 0;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      while (open.length > 0 && open.at(-1)!.block.level >= block.level) open.pop()!.node.end = previousEnd;
      const node = { start: block.start, end: 0, level: block.level, ...headingName(text, block), items: [] };
      (open.length > 0 ? open.at(-1)!.node.items : roots).push(node);
      open.push({ node, block });
    }
    previousEnd = block.end;
  }
  for (const { node } of open) node.end = previousEnd;
  return roots;
}

function entityNodes(proposal: Proposal, index: MentionIndex): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  const seen = new Set<string>();
  for (const m of index.within(proposal.start, proposal.end)) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    nodes.push({ kind: 'entity', name: m.name, detail: m.category, start: m.start, end: m.end, selection: { start: m.start, end: m.end }, children: [], entityKind: m.kind });
  }
  return nodes;
}

function proposalNode(at: number, proposals: readonly Proposal[], subItemsOf: readonly number[][], index: MentionIndex): OutlineNode {
  const proposal = proposals[at]!;
  const subItems = (subItemsOf[at] ?? []).map((i) => proposalNode(i, proposals, subItemsOf, index));
  return {
    kind: 'proposal',
    name: `${proposal.ordinal}. ${proposal.title}`,
    detail: proposal.marker,
    start: proposal.start,
    end: subItems.at(-1)?.end ?? proposal.end,
    selection: proposal.markerSpan,
    children: [...subItems, ...entityNodes(proposal, index)],
  };
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
export function buildOutline(text: string, blocks: readonly Block[], proposals: readonly Proposal[], index: MentionIndex): OutlineNode[] {
  const subItemsOf: number[][] = [];
  proposals.forEach((p, i) => {
    if (p.parent !== undefined) (subItemsOf[p.parent] ??= []).push(i);
  });
  const toNodes = (items: readonly (SectionNode | number)[]): OutlineNode[] =>
    items
      .map((item): OutlineNode =>
        typeof item === 'number'
          ? proposalNode(item, proposals, subItemsOf, index)
          : { kind: 'section', name: item.name, start: item.start, end: item.end, selection: item.selection, children: toNodes(item.items) },
      )
      .sort((a, b) => a.start - b.start);
  return toNodes(placeProposals(sectionTree(text, blocks), proposals));
}

/** Folding ranges for front matter, sections and multi-line proposals. */
export function buildFolds(text: string, blocks: readonly Block[], outline: readonly OutlineNode[]): Fold[] {
  const folds: Fold[] = [];
  if (blocks[0]?.kind === 'frontmatter') folds.push({ start: blocks[0].start, end: blocks[0].end, kind: 'frontmatter' });
  const visit = (nodes: readonly OutlineNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'entity') continue;
      if (text.slice(node.start, node.end).includes('\n')) folds.push({ start: node.start, end: node.end, kind: node.kind === 'section' ? 'section' : 'proposal' });
      visit(node.children);
    }
  };
  visit(outline);
  return folds.sort((a, b) => a.start - b.start);
}
