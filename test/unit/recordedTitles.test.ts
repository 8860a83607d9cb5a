import * as assert from 'assert';
import { builtinKbFiles, createAnalyzer, defaultSettings, loadKnowledgeBase } from '../../server/src/core/index';
import { dateKey } from '../../server/src/core/dates';

/** A day twenty days into a term that starts on `from` (a year or a month alone: its middle). */
function dayIntoTerm(from: string): string {
  const start = from.length === 4 ? `${from}-06-01` : from.length === 7 ? `${from}-15` : from;
  const day = new Date(`${start}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 20);
  return day.toISOString().slice(0, 10);
}

describe('the offices the knowledge base records, written as titles', () => {
  // Every office written before its holder's name, as the record titles it, on a day of the term:
  // a title that reads as another office ("Aide to the President Yuri Ushakov" read as "President")
  // or an office no family names ("Acting Federal Chancellor") would be a false alarm.
  const { kb } = loadKnowledgeBase(builtinKbFiles);
  const analyzer = createAnalyzer({ kb, today: () => '2026-12-05' });

  /** The texts `write` makes of each office and its holder, on a day of the term, that office-anachronism flags; and how many were read. */
  function alarmsOver(write: (title: string, name: string) => string): { alarms: string[]; checked: number } {
    const alarms: string[] = [];
    let checked = 0;
    for (const entry of kb.entries.values()) {
      if (entry.kind !== 'actor' || !entry.person) continue;
      for (const office of entry.person.offices) {
        // titles with brackets or commas are not written around a name
        if (office.title.length > 40 || /[(),]/.test(office.title)) continue;
        const date = dayIntoTerm(office.from);
        if ((office.to !== undefined && date >= dateKey(office.to)) || date > '2026-12-05') continue;
        const text = write(office.title, entry.name);
        const analysis = analyzer.analyze({ uri: `memory://titles-${checked++}.md`, version: 1, getText: () => text }, { ...defaultSettings, documentDate: date });
        if (analysis.findings.some((f) => f.code === 'office-anachronism')) alarms.push(`${date}: ${text}`);
      }
    }
    return { alarms, checked };
  }

  it('raise no office-anachronism for their holders on a day of their term, written before the name', () => {
    const { alarms, checked } = alarmsOver((title, name) => `${title} ${name} says the vote will be held.`);
    assert.ok(checked > 1500, `only ${checked} offices checked`);
    assert.deepStrictEqual(alarms, []);
  });

  // "Li Qiang, the Communist Party Secretary of Shanghai,": the office's very title, with the words
  // before its head; "Jordan Bardella, the Acting President of the National Rally,"
  it('nor written in apposition after the name', () => {
    const { alarms } = alarmsOver((title, name) => `${name}, the ${title}, says the vote will be held.`);
    assert.deepStrictEqual(alarms, []);
  });

  // "Prime Minister Gandhi" in 1985 is Rajiv; "Federal Minister of Defence Scholz" in 1988 is Rupert,
  // though "Scholz" alone is Olaf
  it('nor before the surname alone, which names the bearer who held the office', () => {
    const { alarms } = alarmsOver((title, name) => `${title} ${name.split(' ').pop()} says the vote will be held.`);
    assert.deepStrictEqual(alarms, []);
  });
});
