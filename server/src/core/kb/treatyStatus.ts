import { dateKey } from '../dates';
import type { TreatyEntry, TreatyEvent, TreatyStatus } from './schema';

/** A treaty's standing on a date, with the date it took that standing when known. */
export interface StatusOn {
  readonly value: TreatyStatus | 'not-yet-signed' | 'signed';
  readonly since?: string;
  readonly note?: string;
}

/**
 * The treaty's status on `date`, from its dated events and final status: the latest change on or
 * before the date wins; before any change, its signature and entry into force decide.
 */
export function treatyStatusOn(treaty: TreatyEntry, date: string): StatusOn {
  const day = dateKey(date);
  if (treaty.signed && dateKey(treaty.signed.date) > day) return { value: 'not-yet-signed' };
  const all = [
    ...treaty.events.filter((e) => e.status).map((e) => ({ date: e.date, value: e.status!, note: e.note })),
    ...(treaty.status.date ? [{ date: treaty.status.date, value: treaty.status.value, note: treaty.status.note }] : []),
  ].sort((a, b) => dateKey(a.date).localeCompare(dateKey(b.date)));
  const latest = all.filter((c) => dateKey(c.date) <= day).at(-1);
  if (latest) return { value: latest.value, since: latest.date, note: latest.note };
  if (treaty.inForce) return dateKey(treaty.inForce) <= day ? { value: 'in-force', since: treaty.inForce } : { value: 'signed', since: treaty.signed?.date };
  if (treaty.status.date === undefined) return { value: treaty.status.value, note: treaty.status.note };
  // no entry into force recorded, but a later termination, suspension or expiry: it was in force before
  const next = all.find((c) => dateKey(c.date) > day);
  if (next && ENDS_FORCE.has(next.value)) return { value: 'in-force', since: treaty.signed?.date };
  return { value: 'signed', since: treaty.signed?.date };
}

/**
 * The event by which `actor` stopped being a party to the treaty, when it was no party on `date`:
 * the actor's latest "left" or "joined" event on or before the date, if it is a "left".
 */
export function partyLeftBy(treaty: TreatyEntry, actor: string, date: string): TreatyEvent | undefined {
  const day = dateKey(date);
  let latest: TreatyEvent | undefined;
  for (const event of treaty.events) {
    if (event.actor !== actor || event.party === undefined || dateKey(event.date) > day) continue;
    if (!latest || dateKey(event.date) >= dateKey(latest.date)) latest = event;
  }
  return latest?.party === 'left' ? latest : undefined;
}

/** Statuses that only a treaty in force can take: before them, it was in force. */
const ENDS_FORCE: ReadonlySet<StatusOn['value']> = new Set(['terminated', 'withdrawn', 'suspended', 'expired', 'superseded', 'historical']);

/** Words for a status in messages and hovers. */
export const statusWords: Record<StatusOn['value'], string> = {
  'in-force': 'in force',
  terminated: 'terminated',
  withdrawn: 'in force, but a party has withdrawn',
  suspended: 'suspended',
  expired: 'expired',
  'not-in-force': 'never entered into force',
  superseded: 'superseded',
  pending: 'not yet in force',
  political: 'a political commitment (not legally binding)',
  historical: 'historical, no longer operative',
  'not-yet-signed': 'not yet signed',
  signed: 'signed, not yet in force',
};
