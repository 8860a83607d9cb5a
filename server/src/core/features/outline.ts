import type { Block } from '../blocks/splitBlocks';
import type { Fold, Mention, OutlineNode, Proposal, Span } from '../types';
import { spansWithin } from './spanSearch';

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

/** Sections from headings: each runs to the next heading of the same or a higher level. */
function sectionsOf(text: string, blocks: readonly Block[]): Section[] {
  const headings = blocks.filter((b) => b.kind === 'heading');
  const lastEnd = blocks.at(-1)?.end ?? text.length;
  return headings.map((heading, i) => {
    const next = headings.slice(i + 1).find((h) => h.level <= heading.level);
    const end = next ? endBefore(blocks, next.start) : lastEnd;
    return { start: heading.start, end, level: heading.level, ...headingName(text, heading) };
  });
}

/** End of the last block that starts before `offset`. */
function endBefore(blocks: readonly Block[], offset: number): number {
  let end = 0;
  for (const b of blocks) {
    if (b.start >= offset) break;
    end = b.end;
  }
  return end;
}

function entityNodes(proposal: Proposal, mentions: readonly Mention[]): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  const seen = new Set<string>();
  for (const m of spansWithin(mentions, proposal.start, proposal.end)) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    nodes.push({ kind: 'entity', name: m.name, detail: m.category, start: m.start, end: m.end, selection: m, children: [], entityKind: m.kind });
  }
  return nodes;
}

function proposalNode(index: number, proposals: readonly Proposal[], mentions: readonly Mention[]): OutlineNode {
  const proposal = proposals[index]!;
  const subItems = proposals.flatMap((p, i) => (p.parent === index ? [proposalNode(i, proposals, mentions)] : []));
  return {
    kind: 'proposal',
    name: `${proposal.ordinal}. ${proposal.title}`,
    detail: proposal.marker,
    start: proposal.start,
    end: subItems.at(-1)?.end ?? proposal.end,
    selection: proposal.markerSpan,
    children: [...subItems, ...entityNodes(proposal, mentions)],
  };
}

/**
 * The outline: headings as nested sections, the proposals inside the innermost section that holds
 * them, and under each proposal the entities it mentions. Without headings, proposals stand at the top.
 */
export function buildOutline(text: string, blocks: readonly Block[], proposals: readonly Proposal[], mentions: readonly Mention[]): OutlineNode[] {
  const sections = sectionsOf(text, blocks);
  const build = (from: number, to: number, level: number): OutlineNode[] => {
    const nodes: OutlineNode[] = [];
    const children = sections.filter((s) => s.start >= from && s.start < to && s.level > level);
    const top = children.filter((s) => !children.some((o) => o !== s && o.level < s.level && o.start < s.start && s.start < o.end));
    proposals.forEach((p, i) => {
      if (p.parent === undefined && p.start >= from && p.start < to && !top.some((s) => p.start >= s.start && p.start < s.end)) {
        nodes.push(proposalNode(i, proposals, mentions));
      }
    });
    for (const s of top) {
      nodes.push({ kind: 'section', name: s.name, start: s.start, end: s.end, selection: s.selection, children: build(s.start + 1, s.end, s.level) });
    }
    return nodes.sort((a, b) => a.start - b.start);
  };
  return build(0, text.length + 1, 0);
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
