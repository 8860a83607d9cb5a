import { agesOn, dateKey, formatDate, formatPeriod as period, isWithin } from '../dates';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { HEAD_FAMILIES, headsByTitleOn, lastConfirmed, ministryPortfolio, officesHeldOn, periodConfirmed, type HeldOffice } from '../kb/officeHolders';
import type { ActorEntry, Entry, PlaceEntry, TreatyEntry } from '../kb/schema';
import { statusWords, treatyStatusOn } from '../kb/treatyStatus';
import type { DocumentDate } from '../types';

const DATE_SOURCE: Record<DocumentDate['source'], string> = {
  setting: 'from the policyLens.documentDate setting',
  'front-matter': 'from the front matter',
  dateline: 'from the dateline',
  'updated-line': 'from an "Updated" or "Published" line',
  today: 'today; the document states no date',
};

/** "18 January 2022 (from the dateline)". */
export function describeDocumentDate(date: DocumentDate): string {
  return `${formatDate(date.iso)} (${DATE_SOURCE[date.source]})`;
}

const nameOf = (kb: KnowledgeBase, id: string) => kb.get(id)?.name ?? id;

function treatyLines(kb: KnowledgeBase, t: TreatyEntry, date: DocumentDate): string[] {
  const lines: string[] = [];
  if (t.signed) lines.push(`- **Signed:** ${formatDate(t.signed.date)}${t.signed.place ? `, ${t.signed.place}` : ''}`);
  if (t.inForce) lines.push(`- **Entered into force:** ${formatDate(t.inForce)}`);
  const since = t.status.date ? ` since ${formatDate(t.status.date)}` : '';
  // a note that only repeats the status ("In force.") is left out
  const note = t.status.note.replace(/\.\s*$/, '').toLowerCase() === statusWords[t.status.value] ? '' : ` ${t.status.note}`;
  lines.push(`- **Status today:** ${statusWords[t.status.value]}${since}.${note} _(as of ${formatDate(t.reviewed)})_`);
  const then = treatyStatusOn(t, date.iso);
  lines.push(`- **On the document date, ${describeDocumentDate(date)}:** ${statusWords[then.value]}${then.since ? ` (since ${formatDate(then.since)})` : ''}`);
  // in the order they happened, whatever order the entry lists them in
  for (const e of [...t.events].sort((a, b) => dateKey(a.date).localeCompare(dateKey(b.date)))) lines.push(`  - ${formatDate(e.date)}: ${e.note}`);
  if (t.parties?.actors?.length) lines.push(`- **Parties:** ${t.parties.actors.map((id) => nameOf(kb, id)).join(', ')}`);
  else if (t.parties?.count !== undefined) lines.push(`- **Parties:** ${t.parties.count}`);
  if (t.parties?.signedNotRatified?.length) lines.push(`- **Signed, never ratified:** ${t.parties.signedNotRatified.map((id) => nameOf(kb, id)).join(', ')}`);
  if (t.depositary) lines.push(`- **Depositary:** ${t.depositary}`);
  return lines;
}

/** A line listing who held the offices on the document date, or undefined when no one is recorded. */
const heldLine = (label: string, held: readonly HeldOffice[], iso: string): string | undefined =>
  held.length > 0 ? `- **${label} on the document date** (as recorded here): ${held.map((h) => heldOffice(h, iso)).join('; ')}` : undefined;

/**
 * Who led the state, or headed the body, on the document date, as far as the people's records go:
 * a state's leaders; a ministry's or central bank's heads where its record names their offices;
 * else a foreign or defence ministry's minister, whose names say which; else an organization's or
 * institution's heads.
 */
function leadersLine(kb: KnowledgeBase, a: ActorEntry, iso: string): string | undefined {
  if (a.category === 'state') return heldLine('In office', officesHeldOn(kb, a.id, iso), iso);
  if (a.org?.headTitles) return heldLine('Heads', headsByTitleOn(kb, a, iso), iso);
  const portfolio = ministryPortfolio(kb, a);
  if (portfolio) return heldLine('Minister', officesHeldOn(kb, portfolio.state, iso, [portfolio.family]), iso);
  if (a.category === 'organization' || a.category === 'institution') return heldLine('Heads', officesHeldOn(kb, a.id, iso, HEAD_FAMILIES), iso);
  return undefined;
}


function actorLines(kb: KnowledgeBase, a: ActorEntry, date: DocumentDate): string[] {
  const lines: string[] = [];
  if (a.state?.longName && a.state.longName !== a.name) lines.push(`- **Official name:** ${a.state.longName}`);
  if (a.state?.capital || a.state?.capitalName) lines.push(`- **Capital:** ${a.state.capital ? capitalLine(kb, a.state.capital, a.id) : a.state.capitalName}`);
  if (a.state?.from || a.state?.to) lines.push(`- **Existed:** ${period(a.state.from, a.state.to)}`);
  if (a.state?.predecessors?.length) lines.push(`- **Preceded by:** ${a.state.predecessors.map((id) => nameOf(kb, id)).join(', ')}`);
  if (a.state?.successors?.length) lines.push(`- **Succeeded by:** ${a.state.successors.map((id) => nameOf(kb, id)).join(', ')}`);
  if (a.org?.founded) {
    const forerunners = a.org.forerunnersFounded?.length ? ` (forerunners from ${a.org.forerunnersFounded.map(formatDate).join(', ')})` : '';
    lines.push(`- **Founded:** ${formatDate(a.org.founded)}${forerunners}${a.org.dissolved ? `; dissolved ${formatDate(a.org.dissolved)}` : ''}`);
  }
  if (a.org?.seat) lines.push(`- **Seat:** ${a.org.seat}`);
  if (a.org?.parent) lines.push(`- **Part of:** ${nameOf(kb, a.org.parent)}`);
  if (a.org?.memberCount !== undefined) lines.push(`- **Members:** ${a.org.memberCount}${a.org.memberCountSince ? ` (since ${formatDate(a.org.memberCountSince)})` : ''}`);
  const leaders = leadersLine(kb, a, date.iso);
  if (leaders) lines.push(leaders);
  if (a.memberships.length > 0) {
    lines.push(`- **Memberships:** ${a.memberships.map((m) => `${nameOf(kb, m.org)} (${period(m.from, m.to)})`).join('; ')}`);
  }
  const { born, died } = a.person ?? {};
  // the age on the document date while the person lived, else the age at death
  const livedOn = died === undefined || died > date.iso;
  if (born) lines.push(`- **Born:** ${formatDate(born)}${livedOn ? ` (${agesOn(born, date.iso).join(' or ')} on the document date)` : ''}`);
  if (died) lines.push(`- **Died:** ${formatDate(died)}${born ? `, aged ${agesOn(born, died).join(' or ')}` : ''}`);
  const offices = a.person?.offices ?? [];
  if (offices.length > 0) {
    // the date's source closes the hover; here it would nest brackets
    lines.push(`- **Offices** (✓ held on the document date, ${formatDate(date.iso)}):`);
    for (const o of offices) {
      const held = isWithin(date.iso, o.from, o.to);
      // the held office's note says what the dates alone cannot ("announced his resignation on …")
      const note = held && o.note ? ` — ${o.note}` : '';
      const confirmed = held ? lastConfirmed(o, date.iso) : undefined;
      lines.push(`  - ${o.title}${o.of ? `, ${nameOf(kb, o.of)}` : ''}: ${period(o.from, o.to)}${confirmed ? `, ${confirmed}` : ''}${held ? ' ✓' : ''}${note}`);
    }
  }
  return lines;
}

/** "President: Emmanuel Macron (since 14 May 2017)", and when the sources last showed the holder in office, where that was before `iso`. */
const heldOffice = (held: HeldOffice, iso: string): string => `${held.office.title}: ${held.person.name} (${periodConfirmed(held.office, iso)})`;


function placeLines(kb: KnowledgeBase, p: PlaceEntry): string[] {
  const lines: string[] = [];
  if (p.deJure) lines.push(`- **Part of (de jure):** ${nameOf(kb, p.deJure)}`);
  for (const c of p.control) lines.push(`- **Controlled by** ${nameOf(kb, c.by)}: ${period(c.from, c.to)}${c.note ? ` — ${c.note}` : ''}`);
  for (const s of p.seatOf) lines.push(`- **Seat of government of** ${nameOf(kb, s.actor)}: ${period(s.from, s.to)}`);
  return lines;
}

/** The hover body for an entry, read as of the document date. */
export function entryMarkdown(kb: KnowledgeBase, entry: Entry, date: DocumentDate): string {
  const kindLabel = entry.kind === 'treaty' ? `${entry.type} · ${entry.domain.join(', ')}` : `${entry.kind} · ${entry.category}`;
  const header = [`**${entry.name}** — ${kindLabel}`];
  if (entry.kind === 'treaty' && entry.officialTitle !== entry.name) header.push(`_${entry.officialTitle}_`);
  const facts = entry.kind === 'treaty' ? treatyLines(kb, entry, date) : entry.kind === 'actor' ? actorLines(kb, entry, date) : placeLines(kb, entry);
  if (entry.formerNames?.length) facts.push(`- **Former names:** ${entry.formerNames.map((f) => `${f.name} (until ${formatDate(f.until)})`).join(', ')}`);
  return [header.join('\n\n'), facts.join('\n'), entry.summary, `[Source](${entry.source}) · reviewed ${formatDate(entry.reviewed)}`]
    .filter((part) => part.length > 0)
    .join('\n\n');
}

/** A state's capital, with the day it became the seat of government where the knowledge base dates it: "Astana (since 10 December 1997)". */
function capitalLine(kb: KnowledgeBase, capitalId: string, stateId: string): string {
  const capital = kb.get(capitalId);
  const since = capital?.kind === 'place' ? capital.seatOf.find((s) => s.actor === stateId && s.to === undefined)?.from : undefined;
  return `${nameOf(kb, capitalId)}${since ? ` (since ${formatDate(since)})` : ''}`;
}
