import { dateKey } from '../dates';
import type { KnowledgeBase } from './knowledgeBase';
import { knowledgeIndex } from './knowledgeIndex';

/** An organization's number of members over [from, to); an open end is unbounded. */
export interface CountPeriod {
  readonly count: number;
  readonly from?: string;
  readonly to?: string;
}

/** What the knowledge base knows of an organization's number of members over time. */
export interface MemberCountHistory {
  /** Oldest first, without gaps. */
  readonly periods: readonly CountPeriod[];
  /**
   * Whether the periods reach back to the first members: only then does a count the text gives
   * for a past it does not date have to be one of them.
   */
  readonly complete: boolean;
}

/**
 * The member-count histories of the organizations that have one, by id. From the states' dated
 * `memberships` where the members on the review date number the organization's `memberCount` (the
 * records are then taken as complete: NATO, the EU); else from `memberCount` and the date it
 * became the count (`memberCountSince`). Built once per knowledge base (see `knowledgeIndex`).
 */
export const memberCountHistories = knowledgeIndex('the member counts of organizations over time', (kb: KnowledgeBase): ReadonlyMap<string, MemberCountHistory> => {
  const changes = new Map<string, { date: string; step: number }[]>();
  const current = new Map<string, number>();
  for (const entry of kb.entries.values()) {
    if (entry.kind !== 'actor') continue;
    for (const m of entry.memberships) {
      const list = changes.get(m.org) ?? [];
      list.push({ date: dateKey(m.from), step: 1 });
      if (m.to) list.push({ date: dateKey(m.to), step: -1 });
      else current.set(m.org, (current.get(m.org) ?? 0) + 1);
      changes.set(m.org, list);
    }
  }
  const histories = new Map<string, MemberCountHistory>();
  for (const entry of kb.entries.values()) {
    const count = entry.kind === 'actor' ? entry.org?.memberCount : undefined;
    if (entry.kind !== 'actor' || count === undefined) continue;
    const dated = changes.get(entry.id);
    if (dated && current.get(entry.id) === count) histories.set(entry.id, { periods: periodsFrom(dated), complete: true });
    else if (entry.org?.memberCountSince) histories.set(entry.id, { periods: [{ count, from: entry.org.memberCountSince }], complete: false });
  }
  return histories;
});

/** The counts between dated accessions and departures: one period per date on which the count changed. */
function periodsFrom(changes: { date: string; step: number }[]): CountPeriod[] {
  changes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const periods: { count: number; from?: string; to?: string }[] = [];
  let count = 0;
  for (let i = 0; i < changes.length; i++) {
    count += changes[i]!.step;
    const date = changes[i]!.date;
    if (i + 1 < changes.length && changes[i + 1]!.date === date) continue;
    const last = periods[periods.length - 1];
    if (last) last.to = date;
    periods.push({ count, from: date });
  }
  return periods;
}

/** The count on a day, or undefined where the history does not reach it. */
export function countOn(history: MemberCountHistory, day: string): number | undefined {
  const key = dateKey(day);
  for (const p of history.periods) if ((p.from === undefined || p.from <= key) && (p.to === undefined || key < p.to)) return p.count;
  return undefined;
}

/**
 * The counts the organization had at some time in [from, to], both days; undefined where the
 * history does not reach back to `from`.
 */
export function countsBetween(history: MemberCountHistory, from: string, to: string): readonly number[] | undefined {
  const first = history.periods[0];
  if (!first || (first.from !== undefined && dateKey(from) < first.from && !history.complete)) return undefined;
  const counts: number[] = [];
  for (const p of history.periods) {
    if ((p.to === undefined || dateKey(from) < p.to) && (p.from === undefined || p.from <= dateKey(to))) counts.push(p.count);
  }
  return counts;
}
