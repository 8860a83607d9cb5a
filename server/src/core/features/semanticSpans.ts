import type { Analysis, Mention, SemanticSpan, TokenType } from '../types';

function tokenTypeOf(mention: Mention): TokenType {
  if (mention.kind === 'treaty') return 'treaty';
  if (mention.kind === 'place') return 'place';
  return mention.category === 'person' ? 'person' : 'actor';
}

/** Mentions and proposal markers as coloured spans: sorted by offset, never overlapping. */
export function semanticSpans(analysis: Analysis): SemanticSpan[] {
  const spans: SemanticSpan[] = [
    ...analysis.mentions.map((m) => ({ start: m.start, end: m.end, type: tokenTypeOf(m) })),
    ...analysis.proposals.map((p) => ({ ...p.markerSpan, type: 'proposalMarker' as const })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const result: SemanticSpan[] = [];
  for (const span of spans) if (result.length === 0 || span.start >= result.at(-1)!.end) result.push(span);
  return result;
}
