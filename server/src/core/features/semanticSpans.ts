import type { Analysis, SemanticSpan } from '../types';

/** Spans to colour. */
export function semanticSpans(_analysis: Analysis): SemanticSpan[] {
  return [];
}
