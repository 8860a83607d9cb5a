import type { Proposal } from '../types';
import type { RawFinding, RuleContext } from './ruleContext';

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };
const ANNOUNCED =
  /\b(two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2})\s+(?:[a-z-]+\s+){0,2}?(proposals|steps|recommendations|measures|points|ideas|options|actions|priorities|principles|elements|moves|changes|initiatives)\b/gi;

/** How far before a sequence an announcement may stand. */
const REACH = 600;

/** The text announces a number of proposals and then makes a different number. */
export function proposalCount(ctx: RuleContext): RawFinding[] {
  const findings: RawFinding[] = [];
  const bySequence = new Map<number, Proposal[]>();
  for (const p of ctx.proposals) {
    const list = bySequence.get(p.sequence) ?? [];
    list.push(p);
    bySequence.set(p.sequence, list);
  }
  for (const items of bySequence.values()) {
    const first = items[0]!;
    if (first.parent !== undefined) continue;
    const from = Math.max(0, first.start - REACH);
    const before = ctx.text.slice(from, first.start);
    const announcements = [...before.matchAll(ANNOUNCED)];
    const last = announcements.at(-1);
    if (!last) continue;
    const announced = NUMBER_WORDS[last[1]!.toLowerCase()] ?? Number(last[1]);
    if (announced === items.length) continue;
    const start = from + last.index;
    findings.push({
      code: 'proposal-count',
      message: `The text announces ${last[1]} ${last[2]}, but ${items.length} follow.`,
      start,
      end: start + last[0].length,
      related: items.map((p) => ({ ...p.markerSpan, message: `proposal ${p.ordinal}` })),
    });
  }
  return findings;
}
