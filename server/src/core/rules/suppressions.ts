import type { Span } from '../types';

/** Where each rule is switched off by a comment in the document. `*` stands for every rule. */
export type Suppressions = ReadonlyMap<string, readonly Span[]>;

/**
 * `<!-- policy-lens-disable rule-id … -->` switches rules off until `policy-lens-enable`, and
 * `policy-lens-disable-next-line` switches them off for the next line. In plain text the same
 * words stand on a line of their own, with or without the comment marks. No ids means every rule.
 */
const DIRECTIVE = /^[ \t]*(?:<!--[ \t]*)?policy-lens-(disable-next-line|disable|enable)\b([^\n]*?)(?:-->)?[ \t]*\r?$/gm;

export function findSuppressions(text: string): Suppressions {
  const ranges = new Map<string, Span[]>();
  const openSince = new Map<string, number>();
  const add = (id: string, span: Span) => {
    const list = ranges.get(id) ?? [];
    list.push(span);
    ranges.set(id, list);
  };
  for (const m of text.matchAll(DIRECTIVE)) {
    const ids = m[2]!.split(/[\s,]+/).filter((id) => /^[a-z][a-z-]*$/.test(id));
    const targets = ids.length > 0 ? ids : ['*'];
    const lineEnd = text.indexOf('\n', m.index);
    if (m[1] === 'disable-next-line') {
      if (lineEnd === -1) continue;
      const nextEnd = text.indexOf('\n', lineEnd + 1);
      for (const id of targets) add(id, { start: lineEnd + 1, end: nextEnd === -1 ? text.length : nextEnd });
    } else if (m[1] === 'disable') {
      for (const id of targets) if (!openSince.has(id)) openSince.set(id, m.index);
    } else {
      for (const id of targets) {
        const since = openSince.get(id);
        if (since !== undefined) add(id, { start: since, end: m.index });
        openSince.delete(id);
      }
    }
  }
  for (const [id, since] of openSince) add(id, { start: since, end: text.length });
  return ranges;
}

/** Whether a finding of rule `id` over `span` is switched off. */
export function isSuppressed(suppressions: Suppressions, id: string, span: Span): boolean {
  const covers = (r: Span) => span.start >= r.start && span.start <= r.end;
  return (suppressions.get(id) ?? []).some(covers) || (suppressions.get('*') ?? []).some(covers);
}
