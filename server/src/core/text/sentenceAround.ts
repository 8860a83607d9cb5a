import type { Span } from '../types';

/** The sentence around a span, clipped to `reach` characters on each side. */
export function sentenceAround(text: string, span: Span, reach = 160): { before: string; after: string } {
  const from = Math.max(0, span.start - reach);
  let before = text.slice(from, span.start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n\n'), before.lastIndexOf('? '), before.lastIndexOf('! '));
  if (stop !== -1) before = before.slice(stop + 2);
  let after = text.slice(span.end, Math.min(text.length, span.end + reach));
  const end = after.search(/[.?!](?:\s|$)|\n\n/);
  if (end !== -1) after = after.slice(0, end);
  return { before, after };
}
