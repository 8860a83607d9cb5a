import { loadKnowledgeBase, type KnowledgeBase } from '../../server/src/core/index';

/** A small, self-contained knowledge base so unit tests do not depend on the built-in data. */
const src = 'https://example.org/source';
const reviewed = '2026-11-24';
const base = { source: src, reviewed, summary: 'A test entry that stands in for the real knowledge base.' };

export const testEntries = [
  { ...base, kind: 'actor', category: 'state', id: 'united-states', name: 'United States', aliases: ['United States of America', 'America'], acronyms: ['US', 'U.S.', 'USA'], adjectives: ['American', 'U.S.'], state: { capital: 'washington-dc', iso2: 'US' }, memberships: [{ org: 'nato', from: '1949-08-24' }] },
  { ...base, kind: 'actor', category: 'state', id: 'russia', name: 'Russia', aliases: ['Russian Federation'], adjectives: ['Russian'], state: { capital: 'moscow', from: '1991-12-26', predecessors: ['soviet-union'] } },
  { ...base, kind: 'actor', category: 'state', id: 'soviet-union', name: 'Soviet Union', acronyms: ['USSR'], adjectives: ['Soviet'], state: { capital: 'moscow', from: '1922-12-30', to: '1991-12-26', successors: ['russia'] } },
  { ...base, kind: 'actor', category: 'state', id: 'ukraine', name: 'Ukraine', adjectives: ['Ukrainian'], state: { capital: 'kyiv' } },
  { ...base, kind: 'actor', category: 'state', id: 'georgia', name: 'Georgia', adjectives: ['Georgian'] },
  { ...base, kind: 'actor', category: 'organization', id: 'nato', name: 'North Atlantic Treaty Organization', acronyms: ['NATO'] },
  { ...base, kind: 'actor', category: 'organization', id: 'un', name: 'United Nations', acronyms: ['UN', 'U.N.'] },
  { ...base, kind: 'actor', category: 'organization', id: 'eu', name: 'European Union', acronyms: ['EU'] },
  { ...base, kind: 'actor', category: 'organization', id: 'icc', name: 'International Criminal Court', acronyms: ['ICC'] },
  { ...base, kind: 'actor', category: 'organization', id: 'icj', name: 'International Court of Justice', acronyms: ['ICJ'] },
  { ...base, kind: 'actor', category: 'institution', id: 'us-state-department', name: 'State Department', aliases: ['Department of State'] },
  { ...base, kind: 'actor', category: 'person', id: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Sergei Lavrov'], person: { offices: [{ title: 'Minister of Foreign Affairs', of: 'russia', from: '2004-03-09' }] } },
  { ...base, kind: 'actor', category: 'person', id: 'antony-blinken', name: 'Antony Blinken', aliases: ['Antony J. Blinken'], person: { offices: [{ title: 'Secretary of State', of: 'united-states', from: '2021-01-26', to: '2025-01-20' }, { title: 'Deputy Secretary of State', of: 'united-states', from: '2015-01-09', to: '2017-01-20' }] } },
  { ...base, kind: 'actor', category: 'person', id: 'yvette-cooper', name: 'Yvette Cooper', person: { offices: [{ title: 'Home Secretary', from: '2024-07-05', to: '2025-09-05' }, { title: 'Foreign Secretary', from: '2025-09-05' }] } },
  { ...base, kind: 'actor', category: 'person', id: 'dmytro-kuleba', name: 'Dmytro Kuleba', person: { offices: [{ title: 'Deputy Prime Minister for European and Euro-Atlantic Integration', of: 'ukraine', from: '2019-08-29', to: '2020-03-04' }, { title: 'Minister of Foreign Affairs', of: 'ukraine', from: '2020-03-04', to: '2024-09-05' }] } },
  { ...base, kind: 'actor', category: 'person', id: 'kaja-kallas', name: 'Kaja Kallas', person: { offices: [{ title: 'High Representative of the Union for Foreign Affairs and Security Policy', of: 'eu', from: '2024-12-01' }] } },
  { ...base, kind: 'actor', category: 'person', id: 'thomas-de-maiziere', name: 'Thomas de Maizière', person: { offices: [{ title: 'Federal Minister of Defence', from: '2011-03-03', to: '2013-12-17' }] } },
  { ...base, kind: 'actor', category: 'person', id: 'ursula-von-der-leyen', name: 'Ursula von der Leyen', aliases: ['von der Leyen'], person: { surnameAlone: false, offices: [{ title: 'President of the European Commission', from: '2019-12-01' }] } },
  { ...base, kind: 'place', category: 'city', id: 'moscow', name: 'Moscow', seatOf: [{ actor: 'soviet-union', from: '1922-12-30', to: '1991-12-26' }, { actor: 'russia', from: '1991-12-26' }] },
  { ...base, kind: 'place', category: 'city', id: 'washington-dc', name: 'Washington, D.C.', aliases: ['Washington'], seatOf: [{ actor: 'united-states', from: '1800' }] },
  { ...base, kind: 'place', category: 'city', id: 'kyiv', name: 'Kyiv', variants: ['Kiev'], seatOf: [{ actor: 'ukraine', from: '1991-08-24' }] },
  { ...base, kind: 'place', category: 'region', id: 'donbas', name: 'Donbas', variants: ['Donbass'], deJure: 'ukraine' },
  { ...base, kind: 'place', category: 'territory', id: 'transnistria', name: 'Transnistria', aliases: ['Transdniestria', 'Pridnestrovie'] },
  { ...base, kind: 'treaty', id: 'inf-treaty', name: 'Intermediate-Range Nuclear Forces Treaty', officialTitle: 'Treaty on the Elimination of Intermediate-Range and Shorter-Range Missiles', type: 'treaty', domain: ['arms-control'], aliases: ['INF Treaty'], acronyms: ['INF'], variants: ['Intermediate Nuclear Forces Treaty'], signed: { date: '1987-12-08', place: 'Washington' }, inForce: '1988-06-01', status: { value: 'terminated', date: '2019-08-02', note: 'Ended after the United States withdrew.' }, events: [{ date: '2019-08-02', status: 'terminated', actor: 'united-states', note: 'U.S. withdrawal took effect.' }], parties: { actors: ['united-states', 'soviet-union'] } },
  { ...base, kind: 'treaty', id: 'cfe-treaty', name: 'Treaty on Conventional Armed Forces in Europe', officialTitle: 'Treaty on Conventional Armed Forces in Europe', type: 'treaty', domain: ['arms-control'], aliases: ['CFE Treaty', 'Conventional Forces in Europe Treaty'], acronyms: ['CFE'], signed: { date: '1990-11-19', place: 'Paris' }, inForce: '1992-07-17', status: { value: 'suspended', date: '2023-11-07', note: 'Russia withdrew; NATO allies suspended it.' }, events: [{ date: '2007-12-12', actor: 'russia', note: 'Russia suspended its participation.' }, { date: '2023-11-07', status: 'suspended', actor: 'russia', note: 'Russia withdrew.' }] },
  { ...base, kind: 'treaty', id: 'adapted-cfe-treaty', name: 'Adapted CFE Treaty', officialTitle: 'Agreement on Adaptation of the Treaty on Conventional Armed Forces in Europe', type: 'agreement', domain: ['arms-control'], aliases: ['Adapted Conventional Forces in Europe Treaty'], signed: { date: '1999-11-19', place: 'Istanbul' }, status: { value: 'not-in-force', note: 'Never entered into force.' }, related: { amends: ['cfe-treaty'] } },
  { ...base, kind: 'treaty', id: 'new-start', name: 'New START', officialTitle: 'Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms', type: 'treaty', domain: ['arms-control'], acronyms: ['New START'], signed: { date: '2010-04-08', place: 'Prague' }, inForce: '2011-02-05', status: { value: 'expired', date: '2026-02-05', note: 'Test fixture.' } },
  { ...base, kind: 'treaty', id: 'minsk-ii', name: 'Minsk II', aliases: ['Package of Measures for the Implementation of the Minsk Agreements'], type: 'agreement', officialTitle: 'Package of Measures for the Implementation of the Minsk Agreements', domain: ['european-security'], signed: { date: '2015-02-12', place: 'Minsk' }, status: { value: 'terminated', date: '2022-02-21', note: 'Test fixture.' } },
];

let cached: KnowledgeBase | undefined;

/** The test knowledge base, loaded once; fails loudly if the fixture itself is invalid. */
export function testKb(): KnowledgeBase {
  if (cached) return cached;
  const { kb, problems } = loadKnowledgeBase([{ name: 'test', data: { entries: testEntries } }]);
  if (problems.length > 0) throw new Error(`test KB invalid: ${problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ')}`);
  return (cached = kb);
}
