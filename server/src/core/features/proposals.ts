import type { BlockScan, ScannedMarker } from '../blocks/blockMemo';
import type { Block } from '../blocks/splitBlocks';
import type { Mention, Proposal } from '../types';

/** A marker placed in the document: its block and its absolute offsets. */
interface PlacedMarker {
  readonly marker: ScannedMarker;
  readonly block: Block;
}

interface Sequence {
  readonly group: string;
  readonly introduced: boolean;
  readonly items: PlacedMarker[];
  /** Paragraphs seen since the last marker; an ordinal sequence may run on across a few. */
  gap: number;
}

/** How many plain paragraphs may stand between two ordinal openers of one sequence. */
const MAX_GAP = 6;

function groupOf(marker: ScannedMarker, block: Block): string {
  if (marker.style === 'ordinal' || marker.style === 'headed') return marker.style;
  const numbered = marker.style === 'bullet' ? 'bullet' : 'numbered';
  return `list:${numbered}:${block.level}`;
}

/** Whether a sequence's markers carry proposals rather than reasons or events. */
function isProposalSequence(seq: Sequence): boolean {
  if (seq.group === 'headed') return true;
  if (seq.items.length < 2 && !seq.introduced) return false;
  if (seq.introduced) return true;
  const recommending = seq.items.filter((item) => item.marker.recommends).length;
  return recommending * 2 >= seq.items.length && recommending >= 2;
}

/** Collects the marker sequences of the document, in order. */
function collectSequences(blocks: readonly Block[], scans: readonly BlockScan[]): Sequence[] {
  const sequences: Sequence[] = [];
  let current: Sequence | undefined;
  let introducedAt = -10;
  let sectionIntroduces = false;
  const close = () => {
    if (current && current.items.length > 0) sequences.push(current);
    current = undefined;
  };
  blocks.forEach((block, index) => {
    const scan = scans[index]!;
    if (block.kind === 'heading' && scan.markers.length === 0) {
      close();
      sectionIntroduces = scan.introduces;
    }
    for (const marker of scan.markers) {
      const group = groupOf(marker, block);
      const restarts = marker.value === 1 && current !== undefined && current.items.length > 0;
      const nestedItem = current?.group.startsWith('list:') && block.kind === 'item' && block.level > Number(current.group.split(':')[2]);
      if (nestedItem) continue;
      if (!current || current.group !== group || restarts) {
        close();
        current = { group, introduced: index - introducedAt <= 2 || sectionIntroduces, items: [], gap: 0 };
      }
      current.items.push({ marker, block });
      current.gap = 0;
      if (marker.closes) close();
    }
    if (scan.markers.length === 0 && current) {
      const listEnds = current.group.startsWith('list:') && block.kind !== 'item';
      if (listEnds || ++current.gap > MAX_GAP) close();
    }
    if (scan.introduces && block.kind !== 'heading') introducedAt = index;
  });
  close();
  return sequences;
}

/** The mentions inside a span, by first appearance, as unique ids. */
function entityIdsIn(mentions: readonly Mention[], start: number, end: number): string[] {
  const ids: string[] = [];
  for (const m of mentions) if (m.start >= start && m.end <= end && !ids.includes(m.id)) ids.push(m.id);
  return ids;
}

/**
 * The proposals of the document: marker sequences that recommend (introduced by "… the following:",
 * under a "Recommendations" heading, or made of recommendations), numbered as the text numbers them.
 */
export function findProposals(blocks: readonly Block[], scans: readonly BlockScan[], mentions: readonly Mention[]): Proposal[] {
  const proposals: Proposal[] = [];
  collectSequences(blocks, scans)
    .filter(isProposalSequence)
    .forEach((seq, sequence) => {
      let previous = 0;
      seq.items.forEach(({ marker, block }, position) => {
        const ordinal = marker.value === 'last' ? previous + 1 : (marker.value ?? position + 1);
        previous = ordinal;
        const start = block.start + marker.start;
        const end = block.start + marker.bodyEnd;
        proposals.push({
          ordinal,
          marker: marker.text,
          markerSpan: { start, end: block.start + marker.end },
          title: marker.title,
          start,
          end,
          entityIds: entityIdsIn(mentions, start, end),
          sequence,
        });
      });
    });
  return proposals;
}
