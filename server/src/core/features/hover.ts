import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Analysis, HoverInfo, Mention, Proposal } from '../types';
import { describeDocumentDate, entryMarkdown } from './hoverMarkdown';
import { AnalysisResult } from '../analysisResult';

/** The element of a sorted, non-overlapping list whose span holds `offset`. */
function findAt<T extends { start: number; end: number }>(items: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid]!;
    if (offset < item.start) hi = mid - 1;
    else if (offset >= item.end) lo = mid + 1;
    else return item;
  }
  return undefined;
}

function mentionHover(kb: KnowledgeBase, analysis: Analysis, mention: Mention): HoverInfo | undefined {
  const entry = kb.get(mention.id);
  if (!entry) return undefined;
  const parts: string[] = [];
  if (mention.form === 'metonym' && mention.placeId) {
    parts.push(`_"${mention.text}" stands here for the government of **${entry.name}** on the document date._`);
  }
  parts.push(entryMarkdown(kb, entry, analysis.date));
  if (mention.alternatives?.length) {
    parts.push(`_These words can also name: ${mention.alternatives.map((id) => kb.get(id)?.name ?? id).join(', ')}._`);
  }
  parts.push(`_Document date: ${describeDocumentDate(analysis.date)}._`);
  return { start: mention.start, end: mention.end, markdown: parts.join('\n\n') };
}

function proposalHover(kb: KnowledgeBase, analysis: Analysis, proposal: Proposal): HoverInfo {
  // "of N" counts the proposal's own list: sub-items form lists of their own
  const inSequence =
    analysis instanceof AnalysisResult ? analysis.sequenceSize(proposal.sequence) : analysis.proposals.filter((p) => p.sequence === proposal.sequence).length;
  const byKind = (kind: string) =>
    proposal.entityIds.map((id) => kb.get(id)).filter((e) => e?.kind === kind).map((e) => e!.name);
  const lines = [`**Proposal ${proposal.ordinal}** of ${inSequence} · marker "${proposal.marker}"`, `${proposal.title}`];
  const actors = byKind('actor');
  const treaties = byKind('treaty');
  const places = byKind('place');
  if (actors.length) lines.push(`- **Actors:** ${actors.join(', ')}`);
  if (treaties.length) lines.push(`- **Treaties:** ${treaties.join(', ')}`);
  if (places.length) lines.push(`- **Places:** ${places.join(', ')}`);
  const names = (ids: readonly string[]) => ids.map((id) => kb.get(id)?.name ?? id).join(', ');
  if (proposal.parties.proposer.length) lines.push(`- **Proposed by:** ${names(proposal.parties.proposer)}`);
  if (proposal.parties.actor.length) lines.push(`- **Who must act:** ${names(proposal.parties.actor)}`);
  if (proposal.parties.beneficiary.length) lines.push(`- **Who benefits:** ${names(proposal.parties.beneficiary)}`);
  if (proposal.exchange) lines.push(`- **Offer:** ${proposal.exchange.offer}`, `- **In return (${proposal.exchange.cue}):** ${proposal.exchange.return}`);
  for (const condition of proposal.conditions) lines.push(`- **Condition:** ${condition}`);
  return { ...proposal.markerSpan, markdown: lines.join('\n\n') };
}

/**
 * The mention that holds `offset`. An analysis of the core's answers by search, without placing
 * every mention of a version that a keystroke just made (see `MentionIndex`).
 */
export function mentionAt(analysis: Analysis, offset: number): Mention | undefined {
  return analysis instanceof AnalysisResult ? analysis.mentionAt(offset) : findAt(analysis.mentions, offset);
}

/** Hover content for the proposal marker or mention at `offset`, if any. */
export function hoverAt(kb: KnowledgeBase, analysis: Analysis, offset: number): HoverInfo | undefined {
  // nor moving every proposal (see `MovedItems`)
  const proposal =
    analysis instanceof AnalysisResult
      ? analysis.proposalMarkerAt(offset)
      : analysis.proposals.find((p) => offset >= p.markerSpan.start && offset < p.markerSpan.end);
  if (proposal) return proposalHover(kb, analysis, proposal);
  const mention = mentionAt(analysis, offset);
  return mention && mentionHover(kb, analysis, mention);
}
