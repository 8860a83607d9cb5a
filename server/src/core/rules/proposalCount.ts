import type { Proposal } from '../types';
import { detachedSlice } from '../text/detached';
import type { RawFinding, RuleContext } from './ruleContext';

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };
const ANNOUNCED =
  /\b(two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2})\s+(?:[a-z-]+\s+){0,2}?(proposals|steps|recommendations|measures|points|ideas|options|actions|priorities|principles|elements|moves|changes|initiatives)\b/gi;

/** How far before a sequence an announcement may stand. */
const REACH = 600;

/** "three steps": where it stands in the window, its length, the number and the noun. */
interface Announcement {
  readonly index: number;
  readonly length: number;
  readonly number: string;
  readonly noun: string;
}

/**
 * The last announcement in the text before a sequence, by that text: a keystroke elsewhere leaves
 * every window as it was, and the pattern is slow to run on hundreds of them. Keys and values are
 * copies, never slices, which would keep whole versions of the document alive. Cleared when large.
 */
const announcements = new Map<string, Announcement | undefined>();
function lastAnnouncement(window: string): Announcement | undefined {
  if (announcements.has(window)) return announcements.get(window);
  if (announcements.size > 20_000) announcements.clear();
  const m = [...window.matchAll(ANNOUNCED)].at(-1);
  const found = m && { index: m.index, length: m[0].length, number: detachedSlice(m[1]!, 0, m[1]!.length), noun: detachedSlice(m[2]!, 0, m[2]!.length) };
  announcements.set(detachedSlice(window, 0, window.length), found);
  return found;
}

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
    const last = lastAnnouncement(ctx.text.slice(from, first.start));
    if (!last) continue;
    const announced = NUMBER_WORDS[last.number.toLowerCase()] ?? Number(last.number);
    if (announced === items.length) continue;
    const start = from + last.index;
    findings.push({
      code: 'proposal-count',
      message: `The text announces ${last.number} ${last.noun}, but ${items.length} follow.`,
      start,
      end: start + last.length,
      related: items.map((p) => ({ ...p.markerSpan, message: `proposal ${p.ordinal}` })),
    });
  }
  return findings;
}
