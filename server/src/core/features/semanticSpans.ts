import { AnalysisResult } from '../analysisResult';
import type { Analysis, Mention, SemanticSpan, Span, TokenType } from '../types';

function tokenTypeOf(mention: Mention): TokenType {
  if (mention.kind === 'treaty') return 'treaty';
  if (mention.kind === 'place') return 'place';
  return mention.category === 'person' ? 'person' : 'actor';
}

/** Whether `a` comes before `b`: the earlier start, and at one start the longer span. */
const before = (a: Span, b: Span) => a.start < b.start || (a.start === b.start && a.end >= b.end);

/**
 * Mentions and proposal markers as coloured spans: sorted by offset, never overlapping; at one
 * start the longer span wins, and a mention wins a tie. Both lists come in document order, so they
 * are merged as they are: an editor asks for these after each keystroke, and making a span object
 * for every mention and marker and sorting them all took about 7 ms in the 1 MB treaty text. A list
 * out of order (which the analysis does not make) is sorted first.
 */
export function semanticSpans(analysis: Analysis): SemanticSpan[] {
  const result: SemanticSpan[] = [];
  visitSemanticSpans(analysis, (start, end, type) => {
    result.push({ start, end, type });
  });
  return result;
}

/**
 * How many spans `visitSemanticSpans` hands over at most, one per mention and proposal marker:
 * counted without placing the mentions, which the visit does not place either.
 */
export const semanticSpanBound = (analysis: Analysis): number =>
  (analysis instanceof AnalysisResult ? analysis.mentionCount : analysis.mentions.length) + analysis.proposals.length;

/** Receives one span to colour; spans come in the order `semanticSpans` lists them. */
export type SemanticSpanVisitor = (start: number, end: number, type: TokenType) => void;

/**
 * The spans of `semanticSpans`, handed to `visit` one by one instead of listed: the server encodes
 * them as they come, and a list of 21,000 span objects in 1 MB of prose was a megabyte of garbage
 * at every keystroke's token request.
 */
export function visitSemanticSpans(analysis: Analysis, visit: SemanticSpanVisitor): void {
  const markers = inOrder(analysis.proposals.map((p) => p.markerSpan));
  let lastEnd = -Infinity;
  let j = 0;
  const emit = (start: number, end: number, type: TokenType) => {
    if (start < lastEnd) return;
    visit(start, end, type);
    lastEnd = end;
  };
  const mention = (start: number, end: number, m: Mention) => {
    // the markers before the mention; at one start the longer span, and the mention at a tie
    for (let marker = markers[j]; marker !== undefined && (marker.start < start || (marker.start === start && marker.end > end)); marker = markers[++j]) emit(marker.start, marker.end, 'proposalMarker');
    emit(start, end, tokenTypeOf(m));
  };
  // an analysis's own mentions are read where its blocks hold them: after a keystroke the blocks
  // after it have moved, and asking for `mentions` placed each of their 10,000 mentions in 1 MB
  if (analysis instanceof AnalysisResult) analysis.visitMentions(mention);
  else for (const m of inOrder(analysis.mentions)) mention(m.start, m.end, m);
  for (; j < markers.length; j++) emit(markers[j]!.start, markers[j]!.end, 'proposalMarker');
}

/** The spans in the order `semanticSpans` merges them: the list itself when it is so already. */
function inOrder<S extends Span>(spans: readonly S[]): readonly S[] {
  for (let k = 1; k < spans.length; k++) if (!before(spans[k - 1]!, spans[k]!)) return [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  return spans;
}
