import { endsBefore, formatDate, formatPeriod, isWithin } from '../dates';
import type { KnowledgeBase } from './knowledgeBase';
import { knowledgeIndex } from './knowledgeIndex';
import { officeFamily, type Family } from './officeTitles';
import { parentsOf } from './parents';
import type { ActorEntry, Entry } from './schema';

/** The offices a state's hover lists by who held them on the document date, in this order: a ruling party's leader ("General Secretary") beside the head of state. */
export const LEADING_FAMILIES: readonly Family[] = ['head-of-state', 'party-leader', 'head-of-government', 'foreign', 'defence'];

/**
 * The offices an organization's or institution's hover lists by who held them on the document date:
 * its heads (the UN's Secretary-General, the IAEA's Director General, the EU's High Representative).
 */
export const HEAD_FAMILIES: readonly Family[] = [
  'head-of-state', 'head-of-government', 'secretary-general', 'director-general', 'executive-director', 'commissioner-general',
  'high-representative', 'high-commissioner', 'relief-coordinator', 'fed-chair',
];

/** One person's office of a state or an organization, with the office's family, if its title has one. */
export interface HeldOffice {
  readonly person: ActorEntry;
  readonly office: NonNullable<ActorEntry['person']>['offices'][number];
  readonly family: Family | undefined;
}

/**
 * Every recorded office that says whose it is, by the state or organization it belongs to (`of`).
 * Built from the people's own records, when a hover or office-anachronism first needs it.
 */
const officesByOwner = knowledgeIndex('offices by the state or body they belong to', (kb: KnowledgeBase): ReadonlyMap<string, readonly HeldOffice[]> => {
  const byOwner = new Map<string, HeldOffice[]>();
  for (const entry of kb.entries.values()) {
    if (entry.kind !== 'actor' || !entry.person) continue;
    for (const office of entry.person.offices) {
      if (office.of === undefined) continue;
      let list = byOwner.get(office.of);
      if (!list) byOwner.set(office.of, (list = []));
      list.push({ person: entry, office, family: officeFamily(office.title) });
    }
  }
  return byOwner;
});

/** One owner's offices grouped by lowercased title and by family, each group in the owner's order. */
interface OwnerOffices {
  readonly byTitle: ReadonlyMap<string, readonly HeldOffice[]>;
  readonly byFamily: ReadonlyMap<Family, readonly HeldOffice[]>;
}

/** Appends `office` to the group of `key`. */
function addToGroup<K>(groups: Map<K, HeldOffice[]>, key: K, office: HeldOffice): void {
  const group = groups.get(key);
  if (group) group.push(office);
  else groups.set(key, [office]);
}

/**
 * Each owner's offices by title and by family, so that office-anachronism's "who else held it" reads
 * the few offices of one title or family instead of filtering all of a state's (hundreds for the
 * United States) at each title it checks.
 */
const officesByOwnerTitleAndFamily = knowledgeIndex('offices by owner, title and family', (kb: KnowledgeBase): ReadonlyMap<string, OwnerOffices> => {
  const grouped = new Map<string, OwnerOffices>();
  for (const [owner, offices] of officesByOwner(kb)) {
    const byTitle = new Map<string, HeldOffice[]>();
    const byFamily = new Map<Family, HeldOffice[]>();
    for (const held of offices) {
      addToGroup(byTitle, held.office.title.toLowerCase(), held);
      if (held.family !== undefined) addToGroup(byFamily, held.family, held);
    }
    grouped.set(owner, { byTitle, byFamily });
  }
  return grouped;
});

/**
 * "last confirmed June 2026": for an office still open that the sources last showed held before
 * `date` (`confirmed`), which may have ended since; undefined otherwise.
 */
export function lastConfirmed(office: HeldOffice['office'], date: string): string | undefined {
  return office.confirmed !== undefined && office.to === undefined && endsBefore(office.confirmed, date) ? `last confirmed ${formatDate(office.confirmed)}` : undefined;
}

/** "since 5 July 2024; last confirmed 22 June 2026": an office's period, and when it was last seen held where that is before `date`. */
export const periodConfirmed = (office: HeldOffice['office'], date: string): string =>
  [formatPeriod(office.from, office.to), lastConfirmed(office, date)].filter((part) => part !== undefined).join('; ');

/** The recorded offices of `owner` that someone held on `date`. */
const heldOn = (kb: KnowledgeBase, owner: string, date: string): HeldOffice[] =>
  (officesByOwner(kb).get(owner) ?? []).filter((o) => isWithin(date, o.office.from, o.office.to));

/**
 * The offices of `families` of `owner` (a state's or an organization's id) that someone held on
 * `date`, in the order of `families` and then of the day each holder took office: as the knowledge
 * base records them, so a state whose ministers it lacks shows only its leaders.
 */
export function officesHeldOn(kb: KnowledgeBase, owner: string, date: string, families: readonly Family[] = LEADING_FAMILIES): HeldOffice[] {
  const held = heldOn(kb, owner, date).filter((o) => o.family !== undefined && families.includes(o.family));
  return held.sort((a, b) => families.indexOf(a.family!) - families.indexOf(b.family!) || a.office.from.localeCompare(b.office.from));
}

/**
 * Who held the offices that head `entry` on `date`, where its record names them (`org.headTitles`,
 * read among the offices of the state its parents lead to, in any case: the US House's Speaker is
 * an office of the United States, the House's parent being Congress), in the order of the day each
 * took office.
 */
export function headsByTitleOn(kb: KnowledgeBase, entry: Entry, date: string): HeldOffice[] {
  const titles = entry.kind === 'actor' ? entry.org?.headTitles : undefined;
  const owner = parentsOf(entry, kb).find((parent) => parent.kind === 'actor' && parent.category === 'state')?.id;
  if (!titles || owner === undefined) return [];
  const wanted = new Set(titles.map((t) => t.toLowerCase()));
  const held = heldOn(kb, owner, date).filter((o) => wanted.has(o.office.title.toLowerCase()));
  return held.sort((a, b) => a.office.from.localeCompare(b.office.from));
}

/**
 * The families whose office one person holds at a time for its owner, so that who held it on a
 * date answers "who was it then?": not the European Commission's vice-presidents or commissioners,
 * a state's "Secretary of …" of every portfolio, ministers by portfolio, or ambassadors.
 */
const ONE_HOLDER_FAMILIES: ReadonlySet<Family> = new Set<Family>([
  'head-of-state', 'party-leader', 'head-of-government', 'foreign', 'defence', 'interior', 'exchequer', 'secretary-general',
  'high-representative', 'high-commissioner', 'relief-coordinator', 'director-general', 'executive-director', 'commissioner-general',
  'national-security-adviser', 'fed-chair', 'speaker',
]);

/**
 * Who else held `office` on `date`: of the same owner, and of the same family where one person holds
 * such an office at a time, those under the very same title where any is ("King", not the "Crown
 * Prince" beside him); else only under the very same title ("President of the European Council",
 * "Vice President" of the United States). None for an office that says not whose it is.
 */
export function otherHoldersOn(kb: KnowledgeBase, office: HeldOffice['office'], date: string, personId: string): HeldOffice[] {
  if (office.of === undefined) return [];
  const owned = officesByOwnerTitleAndFamily(kb).get(office.of);
  const family = officeFamily(office.title);
  const sameTitle = heldByOthersOn(owned?.byTitle.get(office.title.toLowerCase()), date, personId);
  if (family === undefined || !ONE_HOLDER_FAMILIES.has(family)) return sameTitle;
  return sameTitle.length > 0 ? sameTitle : heldByOthersOn(owned?.byFamily.get(family), date, personId);
}

/** Those of `offices` that someone other than `personId` held on `date`, in their order. */
function heldByOthersOn(offices: readonly HeldOffice[] | undefined, date: string, personId: string): HeldOffice[] {
  const held: HeldOffice[] = [];
  if (offices === undefined) return held;
  for (const o of offices) if (o.person.id !== personId && isWithin(date, o.office.from, o.office.to)) held.push(o);
  return held;
}

/** A name of a ministry ("Foreign Ministry", "Department of State"), not of a service or a force ("Foreign Intelligence Service", "Israel Defense Forces"). */
const MINISTRY_WORD = /\b(?:Ministry|Department|Office|Secretariat)\b/;
/** Which minister heads a ministry, read from one of its names. */
const FOREIGN_PORTFOLIO = /\b(?:Foreign|External Affairs|International Relations|State Department|Department of State)\b/;
const DEFENCE_PORTFOLIO = /\b(?:Defen[cs]e|Armed Forces)\b/;
/** Names that stand for a ministry by its building: "the Quai d'Orsay", "the Pentagon". */
const FOREIGN_BUILDING = /^(?:Quai d['’]Orsay|Itamaraty|Farnesina)$/;
const DEFENCE_BUILDING = /^(?:Pentagon|Bendlerblock)$/;

/**
 * The family of the minister who heads `entry`, when it is a state's foreign or defence ministry
 * (an institution whose parent is a state, named as one): "foreign" for the Russian Foreign
 * Ministry, "defence" for the Pentagon; else undefined. The state is `org.parent`.
 */
export function ministryPortfolio(kb: KnowledgeBase, entry: Entry): { readonly family: Family; readonly state: string } | undefined {
  if (entry.kind !== 'actor' || entry.category !== 'institution' || !entry.org?.parent) return undefined;
  const parent = kb.get(entry.org.parent);
  if (parent?.kind !== 'actor' || parent.category !== 'state') return undefined;
  const names = [entry.name, ...entry.aliases];
  const ministry = (name: string) => MINISTRY_WORD.test(name);
  // a ministry named for both ("Foreign Affairs and Defence") names neither
  const foreign = names.some((name) => FOREIGN_BUILDING.test(name) || (ministry(name) && FOREIGN_PORTFOLIO.test(name)));
  const defence = names.some((name) => DEFENCE_BUILDING.test(name) || (ministry(name) && DEFENCE_PORTFOLIO.test(name)));
  if (foreign === defence) return undefined;
  return { family: foreign ? 'foreign' : 'defence', state: parent.id };
}
