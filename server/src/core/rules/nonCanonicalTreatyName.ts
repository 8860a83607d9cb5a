import { foldName } from '../kb/names';
import { NO_RAW_FINDINGS, type RawFinding, type RuleContext } from './ruleContext';
import { oneLine } from '../text/oneLine';

/**
 * A treaty written in a form its parties and depositary do not use. A variant that differs from an
 * accepted name only in case is no informal name: UN documents write "resolution 1701".
 */
export function nonCanonicalTreatyName(ctx: RuleContext): readonly RawFinding[] {
  let findings: RawFinding[] | undefined;
  for (const m of ctx.mentions) {
    if (m.kind !== 'treaty' || !m.variant) continue;
    const entry = ctx.kb.get(m.id);
    const folded = foldName(m.text);
    if (entry && [entry.name, ...entry.aliases].some((name) => foldName(name) === folded)) continue;
    (findings ??= []).push({
      code: 'non-canonical-treaty-name',
      message: `"${oneLine(m.text)}" is an informal name; the treaty's own name is "${m.name}".`,
      start: m.start,
      end: m.end,
      fixes: [{ title: `Write "${m.name}"`, edits: [{ start: m.start, end: m.end, newText: m.name }], safe: true }],
    });
  }
  return findings ?? NO_RAW_FINDINGS;
}
