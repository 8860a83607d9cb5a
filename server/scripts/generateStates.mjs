// Generates kb/data/states.json and kb/data/capitals.json from the `world-countries` package
// (ODbL 1.0, see kb/data/ATTRIBUTION.md) plus stateOverrides.json, which holds what no package
// has. Run: node server/scripts/generateStates.mjs (with --check, only compares).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('world-countries/countries.json');
const overrides = JSON.parse(readFileSync(new URL('./stateOverrides.json', import.meta.url), 'utf8'));
const dataDir = new URL('../src/core/kb/data/', import.meta.url);
const REVIEWED = '2026-11-24';

const kebab = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const fold = (s) => kebab(s).replace(/-/g, ' ');
const wiki = (name) => `https://en.wikipedia.org/wiki/${encodeURIComponent(name.replace(/ /g, '_'))}`;

const selected = countries.filter((c) => c.unMember || ['VAT', 'PSE', 'UNK', 'TWN'].includes(c.cca3));
const idOf = (c) => overrides.ids[c.cca3] ?? kebab(c.name.common);

// demonyms shared by two states name neither
const demonymCount = new Map();
for (const c of selected) {
  const d = c.demonyms?.eng?.m;
  if (d) demonymCount.set(d, (demonymCount.get(d) ?? 0) + 1);
}

/** The historical states that name a state among their successors. */
const predecessorsOf = (id) => overrides.historical.filter((h) => h.successors.includes(id)).map((h) => h.id);

const memberships = (cca3) => {
  const list = [];
  for (const [org, { members, note }] of Object.entries(overrides.memberships)) {
    const dates = members[cca3];
    if (!dates) continue;
    // "from", ["from", "to"], or a list of such periods for a state that left and came back
    const periods = Array.isArray(dates) && Array.isArray(dates[0]) ? dates : [dates];
    for (const period of periods) {
      const [from, to] = Array.isArray(period) ? period : [period];
      list.push({ org, from, ...(to ? { to } : {}), ...(note ? { note } : {}) });
    }
  }
  return list;
};

const stateNames = new Set(selected.flatMap((c) => [c.name.common, c.name.official, ...(overrides.extra[c.cca3]?.aliases ?? [])].map(fold)));
const capitals = [];
const states = selected.map((c) => {
  const id = idOf(c);
  const extra = overrides.extra[c.cca3] ?? {};
  const demonym = c.demonyms?.eng?.m;
  const adjectives = [...new Set([...(demonym && demonymCount.get(demonym) === 1 && !overrides.skipAdjectives.includes(demonym) ? [demonym] : []), ...(extra.adjectives ?? [])])];
  // a capital named like its state gets the name that tells them apart ("Luxembourg City")
  const capitalName = overrides.capitalNames?.[c.cca3] ?? c.capital?.[0];
  const capitalId = capitalName && !overrides.skipCapitals.includes(capitalName) && !stateNames.has(fold(capitalName)) ? kebab(capitalName) : undefined;
  if (capitalId) {
    const history = overrides.seatHistory[capitalId];
    const isDc = capitalName === 'Washington D.C.';
    capitals.push({
      id: isDc ? 'washington-dc' : capitalId,
      kind: 'place',
      category: 'city',
      name: isDc ? 'Washington, D.C.' : capitalName,
      ...(isDc ? { aliases: ['Washington'] } : overrides.capitalAliases[capitalId] ? { aliases: overrides.capitalAliases[capitalId] } : {}),
      ...(overrides.capitalVariants[capitalId] ? { variants: overrides.capitalVariants[capitalId] } : {}),
      // a capital named like its state ("Luxembourg") shares the name, and the document's words pick one
      ...(overrides.capitalExtra[capitalId]?.ambiguous ? { ambiguous: overrides.capitalExtra[capitalId].ambiguous } : {}),
      ...(overrides.capitalExtra[capitalId]?.context ? { context: overrides.capitalExtra[capitalId].context } : {}),
      deJure: id,
      seatOf: history ?? [{ actor: id }],
      ...(overrides.capitalExtra[capitalId]?.formerNames ? { formerNames: overrides.capitalExtra[capitalId].formerNames } : {}),
      summary:
        overrides.capitalExtra[capitalId]?.summary ??
        `${isDc ? 'Washington, D.C.' : capitalName} is the capital of ${c.name.common}; in policy writing its name often stands for the government that sits there.`,
      source: overrides.capitalExtra[capitalId]?.source ?? wiki(isDc ? 'Washington, D.C.' : capitalName),
      reviewed: overrides.capitalExtra[capitalId]?.reviewed ?? REVIEWED,
    });
  }
  const memberList = memberships(c.cca3);
  return {
    id,
    kind: 'actor',
    category: 'state',
    name: c.name.common,
    ...(extra.aliases || c.name.official !== c.name.common ? { aliases: [...new Set([...(c.name.official !== c.name.common && !(extra.variants ?? []).includes(c.name.official) ? [c.name.official] : []), ...(extra.aliases ?? [])])].filter((a) => a !== c.name.common) } : {}),
    ...(extra.acronyms ? { acronyms: extra.acronyms } : {}),
    ...(extra.variants ? { variants: extra.variants } : {}),
    ...(adjectives.length ? { adjectives } : {}),
    ...(extra.ambiguous ? { ambiguous: extra.ambiguous } : {}),
    ...(extra.context ? { context: extra.context } : {}),
    ...(extra.nameContext ? { nameContext: extra.nameContext } : {}),
    ...(extra.shortForms ? { shortForms: extra.shortForms } : {}),
    ...(extra.formerNames ? { formerNames: extra.formerNames } : {}),
    ...(memberList.length ? { memberships: memberList } : {}),
    state: {
      longName: c.name.official,
      iso2: c.cca2,
      iso3: c.cca3,
      ...(capitalId ? { capital: capitalName === 'Washington D.C.' ? 'washington-dc' : capitalId } : {}),
      // a skipped capital named otherwise than its state ("Kingston") is still named
      ...(capitalName && !capitalId && !stateNames.has(fold(capitalName)) ? { capitalName } : {}),
      ...(predecessorsOf(id).length ? { predecessors: predecessorsOf(id) } : {}),
      un: overrides.un[c.cca3] ?? (c.unMember ? 'member' : 'none'),
    },
    summary: extra.summary ?? `${c.name.common}${c.name.official !== c.name.common ? ` (officially the ${c.name.official})` : ''} is a state in ${c.subregion || c.region}${capitalName ? ` with its capital at ${capitalName}` : ''}.`,
    source: wiki(c.name.common),
    ...(memberList.length || extra.sources ? { sources: [...new Set([...memberList.map((m) => overrides.memberships[m.org].source), ...(extra.sources ?? [])])] } : {}),
    reviewed: extra.reviewed ?? REVIEWED,
  };
});

for (const h of overrides.historical) {
  states.push({
    id: h.id, kind: 'actor', category: 'state', name: h.name,
    ...(h.acronyms ? { acronyms: h.acronyms } : {}), ...(h.adjectives ? { adjectives: h.adjectives } : {}),
    state: { ...(h.longName ? { longName: h.longName } : {}), ...(h.capital ? { capital: h.capital } : {}), from: h.from, to: h.to, successors: h.successors, un: 'none' },
    summary: h.summary, source: h.source, reviewed: REVIEWED,
  });
}
for (const c of overrides.extraCapitals) capitals.push({ kind: 'place', category: 'city', ...c, reviewed: REVIEWED });

// --check: only say whether the committed files are what this script makes (a unit test runs it), so
// that an edit made to them by hand, which the next run would undo, is caught; it belongs in
// stateOverrides.json
const check = process.argv.includes('--check');
const stale = [];
const write = (name, entries) => {
  const url = new URL(name, dataDir);
  const text = JSON.stringify({ entries }, null, 1) + '\n';
  if (!check) writeFileSync(url, text);
  else if (readFileSync(url, 'utf8') !== text) {
    const committed = new Map(JSON.parse(readFileSync(url, 'utf8')).entries.map((e) => [e.id, JSON.stringify(e)]));
    const ids = entries.filter((e) => committed.get(e.id) !== JSON.stringify(e)).map((e) => e.id);
    stale.push(`${name}: ${ids.length ? ids.join(', ') : 'entries added, removed or reordered'}`);
  }
};
write('states.json', states);
write('capitals.json', capitals);
if (stale.length) {
  console.error(`Not what server/scripts/generateStates.mjs makes (move hand edits into stateOverrides.json, then run it):\n${stale.join('\n')}`);
  process.exit(1);
}
console.log(`states: ${states.length}, capitals: ${capitals.length}${check ? ', as committed' : ''}`);
