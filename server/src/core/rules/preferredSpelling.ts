import { allMatches } from '../text/allMatches';
import { escapeRegExp } from '../text/escapeRegExp';
import { objectMemo } from '../text/objectMemo';
import { NO_RAW_FINDINGS, type RawFinding, type RuleContext } from './ruleContext';

/** The style list's pattern, and the same words without the word-boundary checks, for a quick test first. */
interface StylePatterns {
  readonly words: RegExp;
  readonly quick: RegExp;
}
/** One pattern for the whole style list, compiled once per settings object. */
const patternFor = objectMemo((list: Readonly<Record<string, string>>): StylePatterns | null => {
  const words = Object.keys(list).sort((a, b) => b.length - a.length).map(escapeRegExp);
  return words.length
    ? {
        words: new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
        // the Unicode pattern is slow on text with curly quotes; most paragraphs hold no listed word
        quick: new RegExp(words.join('|')),
      }
    : null;
});

/** Spellings the team's style list replaces (`policyLens.preferredSpellings`), outside code. */
export function preferredSpelling(ctx: RuleContext): readonly RawFinding[] {
  const list = ctx.settings.preferredSpellings;
  const pattern = patternFor(list);
  if (!pattern) return [];
  let findings: RawFinding[] | undefined;
  for (const block of ctx.blocks) {
    if (block.kind === 'code' || block.kind === 'frontmatter' || block.kind === 'comment') continue;
    const text = ctx.text.slice(block.start, block.end);
    if (!pattern.quick.test(text)) continue;
    for (const m of allMatches(pattern.words, text)) {
      const start = block.start + m.index;
      const preferred = list[m[0]]!;
      (findings ??= []).push({
        code: 'preferred-spelling',
        message: `The style list prefers "${preferred}" to "${m[0]}".`,
        start,
        end: start + m[0].length,
        fixes: [{ title: `Write "${preferred}"`, edits: [{ start, end: start + m[0].length, newText: preferred }], safe: true }],
      });
    }
  }
  return findings ?? NO_RAW_FINDINGS;
}
