import type { RawFinding, RuleContext } from './ruleContext';

/** A treaty written in a form its parties and depositary do not use. */
export function nonCanonicalTreatyName(ctx: RuleContext): RawFinding[] {
  return ctx.mentions
    .filter((m) => m.kind === 'treaty' && m.variant)
    .map((m) => ({
      code: 'non-canonical-treaty-name',
      message: `"${m.text.replace(/\s+/g, ' ')}" is an informal name; the treaty's own name is "${m.name}".`,
      start: m.start,
      end: m.end,
      fixes: [{ title: `Write "${m.name}"`, edits: [{ start: m.start, end: m.end, newText: m.name }], safe: true }],
    }));
}
