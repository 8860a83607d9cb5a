import * as assert from 'assert';
import { builtinKbFiles, createAnalyzer, loadKnowledgeBase, parseSettings, type Finding } from '../../server/src/core/index';
import { movedFinding, movedFindings, shiftedFindings, shiftFinding } from '../../server/src/core/rules/shiftFinding';
import { movedApart, plainFinding } from '../../server/src/core/rules/shiftedFinding';
import { analyze, analyzerOver, builtinRuleFindings, builtinRuleSpans, joinLines, random } from './helpers';
import { mayStandBesideNeighbour, neighbourEdgesOf, WORD_AFTER, WORD_BEFORE } from '../../server/src/core/rules/misspelledName';
import { foldWord } from '../../server/src/core/kb/names';
import { testEntries } from './testKb';
import { officeFamily } from '../../server/src/core/kb/officeTitles';

const personBase = { kind: 'actor', category: 'person', source: 'https://example.org/source', reviewed: '2026-11-24', summary: 'A test person who shares a surname.' };

/**
 * An analyzer over the test entries and these people (each completed from `personBase`, with no
 * offices unless given): `read` analyses a text, `slips` gives the text of its misspelled-name findings.
 */
function withPeople(...people: Record<string, unknown>[]) {
  const entries = [...testEntries, ...people.map((person) => ({ ...personBase, person: { offices: [] }, ...person }))];
  const analyzer = createAnalyzer({ kb: loadKnowledgeBase([{ name: 'test', data: { entries } }]).kb, today: () => '2026-11-30' });
  const read = (text: string) => analyzer.analyze({ uri: 'memory://people.md', version: 1, getText: () => text });
  const slipsOf = (text: string) => read(text).findings.filter((f) => f.code === 'misspelled-name');
  return { read, slipsOf, slips: (text: string) => slipsOf(text).map((f) => text.slice(f.start, f.end)) };
}

/** The findings of one rule as `code: "covered text"`. */
function findings(text: string, code: string, settings: Record<string, unknown> = {}): string[] {
  return analyze(text, { documentDate: '2022-01-20', ...settings })
    .findings.filter((f) => f.code === code)
    .map((f) => text.slice(f.start, f.end));
}

/** The built-in knowledge base, loaded once for the tests that read it. */
let builtinKb: ReturnType<typeof loadKnowledgeBase>['kb'] | undefined;

/** The text each finding of one rule covers, over the built-in knowledge base on `today`. */
const builtinFindings = builtinRuleSpans;

/** The words misspelled-name flags, over the test knowledge base and `extra` entries. */
function slipsOver(extra: object[]): (text: string) => string[] {
  const analyzer = analyzerOver(extra, '2026-11-24');
  return (text) => analyzer.analyze({ uri: 'memory://slips.md', version: 1, getText: () => text }).findings.filter((f) => f.code === 'misspelled-name').map((f) => text.slice(f.start, f.end));
}

function messages(text: string, code: string, settings: Record<string, unknown> = {}): string[] {
  return analyze(text, { documentDate: '2022-01-20', ...settings }).findings.filter((f) => f.code === code).map((f) => f.message);
}

describe('rule: acronym-mismatch', () => {
  it('reads an acronym written in plain capitals as the one the knowledge base writes with a dotted or marked letter ("MIT" for "MİT")', () => {
    const flagged = builtinFindings('acronym-mismatch', '2026-12-01');
    assert.deepStrictEqual(flagged('The National Intelligence Organization (MIT) manages the contacts.'), []);
    assert.deepStrictEqual(flagged('The National Intelligence Organization (NIO) manages the contacts.'), ['NIO']);
  });
  it('names the name as written, when it is another of its entry\'s names, and knows "START" for START I', () => {
    const messages = (text: string) => builtinRuleFindings('acronym-mismatch', '2026-12-01')(text).map((f) => f.message);
    assert.deepStrictEqual(messages('The Treaty on the Functioning of the European Union (TEU) applies.'), [
      '"TEU" is the Treaty on European Union, not the Treaty on the Functioning of the European Union; the Treaty on the Functioning of the European Union is the TFEU.',
    ]);
    assert.deepStrictEqual(messages('The Strategic Arms Reduction Treaty (START) followed in July 1991.'), []);
    // a person's or a state's body in brackets is no acronym of theirs
    assert.deepStrictEqual(messages('Rafael Grossi (IAEA) and Mark Rutte (NATO) met. Türkiye (NATO) abstained.'), []);
  });
  it('flags a name with another entry’s acronym, both ways round, with two fixes', () => {
    const text = 'The International Court of Justice (ICC) ruled.';
    assert.deepStrictEqual(findings(text, 'acronym-mismatch'), ['ICC']);
    const [finding] = analyze(text).findings.filter((f) => f.code === 'acronym-mismatch');
    assert.deepStrictEqual(finding!.fixes!.map((f) => f.title), ['Change the acronym to "ICJ"', 'Change the name to "International Criminal Court"']);
    assert.deepStrictEqual(findings('The ICC (International Court of Justice) ruled.', 'acronym-mismatch'), ['ICC']);
    // a place that ends a longer name the acronym abbreviates: "the 14th Ministerial Conference in Yaoundé (MC14)"
    assert.deepStrictEqual(findings('The Summit in Moscow (NATO) ended.', 'acronym-mismatch'), []);
    // an organ's name with the acronym of the body it belongs to
    assert.deepStrictEqual(builtinFindings('acronym-mismatch', '2026-12-03')('The Board of Governors of the International Atomic Energy Agency (IAEA) met.'), []);
  });
  it('flags an acronym the knowledge base does not know for that name', () => {
    assert.deepStrictEqual(findings('the International Court of Justice (IJC)', 'acronym-mismatch'), ['IJC']);
    // the acronym of a longer name that the known one ends
    const flagged = builtinFindings('acronym-mismatch', '2026-12-05');
    assert.deepStrictEqual(flagged('The bishops, through the National Episcopal Conference of Congo (CENCO), spoke.'), []);
    assert.deepStrictEqual(flagged('The bishops of Congo (CENCO) spoke.'), ['CENCO']);
    // a known acronym with a year ("SDR 2025", "2022 NPR"), written without it
    assert.deepStrictEqual(flagged('The Strategic Defence Review (SDR), published in June 2025, set out plans for new submarines.'), []);
    assert.deepStrictEqual(flagged('The 2022 Nuclear Posture Review (NPR) kept the triad.'), []);
    assert.deepStrictEqual(flagged('The Strategic Defence Review (SDE), published in June 2025, set out plans for new submarines.'), ['SDE']);
    // up to ten letters: "(UNCITRAL)" after the law-of-the-sea convention
    assert.deepStrictEqual(findings('the International Court of Justice (UNCITRALX) ruled', 'acronym-mismatch'), ['UNCITRALX']);
  });
  it('applies the fix of a transposed acronym in a fix-all, and only offers it for another one', () => {
    const fixesOf = (text: string) => analyze(text).findings.filter((f) => f.code === 'acronym-mismatch').flatMap((f) => f.fixes!.map((x) => [x.edits[0]!.newText, x.safe]));
    assert.deepStrictEqual(fixesOf('the International Court of Justice (IJC)'), [['ICJ', true]]);
    assert.deepStrictEqual(fixesOf('the International Court of Justice (CJ)'), [['ICJ', false]]);
    assert.match(analyze('the International Court of Justice (CJ)').findings[0]!.message, /^The knowledge base abbreviates the International Court of Justice as ICJ, not "CJ"\.$/);
  });
  it('accepts matching pairs', () => {
    assert.deepStrictEqual(findings('The International Court of Justice (ICJ) and the International Criminal Court (ICC).', 'acronym-mismatch'), []);
  });
});

describe('rule: misspelled-name', () => {
  it("takes an adjective made from a place's name for no slip of the name, and still flags a slip", () => {
    const flagged = builtinFindings('misspelled-name', '2026-12-01');
    assert.deepStrictEqual(flagged('After the Crimean annexation, Tibetan, Kashmiri and Sahelian voices spoke of Crimea, Tibet, Kashmir and the Sahel.'), []);
    assert.deepStrictEqual(flagged('After the Crimae annexation, Crimea changed.'), ['Crimae']);
  });
  it('takes a word before "of" and a capitalized word for the head of a body\'s name, not a slip', () => {
    const flagged = builtinFindings('misspelled-name', '2026-12-01');
    // "Organ" is one letter from "Orbán"
    assert.deepStrictEqual(flagged('In 2019 the Organ of Consultation met in Washington.'), []);
    assert.deepStrictEqual(flagged('In 2019 the Organ of the Treaty met in Washington.'), []);
    assert.deepStrictEqual(flagged('In 2019 the SADC Organ on Politics, Defence and Security met.'), []);
    // a weapon's name and model number: "Geran" is one letter from "German"
    assert.deepStrictEqual(flagged('Russia launched Geran-2 drones at Odesa.'), []);
    assert.deepStrictEqual(flagged('The first Columbia-class submarine is running late.'), []);
    // the head of a place's name in another language: "Praça" is one letter from "Praia"
    assert.deepStrictEqual(flagged('The riots in the Praça dos Três Poderes shocked Brazil.'), []);
    // joined by Spanish "y": "Salas" is one letter from "Salal"
    assert.deepStrictEqual(flagged('The Salas y Gómez ridge may be protected.'), []);
    // an accent the known name lacks is typed on purpose: "Genève" is the city's French name, one letter from "Geneva"
    assert.deepStrictEqual(flagged('The talks in Genève ended in 2026.'), []);
    assert.deepStrictEqual(flagged('The talks in Genevo ended in 2026.'), ['Genevo']);
    // the first part of a hyphenated name: "Primorsko" is one letter from "Primorsk"
    assert.deepStrictEqual(flagged('Drones flew from Primorsko-Akhtarsk at night.'), []);
  });
  it('takes a British or American spelling of a name for no slip in the other', () => {
    assert.deepStrictEqual(findings('The North Atlantic Treaty Organisation met. The Federal Ministry of Defense agreed.', 'misspelled-name'), []);
    assert.deepStrictEqual(findings('The North Atlantic Treaty Organizasion met.', 'misspelled-name'), ['Organizasion']);
  });
  it("reads a doubled letter dropped from a word of an organization's or a state's English name as a slip, not a transliteration", () => {
    const flagged = builtinFindings('misspelled-name', '2026-12-01');
    assert.deepStrictEqual(flagged('The European Comission met the Phillipines.'), ['Comission', 'Phillipines']);
    // a person's or a place's name is still spelt other ways ("Hasan", "Tallin")
    assert.deepStrictEqual(flagged('Hasan Nasrallah spoke.'), []);
    assert.deepStrictEqual(flagged('The European Commission met the Philippines in Brussels.'), []);
  });
  it('names the entry the words around a slip name once it is corrected, for a word many names share', () => {
    const analyzer = createAnalyzer({ kb: (builtinKb ??= loadKnowledgeBase(builtinKbFiles).kb), today: () => '2026-12-01' });
    const text = 'The Chemical Weapons Convension is in force.';
    const messages = analyzer.analyze({ uri: 'memory://slip.md', version: 1, getText: () => text }).findings.filter((f) => f.code === 'misspelled-name').map((f) => f.message);
    assert.deepStrictEqual(messages, ['"Convension" looks like a misspelling of "Convention" (Chemical Weapons Convention).']);
  });
  it('reads an apostrophe as a house style, not a slip ("Workers\'" where a name writes "Workers")', () => {
    const slips = slipsOver([
      { kind: 'actor', category: 'group', id: 'testland-workers-party', name: 'Testland Workers Party', source: 'https://example.org/source', reviewed: '2026-11-24', summary: 'A test party whose name has no apostrophe.' },
    ]);
    assert.deepStrictEqual(slips("The rally of the Workers' Party went on."), []);
    assert.deepStrictEqual(slips('The rally of the Workerz Party went on.'), ['Workerz']);
  });
  it('prefers the near miss beside its name\'s other words, and folds only the British "-re" words', () => {
    const builtin = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-11-30' });
    const slips = (text: string) => builtin.analyze({ uri: 'memory://slips.md', version: 1, getText: () => text }).findings.filter((f) => f.code === 'misspelled-name').map((f) => f.message);
    // "Europea" is one edit from "Europe" (a region) and from "European", which has "Union" beside it
    assert.deepStrictEqual(slips('The Europea Union met.'), ['"Europea" looks like a misspelling of "European" (European Union).']);
    // "Chartre" is a slip in "Charter", not its British spelling (as "Centre" is of "Center")
    assert.deepStrictEqual(slips('They cited the UN Chartre again.').length, 1);
  });
  it('reads a name that hard-wrapped text breaks across lines as it reads one on a line', () => {
    // a first name at a line's end, the surname opening the next: as the name scan reads the name
    assert.deepStrictEqual(findings('The talks were led by Dmytro\nKulleba and his team.', 'misspelled-name'), ['Kulleba']);
    assert.deepStrictEqual(findings('The talks were led by Dmytro\r\nKulleba and his team.', 'misspelled-name'), ['Kulleba']);
    // a sentence that ends with the first name says nothing of the next one's first word
    assert.deepStrictEqual(findings('The talks were led by Dmytro.\nKulleba and his team left.', 'misspelled-name'), []);
    // a line that goes on the sentence of the line before does not open one: its first word is read
    assert.deepStrictEqual(findings('The talks went on with\nLavorv and his team.', 'misspelled-name'), ['Lavorv']);
    assert.deepStrictEqual(findings('The talks ended.\nLavorv and his team left.', 'misspelled-name'), []);
    assert.deepStrictEqual(findings('The talks went on with\n\nLavorv and his team.', 'misspelled-name'), []);
  });
  it('takes a letter doubled or not in a surname after the person\'s own first name for a slip', () => {
    assert.deepStrictEqual(findings('Dmytro Kulleba spoke, and Antony Blinnken replied.', 'misspelled-name'), ['Kulleba', 'Blinnken']);
    // not where the knowledge base writes the person's name so, but a doubling none of its names has is
    const { slips } = withPeople({ id: 'test-zelensky', name: 'Volodymyr Zelensky', variants: ['Volodymyr Zelenskyy'] });
    assert.deepStrictEqual(slips('Volodymyr Zelenskyy spoke.'), []);
    assert.deepStrictEqual(slips('Volodymyr Zelenskky spoke.'), ['Zelenskky']);
    // a doubling from a name the scan does not find whole: the surname of a longer name
    const longer = withPeople({ id: 'test-zelensky', name: 'Volodymyr Zelensky', aliases: ['Volodymyr Oleksandrovych Zelenskyy'] });
    assert.deepStrictEqual(longer.slips('Volodymyr Zelenskyy spoke.'), []);
    // after a title, as after the first name; a word alone folds its doubled letters, as transliterations do
    assert.deepStrictEqual(slips('President Zelenskky spoke. Then President Zelenskyy left.'), ['Zelenskky']);
    assert.deepStrictEqual(slips('Yesterday Zelenskky spoke.'), []);
    // a surname of four letters is read after the person's first name, and no four-letter word alone
    const rutte = loadKnowledgeBase([{ name: 'test', data: { entries: [...testEntries, { ...personBase, id: 'test-rutte', name: 'Mark Rutte', person: { offices: [] } }] } }]).kb;
    const rutteAnalyzer = createAnalyzer({ kb: rutte, today: () => '2026-11-30' });
    const rutteSlips = (text: string) =>
      rutteAnalyzer.analyze({ uri: 'memory://r.md', version: 1, getText: () => text }).findings.filter((f) => f.code === 'misspelled-name').map((f) => text.slice(f.start, f.end));
    assert.deepStrictEqual(rutteSlips('Secretary General Mark Rute spoke. Then Rute left.'), ['Rute']);
  });
  it('takes a surname two edits from that of a holder of the office a title names for a slip', () => {
    const pm = { title: 'Prime Minister', of: 'ukraine', from: '2009-03-31', to: '2021-06-13' };
    const { slips } = withPeople(
      { id: 'test-netanyahu', name: 'Benjamin Netanyahu', person: { offices: [pm] } },
      { id: 'test-netanyan', name: 'Dana Netanyan', person: { offices: [{ ...pm, title: 'Governor' }] } },
    );
    // one edit is a slip anywhere; two only after a title the person held, whenever they held it
    assert.deepStrictEqual(slips('Prime Minister Netanyahoo spoke. Then Prime Minister Netanyahu left.'), ['Netanyahoo']);
    assert.deepStrictEqual(slips('Yesterday Netanyahoo spoke. Then Governor Netanyahoo left.'), []);
    // two holders as near leave the slip unsure; a surname of six letters or fewer has too many neighbours
    const { slips: unsure } = withPeople(
      { id: 'test-netanyahu', name: 'Benjamin Netanyahu', person: { offices: [pm] } },
      { id: 'test-netanyaho', name: 'Dana Netanyahi', person: { offices: [pm] } },
      { id: 'test-marcos', name: 'Bongbong Marcos', person: { offices: [pm] } },
    );
    assert.deepStrictEqual(unsure('Prime Minister Netanyaoo spoke. Prime Minister Mancus spoke.'), []);
  });
  it('takes a letter doubled or not in a first name for a slip, unless one of the person\'s names writes it so', () => {
    const { slips } = withPeople({ id: 'test-macron', name: 'Emmanuel Macron' }, { id: 'test-nasrallah', name: 'Hassan Nasrallah', aliases: ['Hasan Nasrallah'] });
    assert.deepStrictEqual(slips('Emanuel Macron spoke in Paris.'), ['Emanuel Macron']);
    assert.deepStrictEqual(slips('Emmanuel Macron spoke, and Hasan Nasrallah replied.'), []);
    // a transliteration is still no slip
    assert.deepStrictEqual(slips('Hassan Nasrallah spoke, and then Nasrallah left.'), []);
  });
  it('takes "sh" for the "sch" of a German or Dutch name for a slip, not a transliteration', () => {
    const { read, slips } = withPeople({ id: 'test-scholz', name: 'Olaf Scholz' });
    assert.deepStrictEqual(slips('Olaf Sholz met the press.'), ['Sholz']);
    assert.deepStrictEqual(slips('Chancellor Sholz met the press.'), ['Sholz']);
    // nor read as the person under another spelling
    assert.deepStrictEqual(read('Olaf Sholz met the press.').mentions.map((m) => m.id), []);
    assert.deepStrictEqual(slips('Olaf Scholz met the press.'), []);
  });
  it('takes another spelling of a name spelt in a Latin alphabet at home for a slip, not a transliteration', () => {
    // no ASCII alias: "Radoslaw" folds to the name's "Radosław", as English text writes it
    const { read, slips } = withPeople({ id: 'test-sikorski', name: 'Radosław Sikorski' });
    // "ł" says the name is Polish as written: "-sky" is a slip, and the mention is no variant of him
    assert.deepStrictEqual(slips('Radosław Sikorsky spoke.'), ['Sikorsky']);
    assert.deepStrictEqual(read('Radosław Sikorsky spoke.').mentions.map((m) => m.id), []);
    assert.deepStrictEqual(slips('Radoslaw Sikorski spoke, and the minister Sikorsky agreed.'), ['Sikorsky']);
    assert.deepStrictEqual(slips('Radoslaw Sikorski spoke.'), []);
    assert.deepStrictEqual(read('Radoslaw Sikorski spoke.').mentions.map((m) => m.id), ['test-sikorski']);
  });
  it('reads a slip in a name of three words whose surname alone names no one, beside the other two words as written', () => {
    const { read, slipsOf, slips } = withPeople(
      { id: 'test-faki', name: 'Moussa Faki Mahamat', aliases: ['Moussa Faki'], person: { offices: [], surnameAlone: false } },
      { id: 'test-youssouf', name: 'Mahmoud Ali Youssouf', person: { offices: [], surnameAlone: false } },
    );
    // the first word, before the other two: a safe fix of that word, as for a first name before a surname
    assert.deepStrictEqual(slips('The chair, Mousa Faki Mahamat, spoke.'), ['Mousa Faki Mahamat']);
    assert.deepStrictEqual(slipsOf('Mousa Faki Mahamat spoke.')[0]!.fixes, [{ title: 'Write "Moussa"', edits: [{ start: 0, end: 5, newText: 'Moussa' }], safe: true }]);
    // the last word, after the first two, also when hard-wrapped text breaks the name
    assert.deepStrictEqual(slips('The chair, Mahmoud Ali Yousouf, spoke.'), ['Yousouf']);
    assert.deepStrictEqual(slips('The chair, Mahmoud Ali\nYousouf, spoke.'), ['Yousouf']);
    // the names as written, and a text that ends in a space after one or two of the name's words
    assert.deepStrictEqual(slips('Moussa Faki Mahamat met Mahmoud Ali Youssouf.'), []);
    for (const text of ['Mousa Faki ', 'Then came Mousa ']) {
      const analysis = read(text);
      assert.deepStrictEqual([analysis.problems, analysis.findings.filter((f) => f.code === 'misspelled-name')], [[], []], text);
    }
  });
  it('reads no word alone in a heading in title case as a slip, but still a name\'s words beside each other', () => {
    assert.deepStrictEqual(findings('# Between an Old Patron and a New Lavrof\n\nText.', 'misspelled-name'), []);
    assert.deepStrictEqual(findings('# Talks with Lavrof go on\n\nText.', 'misspelled-name'), ['Lavrof']);
    // "Peers" and "Fallen" are one letter from these surnames, as the sentences show; a heading in
    // title case capitalizes such common words, and no other check clears them there
    const slips = slipsOver([
      { ...personBase, id: 'test-peres', name: 'Tamar Peres', person: { offices: [] } },
      { ...personBase, id: 'test-fallon', name: 'Tomas Fallon', person: { offices: [] } },
    ]);
    assert.deepStrictEqual(slips('Talks with the Peers went on. Talks with the Fallen went on.'), ['Peers', 'Fallen']);
    assert.deepStrictEqual(slips('# How the Peers of Europe Lost Their Way\n\nText.'), []);
    assert.deepStrictEqual(slips('# The Story of the Fallen\n\nText.'), []);
    // past 300 characters a "heading" is paragraphs a missing blank line ran into it: no title case
    const runOn = `# How the Peers in Europe Lost Their Way${' And Then Found It Again Over Many Long Years'.repeat(7)}`;
    assert.deepStrictEqual(slips(`${runOn}\n\nText.`), ['Peers']);
  });
  it('takes the plural of a known name for no slip ("the two Ukraines")', () => {
    assert.deepStrictEqual(findings('Talks on the two Ukraines went on.', 'misspelled-name'), []);
  });
  it('flags a near miss of a first name before a known surname', () => {
    assert.deepStrictEqual(findings('U.S. Secretary of State Anthony Blinken met him.', 'misspelled-name'), ['Anthony Blinken']);
    // the whole word before is read: a capital inside a word opens no first name; a hyphenated one is read whole
    assert.deepStrictEqual(findings('Talks with eAnthony Blinken went on.', 'misspelled-name'), []);
    assert.deepStrictEqual(findings('Talks with Jean-Anthony Blinken went on.', 'misspelled-name'), []);
  });
  it('finds a near miss of the longest name word one letter longer, and none in longer words', () => {
    // no word the knowledge base knows is longer than this surname, so it sets the bound past which a
    // word can be no near miss (see `longestForm`): the first case fails if the bound is one too low
    const surname = 'Szczebrzeszynskowalczykiewiczowa';
    const slips = slipsOver([{ ...personBase, id: 'test-long-surname', name: `Anna ${surname}`, person: { offices: [] } }]);
    assert.deepStrictEqual(slips(`Talks with ${surname.slice(0, 10)}x${surname.slice(10)} went on.`), [`${surname.slice(0, 10)}x${surname.slice(10)}`]);
    assert.deepStrictEqual(slips(`Talks with ${surname.slice(0, 10)}xx${surname.slice(10)} and ${surname}${'x'.repeat(5_000)} went on.`), []);
  });
  it('flags a near miss of a known name word', () => {
    assert.deepStrictEqual(findings('Talks with Lavorv and the Ukrainains went on.', 'misspelled-name'), ['Lavorv', 'Ukrainains']);
  });
  it('finds the word after curly quotes, dashes and other capitals, and not inside words or after a period', () => {
    // the candidate pattern skips capitals with fewer than four lowercase letters after them
    const text = 'Talks with “Lavorv”—Lavorv aides—and O’Lavorv, xLavorv, .Lavorv and LAVORV went on with LaLavorv.';
    assert.deepStrictEqual(findings(text, 'misspelled-name'), ['Lavorv', 'Lavorv']);
    // the same words found twice in a row come from the remembered answer
    assert.deepStrictEqual(findings(text, 'misspelled-name'), ['Lavorv', 'Lavorv']);
  });
  it('leaves alone a word paired with another unknown name, not one paired with a known name', () => {
    assert.deepStrictEqual(findings('Engineers flush the Baglihar and Lavorv reservoirs.', 'misspelled-name'), []);
    assert.deepStrictEqual(findings('Talks with Ukraine and Lavorv went on.', 'misspelled-name'), ['Lavorv']);
    // "ck" is no transliteration of "k": "Blincken" is a slip, not a variant
    assert.deepStrictEqual(findings('Talks with Antony Blincken went on.', 'misspelled-name'), ['Blincken']);
    // after another first name, a near miss of a person's surname is someone else's ("Juan Lavorv de la Fuente")
    assert.deepStrictEqual(findings('He met Foreign Secretary Juan Lavorv de la Fuente.', 'misspelled-name'), []);
    // a first name before "bin", "ibn" …: someone else's name
    assert.deepStrictEqual(findings('The council appointed Lavorv bin Testa as envoy.', 'misspelled-name'), []);
    // after an initial, a word does not open a sentence
    assert.deepStrictEqual(findings('Talks with Minister S. Lavorv went on.', 'misspelled-name'), ['Lavorv']);
  });
  it('reads a hyphen as a house style, not a slip', () => {
    const org = { kind: 'actor', category: 'organization', source: 'https://example.org/source', reviewed: '2026-11-24', summary: 'A test organization with a long name.' };
    const analyzer = analyzerOver([
      { ...org, id: 'oetd', name: 'Organisation for Economic Cooperation and Testing' },
    ], '2026-11-24');
    const slips = (text: string) => analyzer.analyze({ uri: 'memory://hyphen.md', version: 1, getText: () => text }).findings.filter((f) => f.code === 'misspelled-name').map((f) => text.slice(f.start, f.end));
    assert.deepStrictEqual(slips('The Organisation for Economic Co-operation and Testing met.'), []);
    assert.deepStrictEqual(slips('The Organisation for Economic Coopertion and Testing met.'), ['Coopertion']);
  });
  it('flags a near miss of a surname that names no one alone only after the person\'s first name', () => {
    const analyzer = analyzerOver([{ ...personBase, id: 'test-rahman', name: 'Tarique Testman', person: { surnameAlone: false, offices: [] } }], '2026-11-24');
    const slips = (text: string) => analyzer.analyze({ uri: 'memory://alone.md', version: 1, getText: () => text }).findings.filter((f) => f.code === 'misspelled-name').map((f) => text.slice(f.start, f.end));
    // alone, "Testmon" is someone else; after his first name, a slip
    assert.deepStrictEqual(slips('Talks with Testmon went on.'), []);
    assert.deepStrictEqual(slips('Talks with Tarique Testmon went on.'), ['Testmon']);
    // a first name one edit off before that surname, after a title; not without one, nor two edits off, nor the person's own
    assert.deepStrictEqual(slips('US Trade Representative Tarrique Testman told the Senate.'), ['Tarrique Testman']);
    assert.deepStrictEqual(slips('Yesterday Tarrique Testman told the Senate.'), []);
    assert.deepStrictEqual(slips('Senator Taroqie Testman told the Senate.'), []);
    assert.deepStrictEqual(slips('Senator Tarique Testman told the Senate.'), []);
  });
  it('finds the person of a hyphenated first name by its first part ("Jean-Noël Barot")', () => {
    const slips = slipsOver([{ ...personBase, id: 'jean-luc-testot', name: 'Jean-Luc Testot', person: { offices: [] } }]);
    // a letter doubled or not is a slip after the person's own first name
    assert.deepStrictEqual(slips('Yesterday Jean-Luc Tesott spoke.'), ['Tesott']);
  });
  it('reads a possessive surname after the person\'s first name ("Hakan Fiden\'s office"), not alone', () => {
    assert.deepStrictEqual(findings("We wrote to Sergey Lavrof's office.", 'misspelled-name'), ['Lavrof']);
    assert.deepStrictEqual(findings("The yard and Lavorv's second customer.", 'misspelled-name'), []);
  });
  it('reads a word after "at" or "in" as a place the base lacks, not a slip in a person\'s name', () => {
    assert.deepStrictEqual(findings('The yard at Lavorv builds ships.', 'misspelled-name'), []);
    assert.deepStrictEqual(findings('The envoy Lavorv builds ships.', 'misspelled-name'), ['Lavorv']);
  });
  it('reads a word after another name and a particle ("Mazara del Vallo") as that name\'s end, but not after the person\'s own first name', () => {
    assert.deepStrictEqual(findings('The cable lands at a port, Mazara del Lavorv, near Sicily.', 'misspelled-name'), []);
    // one of a list of names the knowledge base lacks ("Lesbos, Chios, Samos, Kos"); not a list of known ones
    assert.deepStrictEqual(findings('Visas for the islands Lesbos, Chios, Lavorv, Kos and Rhodes.', 'misspelled-name'), []);
    assert.deepStrictEqual(findings('Ministers Ukraine, Lavorv and Putin met.', 'misspelled-name'), ['Lavorv']);
    // paired with a word the base has only as an acronym ("ISA Council"): "Isa" is still a name it lacks, and Salif no slip in Barham Salih
    assert.deepStrictEqual(builtinFindings('misspelled-name', '2025-07-20')('Jets struck the ports of Hodeidah, Ras Isa and Salif.'), []);
    // a near miss of any known name, not only a person's ("Banque du Liban" is no "Libyan")
    assert.deepStrictEqual(findings('The Banque du Ukrane lent it.', 'misspelled-name'), []);
    assert.deepStrictEqual(findings('The minister, Sergey de Lavorv, spoke.', 'misspelled-name'), ['Lavorv']);
  });
  it('reads a word before a gathering\'s name ("the Sälen defence conference") as a place, not a slip in a person\'s name', () => {
    assert.deepStrictEqual(findings('He spoke at the Lavorv defence conference.', 'misspelled-name'), []);
    assert.deepStrictEqual(findings('Remarks at a luncheon, Lavorv, 10 July 2024', 'misspelled-name'), []);
    assert.deepStrictEqual(findings('He spoke to the Lavorv team.', 'misspelled-name'), ['Lavorv']);
  });
  it('reads a word listed after something that is no person as no slip in a person\'s name', () => {
    assert.deepStrictEqual(findings('The rules touch suppliers such as the State Department and Lavorv; the rest agree.', 'misspelled-name'), []);
    // after a person or a state, still a slip
    assert.deepStrictEqual(findings('The rules touch Sergey Lavrov and Lavorv; the rest agree.', 'misspelled-name'), ['Lavorv']);
    assert.deepStrictEqual(findings('It hits Russia and Lavorv.', 'misspelled-name'), ['Lavorv']);
  });
  it('reads a slip in a middle word of a name, between its first word and the word after it', () => {
    const slips = slipsOver([{ ...personBase, id: 'park-jong-tae', name: 'Park Jong Tae', person: { surname: 'Park', offices: [] } }]);
    assert.deepStrictEqual(slips('Since 2023 Park Jung Tae has refused.'), ['Jung']);
    // not before another word: someone else
    assert.deepStrictEqual(slips('Since 2023 Park Jung Soo has refused.'), []);
  });
  it('reads a slip in the second part of a hyphenated surname, only after the first part', () => {
    const slips = slipsOver([{ ...personBase, id: 'anna-testa-greenfield', name: 'Anna Testa-Greenfield', person: { offices: [] } }]);
    assert.deepStrictEqual(slips('Ambassador Anna Testa-Greenfeld spoke. Later Testa-Greenfeld left.'), ['Greenfeld', 'Greenfeld']);
    // another first part: some other compound
    assert.deepStrictEqual(slips('The Franco-Greenfeld plan failed.'), []);
  });
  it('reads a capital the base names without an entry as a real name, not a slip of another capital', () => {
    // as Jamaica's capital, Kingston, has no entry (many places share the name) while Kingstown has one
    const base = { source: 'https://example.org/source', reviewed: '2026-11-24' };
    const analyzer = analyzerOver([
      { ...base, id: 'islandia', kind: 'actor', category: 'state', name: 'Islandia', summary: 'A test state whose capital has no entry.', state: { capitalName: 'Kingston' } },
      { ...base, id: 'kingstown', kind: 'place', category: 'city', name: 'Kingstown', summary: 'A test capital with an entry.' },
    ], '2026-11-24');
    const slips = (text: string) => analyzer.analyze({ uri: 'memory://capital.md', version: 1, getText: () => text }).findings.filter((f) => f.code === 'misspelled-name').map((f) => text.slice(f.start, f.end));
    assert.deepStrictEqual(slips('The council meets in Kingston next month.'), []);
    assert.deepStrictEqual(slips('The council meets in Kingstwn next month.'), ['Kingstwn']);
    // and the state's hover names it
    const analysis = analyzer.analyze({ uri: 'memory://capital.md', version: 2, getText: () => 'Islandia hosts the council.' });
    assert.match(analyzer.hover(analysis, 2)?.markdown ?? '', /\*\*Capital:\*\* Kingston/);
  });
  it('leaves the first word of an unknown name alone, not a slip inside a known one', () => {
    assert.deepStrictEqual(findings('The envoy Lavorv Petrenko arrived.', 'misspelled-name'), []);
    assert.deepStrictEqual(findings('The envoy Lavorv arrived.', 'misspelled-name'), ['Lavorv']);
    assert.deepStrictEqual(findings('The former Sovet Union collapsed.', 'misspelled-name'), ['Sovet']);
    // a known word after it that its near miss's names do not pair it with ("Ukraine" is known; "Lavrov Ukraine" no name);
    // a nickname in quotes after it
    assert.deepStrictEqual(findings('The envoy Lavorv Ukraine arrived.', 'misspelled-name'), []);
    assert.deepStrictEqual(findings('The envoy Lavorv "The Fox" Petrenko arrived.', 'misspelled-name'), []);
    // a slip in the first word of a known two-word name
    assert.deepStrictEqual(findings('The Russain Federation replied.', 'misspelled-name'), ['Russain']);
  });
  it('takes a word known only inside a longer name for a slip only beside that name, organizations included', () => {
    assert.deepStrictEqual(findings('The Russian Federaton replied.', 'misspelled-name'), ['Federaton']);
    assert.deepStrictEqual(findings('The Federaton of Planets replied.', 'misspelled-name'), []);
    assert.deepStrictEqual(messages('Then the International Criminel Court ruled.', 'misspelled-name'), ['"Criminel" looks like a misspelling of "Criminal" (International Criminal Court).']);
    assert.deepStrictEqual(findings('Then a Criminel case was heard by the Foreign Minister.', 'misspelled-name'), []);
  });
  it("reads a surname after a known first name against that person's, and an unknown person's surname as no slip of a place", () => {
    assert.deepStrictEqual(messages('Talks went on while Dmytro Kulibo waited.', 'misspelled-name'), ['"Kulibo" looks like a misspelling of "Kuleba" (Dmytro Kuleba).']);
    assert.deepStrictEqual(findings('Talks went on while Pedro Donbes waited.', 'misspelled-name'), []);
    assert.deepStrictEqual(findings('Talks went on. Yesterday Donbes was shelled.', 'misspelled-name'), ['Donbes']);
  });
  it('names the person whose first name the text writes when people share a surname', () => {
    const analyzer = analyzerOver([
      { ...personBase, id: 'ali-testov', name: 'Ali Testov', person: { surnameAlone: false, offices: [] } },
      { ...personBase, id: 'omar-testov', name: 'Omar Testov', person: { surnameAlone: false, offices: [] } },
    ], '2026-11-24');
    const messageOf = (text: string) => analyzer.analyze({ uri: 'memory://namesakes.md', version: 1, getText: () => text }).findings.find((f) => f.code === 'misspelled-name')?.message;
    assert.match(messageOf('Yesterday Ali Testiv spoke.')!, /\(Ali Testov\)\.$/);
    assert.match(messageOf('Yesterday Omar Testiv spoke.')!, /\(Omar Testov\)\.$/);
  });
  it('leaves transliteration variants, known names, sentence openers and unrelated words alone', () => {
    assert.deepStrictEqual(findings('He met Sergei Lavrov and Sergey Lavrov. Russians and Ukrainians agree. Rusia is a typo at a sentence start.', 'misspelled-name'), []);
    assert.deepStrictEqual(findings('The Senate, Congress and the Treasury met in Geneva with Gordon.', 'misspelled-name'), []);
  });
  it('rules a word beside a near miss out of its neighbours by the letters at its edges only where the patterns would read it so', () => {
    const edgesOf = (words: readonly string[]) => neighbourEdgesOf([{ word: 'Articles', entryId: 'x', neighbours: new Set(words) }]);
    const imf = edgesOf(['imf']);
    const at = (text: string) => [text.indexOf('Article'), text.indexOf('Article') + 'Article'.length] as const;
    assert.strictEqual(mayStandBesideNeighbour('under Article 5 of', ...at('under Article 5 of'), imf), false);
    assert.strictEqual(mayStandBesideNeighbour('## Article 5', ...at('## Article 5'), imf), false);
    assert.strictEqual(mayStandBesideNeighbour('the IMF Article of', ...at('the IMF Article of'), imf), true);
    assert.strictEqual(mayStandBesideNeighbour('Article Imf', ...at('Article Imf'), imf), true);
    assert.strictEqual(mayStandBesideNeighbour('under Article 5', ...at('under Article 5'), neighbourEdgesOf([{ word: 'Articles', entryId: 'x' }])), true);
    // whatever the patterns read beside a word, a neighbour of that word is never ruled out
    const pieces = ['Article', 'IMF', 'İMF', 'Ímf', 'of', '5', 'x', ' ', '  ', '\n', '\t', '\u00a0', '-', '–', "'", '’', 'é', 'e\u0301', 'Σ', 'ł', 'Ø', '.', ',', '(', '#', 'K', '\u212a', '😀', 'ı'];
    const next = random(11);
    const piecesAround = () => Array.from({ length: Math.floor(next() * 6) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
    let read = 0;
    for (let i = 0; i < 20_000; i++) {
      const [left, right] = [piecesAround(), piecesAround()];
      const text = `${left}Article${right}`;
      const [start, end] = [left.length, left.length + 'Article'.length];
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
      const after = WORD_AFTER.exec(text.slice(end, end + 30))?.[1];
      for (const word of [before, after]) {
        const folded = word === undefined ? '' : foldWord(word);
        // a neighbour is a folded word of a name: a letter, and a word character last
        if (!/^\p{L}(?:.*[\p{L}\p{N}\p{M}])?$/u.test(folded)) continue;
        read++;
        assert.ok(mayStandBesideNeighbour(text, start, end, edgesOf([folded])), JSON.stringify([text, start, end]));
      }
    }
    assert.ok(read > 2000, `${read} words read`);
  });
});

describe('rule: non-canonical-treaty-name', () => {
  it('hints at the canonical name with a safe fix', () => {
    const [finding] = analyze('the Intermediate Nuclear Forces Treaty').findings.filter((f) => f.code === 'non-canonical-treaty-name');
    assert.strictEqual(finding!.severity, 'hint');
    assert.deepStrictEqual(finding!.fixes![0]!.edits[0]!.newText, 'Intermediate-Range Nuclear Forces Treaty');
    assert.strictEqual(finding!.fixes![0]!.safe, true);
  });
  it('is quiet on a variant that differs from an accepted name only in case ("resolution 1701")', () => {
    const base = { kind: 'treaty', source: 'https://example.org/source', reviewed: '2026-11-24', summary: 'A test resolution of the Security Council.' };
    const analyzer = analyzerOver([
      { ...base, id: 'res-9999', name: 'Test Council Resolution 9999', officialTitle: 'Test Council Resolution 9999', domain: ['arms-control'], aliases: ['Resolution 9999'], variants: ['resolution 9999', 'Res. 9999'], type: 'resolution', status: { value: 'in-force', note: 'Adopted unanimously.' } },
    ], '2026-11-24');
    const hinted = (text: string) => analyzer.analyze({ uri: 'memory://resolution.md', version: 1, getText: () => text }).findings.filter((f) => f.code === 'non-canonical-treaty-name').map((f) => text.slice(f.start, f.end));
    assert.deepStrictEqual(hinted('States must implement resolution 9999 in full.'), []);
    assert.deepStrictEqual(hinted('States must implement Res. 9999 in full.'), ['Res. 9999']);
  });
  it('is quiet on canonical names and accepted aliases', () => {
    assert.deepStrictEqual(findings('the Intermediate-Range Nuclear Forces Treaty, the INF Treaty and the INF', 'non-canonical-treaty-name'), []);
  });
});

describe('rule: inconsistent-naming', () => {
  it('flags the same person spelt two ways and fixes to the canonical name', () => {
    const text = 'Sergei Lavrov spoke. Later Sergey Lavrov and Lavrov left.';
    assert.deepStrictEqual(findings(text, 'inconsistent-naming'), ['Sergei Lavrov']);
    assert.match(messages(text, 'inconsistent-naming')[0]!, /written "Sergey Lavrov" elsewhere/);
  });
  it('takes names of one entry that differ in their numbers for two names, not two spellings ("Section 122" and "Section 201")', () => {
    const flagged = builtinFindings('inconsistent-naming', '2026-06-10');
    assert.deepStrictEqual(flagged('A surcharge under Section 122 of the Trade Act of 1974 followed, and Section 201 of the Trade Act of 1974 was used too.'), []);
  });
  it('reads a hyphenated surname written alone as a surname, not a name in words ("Kara-Murza" beside "Vladimir Kara-Murza")', () => {
    const analyzer = analyzerOver([{ ...personBase, id: 'ana-kara-testa', name: 'Ana Kara-Testa', person: { offices: [] } }], '2026-12-01');
    const text = 'Ana Kara-Testa spoke. Kara-Testa left. Kara-Testa returned.';
    const found = analyzer.analyze({ uri: 'memory://hyphen.md', version: 1, getText: () => text }).findings.filter((f) => f.code === 'inconsistent-naming');
    // it had cut the last letter off the surname it compared: "Kara-Test" is written "Kara-Testa"
    assert.deepStrictEqual(found.map((f) => text.slice(f.start, f.end)), []);
  });
  it('reads a Turkish capital İ in an all-caps line as the same letter ("TÜRKİYE" is "Türkiye")', () => {
    const analyzer = analyzerOver([{ ...personBase, kind: 'place', category: 'region', id: 'testiye', name: 'Testiye', variants: ['Testiya'] }], '2026-12-01');
    const flagged = (text: string) => analyzer.analyze({ uri: 'memory://caps.md', version: 1, getText: () => text }).findings.filter((f) => f.code === 'inconsistent-naming').length;
    assert.deepStrictEqual([flagged('TESTİYE AND MORE\n\nTestiye agreed.'), flagged('Testiya agreed. Testiye agreed.')], [0, 1]);
  });
  it('flags Kiev beside Kyiv once, as inconsistent-naming, writing what the style list prefers', () => {
    assert.deepStrictEqual(findings('Kiev said no. Kyiv said yes.', 'inconsistent-naming', { preferredSpellings: {} }), ['Kiev']);
    assert.deepStrictEqual(findings('Kiev said no. Kyiv said yes.', 'inconsistent-naming'), ['Kiev']);
    // preferred-spelling says nothing more on the same words, and speaks where the text writes only "Kiev"
    assert.deepStrictEqual(findings('Kiev said no. Kyiv said yes.', 'preferred-spelling'), []);
    assert.deepStrictEqual(findings('Kiev said no.', 'preferred-spelling'), ['Kiev']);
    // the style list decides which of the two is written: the reverse list makes "Kyiv" the one to change
    const reversed = { preferredSpellings: { Kyiv: 'Kiev' } };
    assert.deepStrictEqual(findings('Kiev said no. Kyiv said yes.', 'inconsistent-naming', reversed), ['Kyiv']);
    assert.match(messages('Kiev said no. Kyiv said yes.', 'inconsistent-naming', reversed)[0]!, /"Kyiv" is written "Kiev" elsewhere/);
  });
  it('flags a hyphen or an accent written one way here and another there, not a change of case', () => {
    const analyzer = analyzerOver([{ ...personBase, id: 'kim-tae-un', name: 'Kim Tae Un', person: { offices: [] } }], '2026-11-24');
    const flagged = (text: string) => analyzer.analyze({ uri: 'memory://forms.md', version: 1, getText: () => text }).findings.filter((f) => f.code === 'inconsistent-naming').map((f) => text.slice(f.start, f.end));
    assert.deepStrictEqual(flagged('Kim Tae Un spoke. Later Kim Tae-un left. Kim Tae Un stayed.'), ['Kim Tae-un']);
    assert.deepStrictEqual(flagged('Sergey Lavrov spoke. Later Sérgey Lavrov left. Sergey Lavrov stayed.'), ['Sérgey Lavrov']);
    assert.deepStrictEqual(flagged('KIM TAE UN — Kim Tae Un spoke.'), []);
  });
  it('compares the surname of a full name with the surname written alone, once per name', () => {
    const analyzer = analyzerOver([
      { ...personBase, id: 'taras-testenkyy', name: 'Taras Testenkyy', variants: ['Taras Testenky'], person: { offices: [] } },
      { ...personBase, id: 'yoon-tae-yeol', name: 'Yoon Tae Yeol', person: { surname: 'Yoon', offices: [] } },
    ], '2026-11-24');
    const flagged = (text: string) => analyzer.analyze({ uri: 'memory://surnames.md', version: 1, getText: () => text }).findings.filter((f) => f.code === 'inconsistent-naming');
    const text = 'President Taras Testenky spoke. Later Testenkyy left.';
    const [finding, ...more] = flagged(text);
    assert.deepStrictEqual([text.slice(finding!.start, finding!.end), more.length], ['Testenky', 0]);
    assert.match(finding!.message, /"Testenky" is written "Testenkyy" elsewhere/);
    assert.deepStrictEqual(finding!.fixes![0]!.edits, [{ start: text.indexOf('Testenky '), end: text.indexOf('Testenky ') + 8, newText: 'Testenkyy' }]);
    // a full name flagged whole gets no second finding on its surname
    assert.deepStrictEqual(flagged('Taras Testenkyy spoke. Later Taras Testenky left.').length, 1);
    // in East Asian order the surname comes first: "Yeol" is no spelling of "Yoon"
    assert.deepStrictEqual(flagged('Yoon Tae Yeol spoke. Later Yoon left.'), []);
  });
  it('compares a variant far from the form preferred only with the name it varies', () => {
    const analyzer = analyzerOver([
      { ...personBase, id: 'tedros-test', name: 'Tedros Adhanom Ghebretest', aliases: ['Tedros'], variants: ['Tedros Adhanom Gebretest'], person: { offices: [] } },
    ], '2026-11-24');
    const flagged = (text: string) => analyzer.analyze({ uri: 'memory://variant.md', version: 1, getText: () => text }).findings.filter((f) => f.code === 'inconsistent-naming').map((f) => text.slice(f.start, f.end));
    // the variant's surname beside the given name alone: two names, not one spelt two ways
    assert.deepStrictEqual(flagged('Tedros Adhanom Gebretest spoke. Later Tedros left.'), []);
    assert.deepStrictEqual(flagged('Tedros Adhanom Gebretest spoke. Later Ghebretest left.'), ['Gebretest']);
  });
  it('leaves different names for one entity alone', () => {
    assert.deepStrictEqual(findings('The United States and America and the US; Donbas.', 'inconsistent-naming'), []);
  });
  it('reads a surname alone as another of the person\'s names spells it, with a joined article, once the document names the person in full', () => {
    const builtin = createAnalyzer({ kb: (builtinKb ??= loadKnowledgeBase(builtinKbFiles).kb), today: () => '2026-11-30' });
    const read = (text: string) => builtin.analyze({ uri: 'memory://surnames.md', version: 1, getText: () => text });
    const flagged = (text: string) => read(text).findings.filter((f) => f.code === 'inconsistent-naming').map((f) => [text.slice(f.start, f.end), f.fixes?.[0]?.edits[0]?.newText]);
    // "Abdourahamane Tiani" is one of his names: its surname alone, two edits from "Tchiani", names him
    assert.deepStrictEqual(flagged('General Abdourahamane Tchiani spoke. We expect Tiani to welcome Russian help.'), [['Tiani', 'Tchiani']]);
    assert.deepStrictEqual(read('We expect Tiani to welcome Russian help.').mentions.map((m) => m.text), ['Russian']);
    // "Badr Al Busaidi" is one of his: the article joined by a hyphen is part of the surname, and the fix rewrites both
    assert.deepStrictEqual(flagged("Foreign Minister Badr Albusaidi met the envoys. Talks went through al-Busaidi's office."), [['al-Busaidi', 'Albusaidi']]);
  });
  it('counts a form more than two edits away that differs only as transliterations do, not another name', () => {
    const flagged = builtinFindings('inconsistent-naming', '2026-11-30');
    assert.deepStrictEqual(flagged('Ships avoid the Bab-el-Mandeb. Insurers price the Bab al-Mandab.'), ['Bab al-Mandab']);
    assert.deepStrictEqual(flagged('Türkiye hosted the talks. Turkey wants a role.'), ['Turkey']);
    // another name for the same state is a style choice
    assert.deepStrictEqual(flagged('The United States hosted the talks. America wants a role.'), []);
  });
});

describe('rule: preferred-spelling', () => {
  it('applies the default style list and a custom one', () => {
    assert.deepStrictEqual(findings('Kiev insists; Kievan Rus is history.', 'preferred-spelling'), ['Kiev']);
    assert.deepStrictEqual(findings('Turkey and Türkiye', 'preferred-spelling', { preferredSpellings: { Turkey: 'Türkiye' } }), ['Turkey']);
  });
  it('is quiet with an empty list and inside code', () => {
    assert.deepStrictEqual(findings('Kiev', 'preferred-spelling', { preferredSpellings: {} }), []);
    assert.deepStrictEqual(findings(joinLines('```', 'Kiev', '```'), 'preferred-spelling'), []);
  });
});

describe('rule: status-anachronism', () => {
  it('flags a terminated treaty spoken of as in force', () => {
    const text = 'The INF Treaty bans ground-launched missiles.';
    assert.deepStrictEqual(findings(text, 'status-anachronism'), ['INF Treaty']);
    assert.match(messages(text, 'status-anachronism')[0]!, /it was terminated \(since 2 August 2019\)\. Ended after the United States withdrew\.$/);
    assert.deepStrictEqual(findings(text, 'status-anachronism', { documentDate: '2015-01-01' }), []);
  });
  it('reads a claim past a footnote marker after the name ("The INF Treaty[^1] still bans …")', () => {
    assert.deepStrictEqual(findings('The INF Treaty[^1] still bans ground-launched missiles.\n\n[^1]: Signed in 1987.', 'status-anachronism'), ['INF Treaty']);
    assert.deepStrictEqual(findings('The INF Treaty[12] bans ground-launched missiles.', 'status-anachronism'), ['INF Treaty']);
    assert.deepStrictEqual(findings('The INF Treaty[^1] was signed in 1987.', 'status-anachronism'), []);
  });
  it('reads a bracketed acronym as restating the name before it, so a wrong one makes no status claim of its own', () => {
    // acronym-mismatch flags "(INF)"; the claim is about New START, in force on this date
    const text = 'New START (INF), which still caps deployed warheads, matters.';
    assert.deepStrictEqual(findings(text, 'status-anachronism', { documentDate: '2024-05-29' }), []);
    assert.deepStrictEqual(findings(text, 'acronym-mismatch', { documentDate: '2024-05-29' }), ['INF']);
    // a right acronym carries the claim of its own name, and the finding covers both
    assert.deepStrictEqual(findings('The INF Treaty (INF), which still bans such missiles, matters.', 'status-anachronism', { documentDate: '2024-05-29' }), ['INF Treaty (INF)']);
  });
  it('reads "in force" in apposition as a claim, but not "in force from 1988 to 2019"', () => {
    assert.deepStrictEqual(findings('The INF Treaty, in force since 1988, bans such missiles.', 'status-anachronism'), ['INF Treaty']);
    assert.deepStrictEqual(findings('The INF Treaty, in force since 1988, matters.', 'status-anachronism'), ['INF Treaty']);
    assert.deepStrictEqual(findings('The INF Treaty, in force from 1988 to 2019, matters.', 'status-anachronism'), []);
  });
  it('flags a treaty of two parties spoken of as in force after one withdrew, but not one of many', () => {
    const base = { kind: 'treaty', type: 'agreement', domain: ['arms-control'], source: 'https://example.org/source', reviewed: '2026-12-01', summary: 'A test agreement that one party left.', inForce: '2018-09-19' };
    const left = { events: [{ date: '2023-11-23', status: 'withdrawn', actor: 'russia', note: 'Russia said it was no longer bound.' }], status: { value: 'withdrawn', date: '2023-11-23', note: 'Russia said it was no longer bound.' } };
    const analyzer = analyzerOver([
      { ...base, ...left, id: 'pair-accord', name: 'Test Pair Accord', officialTitle: 'Test Pair Accord', parties: { actors: ['russia', 'ukraine'] } },
      { ...base, ...left, id: 'many-accord', name: 'Test Many Accord', officialTitle: 'Test Many Accord', parties: { count: 30 } },
    ], '2024-01-22');
    const flagged = (text: string) => analyzer.analyze({ uri: 'memory://pair.md', version: 1, getText: () => text }).findings.filter((f) => f.code === 'status-anachronism');
    const text = 'The Test Pair Accord remains in force. The Test Many Accord remains in force.';
    assert.deepStrictEqual(flagged(text).map((f) => text.slice(f.start, f.end)), ['Test Pair Accord']);
    assert.match(flagged(text)[0]!.message, /one of its two parties had withdrawn \(since 23 November 2023\)\. Russia said it was no longer bound\.$/);
  });
  it('knows when the built-in base\'s Italy–Albania protocol took effect, and the Albanian spelling of Pristina', () => {
    const builtin = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-11-30' });
    const codes = (text: string, date: string) =>
      builtin.analyze({ uri: 'memory://builtin-facts.md', version: 1, getText: () => text }, parseSettings({ documentDate: date }).settings).findings.map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);
    const protocol = 'The Italy-Albania Protocol, signed in Rome on 6 November and now in force, lets Italy build two centres.';
    assert.deepStrictEqual(codes(protocol, '2023-12-20'), ['status-anachronism: Italy-Albania Protocol']);
    assert.deepStrictEqual(codes(protocol, '2025-01-10'), []);
    assert.deepStrictEqual(codes('Pristina insists. Later Prishtina agreed.', '2024-01-10'), ['inconsistent-naming: Prishtina']);
    // "Tallin", the Soviet-era spelling, beside "Tallinn"
    assert.deepStrictEqual(codes('Tallinn insists. Later Tallin agreed.', '2024-01-10'), ['inconsistent-naming: Tallin']);
    // the name spaced another way is compared with it; Granada, the summit city, is no slip for Grenada
    assert.deepStrictEqual(codes('Vietnam insists. Later Viet Nam agreed.', '2024-01-10'), ['inconsistent-naming: Viet Nam']);
    assert.deepStrictEqual(codes('Leaders met in Granada, and Grenada sent an envoy.', '2023-10-06'), []);
  });
  it('reads "has entered into force" and "is in effect" as in force now', () => {
    assert.deepStrictEqual(findings('Now that the INF Treaty has entered into force, talks can begin.', 'status-anachronism', { documentDate: '2021-01-01' }), ['INF Treaty']);
    assert.deepStrictEqual(findings('The INF Treaty is still in effect.', 'status-anachronism', { documentDate: '2021-01-01' }), ['INF Treaty']);
    assert.deepStrictEqual(findings('With the INF Treaty still capping their missiles, both sides wait.', 'status-anachronism', { documentDate: '2021-01-01' }), ['INF Treaty']);
    assert.deepStrictEqual(findings('The INF Treaty remains the legal reference for both sides.', 'status-anachronism', { documentDate: '2021-01-01' }), ['INF Treaty']);
    assert.deepStrictEqual(findings('Because the INF Treaty remains in full force, both sides wait.', 'status-anachronism', { documentDate: '2021-01-01' }), ['INF Treaty']);
    assert.deepStrictEqual(findings('The INF Treaty has been in force since 1988.', 'status-anachronism', { documentDate: '2021-01-01' }), ['INF Treaty']);
    assert.deepStrictEqual(findings('Now that the INF Treaty has entered into force, talks can begin.', 'status-anachronism', { documentDate: '1989-01-01' }), []);
  });
  it('flags ratifying an adapted treaty after the treaty it adapts stopped', () => {
    const text = 'Washington should ratify the Adapted CFE Treaty.';
    assert.deepStrictEqual(findings(text, 'status-anachronism', { documentDate: '2024-03-01' }), ['Adapted CFE Treaty']);
    assert.deepStrictEqual(findings(text, 'status-anachronism', { documentDate: '2022-01-20' }), []);
  });
  it('reads a treaty with no recorded entry into force as in force before it ended', () => {
    // Minsk II (test data: signed 2015, terminated 2022, no inForce) limited heavy weapons in 2020
    assert.deepStrictEqual(findings('Minsk II bans heavy weapons near the line.', 'status-anachronism', { documentDate: '2020-01-01' }), []);
    assert.deepStrictEqual(findings('Minsk II bans heavy weapons near the line.', 'status-anachronism', { documentDate: '2023-01-01' }), ['Minsk II']);
  });
  it('says of a treaty that never entered into force that it had not', () => {
    const [message] = messages('The Adapted CFE Treaty limits tanks.', 'status-anachronism');
    assert.match(message!, /^The text speaks of the Adapted CFE Treaty as in force, but on the document date \(20 January 2022\) it had never entered into force\. Never entered into force\.$/);
  });
  it('flags returning to a terminated treaty, not mere mentions', () => {
    assert.deepStrictEqual(findings('We should return to the INF Treaty.', 'status-anachronism'), ['INF Treaty']);
    assert.deepStrictEqual(findings('The INF Treaty was a landmark.', 'status-anachronism'), []);
    assert.deepStrictEqual(findings('It began with the U.S. withdrawal from the INF Treaty.', 'status-anachronism'), []);
  });
  it('reads "under the New START limits" as the numbers, not the treaty in force, and writes its name without "the"', () => {
    const after = { documentDate: '2026-03-01' };
    assert.deepStrictEqual(findings('Both sides should stay under the New START limits.', 'status-anachronism', after), []);
    assert.deepStrictEqual(findings('China was never bound by the New START limits and now fields more.', 'status-anachronism', after), []);
    assert.deepStrictEqual(findings('New START still lets inspectors in.', 'status-anachronism', after), ['New START']);
    assert.deepStrictEqual(findings('New START still gives inspectors access.', 'status-anachronism', after), ['New START']);
    // a case someone makes, which the text reports
    assert.deepStrictEqual(findings('Moscow is arguing that New START limits deployed warheads.', 'status-anachronism', after), []);
    assert.deepStrictEqual(findings('Moscow says New START limits deployed warheads.', 'status-anachronism', after), ['New START']);
    // a table's status cell, capitalized
    assert.deepStrictEqual(findings('| Treaty | Status |\n| --- | --- |\n| New START | In force |', 'status-anachronism', after), ['New START']);
    // newspapers drop the "that" of a contested claim
    assert.deepStrictEqual(findings('Moscow insists New START limits deployed warheads.', 'status-anachronism', after), []);
    assert.deepStrictEqual(findings('Moscow maintains New START limits deployed warheads.', 'status-anachronism', after), ['New START']);
    assert.deepStrictEqual(findings('Both sides stayed within the New START central limits.', 'status-anachronism', after), []);
    assert.deepStrictEqual(findings('New START limits deployed warheads to 1,550.', 'status-anachronism', after), ['New START']);
    assert.deepStrictEqual(findings('Russia acts under the New START.', 'status-anachronism', after), ['New START']);
    assert.match(messages('New START limits deployed warheads.', 'status-anachronism', after)[0]!, /^The text speaks of New START as in force, but on the document date \(1 March 2026\) it had expired \(since 5 February 2026\)\. Test fixture\.$/);
  });
});

describe('rule: status-anachronism, instruments of 2025', () => {
  it('knows the US–Ukraine minerals agreement and the DRC–Rwanda peace agreement as in force, and the UN cybercrime convention as signed only', () => {
    const on = builtinFindings('status-anachronism', '2026-06-01');
    assert.deepStrictEqual(on('The US–Ukraine minerals deal, in force since May 2025, now funds projects.'), []);
    assert.deepStrictEqual(on('The DRC-Rwanda Peace Agreement remains in force.'), []);
    assert.deepStrictEqual(on('The UN Convention against Cybercrime is in force.'), ['UN Convention against Cybercrime']);
    // before its entry into force on 23 May 2025 the minerals agreement was signed only
    assert.deepStrictEqual(builtinFindings('status-anachronism', '2025-05-10')('The US-Ukraine minerals deal is in force.'), ['US-Ukraine minerals deal']);
  });
  it('says of an instrument awaiting entry into force that it was not yet in force, not that it was signed, since some are only initialled', () => {
    const analyzer = createAnalyzer({ kb: (builtinKb ??= loadKnowledgeBase(builtinKbFiles).kb), today: () => '2026-12-02' });
    const text = 'The Armenia–Azerbaijan peace agreement is in force.';
    const [message] = analyzer.analyze({ uri: 'memory://pending.md', version: 1, getText: () => text }).findings.filter((f) => f.code === 'status-anachronism').map((f) => f.message);
    assert.match(message!, /as in force, but on the document date \(2 December 2026\) it was not yet in force\. Initialled, not signed/);
  });
});

describe('rule: status-anachronism, a treaty a sentence says is kept', () => {
  const flagged = (text: string, documentDate = '2024-01-01') => findings(text, 'status-anachronism', { documentDate }).length > 0;
  it('reads keeping a treaty in the present as a claim that it binds', () => {
    assert.ok(flagged('Moscow still observes the INF Treaty.'));
    assert.ok(flagged('Russia complies with the INF Treaty, officials say.'));
    assert.ok(flagged('Both sides are still honouring the INF Treaty.'));
    assert.ok(flagged('Washington and Moscow still abide by the INF Treaty.'));
    assert.ok(flagged('Russia adheres to the INF Treaty.'));
    // keeping it still, with "continue(s) to"
    assert.ok(flagged('Russia continues to observe the INF Treaty.'));
    assert.ok(flagged('Both sides continue to abide by the INF Treaty.'));
    assert.ok(flagged('Russia continues to comply with the INF Treaty in full.'));
  });
  it('reads no claim where the keeping is denied, urged, told of the past, or of the treaty in force then', () => {
    assert.ok(!flagged('Moscow no longer observes the INF Treaty.'));
    assert.ok(!flagged('Russia does not comply with the INF Treaty.'));
    assert.ok(!flagged('Russia is not complying with the INF Treaty.'));
    assert.ok(!flagged('Both sides should respect the INF Treaty.'));
    assert.ok(!flagged('Both sides should continue to abide by the INF Treaty.'));
    assert.ok(!flagged('We urge both sides to continue to observe the INF Treaty.'));
    assert.ok(!flagged('Continue to observe the INF Treaty.'));
    assert.ok(!flagged('Until 2019 both sides observed the INF Treaty.'));
    assert.ok(!flagged('Moscow still observes the INF Treaty.', '2015-01-01'));
  });
  it('reads keeping a treaty\'s numbers as the numbers, which outlive it', () => {
    const after = '2026-03-01';
    assert.ok(!flagged("Both sides still observe New START's central limits.", after));
    assert.ok(!flagged('Moscow still observes the New START limits.', after));
    assert.ok(flagged('Moscow still observes New START.', after));
  });
});

describe('rule: status-anachronism, a treaty a sentence acts under', () => {
  const flagged = (text: string) => findings(text, 'status-anachronism').length > 0;
  it('reads "under the INF Treaty" as a claim that it binds in a sentence set in the present', () => {
    assert.ok(flagged('Russia must destroy its SSC-8 missiles under the INF Treaty.'));
    assert.ok(flagged('Under the INF Treaty, both sides are barred from deploying such missiles.'));
    assert.ok(flagged('Russia violates its obligations under the INF Treaty.'));
    assert.ok(flagged('As required by the INF Treaty, Russia must destroy the missiles.'));
    assert.ok(flagged('Grain shipped from Odesa under the INF Treaty still reaches Port Sudan.'));
  });
  it('reads no claim in a sentence that tells the past', () => {
    assert.ok(!flagged('Under the INF Treaty, the two sides destroyed 2,692 missiles by 1991.'));
    assert.ok(!flagged('As required by the INF Treaty, the United States eliminated its Pershing II missiles.'));
    assert.ok(!flagged('Inspections under the INF Treaty ended in 2001.'));
    assert.ok(!flagged('Both sides were inspected under the INF Treaty.'));
    assert.ok(!flagged('Missiles that were banned under the INF Treaty are now deployed.'));
  });
  it('reads no claim where the sentence says nothing is done under the treaty', () => {
    assert.ok(!flagged('The IAEA has no role under the INF Treaty.'));
    assert.ok(!flagged('There are no inspections under the INF Treaty any more.'));
    assert.ok(!flagged('Nothing is verified now: there is nothing under the INF Treaty.'));
    // a denied coverage still presumes the treaty
    assert.ok(flagged('These missiles are not covered under the INF Treaty.'));
  });
  it('reads "bound by the INF Treaty" as a claim that it binds, unless the sentence denies it', () => {
    assert.ok(flagged('Russia remains bound by the INF Treaty, whose limits still apply.'));
    assert.ok(flagged('Moscow is still bound by the INF Treaty.'));
    assert.ok(!flagged('Russia is no longer bound by the INF Treaty.'));
    assert.ok(!flagged('Russia is not bound by the INF Treaty.'));
    assert.ok(!flagged('Russia was bound by the INF Treaty until 2019.'));
    // a negation of coverage still presumes the treaty ("not covered under")
    assert.ok(flagged('These missiles are not covered under the INF Treaty.'));
  });
});

describe('rule: status-anachronism, a party that had left', () => {
  const builtin = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-11-30' });
  const found = (text: string, documentDate: string) =>
    builtin
      .analyze({ uri: 'memory://party.md', version: 1, getText: () => text }, parseSettings({ documentDate }).settings)
      .findings.filter((f) => f.code === 'status-anachronism')
      .map((f) => f.message);
  it('knows the withdrawals from the mine and cluster-munition bans of 2025 and 2026, and from the Rome Statute', () => {
    assert.strictEqual(found('Finland is still bound by the Ottawa Convention.', '2026-11-20').length, 1);
    assert.deepStrictEqual(found('Finland is still bound by the Ottawa Convention.', '2025-12-01'), []);
    assert.strictEqual(found('Poland remains a party to the Ottawa Convention.', '2026-03-01').length, 1);
    assert.strictEqual(found('Lithuania remains a party to the Convention on Cluster Munitions.', '2025-06-01').length, 1);
    assert.strictEqual(found('The Philippines remains a party to the Rome Statute.', '2020-01-01').length, 1);
    assert.deepStrictEqual(found('The Philippines remains a party to the Rome Statute.', '2018-06-01'), []);
  });
  it('flags an actor spoken of as a party now after its withdrawal took effect', () => {
    assert.deepStrictEqual(found('Venezuela remains bound by the American Convention on Human Rights.', '2020-05-01'), [
      'The text speaks of Venezuela as a party to the American Convention on Human Rights, but on the document date (1 May 2020) it had left (since 10 September 2013). Venezuela’s denunciation took effect, a year after notice.',
    ]);
    assert.strictEqual(found('Because Russia remains a party to the European Convention on Human Rights, it can be sued.', '2023-04-25').length, 1);
    assert.strictEqual(found('Turkey, which is still a party to the Istanbul Convention, must act.', '2022-01-01').length, 1);
    assert.match(found('The United States is a party to the Paris Agreement.', '2026-03-01')[0]!, /^The text speaks of the United States as a party/);
  });
  it('reads the latest withdrawal or return before the document date', () => {
    // the first U.S. withdrawal (November 2020), the return (February 2021), the second withdrawal (January 2026)
    const paris = (date: string) => found('The United States remains a party to the Paris Agreement.', date).length;
    assert.deepStrictEqual(['2020-12-01', '2022-06-01', '2026-01-26', '2026-01-27'].map(paris), [1, 0, 0, 1]);
    assert.deepStrictEqual(found('Turkey is a party to the Istanbul Convention.', '2021-06-30'), []);
  });
  it('leaves alone a denial, the past, another party, and a treaty the text says only exists', () => {
    assert.deepStrictEqual(found('The United States is no longer a party to the Paris Agreement.', '2026-03-01'), []);
    assert.deepStrictEqual(found('The United States remained a party to the Paris Agreement until 2026.', '2026-03-01'), []);
    assert.deepStrictEqual(found('France remains a party to the Paris Agreement.', '2026-03-01'), []);
    assert.deepStrictEqual(found('Venezuela criticised the American Convention on Human Rights.', '2020-05-01'), []);
    // a treaty whose own status contradicts the claim is flagged for that, once
    assert.deepStrictEqual(found('Moscow remains bound by the CFE Treaty.', '2025-09-26').map((m) => m.slice(0, 40)), ['The text speaks of the Treaty on Convent']);
  });
  it('reads a case reported with an aside between its verb and "that" as someone else\'s, wherever the verb stands in the sentence', () => {
    const echr = 'that Russia remains bound by the European Convention on Human Rights.';
    assert.deepStrictEqual(found(`Even Ankara did not claim, as one brief did last month, ${echr}`, '2026-12-05'), []);
    assert.deepStrictEqual(found(`Several witnesses, speaking for the government of the day in the long hearings last spring, argued ${echr}`, '2026-12-05'), []);
    // the writers' own case, past the same aside
    assert.strictEqual(found(`We argue, as one brief did last month, ${echr}`, '2026-12-05').length, 1);
  });
  it('reads a claim named as a noun and stated after a colon as someone else\'s', () => {
    assert.deepStrictEqual(found('A curious claim has circulated: that Poland remains a party to the Ottawa Convention.', '2026-12-05'), []);
    assert.deepStrictEqual(found('The allegation is old: that Poland remains a party to the Ottawa Convention.', '2026-12-05'), []);
    // a colon after no such noun: the writers' own conclusion
    assert.strictEqual(found('Our conclusion is plain: that Poland remains a party to the Ottawa Convention.', '2026-12-05').length, 1);
  });
  it('reads a claim the sentence calls wrong before stating it as denied', () => {
    const echr = 'that Russia remains bound by the European Convention on Human Rights.';
    assert.deepStrictEqual(found(`It is simply wrong to say ${echr}`, '2026-12-05'), []);
    assert.deepStrictEqual(found(`It is not true ${echr}`, '2026-12-05'), []);
    // said to be fair, or denied twice: the writers' own claim
    assert.strictEqual(found(`It is fair to say ${echr}`, '2026-12-05').length, 1);
    assert.strictEqual(found(`It is not wrong to say ${echr}`, '2026-12-05').length, 1);
  });
  it('reads a claim said to be written or read, which the next sentence denies, as denied', () => {
    const paris = 'Some commentators continue to write that the United States remains a party to the Paris Agreement.';
    assert.deepStrictEqual(found(`${paris} That is wrong.`, '2026-12-05'), []);
    // written and not denied, or denied with nothing that says it was written: the writers' own claim
    assert.strictEqual(found(`${paris} That matters.`, '2026-12-05').length, 1);
    assert.strictEqual(found('The United States remains a party to the Paris Agreement. That is wrong.', '2026-12-05').length, 1);
  });
  it('reads a party named in a quotation of someone\'s words as theirs', () => {
    assert.deepStrictEqual(found('She told us that "Russia remains bound by the European Convention on Human Rights."', '2026-12-05'), []);
    assert.strictEqual(found('She told us that Russia remains bound by the European Convention on Human Rights.', '2026-12-05').length, 1);
  });
  it('reads "is now in force" and a "now in force" past asides with commas as claims, not a denial or the past', () => {
    // signed on 8 July 2024, in force since 11 September 2025
    const raa = 'Japan–Philippines Reciprocal Access Agreement';
    assert.strictEqual(found(`The ${raa} is now in force.`, '2024-10-14').length, 1);
    assert.strictEqual(found(`The ${raa} is now in force.`, '2025-10-14').length, 0);
    // two adverbs between the verb and "in force"
    assert.strictEqual(found(`The ${raa} is also now in force.`, '2024-10-14').length, 1);
    assert.strictEqual(found(`The ${raa} is also still in effect.`, '2024-10-14').length, 1);
    const aside = `The ${raa}, signed at Malacañang on 8 July by the two ministers, Teodoro and Kamikawa, and now in force, lets troops train.`;
    assert.match(found(aside, '2024-10-14')[0]!, /as in force, but on the document date \(14 October 2024\) it was signed, not yet in force/);
    assert.deepStrictEqual(found(`The ${raa}, signed in July, is not now in force.`, '2024-10-14'), []);
    assert.deepStrictEqual(found(`By then the ${raa}, signed in July, was now in force.`, '2024-10-14'), []);
    // the words follow another treaty's name: they are its
    assert.deepStrictEqual(found(`The ${raa}, signed in July, and the Paris Agreement, now in force, matter.`, '2024-10-14'), []);
  });
  it('finds "now in force" after a treaty whatever the treaties before it, in its paragraph and the one before', () => {
    const raa = 'Japan–Philippines Reciprocal Access Agreement';
    const aside = `The ${raa}, signed at Malacañang by the two ministers, and now in force, lets troops train.`;
    // a paragraph with no "in force" at all, then the claim
    assert.strictEqual(found(`The ${raa} was signed in July.\n\n${aside}`, '2024-10-14').length, 1);
    // in one paragraph: the words follow the second mention, past the first's sentence
    assert.strictEqual(found(`The ${raa} was signed in July. ${aside}`, '2024-10-14').length, 1);
    // "in force" before the mention, and none after it: the words are another sentence's
    assert.deepStrictEqual(found(`The INF Treaty is no longer in force. The ${raa}, signed in July, awaits a vote in Tokyo.`, '2024-10-14'), []);
    // past the reach of 240 characters after the name
    assert.deepStrictEqual(found(`The ${raa}, signed ${'at a long ceremony, '.repeat(12)}and now in force, lets troops train.`, '2024-10-14'), []);
    assert.strictEqual(found(`The ${raa}, signed ${'at a long ceremony, '.repeat(10)}and now in force, lets troops train.`, '2024-10-14').length, 1);
    // the block's next "force" lies past the first name's reach and within the second's
    assert.strictEqual(found(`The ${raa} was signed ${'at a long ceremony, '.repeat(12)}in July. ${aside}`, '2024-10-14').length, 1);
  });
  it('flags a treaty said to be in force for a party the sentence names after it, which had left it', () => {
    assert.deepStrictEqual(found('The Open Skies Treaty still allows allied aircraft to fly over western Russia.', '2025-11-25'), [
      'The text speaks of the Treaty on Open Skies as in force for a party that had left it on the document date (25 November 2025): Russia, since 18 December 2021. Russia’s withdrawal took effect.',
    ]);
    // a demonym names its state
    assert.match(found("The Treaty on Open Skies still allows American and Russian flights over each other's territory.", '2024-05-06')[0]!, /: United States, since 22 November 2020\./);
    // before the withdrawal took effect; a sentence that tells of it; a party still in it
    assert.deepStrictEqual(found('The Open Skies Treaty still allows flights over western Russia.', '2021-06-01'), []);
    assert.deepStrictEqual(found('The Open Skies Treaty still allows flights, though neither Washington nor Moscow takes part any longer.', '2025-11-25'), []);
    assert.deepStrictEqual(found('The Open Skies Treaty still allows flights, though Russia left in 2021.', '2025-11-25'), []);
    assert.deepStrictEqual(found('The Open Skies Treaty still allows Finland and Sweden to fly over each other.', '2025-11-25'), []);
  });
});

describe('rule: status-anachronism, what the sentence claims', () => {
  const after = { documentDate: '2026-03-01' };
  it('lets a sentence deny returning to or ratifying an ended treaty', () => {
    assert.deepStrictEqual(findings('Iran will not return to the INF Treaty.', 'status-anachronism'), []);
    assert.deepStrictEqual(findings('Russia cannot rejoin the INF Treaty.', 'status-anachronism'), []);
    assert.deepStrictEqual(findings('The INF Treaty prohibits nothing any more.', 'status-anachronism'), []);
    assert.deepStrictEqual(findings('Russia will return to the INF Treaty.', 'status-anachronism'), ['INF Treaty']);
    assert.deepStrictEqual(findings('We press Moscow to return to full compliance with the INF Treaty.', 'status-anachronism'), ['INF Treaty']);
    // not withdrawing from a treaty still presumes it is there
    assert.deepStrictEqual(findings('Russia should not withdraw from the INF Treaty.', 'status-anachronism'), ['INF Treaty']);
  });
  it('reads an act the sentence tells of the past as history, and a case reported with "argued that" as someone else\'s', () => {
    assert.deepStrictEqual(findings('The Senate voted 71 to 26 to ratify the INF Treaty in 1988.', 'status-anachronism'), []);
    assert.deepStrictEqual(findings('The Supreme Soviet ratified the INF Treaty.', 'status-anachronism'), []);
    assert.deepStrictEqual(findings('The Senate should ratify the INF Treaty.', 'status-anachronism'), ['INF Treaty']);
    assert.deepStrictEqual(findings('Several witnesses argued that the INF Treaty still binds Moscow, but we do not agree.', 'status-anachronism'), []);
    assert.deepStrictEqual(findings('Several witnesses argued that Moscow remains bound by the INF Treaty.', 'status-anachronism'), []);
    assert.deepStrictEqual(findings('We argue that Moscow remains bound by the INF Treaty.', 'status-anachronism'), ['INF Treaty']);
    // the reporting clause after the claim, closing it or as an aside
    assert.deepStrictEqual(findings('The INF Treaty still bans ground-launched missiles, some commentators insist; in fact it ended in 2019.', 'status-anachronism'), []);
    assert.deepStrictEqual(findings('The INF Treaty, critics argue, still bans ground-launched missiles.', 'status-anachronism'), []);
    assert.deepStrictEqual(findings('The INF Treaty still bans ground-launched missiles, we argue.', 'status-anachronism'), ['INF Treaty']);
    assert.deepStrictEqual(findings('The INF Treaty still bans ground-launched missiles, whatever Moscow claims.', 'status-anachronism'), ['INF Treaty']);
    assert.deepStrictEqual(findings('The INF Treaty still bans ground-launched missiles, officials say.', 'status-anachronism'), ['INF Treaty']);
    // a counterfactual "as if" or "as though" denies the claim of its clause; not one closed before it
    assert.deepStrictEqual(findings('Officials in Washington still speak as if the INF Treaty remains the backbone of strategic stability.', 'status-anachronism'), []);
    assert.deepStrictEqual(findings('Officials still act as though the INF Treaty bans such missiles.', 'status-anachronism'), []);
    assert.deepStrictEqual(findings('They act as if nothing happened, but the INF Treaty remains the backbone of strategic stability.', 'status-anachronism'), ['INF Treaty']);
    // the writer's own relative clause inside it still claims ("as if NAFTA, which remains in force for …, protects them")
    assert.deepStrictEqual(findings('Some still speak as if the INF Treaty, which remains in force for inspections, protects them.', 'status-anachronism'), ['INF Treaty']);
    // a claim the sentence calls wrong before stating it
    assert.deepStrictEqual(findings('It is a mistake to think that the INF Treaty still binds Moscow.', 'status-anachronism'), []);
    assert.deepStrictEqual(findings('It is right to think that the INF Treaty still binds Moscow.', 'status-anachronism'), ['INF Treaty']);
    // read or said, then denied in a short sentence of its own; "says" alone reports as fact
    assert.deepStrictEqual(findings('Yet one still reads that the INF Treaty bans such missiles. It does not.', 'status-anachronism'), []);
    assert.deepStrictEqual(findings('Moscow says that the INF Treaty bans such missiles.', 'status-anachronism'), ['INF Treaty']);
    assert.deepStrictEqual(findings('Yet one still reads that the INF Treaty bans such missiles. It does not cover drones.', 'status-anachronism'), ['INF Treaty']);
    // someone's words, quoted; not a name in quotation marks, nor a quotation closed before the claim
    assert.deepStrictEqual(findings('Dr Heather Williams told us that "the INF Treaty remains in force in spirit, if not in law."', 'status-anachronism'), []);
    assert.deepStrictEqual(findings('As one minister put it: “The INF Treaty bans such missiles.”', 'status-anachronism'), []);
    assert.deepStrictEqual(findings('They said that "the INF Treaty" bans such missiles.', 'status-anachronism'), ['INF Treaty']);
    assert.deepStrictEqual(findings('He called it "a relic", but the INF Treaty bans such missiles.', 'status-anachronism'), ['INF Treaty']);
  });
  it("reads keeping to an ended treaty's numbers as a choice, and its standing as the backbone of something as a claim", () => {
    assert.deepStrictEqual(findings('Both sides should observe the New START limits for a year.', 'status-anachronism', after), []);
    assert.deepStrictEqual(findings('New START remains the backbone of strategic stability.', 'status-anachronism', after), ['New START']);
    assert.deepStrictEqual(findings('New START, which caps each side at 1,550 warheads, matters.', 'status-anachronism', after), ['New START']);
    assert.deepStrictEqual(findings('New START, which capped each side at 1,550 warheads, mattered.', 'status-anachronism', after), []);
    assert.deepStrictEqual(findings('The INF Treaty of 1987 is still in force.', 'status-anachronism'), ['INF Treaty']);
    assert.deepStrictEqual(findings('The INF Treaty, which still keeps missiles out of Europe, matters.', 'status-anachronism'), ['INF Treaty']);
    assert.deepStrictEqual(findings('The INF Treaty keeps coming up in debates.', 'status-anachronism'), []);
    // what an ended treaty still guarantees or grants, it no longer does
    assert.deepStrictEqual(findings('The INF Treaty still guarantees that no such missile is deployed.', 'status-anachronism'), ['INF Treaty']);
    assert.deepStrictEqual(findings('The INF Treaty grants inspectors access to the sites.', 'status-anachronism'), ['INF Treaty']);
    assert.deepStrictEqual(findings('For as long as the INF Treaty bars such missiles, options are few.', 'status-anachronism'), ['INF Treaty']);
    assert.deepStrictEqual(findings('The INF Treaty continues to bar such missiles.', 'status-anachronism'), ['INF Treaty']);
    assert.deepStrictEqual(findings('The INF Treaty, which sets the terms for inspections, matters.', 'status-anachronism'), ['INF Treaty']);
    // past an aside that does not say it ended
    assert.deepStrictEqual(findings('The INF Treaty, signed by Reagan, still runs an inspection centre.', 'status-anachronism'), ['INF Treaty']);
    assert.deepStrictEqual(findings('The INF Treaty, which ended in 2019, bans nothing now.', 'status-anachronism'), []);
    assert.deepStrictEqual(findings('The INF Treaty guaranteed that no such missile was deployed.', 'status-anachronism'), []);
  });
});

describe('rule: treaty-date', () => {
  const flagged = builtinFindings('treaty-date', '2026-12-02');
  const analyzer = () => createAnalyzer({ kb: (builtinKb ??= loadKnowledgeBase(builtinKbFiles).kb), today: () => '2026-12-02' });
  const findingsIn = (text: string) => analyzer().analyze({ uri: 'memory://dates.md', version: 1, getText: () => text }).findings.filter((f) => f.code === 'treaty-date');
  it('dates a treaty said to be amended by its events too, where its amendments entered into force', () => {
    assert.deepStrictEqual(flagged('The amended International Health Regulations, in force since September 2025, matter.'), []);
    assert.deepStrictEqual(flagged('The International Health Regulations, in force since September 2025, matter.'), ['September 2025']);
    assert.deepStrictEqual(flagged('The amended International Health Regulations, in force since March 2021, matter.'), ['March 2021']);
  });
  it('flags a place of signing that the record contradicts, on the place as written', () => {
    assert.deepStrictEqual(flagged('The INF Treaty, signed in Moscow in 1987, banned missiles. New START, which was signed in Moscow, expired.'), ['Moscow', 'Moscow']);
    assert.deepStrictEqual(flagged('The Minsk II agreement, signed in Kyiv in February 2015, failed.'), ['Kyiv']);
    // "signed at", as formal texts write it, for the place and for the date after it
    assert.deepStrictEqual(flagged('The INF Treaty, signed at Moscow in 1987, banned missiles. The NPT, signed at London on 1 July 1969, endures.'), ['Moscow', '1 July 1969']);
    const [finding] = findingsIn('New START, which was signed in Moscow, expired.');
    assert.strictEqual(finding!.message, 'The text says New START was signed in Moscow; it was signed in Prague on 8 April 2010.');
    assert.deepStrictEqual(finding!.fixes!.map((f) => [f.edits[0]!.newText, f.safe]), [['Prague', false]]);
  });
  it('leaves a place the record holds or names alone, and a month', () => {
    assert.deepStrictEqual(flagged('The INF Treaty, signed in Washington in 1987, banned missiles. The NPT, signed in Moscow in 1968, endures.'), []);
    assert.deepStrictEqual(flagged('New START, which was signed in Prague on 8 April 2010, expired. The Rome Statute, signed in Rome, created the court.'), []);
    assert.deepStrictEqual(flagged('The Budapest Memorandum, signed in December 1994, failed.'), []);
  });
  it('flags a signing or an entry into force that the record contradicts, on the date as written, and says what the date was', () => {
    const npt = 'The Treaty on the Non-Proliferation of Nuclear Weapons, signed in 1970, binds them.';
    assert.deepStrictEqual(flagged(npt), ['1970']);
    const [finding] = findingsIn(npt);
    assert.strictEqual(finding!.message, 'The text says the Treaty on the Non-Proliferation of Nuclear Weapons was signed in 1970; it was signed on 1 July 1968 (1970 is when it entered into force).');
    assert.deepStrictEqual(finding!.fixes?.[0]?.edits, [{ start: npt.indexOf('1970'), end: npt.indexOf('1970') + 4, newText: '1968' }]);
    assert.deepStrictEqual(flagged('The INF Treaty, which entered into force in 1987, is gone.'), ['1987']);
    assert.deepStrictEqual(flagged('New START entered into force on 5 March 2011.'), ['5 March 2011']);
    assert.deepStrictEqual(flagged('Signed in 1980, the NPT still stands.'), ['1980']);
    // a second date after the signing is the treaty's entry into force
    assert.deepStrictEqual(flagged('The NPT was signed in 1968 and entered into force in 1975.'), ['1975']);
    assert.deepStrictEqual(flagged('The NPT was signed in 1968 and entered into force in 1970.'), []);
    // a year off, far from the new year: the Abraham Accords were signed in September 2020
    assert.deepStrictEqual(flagged('The Abraham Accords, signed in 2019, changed the region.'), ['2019']);
    // a year off near the new year that is the year it entered into force: signed in December 1987, in force in June 1988
    assert.deepStrictEqual(flagged('The INF Treaty, signed in 1988, banned the missiles.'), ['1988']);
    // the fix keeps the precision and the order the writer used
    const monthFirst = findingsIn('New START came into force on March 5, 2011.');
    assert.strictEqual(monthFirst[0]!.fixes?.[0]?.edits[0]?.newText, 'February 5, 2011');
    assert.strictEqual(monthFirst[0]!.message, 'The text says New START entered into force on March 5, 2011; it did on 5 February 2011.');
  });
  it('flags an entry into force of a treaty that never entered into force, up to the day its record was checked', () => {
    assert.deepStrictEqual(flagged('The Comprehensive Nuclear-Test-Ban Treaty entered into force in 1996.'), ['1996']);
    assert.deepStrictEqual(flagged('START II, which entered into force in January 1993, cut warheads. CETA came into force in 2017.'), ['January 1993', '2017']);
    const [finding] = findingsIn('The Comprehensive Nuclear-Test-Ban Treaty entered into force in 1996.');
    assert.strictEqual(
      finding!.message,
      'The text says the Comprehensive Nuclear-Test-Ban Treaty entered into force in 1996 (1996 is when it was signed); it had not entered into force when its record was last checked, on 24 November 2026.',
    );
    assert.strictEqual(finding!.fixes, undefined);
    // past the day the record was checked, it cannot say; a political document or an ended treaty without the date is left alone
    assert.deepStrictEqual(flagged('The Comprehensive Nuclear-Test-Ban Treaty entered into force in 2031.'), []);
    assert.deepStrictEqual(flagged('The Budapest Memorandum entered into force in 1994. The Minsk Protocol entered into force in 2014.'), []);
  });
  it('leaves alone the right dates, a signing year one off near the new year, and dates that are not the treaty\'s own', () => {
    assert.deepStrictEqual(flagged('The NPT, signed in 1968, entered into force in 1970.'), []);
    assert.deepStrictEqual(flagged('The Helsinki Final Act, signed in Helsinki on 1 August 1975, set rules.'), []);
    assert.deepStrictEqual(flagged('New START, which entered into force in February 2011, expired.'), []);
    // adopted in December 2015, signed from April 2016: sources date it either way
    assert.deepStrictEqual(flagged('The Paris Agreement, signed in 2015, survives.'), []);
    // adopted on 11 December 1997, opened for signature in March 1998
    assert.deepStrictEqual(flagged('The Kyoto Protocol, signed in 1998, lapsed.'), []);
    // a party's own act, or another thing's date
    assert.deepStrictEqual(flagged('The Rome Statute, which the United States signed in 2000, is in force.'), []);
    assert.deepStrictEqual(flagged('The Rome Statute, signed by the United States in 2000, is in force.'), []);
    assert.deepStrictEqual(flagged("Russia's withdrawal from the CFE Treaty took effect on 7 November 2023."), []);
    // a clause after the name of a treaty that an act governs dates the act
    assert.deepStrictEqual(flagged("Washington's withdrawal from the Paris Agreement, which took effect in January 2026, left a gap."), []);
    assert.deepStrictEqual(flagged('The Paris Agreement, which took effect in January 2026, left a gap.'), ['January 2026']);
    // a participle of signing after the name tells of the treaty, whatever governs its name
    assert.deepStrictEqual(flagged('The EU, founded by the Maastricht Treaty signed in 1993, grew.'), ['1993']);
    assert.deepStrictEqual(flagged('The withdrawal from the INF Treaty signed in 1987 took effect in 2019.'), []);
    assert.deepStrictEqual(flagged('The NPT entered into force for Ukraine in 1994.'), []);
    assert.deepStrictEqual(flagged('The NPT, signed in the 1960s, endures.'), []);
  });
  it('reads "concluded" before the signing as the end of the talks, and "concluded in" as no place of signing', () => {
    // talks concluded in Montevideo in December 2024; signed in Asunción in January 2026
    assert.deepStrictEqual(flagged('The EU–Mercosur agreement, concluded in Montevideo in December 2024, awaits ratification.'), []);
    // concluded after the signing cannot be the talks: the INF Treaty was signed in December 1987
    assert.deepStrictEqual(flagged('The INF Treaty, concluded in 1989, banned missiles.'), ['1989']);
    assert.deepStrictEqual(flagged('The INF Treaty, signed in Moscow, banned missiles. New START, concluded in Moscow, expired.'), ['Moscow']);
  });
});

describe('rule: office-anachronism', () => {
  it('reads a portfolio after "for" as the office named after its body ("Executive Vice-President for Tech Sovereignty")', () => {
    const sentence = 'Henna Virkkunen, the Executive Vice-President for Tech Sovereignty, Security and Democracy, spoke.';
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2026-12-05')(sentence), []);
    // before her term
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2024-06-01')(sentence).length, 1);
  });
  it("reads a parliament's presiding office by the title its country's English gives it as a speaker's", () => {
    for (const title of ['Speaker of the House of Representatives', 'Marshal of the Sejm', 'President of the Bundestag', 'President of the Legislative Yuan']) assert.strictEqual(officeFamily(title), 'speaker', title);
    assert.notStrictEqual(officeFamily('President of the Legislative Council'), 'speaker');
  });
  it("reads a sentence on past a name's initials, to the date it names (\"George H. W. Bush\")", () => {
    const flagged = builtinFindings('office-anachronism', '2026-12-01');
    assert.deepStrictEqual(flagged('Chancellor Helmut Kohl and President George H. W. Bush pressed for unity; the treaty was signed in September 1990.'), []);
  });
  it('reads "deputy", "shadow" or "vice" before a title as another office, not the title', () => {
    const flagged = builtinFindings('office-anachronism', '2026-12-01');
    assert.deepStrictEqual(flagged('Moscow sent deputy foreign minister Sergei Ryabkov to Geneva.'), []);
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2023-06-01')("Labour's shadow foreign secretary David Lammy spoke."), []);
  });
  it("does not date a sentence that moves on from its paragraph's time by that time, where the term began later", () => {
    const flagged = builtinFindings('office-anachronism', '2026-12-01');
    const paragraph = (sentence: string) => `When Secretary of State James Baker met Mikhail Gorbachev in February 1990, NATO expansion was not on the table. ${sentence}`;
    assert.deepStrictEqual(flagged(paragraph('Years later, President Boris Yeltsin complained that the promises had been broken.')), []);
    assert.deepStrictEqual(flagged(paragraph('Afterwards, President Boris Yeltsin complained.')), []);
    // without the words that move on, the sentence is set in February 1990, before his presidency
    assert.deepStrictEqual(flagged(paragraph('President Boris Yeltsin complained that the promises had been broken.')), ['President Boris Yeltsin']);
  });
  it("reads a party's general secretary as its leader, and ends a title in apposition at the sentence's end", () => {
    const flagged = builtinFindings('office-anachronism', '2025-11-03');
    // "General Secretary" is the party leader's title, not a "Secretary" with a word before it
    assert.deepStrictEqual(flagged('General Secretary To Lam spoke. The party general secretary, To Lam, spoke.'), []);
    assert.deepStrictEqual(flagged('Watching were To Lam, general secretary of the Communist Party of Vietnam. Analysts agree.'), []);
    assert.deepStrictEqual(flagged('Soviet General Secretary Gorbachev says so.'), ['Soviet General Secretary Gorbachev']);
    // the party named another way than the office's title names it: the same entry, so the same office
    assert.deepStrictEqual(flagged('Watching was Xi Jinping, general secretary of the Communist Party of China, and others.'), []);
    assert.deepStrictEqual(flagged('Watching was Xi Jinping, general secretary of the Communist Party of Vietnam, and others.'), ['Xi Jinping, general secretary of the Communist Party of Vietnam']);
    // the title stops at the stop ("of the U.S., " keeps its periods)
    const blinken = builtinRuleFindings('office-anachronism', '2026-11-03');
    assert.match(blinken('Watching was Antony Blinken, the secretary of state of the United States. Analysts agree.')[0]!.message, /^Antony Blinken was not secretary of state of the United States on the document date/);
    assert.match(blinken('Watching was Antony Blinken, the secretary of state of the U.S., and others.')[0]!.message, /^Antony Blinken was not secretary of state of the U\.S\. on the document date/);
    // a possessive pronoun before the title is the text's, not the office's: the message names whose office it is
    const lazzarini = builtinRuleFindings('office-anachronism', '2026-12-03');
    assert.match(lazzarini('UNRWA, the agency, is barred. Its Commissioner-General, Philippe Lazzarini, told donors that it is vital.')[0]!.message, /^Philippe Lazzarini was not Commissioner-General \(UNRWA\) on the document date/);
    assert.match(lazzarini('UNRWA Commissioner-General Philippe Lazzarini told donors that it is vital.')[0]!.message, /^Philippe Lazzarini was not UNRWA Commissioner-General on the document date/);
  });
  it('speaks of the time a sentence is set in, names who held the office all through it, and offers "former" only for a term ended by then', () => {
    const found = (text: string) => builtinRuleFindings('office-anachronism', '2026-12-05')(text).map((f) => [f.message.replace(/:.*?\./, ':'), (f.fixes ?? []).map((x) => x.title)]);
    assert.deepStrictEqual(found('In 1996 she briefed Secretary-General Kofi Annan on Dayton.'), [
      ['Kofi Annan was not Secretary-General in 1996, when the text sets it: Boutros Boutros-Ghali held it then (1 January 1992 – 31 December 1996).', ['Write "Boutros Boutros-Ghali"']],
    ]);
    assert.deepStrictEqual(found('In 1993 Prime Minister Shimon Peres signed.'), [
      ['Shimon Peres was not Prime Minister in 1993, when the text sets it: Yitzhak Rabin held it then (13 July 1992 – 4 November 1995).', ['Write "former Prime Minister"', 'Write "Yitzhak Rabin"']],
    ]);
    // a year that dates a thing ("the Act of 1979") sets no time for the account after it
    assert.deepStrictEqual(found('The Act of 2003 passed. Secretary of State Cyrus Vance was firm.'), []);
    assert.deepStrictEqual(found('In 2003 the Act passed. Secretary of State Cyrus Vance was firm.').map(([message]) => message), [
      'Cyrus Vance was not Secretary of State in 2003, when the text sets it: Colin Powell held it then (20 January 2001 – 26 January 2005).',
    ]);
    // the writer dates the term in brackets; a time that opens the sentence with "At" sets all of it
    assert.deepStrictEqual(found('Secretary of State George Shultz (1982–1989) trusted her.'), []);
    assert.deepStrictEqual(found('At Reykjavik in October 1986, President Ronald Reagan and General Secretary Mikhail Gorbachev came close to a deal.'), []);
  });
  it("reads a body's name that the person's own office title holds as no other owner, and a Commission vice-president as a commissioner", () => {
    const flagged = builtinFindings('office-anachronism', '2026-06-01');
    // Shoigu is Secretary of Russia's Security Council; "Security Council" alone reads as the UN's
    assert.deepStrictEqual(flagged('Security Council Secretary Sergei Shoigu flew to Pyongyang.'), []);
    assert.deepStrictEqual(flagged('UN Secretary-General Sergei Shoigu spoke.'), ['UN Secretary-General Sergei Shoigu']);
    assert.deepStrictEqual(flagged('Commissioner Stéphane Séjourné wants a joint purchasing platform.'), []);
  });
  it('says who held the office on the document date, where one person holds it at a time', () => {
    const messages = (date: string, text: string) => builtinRuleFindings('office-anachronism', date)(text).map((f) => f.message);
    assert.match(messages('2026-11-03', 'Secretary of State Antony Blinken says talks will resume.')[0]!, /\. Marco Rubio held it then \(since 21 January 2025\)\.$/);
    assert.match(messages('2023-06-01', 'Chancellor Friedrich Merz says so.')[0]!, /\. Olaf Scholz held it then \(8 December 2021 – 6 May 2025\)\.$/);
    // interior and finance ministers, and India's Minister of Home Affairs as an interior minister
    assert.match(messages('2026-03-01', 'Interior Minister Nancy Faeser says the border stays open.')[0]!, /\. Alexander Dobrindt held it then \(since 6 May 2025; last confirmed 17 February 2026\)\.$/);
    assert.match(messages('2025-01-10', 'Finance Minister Bruno Le Maire says so.')[0]!, /^Bruno Le Maire was not Finance Minister .* Éric Lombard held it then/);
    assert.deepStrictEqual(messages('2025-01-10', 'Interior Minister Amit Shah says so.'), []);
    // the heads of intelligence and security services, by the press's titles ("MI6 chief", "NSA Director")
    assert.match(messages('2026-03-01', 'MI6 chief Richard Moore says Russia is failing.')[0]!, /\. Blaise Metreweli held it then \(since 1 October 2025\)\.$/);
    assert.match(messages('2026-03-01', 'Shin Bet chief Ronen Bar warns of attacks.')[0]!, /^Ronen Bar was not Shin Bet chief .* David Zini held it then/);
    assert.match(messages('2026-03-01', 'NSA Director Timothy Haugh says the threat is growing.')[0]!, /^Timothy Haugh was not NSA Director /);
    assert.deepStrictEqual(messages('2024-03-01', 'MI6 chief Richard Moore says Russia is failing; Shin Bet chief Ronen Bar agrees.'), []);
    // the US Secretary of Defense's second title since September 2025 is a defence office
    assert.deepStrictEqual(messages('2026-12-01', 'The Secretary of War, Pete Hegseth, says so. War Secretary Pete Hegseth agrees.'), []);
    assert.match(messages('2026-12-01', 'Secretary of War Lloyd Austin says no.')[0]!, /^Lloyd Austin was not Secretary of War .* Pete Hegseth held it then/);
    // an office of no family the rule groups, by its very title and owner
    assert.match(messages('2025-04-02', 'Charles Michel, the President of the European Council, says talks will resume.')[0]!, /\. António Costa held it then \(since 1 December 2024\)\.$/);
    // a word that opens the sentence is no part of the title ("As Prime Minister …", not "As Prime Minister" as the title)
    assert.match(messages('2025-04-09', 'As Prime Minister Justin Trudeau has told allies, talks will resume.')[0]!, /^Justin Trudeau was not Prime Minister on the document date .* Mark Carney held it then/);
    // nor are the clause's words before the article of a title in apposition
    assert.match(messages('2025-05-20', 'We urge the Special Representative of the Secretary-General, Abdoulaye Bathily, to act.')[0]!, /^Abdoulaye Bathily was not Special Representative of the Secretary-General on the document date/);
    // "former" wrongly before a title its holder still holds: no one else held it
    assert.doesNotMatch(messages('2023-06-01', 'Former Foreign Minister Sergey Lavrov says so.')[0]!, /held it then/);
    assert.match(messages('2023-06-01', 'Former Foreign Minister Sergey Lavrov says so.')[0]!, /^Sergey Lavrov still held office as Foreign Minister on the document date/);
    // also one who held it before and holds it again
    assert.match(messages('2026-12-05', 'Former Foreign Minister Espen Barth Eide visited Chad in October.')[0]!, /^Espen Barth Eide still held office as Foreign Minister/);
    // the fixes: "former" before the title, or the holder's name in place of the name written (neither safe)
    const text = 'Secretary of State Antony Blinken says talks will resume.';
    const [finding] = builtinRuleFindings('office-anachronism', '2026-11-03')(text);
    assert.deepStrictEqual(
      finding!.fixes!.map((fix) => [fix.title, fix.safe, fix.edits.map((e) => `${text.slice(e.start, e.end)}→${e.newText}`)]),
      [
        ['Write "former Secretary of State"', false, ['→former ']],
        ['Write "Marco Rubio"', false, ['Antony Blinken→Marco Rubio']],
      ],
    );
  });
  it("dates Vietnam's presidency by its holders' terms (Luong Cuong until April 2026, To Lam before and after)", () => {
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2026-12-04')('President Luong Cuong says the plan holds. President To Lam says so too.'), ['President Luong Cuong']);
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2025-06-01')('President Luong Cuong says the plan holds. President To Lam says so too.'), ['President To Lam']);
  });
  it("reads the Fed's chair as an office: Powell's ended on 22 May 2026", () => {
    const flagged = builtinFindings('office-anachronism', '2026-12-04');
    assert.deepStrictEqual(flagged('Fed Chair Jerome Powell says rates will hold. Federal Reserve Chairman Powell says so.'), ['Fed Chair Jerome Powell', 'Federal Reserve Chairman Powell']);
    assert.deepStrictEqual(flagged('Fed Chair Kevin Warsh says rates will fall. In 2023, Fed Chair Jerome Powell raised rates.'), []);
  });
  it('reads a portfolio word ending in "y" as its adjective in the office\'s title ("Economy Minister", "… for Economic Affairs")', () => {
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2024-01-12')("Economy Minister Robert Habeck's ministry published the list."), []);
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2025-09-01')('Economy Minister Robert Habeck says so.'), ['Economy Minister Robert Habeck']);
  });
  it('reads a portfolio written as the ministry\'s acronym as the office its head holds ("METI Minister", "MOFCOM Minister")', () => {
    const flagged = builtinFindings('office-anachronism', '2026-12-03');
    assert.deepStrictEqual(flagged('METI Minister Ryosei Akazawa met Lutnick in Tokyo.'), []);
    assert.deepStrictEqual(flagged("Japan's METI minister, Ryosei Akazawa, met Lutnick."), []);
    assert.deepStrictEqual(flagged('MOFCOM Minister Wang Wentao said Beijing would respond.'), []);
    // another state's ministry names another office
    assert.deepStrictEqual(flagged('METI Minister Wang Wentao said Beijing would respond.'), ['METI Minister Wang Wentao']);
  });
  it("reads a UN ambassador's post at the UN, whose office is the state's own (\"Russia's UN ambassador, Vassily Nebenzia,\")", () => {
    const flagged = builtinFindings('office-anachronism', '2025-11-24');
    assert.deepStrictEqual(flagged("Russia's UN ambassador, Vassily Nebenzia, says no. China's UN ambassador, Fu Cong, agrees."), []);
    // she left the post in January 2025
    assert.deepStrictEqual(flagged("America's UN ambassador, Linda Thomas-Greenfield, says no."), ['UN ambassador, Linda Thomas-Greenfield']);
  });
  it('leaves alone a person whose record holds no office', () => {
    const flagged = builtinFindings('office-anachronism', '2026-12-04');
    // the ancient kings have records (so that "Alexander of Macedonia" is not North Macedonia) but no dated offices
    assert.deepStrictEqual(flagged('King Alexander the Great conquered Persia, as King Philip of Macedon had planned.'), []);
    assert.deepStrictEqual(flagged('President Alexander the Great spoke.'), []);
  });
  it("reads the name at a title's head as whose office it is", () => {
    const flagged = builtinFindings('office-anachronism', '2026-12-04');
    assert.deepStrictEqual(flagged('UN Secretary-General Mark Rutte spoke. NATO Secretary-General António Guterres spoke.'), ['UN Secretary-General Mark Rutte', 'NATO Secretary-General António Guterres']);
    assert.deepStrictEqual(flagged('Ukrainian Foreign Minister Sergei Lavrov spoke. Austrian Chancellor Friedrich Merz spoke.'), ['Ukrainian Foreign Minister Sergei Lavrov', 'Austrian Chancellor Friedrich Merz']);
    assert.deepStrictEqual(flagged('The UN Secretary-General, Mark Rutte, spoke.'), ['UN Secretary-General, Mark Rutte']);
    // a possessive that took "the" in the text keeps it in the message
    const [apposition] = builtinRuleFindings('office-anachronism', '2026-12-04')("Mark Rutte, the UN's secretary-general, spoke.");
    assert.match(apposition!.message, /^Mark Rutte was not the UN's secretary-general on the document date/);
    // the owner's own office, one its body belongs to, and a predecessor state's
    assert.deepStrictEqual(
      flagged("NATO's Secretary General Mark Rutte spoke. U.N. Secretary-General António Guterres spoke. European Commission President Ursula von der Leyen spoke. Russian Foreign Minister Sergei Lavrov spoke."),
      [],
    );
    assert.deepStrictEqual(builtinFindings('office-anachronism', '1985-06-01')('German Chancellor Helmut Kohl spoke.'), []);
    // more than a name before the title: not read as whose office it is
    assert.deepStrictEqual(flagged('Turkish Cypriot leader Tufan Erhürman spoke.'), []);
  });
  it('flags a title the person did not hold on the document date', () => {
    assert.deepStrictEqual(findings('Secretary of State Blinken says no.', 'office-anachronism', { documentDate: '2019-05-01' }), ['Secretary of State Blinken']);
    assert.match(messages('Secretary of State Blinken says no.', 'office-anachronism', { documentDate: '2026-01-01' })[0]!, /26 January 2021 – 20 January 2025/);
  });
  it('reads a title that hard-wrapped text breaks across lines as one on a line, and names it with spaces', () => {
    const later = { documentDate: '2026-01-01' };
    assert.deepStrictEqual(findings('Secretary of\nState Blinken says no.', 'office-anachronism', later), ['Secretary of\nState Blinken']);
    assert.deepStrictEqual(findings('Secretary of\r\nState Blinken says no.', 'office-anachronism', later), ['Secretary of\r\nState Blinken']);
    assert.match(messages('Secretary of\r\nState Blinken says no.', 'office-anachronism', later)[0]!, /^Antony Blinken was not Secretary of State on/);
    // in apposition after the name: the finding ends where the written title does
    assert.deepStrictEqual(findings('Antony Blinken, the US secretary of\r\nstate, says no.', 'office-anachronism', later), ['Antony Blinken, the US secretary of\r\nstate']);
    // in apposition before the name, the comma at a line's end
    assert.deepStrictEqual(findings('The Secretary of State,\r\nAntony Blinken, says no.', 'office-anachronism', later), ['Secretary of State,\r\nAntony Blinken']);
    // a blank line ends the paragraph, and the title with it
    assert.deepStrictEqual(findings('He spoke to the Secretary of\n\nState Blinken says no.', 'office-anachronism', later), []);
    // the words that set a sentence in the holder's time may stand on two lines too
    const builtin = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-11-30' });
    const flagged = (text: string) => builtin.analyze({ uri: 'memory://decade.md', version: 1, getText: () => text }).findings.filter((f) => f.code === 'office-anachronism').length;
    const deal = 'A deal with China looked out of reach for America, until it came within reach thanks to the bold move of President Nixon and his adviser.';
    assert.strictEqual(flagged(deal), 1);
    assert.strictEqual(flagged(deal.replace('America,', 'America in the 1960s,')), 0);
    assert.strictEqual(flagged(deal.replace('America,', 'America in the\n1960s,')), 0);
  });
  it('reads a title in apposition before the name, in any case, but not a clause after a title', () => {
    const later = { documentDate: '2026-01-01' };
    assert.deepStrictEqual(findings('The Secretary of State, Antony Blinken, says no.', 'office-anachronism', later), ['Secretary of State, Antony Blinken']);
    assert.deepStrictEqual(findings("Ukraine's foreign minister, Dmytro Kuleba, says no.", 'office-anachronism', later), ['foreign minister, Dmytro Kuleba']);
    assert.deepStrictEqual(findings('Unlike the Secretary of State, Lavrov says no.', 'office-anachronism', later), []);
    assert.match(messages('The Secretary of State, Antony Blinken, says no.', 'office-anachronism', later)[0]!, /^Antony Blinken was not Secretary of State on/);
  });
  it('reads a commissioner\'s portfolio written before the title ("Enlargement Commissioner")', () => {
    const analyzer = analyzerOver([{ ...personBase, id: 'ana-testova', name: 'Ana Testova', person: { offices: [
      { title: 'European Commissioner for Neighbourhood and Enlargement', from: '2019-12-01', to: '2024-11-30' },
      { title: 'European Commissioner for Health and Animal Welfare', from: '2024-12-01' },
      { title: 'Executive Vice-President of the European Commission for Testing', from: '2019-12-01', to: '2024-11-30' },
    ] } }], '2025-08-25');
    const flagged = (text: string) => analyzer.analyze({ uri: 'memory://commissioner.md', version: 1, getText: () => text }).findings.filter((f) => f.code === 'office-anachronism').map((f) => text.slice(f.start, f.end));
    assert.deepStrictEqual(flagged('Enlargement Commissioner Ana Testova says no.'), ['Enlargement Commissioner Ana Testova']);
    assert.deepStrictEqual(flagged('Health Commissioner Ana Testova says no. Commissioner Testova agrees.'), []);
    // the portfolio after "Commissioner for", before the name; the office's title without "European"; not another body's commissioner
    assert.deepStrictEqual(flagged('European Commissioner for Neighbourhood and Enlargement Ana Testova says no.'), ['European Commissioner for Neighbourhood and Enlargement Ana Testova']);
    assert.deepStrictEqual(flagged('Commissioner for Neighbourhood Ana Testova says no.'), ['Commissioner for Neighbourhood Ana Testova']);
    assert.deepStrictEqual(flagged('Commissioner for Health and Animal Welfare Ana Testova says no. Ana Testova, the Commissioner for Health, agrees.'), []);
    // an executive vice-president of the Commission is a vice-president, while in office
    const onDate = (text: string, date: string) =>
      analyzer.analyze({ uri: 'memory://commissioner.md', version: 2, getText: () => text }, parseSettings({ documentDate: date }).settings).findings.filter((f) => f.code === 'office-anachronism').length;
    assert.deepStrictEqual([onDate('Commission Vice-President Ana Testova says no.', '2024-06-01'), onDate('Commission Vice-President Ana Testova says no.', '2025-08-25')], [0, 1]);
  });
  it('reads an undated past act of one since moved to another portfolio of the same body at the document date ("Trade Commissioner Valdis Dombrovskis told …")', () => {
    const flagged = builtinFindings('office-anachronism', '2026-12-03');
    assert.deepStrictEqual(flagged('Trade Commissioner Valdis Dombrovskis told MEPs the ACI was ready.'), ['Trade Commissioner Valdis Dombrovskis']);
    assert.deepStrictEqual(flagged('Energy Commissioner Maroš Šefčovič told MEPs the ACI was ready.'), ['Energy Commissioner Maroš Šefčovič']);
    assert.deepStrictEqual(flagged('European Commissioner for Trade Valdis Dombrovskis told MEPs the ACI was ready.'), ['European Commissioner for Trade Valdis Dombrovskis']);
    // "European" is no word of whose office it is but the title's, and only it: another body's commissioner holds another office
    assert.deepStrictEqual(flagged('Council of Europe Commissioner for Human Rights Michael O\'Flaherty told MEPs the ACI was ready.'), []);
    // a time the sentence names, or one who holds no office of that kind now, keeps the past reading
    assert.deepStrictEqual(flagged('In 2023 Trade Commissioner Valdis Dombrovskis told MEPs the ACI was ready.'), []);
    assert.deepStrictEqual(flagged('Executive Vice-President Valdis Dombrovskis told MEPs the ACI was ready.'), []);
    assert.deepStrictEqual(flagged('Secretary of State Antony Blinken told MEPs the ACI was ready.'), []);
  });
  it('reads a minister\'s portfolio written before the title ("Climate Minister"), but no rank ("Deputy Minister")', () => {
    const analyzer = analyzerOver([{ ...personBase, id: 'ola-testsen', name: 'Ola Testsen', person: { offices: [
      { title: 'Minister of Climate and Environment', of: 'ukraine', from: '2021-10-14', to: '2023-10-16' },
      { title: 'Minister of External Affairs', of: 'ukraine', from: '2023-10-16' },
    ] } }], '2024-12-10');
    const flagged = (text: string, date: string) =>
      analyzer.analyze({ uri: 'memory://minister.md', version: 1, getText: () => text }, parseSettings({ documentDate: date }).settings).findings.filter((f) => f.code === 'office-anachronism').map((f) => text.slice(f.start, f.end));
    assert.deepStrictEqual(flagged("Ukraine's Climate Minister Ola Testsen says no.", '2024-12-10'), ['Climate Minister Ola Testsen']);
    assert.deepStrictEqual(flagged('Environment Minister Ola Testsen says no. Finance Minister Ola Testsen agrees.', '2022-12-10'), ['Finance Minister Ola Testsen']);
    // a foreign ministry by its own long name is the foreign ministry
    const { kb: austrian } = loadKnowledgeBase([{ name: 'test', data: { entries: [...testEntries, { ...personBase, id: 'alex-testberg', name: 'Alex Testberg', person: { offices: [
      { title: 'Federal Minister for European and International Affairs', of: 'ukraine', from: '2021-12-06', to: '2025-03-03' },
    ] } }] } }]);
    const onAustrianDate = (date: string) =>
      createAnalyzer({ kb: austrian, today: () => date }).analyze({ uri: 'memory://austria.md', version: 1, getText: () => 'Foreign Minister Alex Testberg says no.' }).findings.filter((f) => f.code === 'office-anachronism').length;
    assert.deepStrictEqual([onAustrianDate('2023-08-11'), onAustrianDate('2026-08-11')], [0, 1]);
    // the foreign ministry by another name; a rank is no portfolio
    assert.deepStrictEqual(flagged('External Affairs Minister Ola Testsen says no. Deputy Minister Ola Testsen agrees.', '2024-12-10'), []);
  });
  it('reads a time after a title in apposition as no part of the office ("…, secretary of the Council since August,")', () => {
    assert.deepStrictEqual(findings('Sergey Lavrov, minister of foreign affairs of Russia since March, spoke.', 'office-anachronism', { documentDate: '2026-01-01' }), []);
  });
  it('accepts a title written as the office itself is ("Executive Secretary"), though its last word suggests another office', () => {
    const analyzer = analyzerOver([{ ...personBase, id: 'sam-testell', name: 'Sam Testell', person: { offices: [
      { title: 'Executive Secretary', of: 'nato', from: '2022-08-15' },
    ] } }], '2025-02-10');
    const flagged = (date: string) =>
      analyzer.analyze({ uri: 'memory://secretary.md', version: 1, getText: () => 'The secretariat, led by Executive Secretary Sam Testell, met.' }, parseSettings({ documentDate: date }).settings)
        .findings.filter((f) => f.code === 'office-anachronism').length;
    assert.deepStrictEqual([flagged('2025-02-10'), flagged('2021-02-10')], [0, 1]);
    // after the name of whose office it is, in apposition or before the name
    const written = (text: string, date: string) =>
      analyzer.analyze({ uri: 'memory://secretary.md', version: 1, getText: () => text }, parseSettings({ documentDate: date }).settings).findings.filter((f) => f.code === 'office-anachronism').length;
    assert.deepStrictEqual([written('Sam Testell, the NATO executive secretary, met them.', '2025-02-10'), written('Sam Testell, the NATO executive secretary, met them.', '2021-02-10')], [0, 1]);
    assert.deepStrictEqual([written("NATO's Executive Secretary Sam Testell met them.", '2025-02-10'), written("NATO's Executive Secretary Sam Testell met them.", '2021-02-10')], [0, 1]);
  });
  it('reads a present passive with an adverb and a relative clause in the present as now ("is now handled by", ", who takes over in September")', () => {
    const later = { documentDate: '2026-01-01' };
    assert.deepStrictEqual(findings('The file is now handled by Secretary of State Antony Blinken.', 'office-anachronism', later), ['Secretary of State Antony Blinken']);
    assert.deepStrictEqual(findings('Secretary of State Antony Blinken, who takes over the file in September, will press it.', 'office-anachronism', later), ['Secretary of State Antony Blinken']);
    // a past passive stays a past act
    assert.deepStrictEqual(findings('The file was handled in 2022 by Secretary of State Antony Blinken.', 'office-anachronism', later), []);
  });
  it('reads a month alone that opens the sentence ("In September …") as a time of the account', () => {
    // a later month than the document's is of the year before: September 2025 is after his term, September 2024 in it
    assert.deepStrictEqual(findings('In September Secretary of State Antony Blinken received him.', 'office-anachronism', { documentDate: '2026-02-15' }), ['Secretary of State Antony Blinken']);
    assert.deepStrictEqual(findings('In September Secretary of State Antony Blinken received him.', 'office-anachronism', { documentDate: '2025-02-15' }), []);
  });
  it('reads no month or day before a title as whose office it is ("In late July Polish Prime Minister …")', () => {
    // "late July Ukrainian Foreign Minister" read "late" as "the late …", a holder who had left office
    const text = 'In late July Ukrainian Foreign Minister Dmytro Kuleba said no. On Monday Ukrainian Foreign Minister Dmytro Kuleba agreed.';
    assert.deepStrictEqual(findings(text, 'office-anachronism', { documentDate: '2023-12-05' }), []);
  });
  it('reads "ousted" as a former holder, and "elected" or "legitimate" as right for anyone who held the office', () => {
    const later = { documentDate: '2026-01-01' };
    assert.deepStrictEqual(findings("Dmytro Kuleba, Ukraine's ousted foreign minister, says no.", 'office-anachronism', later), []);
    assert.deepStrictEqual(findings("Dmytro Kuleba, Ukraine's elected foreign minister, says no.", 'office-anachronism', later), []);
    // without a qualifier the title is today's, which he no longer holds
    assert.strictEqual(findings("Dmytro Kuleba, Ukraine's foreign minister, says no.", 'office-anachronism', later).length, 1);
  });
  it('leaves a title still to come alone ("the likely next secretary of state", "incoming")', () => {
    const before = { documentDate: '2020-12-01' };
    assert.deepStrictEqual(findings('The plan was drafted by Antony Blinken, the likely next secretary of state, and others.', 'office-anachronism', before), []);
    assert.deepStrictEqual(findings('Incoming Secretary of State Antony Blinken says no.', 'office-anachronism', before), []);
    assert.deepStrictEqual(findings('Secretary of State Antony Blinken says no.', 'office-anachronism', before), ['Secretary of State Antony Blinken']);
  });
  it('sets an undated account in the last time its paragraph names before it, never in a year after the document\'s', () => {
    // Antony Blinken was Secretary of State in 2022, and no longer in February 2025
    const blinken = (text: string) => findings(text, 'office-anachronism', { documentDate: '2025-03-01' });
    const received = 'Secretary of State Antony Blinken received him.';
    assert.deepStrictEqual(blinken(`In 2022 the talks resumed. ${received}`), []);
    assert.deepStrictEqual(blinken(`In 2022 the talks resumed, and on 10 February they stalled. ${received}`), ['Secretary of State Antony Blinken']);
    assert.deepStrictEqual(blinken(`On 10 February the talks stalled, and in 2022 they had resumed. ${received}`), []);
    // a year still to come sets no account in it: this one stays in 2022
    assert.deepStrictEqual(blinken(`In 2022 the talks resumed under a plan that runs to 2030. ${received}`), []);
  });
  it('reads a day named with its month and year as that day, not as its whole month', () => {
    // Shigeru Ishiba was Prime Minister of Japan until 21 October 2025
    const ishiba = builtinFindings('office-anachronism', '2026-11-20');
    const welcomed = "Japan's Prime Minister Shigeru Ishiba welcomed it.";
    assert.deepStrictEqual(ishiba(`The leaders met in Busan on 30 October 2025 and agreed a truce. ${welcomed}`), ['Prime Minister Shigeru Ishiba']);
    assert.deepStrictEqual(ishiba(`The leaders met in Busan on October 30, 2025 and agreed a truce. ${welcomed}`), ['Prime Minister Shigeru Ishiba']);
    assert.deepStrictEqual(ishiba(`The leaders met in Busan on 10 October 2025 and agreed a truce. ${welcomed}`), []);
    assert.deepStrictEqual(ishiba(`The leaders met in Busan in October 2025 and agreed a truce. ${welcomed}`), []);
    assert.deepStrictEqual(ishiba('On 30 October 2025, Prime Minister Shigeru Ishiba spoke.'), ['Prime Minister Shigeru Ishiba']);
  });
  it('reads a month still to come ("ahead of the summit in July") as no time of the holder\'s', () => {
    // in March 2025, July is next July, not the July of 2024, when he was in office
    const later = { documentDate: '2025-03-08' };
    assert.deepStrictEqual(findings('Coordinate with Secretary of State Antony Blinken ahead of the summit in July.', 'office-anachronism', later), ['Secretary of State Antony Blinken']);
  });
  it('takes no paragraph time for a sentence that looks ahead ("we should expect President …")', () => {
    const text = 'The deal was signed on 11 December 2024. We should expect Secretary of State Antony Blinken to press that line.';
    assert.deepStrictEqual(findings(text, 'office-anachronism', { documentDate: '2025-03-01' }), ['Secretary of State Antony Blinken']);
  });
  it('dates the act by a time before the name in its clause, not by one the sentence goes on to name', () => {
    // Blinken's term ended on 20 January 2025; "since June" dates the talks, not the statement
    const text = 'A statement on 22 January by Secretary of State Antony Blinken recalled that talks had stalled since June.';
    assert.deepStrictEqual(findings(text, 'office-anachronism', { documentDate: '2025-03-01' }), ['Secretary of State Antony Blinken']);
    assert.deepStrictEqual(findings(text.replace('22 January', '10 January'), 'office-anachronism', { documentDate: '2025-03-01' }), []);
  });
  it('reads reported speech in the present after a past verb of saying as now', () => {
    const later = { documentDate: '2026-01-01' };
    assert.deepStrictEqual(findings('Secretary of State Blinken told reporters that the plan is funded.', 'office-anachronism', later), ['Secretary of State Blinken']);
    assert.deepStrictEqual(findings('Secretary of State Blinken told reporters that the plan was funded.', 'office-anachronism', later), []);
  });
  it('reads a day and month in the sentence to the day: the last day of a term is past it', () => {
    // Blinken's term ended on 20 January 2025
    const later = { documentDate: '2025-03-01' };
    assert.deepStrictEqual(findings('Secretary of State Blinken, whose successor took over on 20 January, spoke.', 'office-anachronism', later), ['Secretary of State Blinken']);
    assert.deepStrictEqual(findings('Secretary of State Blinken, who flew home on 19 January, spoke.', 'office-anachronism', later), []);
  });
  it('reads a verb of the present after the name as now, whatever time the sentence names later; "his former" as a former holder', () => {
    const later = { documentDate: '2026-01-01' };
    // "since August 2023" dates the accord, not the title
    assert.deepStrictEqual(findings('Secretary of State Blinken has presented the plan beside the accord, in force since August 2023.', 'office-anachronism', later), ['Secretary of State Blinken']);
    assert.deepStrictEqual(findings('Secretary of State Blinken presented the plan in August 2023.', 'office-anachronism', later), []);
    assert.deepStrictEqual(findings('The president and his former secretary of state, Antony Blinken, have defended it.', 'office-anachronism', later), []);
  });
  it('reads a passive with the office-holder as agent as a past act, a day and month as of the document year, and no half of a compound title', () => {
    const later = { documentDate: '2026-01-01' };
    assert.deepStrictEqual(findings('The order was reversed by Secretary of State Blinken on his first day.', 'office-anachronism', later), []);
    assert.deepStrictEqual(findings('The order is upheld by Secretary of State Blinken.', 'office-anachronism', later), ['Secretary of State Blinken']);
    // a year in an earlier clause dates another act
    assert.deepStrictEqual(findings('The rule took effect in November 2020 and was reversed by Secretary of State Blinken.', 'office-anachronism', later), []);
    // 20 June of the document's year (2025): after his term, so the title is wrong though the verb is past
    const summer = { documentDate: '2025-08-28' };
    assert.deepStrictEqual(findings('Secretary of State Blinken had already met them on 20 June.', 'office-anachronism', summer), ['Secretary of State Blinken']);
    assert.deepStrictEqual(findings('Secretary of State Blinken had already met them.', 'office-anachronism', summer), []);
    assert.deepStrictEqual(findings('Answer given by Foreign Secretary/Vice-President Blinken.', 'office-anachronism', later), []);
  });
  it('reads "defense secretary" as a Secretary of National Defense', () => {
    const analyzer = analyzerOver([
      { ...personBase, id: 'gil-testo', name: 'Gil Testo', person: { offices: [{ title: 'Secretary of National Defense', of: 'ukraine', from: '2023-06-05' }] } },
    ], '2026-11-24');
    const flagged = (date: string) => analyzer.analyze({ uri: 'memory://defense.md', version: 1, getText: () => 'Ukraine and its defense secretary, Gil Testo, agree.' }, parseSettings({ documentDate: date }).settings).findings.filter((f) => f.code === 'office-anachronism').length;
    assert.strictEqual(flagged('2024-07-12'), 0);
    assert.strictEqual(flagged('2020-07-12'), 1);
  });
  it('lists the office the title names first', () => {
    const [kuleba] = messages('Foreign Minister Kuleba says no.', 'office-anachronism', { documentDate: '2019-06-01' });
    assert.match(kuleba!, /\(1 June 2019\): Minister of Foreign Affairs \(Ukraine\) 4 March 2020 – 5 September 2024; Deputy Prime Minister/);
  });
  it('says whose office it is without a missing article, and not twice', () => {
    const [blinken] = messages('Secretary of State Blinken says no.', 'office-anachronism', { documentDate: '2026-01-01' });
    assert.match(blinken!, /: Secretary of State \(United States\) 26 January 2021 – 20 January 2025; Deputy Secretary of State \(United States\) /);
    const [kallas] = messages('Foreign Minister Kaja Kallas says no.', 'office-anachronism', { documentDate: '2026-06-15' });
    assert.match(kallas!, /: High Representative of the Union for Foreign Affairs and Security Policy \(European Union\) since 1 December 2024\.$/);
  });
  it('accepts the title on the document date, with "former", or in a past-tense account', () => {
    assert.deepStrictEqual(findings('Secretary of State Blinken says no.', 'office-anachronism'), []);
    assert.deepStrictEqual(findings('Former Secretary of State Blinken says no.', 'office-anachronism', { documentDate: '2026-01-01' }), []);
    assert.deepStrictEqual(findings('In 2022, Secretary of State Blinken met Foreign Minister Lavrov.', 'office-anachronism', { documentDate: '2026-01-01' }), []);
  });
  it('reads a past-tense account by the time it names: in the term, after it, or just before the document date', () => {
    const on2026 = { documentDate: '2026-03-01' };
    assert.deepStrictEqual(findings('In December 2025, Secretary of State Blinken said no.', 'office-anachronism', on2026), ['Secretary of State Blinken']);
    assert.deepStrictEqual(findings('In December 2022, Secretary of State Blinken said no.', 'office-anachronism', on2026), []);
    assert.deepStrictEqual(findings('Secretary of State Blinken said in 2023 that talks were over.', 'office-anachronism', on2026), []);
    assert.deepStrictEqual(findings('Secretary of State Blinken said on Monday that talks were over.', 'office-anachronism', on2026), ['Secretary of State Blinken']);
    assert.deepStrictEqual(findings('Secretary of State Blinken spoke earlier today.', 'office-anachronism', on2026), ['Secretary of State Blinken']);
    // a readout's "met today with", and a sentence that opens with "Today"
    assert.deepStrictEqual(findings('Secretary of State Blinken met today with the minister.', 'office-anachronism', on2026), ['Secretary of State Blinken']);
    assert.deepStrictEqual(findings('Today, Secretary of State Blinken met the minister.', 'office-anachronism', on2026), ['Secretary of State Blinken']);
    assert.deepStrictEqual(findings('In 2023, Secretary of State Blinken said that today’s order must hold.', 'office-anachronism', on2026), []);
    assert.deepStrictEqual(findings('Secretary of State Blinken told reporters this morning that talks were over.', 'office-anachronism', on2026), ['Secretary of State Blinken']);
    // a photo caption in the present tense, dated
    assert.deepStrictEqual(findings('Secretary of State Blinken meets the minister in Reykjavik on May 19, 2021.', 'office-anachronism', on2026), []);
    assert.deepStrictEqual(findings('Secretary of State Blinken meets the minister, 19 May 2025.', 'office-anachronism', on2026), ['Secretary of State Blinken']);
    // a year the sentence speaks of, not one it is set in
    assert.deepStrictEqual(findings('Secretary of State Blinken recalled the 1994 memorandum.', 'office-anachronism', on2026), []);
  });
  it('accepts the title of an act done in office, named with a possessive, unless the sentence places it now', () => {
    assert.deepStrictEqual(findings('The administration announced today a reversal of President Obama’s ban on such mines.', 'office-anachronism', { documentDate: '2024-11-20' }), []);
    assert.deepStrictEqual(findings("Secretary of State Blinken's visit this week drew crowds.", 'office-anachronism', { documentDate: '2026-01-01' }), ['Secretary of State Blinken']);
    assert.deepStrictEqual(findings('Secretary of State Blinken says no.', 'office-anachronism', { documentDate: '2026-01-01' }), ['Secretary of State Blinken']);
  });
  it('does not take a deputy prime minister for the prime minister', () => {
    assert.deepStrictEqual(findings('Prime Minister Kuleba spoke.', 'office-anachronism', { documentDate: '2020-01-15' }), ['Prime Minister Kuleba']);
    assert.deepStrictEqual(findings('Deputy Prime Minister Kuleba spoke.', 'office-anachronism', { documentDate: '2020-01-15' }), []);
  });
  it('dates an undated account in the past by the paragraph\'s last time before it', () => {
    const later = { documentDate: '2025-06-01' };
    assert.deepStrictEqual(findings('In March 2025 the talks resumed. Secretary of State Blinken welcomed them.', 'office-anachronism', later), ['Secretary of State Blinken']);
    assert.deepStrictEqual(findings('In 2022 the talks resumed. Secretary of State Blinken welcomed them.', 'office-anachronism', later), []);
    // "had …" goes back before that time
    assert.deepStrictEqual(findings('In March 2025 the deal was signed. Secretary of State Blinken had negotiated it.', 'office-anachronism', later), []);
    // a month alone after "in" is of the document's year, or of the year before
    assert.deepStrictEqual(findings('Secretary of State Blinken flew to Kyiv in June.', 'office-anachronism', { documentDate: '2025-11-01' }), ['Secretary of State Blinken']);
    assert.deepStrictEqual(findings('Secretary of State Blinken flew to Kyiv in June.', 'office-anachronism', { documentDate: '2024-11-01' }), []);
    // a day and month without a year is of the document's year (or the year before)
    assert.deepStrictEqual(findings('The armies agreed on 10 May to stop. Secretary of State Blinken said he had called both sides.', 'office-anachronism', later), ['Secretary of State Blinken']);
    assert.deepStrictEqual(findings('The armies agreed on 10 May to stop. Secretary of State Blinken said he had called both sides.', 'office-anachronism', { documentDate: '2024-06-01' }), []);
    // a past participle whose agent is the office-holder narrates a past act; "is backed by" does not
    assert.deepStrictEqual(findings('The leaders met for weeks, coaxed and bullied by the envoys and by Secretary of State Blinken.', 'office-anachronism', later), []);
    assert.deepStrictEqual(findings('The plan is backed by Secretary of State Blinken.', 'office-anachronism', later), ['Secretary of State Blinken']);
    // a time that opens the sentence sets all its clauses
    assert.deepStrictEqual(findings('On 10 March the envoys and Secretary of State Blinken brought the leaders together.', 'office-anachronism', later), ['Secretary of State Blinken']);
    assert.deepStrictEqual(findings('On 10 March 2024 the envoys and Secretary of State Blinken brought the leaders together.', 'office-anachronism', later), []);
    // a verb of the present after the name speaks of now, whatever time the paragraph named before
    assert.deepStrictEqual(findings('In January 2025 the freeze began. Secretary of State Blinken has yet to say more.', 'office-anachronism', later), ['Secretary of State Blinken']);
    // the holder as the partner of a past act named before the title
    assert.deepStrictEqual(findings('The envoy, who signed the deal with Secretary of State Blinken, still defends it.', 'office-anachronism', later), []);
    assert.deepStrictEqual(findings('The envoy, who defends the deal with Secretary of State Blinken, is here.', 'office-anachronism', later), ['Secretary of State Blinken']);
    assert.deepStrictEqual(findings('Lee has proposed that his next meeting with Secretary of State Blinken take place in Nara.', 'office-anachronism', later), ['Secretary of State Blinken']);
    // with no time in the paragraph, an account in the past is taken to be of the term, as before
    assert.deepStrictEqual(findings('The talks resumed. Secretary of State Blinken welcomed them.', 'office-anachronism', later), []);
  });
  it('reads "Special Representative", "Special Envoy" and the titles of the heads of UN agencies', () => {
    const envoyKb = loadKnowledgeBase([
      {
        name: 'test',
        data: {
          entries: [
            ...testEntries,
            { ...personBase, id: 'test-envoy', name: 'Abdou Testily', person: { offices: [{ title: 'Special Representative of the Secretary-General for Libya', of: 'un', from: '2022-09-02', to: '2024-05-31' }] } },
            { ...personBase, id: 'test-evp', name: 'Henna Testanen', person: { offices: [{ title: 'Executive Vice-President of the European Commission', of: 'eu', from: '2024-12-01' }] } },
            { ...personBase, id: 'test-nsa', name: 'Mike Testz', person: { offices: [{ title: 'National Security Advisor', of: 'united-states', from: '2025-01-20', to: '2025-05-01' }] } },
            { ...personBase, id: 'test-snsc', name: 'Ali Testani', person: { offices: [{ title: 'Secretary of the Supreme National Security Council', of: 'ukraine', from: '2013-09-10', to: '2023-05' }] } },
            { ...personBase, id: 'test-chief', name: 'Jens Testenberg', person: { offices: [{ title: 'Secretary-General', of: 'un', from: '2014-10-01', to: '2024-10-01' }] } },
            { ...personBase, id: 'test-commissioner', name: 'Filo Testandi', person: { offices: [{ title: 'United Nations High Commissioner for Refugees', of: 'un', from: '2016-01-01', to: '2025-12-31' }] } },
          ],
        },
      },
    ]).kb;
    const analyzer = createAnalyzer({ kb: envoyKb, today: () => '2026-11-30' });
    const flagged = (text: string, documentDate: string) =>
      analyzer.analyze({ uri: 'memory://envoy.md', version: 1, getText: () => text }, parseSettings({ documentDate }).settings).findings.filter((f) => f.code === 'office-anachronism').length;
    assert.strictEqual(flagged('UN Special Representative Abdou Testily says no.', '2023-05-01'), 0);
    assert.strictEqual(flagged('UN Special Representative Abdou Testily says no.', '2025-05-01'), 1);
    assert.strictEqual(flagged('Special Envoy Abdou Testily says no.', '2025-05-01'), 1);
    // so are the heads of UN agencies: a High Commissioner, a Director-General, an Executive Director …
    assert.strictEqual(flagged('UN High Commissioner Filo Testandi says no.', '2025-05-01'), 0);
    assert.strictEqual(flagged('UN High Commissioner Filo Testandi says no.', '2026-05-01'), 1);
    assert.strictEqual(flagged('WHO Director-General Filo Testandi says no.', '2025-05-01'), 1);
    // the High Commissioner's full title before the name, "for Refugees" and all
    assert.strictEqual(flagged('UN High Commissioner for Refugees Filo Testandi warned that the camps are full.', '2026-12-03'), 1);
    assert.strictEqual(flagged('High Commissioner for Refugees Filo Testandi warned that the camps are full.', '2026-12-03'), 1);
    assert.strictEqual(flagged('UN High Commissioner for Refugees Filo Testandi warned that the camps are full.', '2025-05-01'), 0);
    // the press's "chief", read by what it heads, before the name or in apposition
    assert.strictEqual(flagged('UN refugee chief Filo Testandi says no.', '2025-05-01'), 0);
    assert.strictEqual(flagged('UN refugee chief Filo Testandi says no.', '2026-05-01'), 1);
    assert.strictEqual(flagged('The UN refugee chief, Filo Testandi, says no.', '2026-05-01'), 1);
    assert.strictEqual(flagged('IAEA chief Filo Testandi says no.', '2025-05-01'), 1);
    assert.strictEqual(flagged('UN chief Jens Testenberg says no.', '2020-05-01'), 0);
    assert.strictEqual(flagged('UN chief Jens Testenberg says no.', '2025-05-01'), 1);
    assert.strictEqual(flagged('Former UN chief Jens Testenberg says no.', '2025-05-01'), 0);
    // a National Security Adviser; an office named by the body after "of", past a state's possessive
    assert.strictEqual(flagged('National Security Adviser Mike Testz says no.', '2025-05-27'), 1);
    assert.strictEqual(flagged('National Security Adviser Mike Testz says no.', '2025-03-01'), 0);
    assert.strictEqual(flagged("Ali Testani, then secretary of Ukraine's Supreme National Security Council, signed.", '2024-03-10'), 0);
    // words before a title that belong to the office's name: an Executive Vice-President is one
    assert.strictEqual(flagged('Executive Vice-President Henna Testanen says no.', '2025-05-01'), 0);
    assert.strictEqual(flagged('Executive Vice-President Henna Testanen says no.', '2024-05-01'), 1);
    assert.strictEqual(flagged('UN aid chief Abdou Testily says no.', '2023-05-01'), 1);
    // a "chief" that says not what it heads is no title the rule checks
    assert.strictEqual(flagged('The delegation chief Abdou Testily says no.', '2025-05-01'), 0);
  });
  it('reads the High Commissioner\'s full title before the name, where the agency\'s name is read too', () => {
    const flagged = builtinFindings('office-anachronism', '2026-12-06');
    assert.deepStrictEqual(flagged('Briefing, 3 December 2026\n\nUN High Commissioner for Refugees Filippo Grandi warned that the camps are full.'), ['UN High Commissioner for Refugees Filippo Grandi']);
    assert.deepStrictEqual(flagged('Briefing, 3 December 2026\n\nUN High Commissioner for Human Rights Michelle Bachelet warned that the camps are full.'), ['UN High Commissioner for Human Rights Michelle Bachelet']);
    // the one who holds it is no slip
    assert.deepStrictEqual(flagged('Briefing, 3 December 2026\n\nUN High Commissioner for Human Rights Volker Türk warned that the camps are full.'), []);
    assert.deepStrictEqual(flagged('Briefing, 3 December 2024\n\nUN High Commissioner for Refugees Filippo Grandi warned that the camps are full.'), []);
  });
  it('reads "High Representative" as the EU office, whose full title names foreign affairs', () => {
    assert.deepStrictEqual(findings('High Representative Kaja Kallas says no.', 'office-anachronism', { documentDate: '2026-06-15' }), []);
    assert.deepStrictEqual(findings('High Representative Kaja Kallas says no.', 'office-anachronism', { documentDate: '2024-06-01' }), ['High Representative Kaja Kallas']);
    assert.deepStrictEqual(findings('Foreign Minister Kaja Kallas says no.', 'office-anachronism', { documentDate: '2026-06-15' }), ['Foreign Minister Kaja Kallas']);
    assert.deepStrictEqual(findings("The EU's foreign policy chief, Kaja Kallas, says no.", 'office-anachronism', { documentDate: '2024-06-01' }), ['foreign policy chief, Kaja Kallas']);
    // a title in apposition after the name, up to the comma that closes it, with no "former" fix
    assert.deepStrictEqual(findings("Kaja Kallas, the EU's foreign policy chief, says no.", 'office-anachronism', { documentDate: '2024-06-01' }), ["Kaja Kallas, the EU's foreign policy chief"]);
    assert.deepStrictEqual(findings("Kaja Kallas, the EU's foreign policy chief, says no.", 'office-anachronism', { documentDate: '2025-06-01' }), []);
    assert.deepStrictEqual(findings('Antony Blinken, the US secretary of state, says no.', 'office-anachronism', { documentDate: '2025-06-01' }), ['Antony Blinken, the US secretary of state']);
    // not a relative clause, "as …", or "then …"
    assert.deepStrictEqual(findings('Antony Blinken, who was secretary of state, says no.', 'office-anachronism', { documentDate: '2025-06-01' }), []);
    assert.deepStrictEqual(findings('Antony Blinken, as secretary of state, said no.', 'office-anachronism', { documentDate: '2025-06-01' }), []);
    assert.deepStrictEqual(findings('Antony Blinken, then secretary of state, says no.', 'office-anachronism', { documentDate: '2025-06-01' }), []);
    assert.strictEqual(analyze('Antony Blinken, the US secretary of state, says no.', { documentDate: '2025-06-01' }).findings.find((f) => f.code === 'office-anachronism')?.fixes, undefined);
    // the verb after such a title tells a past account; "the last …" held it and left
    assert.deepStrictEqual(findings('Antony Blinken, the US secretary of state, visited Kyiv.', 'office-anachronism', { documentDate: '2025-06-01' }), []);
    assert.deepStrictEqual(findings('Antony Blinken, the last secretary of state, says no.', 'office-anachronism', { documentDate: '2025-06-01' }), []);
    // a title in lowercase before the name, as much of the press writes it
    assert.deepStrictEqual(findings('In May former secretary of state Antony Blinken spoke.', 'office-anachronism', { documentDate: '2024-06-01' }), ['former secretary of state Antony Blinken']);
    assert.deepStrictEqual(findings('The US secretary of state Antony Blinken says no.', 'office-anachronism', { documentDate: '2025-06-01' }), ['US secretary of state Antony Blinken']);
    assert.deepStrictEqual(findings('The US secretary of state Antony Blinken says no.', 'office-anachronism', { documentDate: '2024-06-01' }), []);
    // a minister's title with a common portfolio, in lowercase before the name ("finance minister"); "minister" alone says too little
    const financeMinister = { ...personBase, id: 'avi-testman', name: 'Avi Testman', person: { offices: [{ title: 'Minister of Finance', of: 'ukraine', from: '2021-06-13', to: '2022-12-29' }] } };
    const lowercase = analyzerOver([financeMinister], '2026-06-15');
    const officeFlags = (text: string, date: string) =>
      lowercase.analyze({ uri: 'memory://lower.md', version: 1, getText: () => text }, parseSettings({ documentDate: date }).settings).findings.filter((f) => f.code === 'office-anachronism').map((f) => text.slice(f.start, f.end));
    assert.deepStrictEqual(officeFlags("Ukraine's finance minister Avi Testman says no.", '2026-06-15'), ['finance minister Avi Testman']);
    assert.deepStrictEqual(officeFlags("Ukraine's finance minister Avi Testman says no.", '2022-06-15'), []);
    assert.deepStrictEqual(officeFlags('The minister Avi Testman says no.', '2026-06-15'), []);
    // "of …" after a title in apposition says whose office it is
    const hr = 'the High Representative of the Union for Foreign Affairs and Security Policy, Kaja Kallas,';
    assert.deepStrictEqual(findings(`We wrote to ${hr} in May.`, 'office-anachronism', { documentDate: '2024-06-01' }), [hr.slice(4, -1)]);
    assert.deepStrictEqual(findings(`We wrote to ${hr} in May.`, 'office-anachronism', { documentDate: '2025-06-01' }), []);
    assert.deepStrictEqual(findings('The Secretary of State of the United States, Antony Blinken, says no.', 'office-anachronism'), []);
    assert.deepStrictEqual(findings('Antony Blinken, the secretary of state of the United States, says no.', 'office-anachronism'), []);
    assert.deepStrictEqual(findings('Antony Blinken, the secretary of state of Ukraine, says no.', 'office-anachronism'), ['Antony Blinken, the secretary of state of Ukraine']);
    // an "of" in lowercase names no office's owner: "the president of the party" is not checked
    assert.deepStrictEqual(findings('Antony Blinken, the president of the club, says no.', 'office-anachronism'), []);
  });
  it('reads an office by its whole title: a deputy does not hold it, and a Home Secretary is no Foreign Secretary', () => {
    assert.deepStrictEqual(findings('Secretary of State Blinken says no.', 'office-anachronism', { documentDate: '2016-06-01' }), ['Secretary of State Blinken']);
    assert.deepStrictEqual(findings('Foreign Secretary Yvette Cooper says no.', 'office-anachronism', { documentDate: '2025-03-01' }), ['Foreign Secretary Yvette Cooper']);
    assert.deepStrictEqual(findings('Home Secretary Yvette Cooper says no.', 'office-anachronism', { documentDate: '2025-03-01' }), []);
    assert.deepStrictEqual(findings('Foreign Secretary Yvette Cooper says no.', 'office-anachronism', { documentDate: '2026-03-01' }), []);
    // a word of rank belongs to the office: the deputy was no secretary of state, nor is he flagged as one
    assert.deepStrictEqual(findings('Deputy Secretary of State Blinken says no.', 'office-anachronism', { documentDate: '2016-06-01' }), []);
    assert.deepStrictEqual(findings('Under-Secretary-General Blinken says no.', 'office-anachronism', { documentDate: '2016-06-01' }), []);
    assert.deepStrictEqual(findings('The briefing by the Under-Secretary-General for Peace Operations, Antony Blinken, was clear.', 'office-anachronism', { documentDate: '2016-06-01' }), []);
    // an office the list of titles lacks, "of the" another's: its holder is not that other
    assert.deepStrictEqual(findings('I thank the Personal Envoy of the Secretary-General, Antony Blinken, for his briefing.', 'office-anachronism', { documentDate: '2016-06-01' }), []);
    assert.deepStrictEqual(findings('I thank the adviser to the President, Antony Blinken, for his briefing.', 'office-anachronism', { documentDate: '2016-06-01' }), []);
  });
  it('reads "Head of the Office of the President" as that office, not as "President"', () => {
    const flagged = builtinFindings('office-anachronism', '2026-12-05');
    assert.deepStrictEqual(flagged('Head of the Office of the President Andriy Yermak said on Tuesday that talks would continue.'), ['Head of the Office of the President Andriy Yermak']);
    assert.deepStrictEqual(flagged('Head of the Office of the President Andriy Yermak said in 2023 that talks would continue.'), []);
    assert.deepStrictEqual(flagged('Head of the Office of the President Kyrylo Budanov said on Tuesday that talks would continue.'), []);
  });
  it('reads the last of two titles joined by "and" before a comma ("Deputy Prime Minister and Minister for Defence, Richard Marles,")', () => {
    const flagged = builtinFindings('office-anachronism', '2026-12-05');
    assert.deepStrictEqual(flagged("Australia's Deputy Prime Minister and Minister for Defence, Richard Marles, attended."), []);
    // the last title is still checked: Marles was never Foreign Minister
    assert.deepStrictEqual(flagged("Australia's Deputy Prime Minister and Foreign Minister, Richard Marles, attended."), ['Foreign Minister, Richard Marles']);
  });
  it('reads the UN ambassador\'s title as the UN writes it ("Ambassador to the UN", "Permanent Representative")', () => {
    const flagged = builtinFindings('office-anachronism', '2026-12-03');
    assert.deepStrictEqual(flagged('US Ambassador to the UN Linda Thomas-Greenfield says the vote matters.'), ['US Ambassador to the UN Linda Thomas-Greenfield']);
    assert.deepStrictEqual(flagged('US Permanent Representative Linda Thomas-Greenfield says the vote matters.'), ['US Permanent Representative Linda Thomas-Greenfield']);
    assert.deepStrictEqual(flagged('The US Ambassador to the UN, Linda Thomas-Greenfield, says the vote matters.'), ['US Ambassador to the UN, Linda Thomas-Greenfield']);
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2023-03-01')('US Ambassador to the UN Linda Thomas-Greenfield says the vote matters.'), []);
  });
  it('reads the formal US cabinet titles ("Secretary of Homeland Security", "Secretary of the Treasury")', () => {
    const flagged = builtinFindings('office-anachronism', '2026-12-05');
    assert.deepStrictEqual(flagged('Secretary of Homeland Security Kristi Noem says more cutters are needed.'), ['Secretary of Homeland Security Kristi Noem']);
    assert.deepStrictEqual(flagged('Secretary of the Treasury Janet Yellen says rates matter.'), ['Secretary of the Treasury Janet Yellen']);
    assert.deepStrictEqual(flagged('Secretary of Commerce Pete Hegseth says so.'), ['Secretary of Commerce Pete Hegseth']);
    assert.deepStrictEqual(flagged('Secretary of the Treasury Scott Bessent says so.'), []);
  });
  it('reads a chair\'s title with the body it chairs ("AU Commission Chairperson"), not a bare "Chairman"', () => {
    const flagged = builtinFindings('office-anachronism', '2026-12-03');
    assert.deepStrictEqual(flagged('AU Commission Chairperson Moussa Faki Mahamat says talks matter.'), ['AU Commission Chairperson Moussa Faki Mahamat']);
    assert.deepStrictEqual(flagged('The Chairperson of the African Union Commission, Moussa Faki Mahamat, says talks matter.'), ['Chairperson of the African Union Commission, Moussa Faki Mahamat']);
    assert.deepStrictEqual(flagged('AU Commission Chairperson Mahmoud Ali Youssouf says talks matter.'), []);
    assert.deepStrictEqual(flagged('Chairman Moussa Faki Mahamat says talks matter.'), []);
  });
  it('lets a time in an earlier clause of the sentence date the act when the holder held the office then', () => {
    const flagged = builtinFindings('office-anachronism', '2026-12-05');
    assert.deepStrictEqual(flagged('Relations soured after Washington decertified Colombia in September 2025 and sanctioned President Gustavo Petro.'), []);
    // a time when the holder did not hold it dates nothing for the title
    assert.deepStrictEqual(flagged('Relations soured after Washington decertified Colombia in September 2021 and sanctioned President Gustavo Petro.'), ['President Gustavo Petro']);
    // nor a clause that speaks of now
    assert.deepStrictEqual(flagged('Talks ran from 2022 to 2025, and the file is now handled by President Gustavo Petro.'), ['President Gustavo Petro']);
    // the holder as the subject of a clause after a semicolon, told in the past after a word of time
    const nexperia = 'The Hague seized control of Nexperia in October 2025, and Beijing answered by blocking exports; Dutch Economy Minister Vincent Karremans later suspended the order.';
    assert.deepStrictEqual(flagged(nexperia), []);
    assert.deepStrictEqual(flagged(nexperia.replace('later suspended the order', 'now says the order stands')), ['Dutch Economy Minister Vincent Karremans']);
  });
  it("keeps the title in the writers' own past dealings with the holder (\"I briefed President Obama\")", () => {
    const flagged = builtinFindings('office-anachronism', '2026-12-05');
    assert.deepStrictEqual(flagged('I briefed President Obama every morning.'), []);
    assert.deepStrictEqual(flagged('As foreign minister, I told Secretary of State John Kerry that Moscow would not back down.'), []);
    assert.deepStrictEqual(flagged('Secretary of State John Kerry and I flew to Geneva.'), []);
    assert.deepStrictEqual(flagged('Yesterday I met President Obama.'), ['President Obama']);
    assert.deepStrictEqual(flagged('President Obama says so.'), ['President Obama']);
  });
  it('reads "this spring" or "this autumn" as the document\'s year', () => {
    const flagged = builtinFindings('office-anachronism', '2026-12-05');
    assert.deepStrictEqual(flagged('Commerce Secretary Gina Raimondo defended the rules in Congress this spring.'), ['Commerce Secretary Gina Raimondo']);
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2024-12-05')('Commerce Secretary Gina Raimondo defended the rules in Congress this spring.'), []);
  });
  it("reads NATO's Supreme Allied Commander Europe (SACEUR) as an office", () => {
    const flagged = builtinFindings('office-anachronism', '2026-12-05');
    assert.deepStrictEqual(flagged('Supreme Allied Commander Europe Christopher Cavoli says the plans are ready.'), ['Supreme Allied Commander Europe Christopher Cavoli']);
    assert.deepStrictEqual(flagged('SACEUR Christopher Cavoli says the plans are ready.'), ['SACEUR Christopher Cavoli']);
    assert.deepStrictEqual(flagged('SACEUR Alexus Grynkewich says the plans are ready.'), []);
  });
  it('reads no title in apposition across the end of a sentence ("Blinken, spoke. The Secretary of State, …")', () => {
    const titleOf = (text: string) => analyze(text).mentions.find((m) => m.id === 'antony-blinken')?.title;
    assert.strictEqual(titleOf('We heard Antony Blinken, who spoke. The Secretary of State, Rubio, spoke next.'), undefined);
    assert.strictEqual(titleOf('We heard Antony Blinken, spoke. The Secretary of State, Rubio, spoke next.'), undefined);
    assert.strictEqual(titleOf('We heard Antony Blinken, the U.S. secretary of state, in 2022.'), 'U.S. secretary of state');
  });
  it("accepts a title that begins the office's name: the President of the European Commission", () => {
    assert.deepStrictEqual(findings('President Ursula von der Leyen says no.', 'office-anachronism', { documentDate: '2025-03-01' }), []);
    assert.deepStrictEqual(findings('Prime Minister Ursula von der Leyen says no.', 'office-anachronism', { documentDate: '2025-03-01' }), ['Prime Minister Ursula von der Leyen']);
  });
  it('reads a title without the last word of the sentence before it', () => {
    const titleOf = (text: string) => analyze(text).mentions.find((m) => m.id === 'antony-blinken')?.title;
    assert.strictEqual(titleOf('He thanked Lavrov. Secretary of State Blinken says no.'), 'Secretary of State');
    assert.strictEqual(titleOf('U.S. Secretary of State Blinken says no.'), 'U.S. Secretary of State');
    assert.strictEqual(titleOf('So United States Secretary of State Blinken says no.'), 'United States Secretary of State');
    assert.strictEqual(titleOf('Yesterday US Secretary of State Blinken says no.'), 'US Secretary of State');
    assert.strictEqual(titleOf('The Secretary of State Blinken says no.'), 'Secretary of State');
  });
  it('reads the title before a surname written with its particles ("de Maizière")', () => {
    const mentions = analyze('Defence Minister de Maizière spoke.').mentions;
    assert.deepStrictEqual(mentions.map((m) => [m.text, m.title]), [['de Maizière', 'Defence Minister']]);
    assert.deepStrictEqual(findings('Defence Minister de Maizière spoke.', 'office-anachronism', { documentDate: '2012-05-01' }), []);
    assert.deepStrictEqual(findings('Defence Minister de Maizière says no.', 'office-anachronism', { documentDate: '2015-05-01' }), ['Defence Minister de Maizière']);
  });
  it('flags "former" for a person still in office', () => {
    assert.deepStrictEqual(findings('Former Foreign Minister Lavrov spoke.', 'office-anachronism'), ['Former Foreign Minister Lavrov']);
  });
  it('checks an ambassador whose state or post the title names, not the courtesy "Ambassador" alone', () => {
    const flagged = builtinFindings('office-anachronism', '2025-11-04');
    assert.deepStrictEqual(flagged('U.S. Ambassador Linda Thomas-Greenfield says the vote is wrong.'), ['U.S. Ambassador Linda Thomas-Greenfield']);
    assert.deepStrictEqual(flagged('UN Ambassador Linda Thomas-Greenfield says the vote is wrong.'), ['UN Ambassador Linda Thomas-Greenfield']);
    // "U.S." ends no sentence: the year before it sets the account in her term
    assert.deepStrictEqual(flagged('In 2022 U.S. Ambassador Linda Thomas-Greenfield said the vote was wrong.'), []);
    assert.deepStrictEqual(flagged('On 29 October 2025 the Assembly voted. U.S. Ambassador Linda Thomas-Greenfield told delegates to stop.'), ['U.S. Ambassador Linda Thomas-Greenfield']);
    // in American usage a former ambassador keeps "Ambassador" for life
    assert.deepStrictEqual(flagged('Ambassador Linda Thomas-Greenfield says the vote is wrong.'), []);
    assert.deepStrictEqual(flagged('U.S. Ambassador Mike Waltz says the vote is wrong.'), []);
  });
  it("knows an office held twice, with years between: Stoltenberg as Norway's finance minister (1996–1997, and again from 4 February 2025)", () => {
    const says = 'Finance Minister Jens Stoltenberg says the budget is sound.';
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2024-11-20')(says), ['Finance Minister Jens Stoltenberg']);
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2025-11-20')(says), []);
    // a past-tense account with no time named is set in the earlier term
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2024-11-20')('Finance Minister Jens Stoltenberg presented the budget.'), []);
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2026-11-20')('NATO Secretary General Jens Stoltenberg says the deal is verifiable.'), ['NATO Secretary General Jens Stoltenberg']);
  });
  it("knows Élisabeth Borne's return as education minister (23 December 2024 – 12 October 2025), a portfolio the title names", () => {
    const says = 'Education Minister Élisabeth Borne says the reform will go ahead.';
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2025-03-01')(says), []);
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2025-11-20')(says), ['Education Minister Élisabeth Borne']);
  });
  it('knows Marco Rubio as acting national security advisor from 1 May 2025, besides Secretary of State', () => {
    const says = 'National Security Adviser Marco Rubio says the talks will resume.';
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2026-06-01')(says), []);
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2025-03-01')(says), ['National Security Adviser Marco Rubio']);
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2026-06-01')('Secretary of State Marco Rubio says the talks will resume.'), []);
  });
  it('knows that the High Representative is also a vice-president of the Commission (HR/VP), not a president', () => {
    const on2026 = builtinFindings('office-anachronism', '2026-06-01');
    assert.deepStrictEqual(on2026('EU Vice-President Kaja Kallas says the EU will respond.'), []);
    assert.deepStrictEqual(on2026('President Kaja Kallas says the EU will respond.'), ['President Kaja Kallas']);
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2022-06-01')('Vice-President Josep Borrell says the EU will respond.'), []);
    assert.deepStrictEqual(on2026('Vice-President Josep Borrell says the EU will respond.'), ['Vice-President Josep Borrell']);
  });
  it('reads the portfolio written before "Secretary" ("Justice Secretary", "Business Secretary"), and the Lord Chancellor as the Justice Secretary', () => {
    const on2025 = builtinFindings('office-anachronism', '2025-06-01');
    const on2026 = builtinFindings('office-anachronism', '2026-06-01');
    // Lammy was Foreign Secretary until 5 September 2025, then Justice Secretary and Lord Chancellor
    assert.deepStrictEqual(on2025('Justice Secretary David Lammy says the bill is ready.'), ['Justice Secretary David Lammy']);
    assert.deepStrictEqual(on2026('Justice Secretary David Lammy says the bill is ready.'), []);
    assert.deepStrictEqual(on2025('Lord Chancellor David Lammy says the bill is ready.'), ['Lord Chancellor David Lammy']);
    assert.deepStrictEqual(on2026('Lord Chancellor David Lammy says the bill is ready.'), []);
    // Kenya's "Foreign Cabinet Secretary": the office "Cabinet Secretary for Foreign and Diaspora Affairs"
    assert.deepStrictEqual(on2026('Foreign Cabinet Secretary Musalia Mudavadi spoke.'), []);
    assert.deepStrictEqual(on2026('Health Cabinet Secretary Musalia Mudavadi spoke.'), ['Health Cabinet Secretary Musalia Mudavadi']);
    // Kyle was science secretary then
    assert.deepStrictEqual(on2025('Business Secretary Peter Kyle says the deal is done.'), ['Business Secretary Peter Kyle']);
    assert.deepStrictEqual(on2026('Business Secretary Peter Kyle says the deal is done.'), []);
    // a word that says whose office it is names no portfolio, before "Secretary" or, as a state's
    // adjective, before "Minister"
    const on2024 = builtinFindings('office-anachronism', '2024-07-10');
    assert.deepStrictEqual(on2024('Israeli Minister Gideon Saar says the talks are over.'), []);
    assert.deepStrictEqual(on2024('Israeli Foreign Minister Gideon Saar says the talks are over.'), ['Israeli Foreign Minister Gideon Saar']);
    assert.deepStrictEqual(on2024('Philippine Secretary Gilberto Teodoro says the talks are over.'), []);
    assert.deepStrictEqual(on2024('Our Secretary Gilberto Teodoro says the talks are over.'), []);
  });
  it("knows Italy's and Spain's foreign ministers, Antonio Tajani (from October 2022) and José Manuel Albares (from July 2021)", () => {
    const text = 'Foreign Minister Antonio Tajani and Spanish Foreign Minister José Manuel Albares met.';
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2026-06-01')(text), []);
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2022-06-01')(text), ['Foreign Minister Antonio Tajani']);
  });
  it('knows the heads of state and government who took office from late 2025 to early 2026, and their predecessors', () => {
    const on = builtinFindings('office-anachronism', '2026-06-15');
    assert.deepStrictEqual(on('President Gabriel Boric and President José Antonio Kast met.'), ['President Gabriel Boric']);
    assert.deepStrictEqual(on('President Xiomara Castro and President Nasry Asfura met.'), ['President Xiomara Castro']);
    assert.deepStrictEqual(on('Prime Minister Dick Schoof and Prime Minister Rob Jetten met.'), ['Prime Minister Dick Schoof']);
    assert.deepStrictEqual(on('President Marcelo Rebelo de Sousa and President António José Seguro met.'), ['President Marcelo Rebelo de Sousa']);
    assert.deepStrictEqual(on('President Michael D. Higgins and President Catherine Connolly met.'), ['President Michael D. Higgins']);
    assert.deepStrictEqual(on('President Luis Arce and President Rodrigo Paz met.'), ['President Luis Arce']);
    assert.deepStrictEqual(on('President Rodrigo Chaves and President Laura Fernández met.'), ['President Rodrigo Chaves']);
    // Peru's interim president from October 2025 was censured in February 2026
    assert.deepStrictEqual(on('President José Jerí says the state of emergency stays.'), ['President José Jerí']);
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2025-12-01')('President José Jerí says the state of emergency stays.'), []);
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2025-12-01')('President Dina Boluarte says the state of emergency stays.'), ['President Dina Boluarte']);
    assert.deepStrictEqual(on('Prime Minister Kyriakos Mitsotakis, Prime Minister Anutin Charnvirakul, President Daniel Noboa and President José Raúl Mulino met.'), []);
    // before their terms: the entries are read, so the empty list above says they held the offices
    const says = (title: string) => `${title} says the talks will resume.`;
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2025-06-01')(says('Prime Minister Anutin Charnvirakul')), ['Prime Minister Anutin Charnvirakul']);
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2023-06-01')(says('President Daniel Noboa')), ['President Daniel Noboa']);
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2024-03-01')(says('President José Raúl Mulino')), ['President José Raúl Mulino']);
    // the year before, the other way round
    const before = builtinFindings('office-anachronism', '2025-06-15');
    assert.deepStrictEqual(before('President Gabriel Boric and President José Antonio Kast met.'), ['President José Antonio Kast']);
    // Mitsotakis was out of office for a month between the two elections of 2023
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2023-06-10')('Prime Minister Kyriakos Mitsotakis says the talks will resume.'), ['Prime Minister Kyriakos Mitsotakis']);
  });
  it('knows ministers and officials of 2025–2026: Mahmood, Vautrin, Klingbeil, Dobrindt, Lutnick', () => {
    const on2026 = builtinFindings('office-anachronism', '2026-03-10');
    const on2025 = builtinFindings('office-anachronism', '2025-06-10');
    const ministers = 'Home Secretary Shabana Mahmood and Armed Forces Minister Catherine Vautrin say the plan is ready.';
    assert.deepStrictEqual(on2026(ministers), []);
    assert.deepStrictEqual(on2025(ministers), ['Home Secretary Shabana Mahmood', 'Armed Forces Minister Catherine Vautrin']);
    const cabinet = 'Finance Minister Lars Klingbeil, Interior Minister Alexander Dobrindt and Commerce Secretary Howard Lutnick say the deal stands.';
    assert.deepStrictEqual(on2026(cabinet), []);
    // before the Merz cabinet (6 May 2025) and Lutnick's swearing-in (21 February 2025)
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2025-01-10')(cabinet), ['Finance Minister Lars Klingbeil', 'Interior Minister Alexander Dobrindt', 'Commerce Secretary Howard Lutnick']);
  });
  it('reads the heads of intelligence services as one family: Director of National Intelligence, CIA Director, intelligence chief', () => {
    const says = (title: string, name: string) => `${title} ${name} says the threat is growing.`;
    const on = (date: string, title: string, name: string) => builtinFindings('office-anachronism', date)(says(title, name));
    assert.deepStrictEqual(on('2025-06-10', 'Director of National Intelligence', 'Tulsi Gabbard'), []);
    assert.deepStrictEqual(on('2026-09-01', 'Director of National Intelligence', 'Tulsi Gabbard'), ['Director of National Intelligence Tulsi Gabbard']);
    assert.deepStrictEqual(on('2017-06-01', 'CIA Director', 'Mike Pompeo'), []);
    // by 2019 Pompeo was Secretary of State
    assert.deepStrictEqual(on('2019-06-01', 'CIA Director', 'Mike Pompeo'), ['CIA Director Mike Pompeo']);
    assert.deepStrictEqual(on('2019-06-01', 'Secretary of State', 'Mike Pompeo'), []);
    assert.deepStrictEqual(on('2025-06-10', 'Intelligence chief', 'Kyrylo Budanov'), []);
    assert.deepStrictEqual(on('2026-03-10', 'Intelligence chief', 'Kyrylo Budanov'), ['Intelligence chief Kyrylo Budanov']);
    // in lowercase, as the press writes it mid-sentence
    assert.deepStrictEqual(on('2026-03-10', "Ukraine's spy chief", 'Kyrylo Budanov'), ['spy chief Kyrylo Budanov']);
    // Israel's Minister of Intelligence is a minister by portfolio, as before
    assert.deepStrictEqual(on('2020-09-01', 'Intelligence Minister', 'Eli Cohen'), []);
    // every service the office families know titles a name before it too ("Shabak", "MIT" as well as "Shin Bet", "MİT")
    assert.deepStrictEqual(on('2026-12-01', 'Shabak Director', 'Ronen Bar'), ['Shabak Director Ronen Bar']);
    assert.deepStrictEqual(on('2026-12-01', 'MIT Director', 'Hakan Fidan'), ['MIT Director Hakan Fidan']);
    assert.deepStrictEqual(on('2026-12-01', 'MİT Director', 'İbrahim Kalın'), []);
  });
  /** Checks rows of [document date, title and name, whether office-anachronism flags it], each in "<title and name> <rest>". */
  const checkTitles = (rows: readonly (readonly [string, string, boolean])[], rest = 'says the talks will resume.') => {
    for (const [date, title, flagged] of rows) {
      assert.deepStrictEqual(builtinFindings('office-anachronism', date)(`${title} ${rest}`), flagged ? [title] : [], `${title} on ${date}`);
    }
  };
  /** The message of office-anachronism's first finding in `text` on `date`, or '' when there is none. */
  const messageOn = (date: string, text: string) => builtinRuleFindings('office-anachronism', date)(text)[0]?.message ?? '';
  it('reads the title "Minister for Europe and Foreign Affairs" as a foreign minister, and names its holders since 2025', () => {
    checkTitles([
      ['2024-06-01', 'Foreign Minister Igli Hasani', false],
      ['2026-12-01', 'Foreign Minister Igli Hasani', true],
      ['2025-12-01', 'Foreign Minister Elisa Spiropali', false],
      ['2026-12-01', 'Foreign Minister Ferit Hoxha', false],
      ['2026-06-01', 'Defence Minister Dilan Yeşilgöz', false],
      ['2026-06-01', 'Defence Minister Ruben Brekelmans', true],
    ]);
    const [finding] = builtinRuleFindings('office-anachronism', '2026-12-01')('Foreign Minister Igli Hasani says the talks will resume.');
    assert.match(finding!.message, /Ferit Hoxha held it then \(since March 2026\)\.$/);
  });
  it('names the holders of offices that changed hands in 2025–2026: ministers, a Lord Chancellor, a senate president', () => {
    checkTitles([
      ['2026-06-01', 'Justice Minister Adam Bodnar', true],
      ['2026-06-01', 'Justice Minister Waldemar Żurek', false],
      ['2026-06-01', 'Senate President Tito Sotto', true],
      ['2026-05-20', 'Senate President Alan Peter Cayetano', false],
      ['2026-08-01', 'Senate President Sherwin Gatchalian', false],
      ['2025-12-01', 'Justice Minister Foort van Oosten', false],
      ['2026-06-01', 'Justice Minister Foort van Oosten', true],
      ['2026-06-01', 'Justice Minister David van Weel', false],
    ]);
    assert.match(messageOn('2026-06-01', 'Justice Minister Adam Bodnar says the talks will resume.'), /Waldemar Żurek held it then \(since 24 July 2025\)\.$/);
    assert.match(messageOn('2026-09-01', 'Senate President Alan Peter Cayetano says the talks will resume.'), /Sherwin Gatchalian held it then \(since 17 June 2026\)\.$/);
    assert.match(messageOn('2026-06-01', 'Agriculture Minister Shinjiro Koizumi says the talks will resume.'), /Norikazu Suzuki held it then \(since 21 October 2025\)\.$/);
    assert.match(messageOn('2026-06-01', 'Work and Pensions Secretary Liz Kendall says the talks will resume.'), /Pat McFadden held it then \(since 5 September 2025\)\.$/);
    assert.match(messageOn('2026-06-01', 'Lord Chancellor Shabana Mahmood says the talks will resume.'), /David Lammy held it then \(since 5 September 2025\)\.$/);
    assert.match(messageOn('2026-06-01', 'Executive Secretary Lucas Bersamin says the talks will resume.'), /Ralph Recto held it then \(since 17 November 2025; last confirmed February 2026\)\.$/);
  });
  it('names the holder of the office under the title the text writes, where one family holds two offices ("Supreme Leader", "President")', () => {
    assert.match(messageOn('2026-12-02', 'Supreme Leader Ali Khamenei says Iran will not negotiate.'), /Mojtaba Khamenei held it then \(since March 2026\)\.$/);
    assert.match(messageOn('2026-12-02', 'President Ali Khamenei says Iran will not negotiate.'), /Masoud Pezeshkian held it then \(since 28 July 2024\)\.$/);
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2026-12-02')('Supreme Leader Mojtaba Khamenei says Iran will not negotiate.'), []);
  });
  it('reads an office named through a body of its state ("President of the Palestinian Authority" is the President of Palestine)', () => {
    const flagged = builtinFindings('office-anachronism', '2026-11-30');
    assert.deepStrictEqual(flagged('Mahmoud Abbas, the President of the Palestinian Authority, called for elections.'), []);
    assert.deepStrictEqual(flagged('Palestinian Authority President Mahmoud Abbas called for elections.'), []);
    // a body of another owner names none of his offices
    assert.deepStrictEqual(flagged('Mahmoud Abbas, the President of the European Commission, called for elections.'), ['Mahmoud Abbas, the President of the European Commission']);
  });
  it('reads a title and a surname several people bear as the bearer who held the office, not a newer bearer', () => {
    checkTitles([
      ['1985-05-01', 'Prime Minister Gandhi', false],
      ['1983-06-01', 'Prime Minister Nakasone', false],
      ['2020-06-01', 'Home Secretary Patel', false],
    ]);
  });
  it('checks the presiding officers of parliaments by their press titles ("Speaker", "House Speaker", "Parliament Speaker") and the US Senate\'s leaders', () => {
    checkTitles([
      ['2022-03-01', 'Speaker Mike Johnson', true],
      ['2024-03-01', 'Speaker Mike Johnson', false],
      ['2020-03-01', 'House Speaker Nancy Pelosi', false],
      ['2024-03-01', 'House Speaker Nancy Pelosi', true],
      ['2022-03-01', 'Parliament Speaker Mohammad Bagher Ghalibaf', false],
      ['2019-03-01', 'Parliament Speaker Mohammad Bagher Ghalibaf', true],
      ['2024-03-01', 'Speaker Nabih Berri', false],
      ['2020-03-01', 'Rada Speaker Ruslan Stefanchuk', true],
      ['2023-03-01', 'Rada Speaker Ruslan Stefanchuk', false],
      ['2023-03-01', 'Bundestag President Julia Klöckner', true],
      ['2009-03-01', 'Speaker Bronisław Komorowski', false],
      // a deputy's office is another office, which the rule does not check
      ['2024-03-01', 'Deputy Speaker Nancy Pelosi', false],
      // nor is a speaker at an event
      ['2025-06-01', 'Keynote Speaker Mark Rutte', false],
      ['2025-06-01', 'Guest Speaker Kaja Kallas', false],
      // the US Senate's leaders by their very titles; a bare "Majority Leader" may be the House's, unchecked
      ['2025-06-01', 'Senate Majority Leader Chuck Schumer', true],
      ['2025-06-01', 'Senate Minority Leader Chuck Schumer', false],
      ['2022-06-01', 'Senate Majority Leader Chuck Schumer', false],
      ['2025-06-01', 'Majority Leader Chuck Schumer', false],
      ['2025-06-01', 'House Majority Leader Chuck Schumer', false],
    ]);
    assert.match(messageOn('2022-03-01', 'Speaker Mike Johnson says the bill will pass.'), /Nancy Pelosi held it then \(3 January 2019 – 3 January 2023\)\.$/);
    assert.match(messageOn('2020-03-01', 'Rada Speaker Ruslan Stefanchuk says the bill will pass.'), /Dmytro Razumkov held it then/);
    assert.match(messageOn('2023-03-01', 'Bundestag President Julia Klöckner says the bill will pass.'), /Bärbel Bas held it then/);
    assert.match(messageOn('2025-06-01', 'Senate Majority Leader Mitch McConnell says the bill will pass.'), /John Thune held it then \(since 3 January 2025\)\.$/);
    // also a title in apposition after the name
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2024-03-01')('Nancy Pelosi, the Speaker of the House, says so.'), ['Nancy Pelosi, the Speaker of the House']);
  });
  it('knows the foreign ministers of Hungary, Czechia, the Netherlands and Chile who changed in 2025–2026', () => {
    const minister = (name: string) => `Foreign Minister ${name}`;
    const rows: (readonly [string, string, boolean])[] = [
      ['2025-06-01', minister('Péter Szijjártó'), false],
      ['2026-09-01', minister('Péter Szijjártó'), true],
      ['2026-03-01', minister('Jan Lipavský'), true],
      ['2026-03-01', minister('Petr Macinka'), false],
      ['2026-03-01', minister('Caspar Veldkamp'), true],
      ['2025-10-01', minister('David van Weel'), false],
      ['2026-06-01', minister('Tom Berendsen'), false],
      ['2026-06-01', minister('Alberto van Klaveren'), true],
      ['2026-06-01', minister('Francisco Pérez Mackenna'), false],
    ];
    // the new ministers before they took office
    for (const name of ['Petr Macinka', 'David van Weel', 'Tom Berendsen', 'Francisco Pérez Mackenna']) rows.push(['2025-06-01', minister(name), true]);
    checkTitles(rows, 'says the talks will go on.');
  });
  it('knows the European and Pacific heads of government added in the forty-second round, each also before their terms', () => {
    const heads = ['Prime Minister Christopher Luxon', 'Prime Minister Luc Frieden', 'Prime Minister Kristrún Frostadóttir', 'Prime Minister Andrej Plenković', 'Chancellor Christian Stocker', 'Prime Minister Lawrence Wong', 'Taoiseach Micheál Martin'];
    checkTitles(heads.flatMap((title) => [['2025-06-01', title, false], ['2015-06-01', title, true]] as const));
    checkTitles([
      // Bulgaria: Radev left the presidency on 23 January 2026 and became prime minister on 8 May 2026
      ['2025-06-01', 'President Rumen Radev', false],
      ['2026-03-01', 'President Rumen Radev', true],
      ['2026-03-01', 'Prime Minister Rumen Radev', true],
      ['2026-06-01', 'Prime Minister Rumen Radev', false],
      // Ireland's titles: Martin was Tánaiste (deputy head of government) between his two terms as Taoiseach
      ['2024-06-01', 'Tánaiste Micheál Martin', false],
      ['2024-06-01', 'Taoiseach Micheál Martin', true],
      ['2026-06-01', 'Tánaiste Micheál Martin', true],
      // Singapore: Lee Hsien Loong handed over to Lawrence Wong on 15 May 2024 and stayed as senior minister
      ['2023-06-01', 'Prime Minister Lee Hsien Loong', false],
      ['2025-06-01', 'Prime Minister Lee Hsien Loong', true],
      // Switzerland's presidency rotates each year
      ['2025-06-01', 'President Karin Keller-Sutter', false],
      ['2026-06-01', 'President Karin Keller-Sutter', true],
    ]);
  });
  it('knows the foreign ministers and officials added in the forty-second round, each also outside their terms', () => {
    const ministers = ['Maria Malmer Stenergard', 'Baiba Braže', 'Beate Meinl-Reisinger', 'Maxime Prévot', 'Paulo Rangel', 'Giorgos Gerapetritis', 'Sugiono', 'Yván Gil'];
    checkTitles(ministers.flatMap((name) => [['2025-06-01', `Foreign Minister ${name}`, false], ['2020-06-01', `Foreign Minister ${name}`, true]] as const));
    checkTitles([
      // Argentina changed foreign ministers on 27–28 October 2025
      ['2025-06-01', 'Foreign Minister Gerardo Werthein', false],
      ['2026-06-01', 'Foreign Minister Gerardo Werthein', true],
      ['2025-06-01', 'Foreign Minister Pablo Quirno', true],
      ['2026-06-01', 'Foreign Minister Pablo Quirno', false],
      // the OSCE's Secretary General from 6 December 2024
      ['2024-06-01', 'OSCE Secretary General Feridun Sinirlioğlu', true],
      ['2026-06-01', 'OSCE Secretary General Feridun Sinirlioğlu', false],
      // defence ministers: Brekelmans left with the Schoof cabinet, Nasirzadeh was killed on 28 February 2026
      ['2025-06-01', 'Defence Minister Ruben Brekelmans', false],
      ['2026-06-01', 'Defence Minister Ruben Brekelmans', true],
      ['2025-06-01', 'Defence Minister Aziz Nasirzadeh', false],
      ['2026-06-01', 'Defence Minister Aziz Nasirzadeh', true],
      ['2025-06-01', 'Defense Minister Khalid bin Salman', false],
      ['2020-06-01', 'Defense Minister Khalid bin Salman', true],
      // Dendias was foreign minister from 2019 to 2023, then defence minister again
      ['2022-06-01', 'Foreign Minister Nikos Dendias', false],
      ['2025-06-01', 'Foreign Minister Nikos Dendias', true],
      ['2025-06-01', 'Defence Minister Nikos Dendias', false],
    ]);
  });
  it("knows that Christian Schmidt's term as High Representative for Bosnia ended in 2026", () => {
    const says = 'High Representative Christian Schmidt says the law is void.';
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2026-03-10')(says), []);
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2026-09-10')(says), ['High Representative Christian Schmidt']);
  });
  it('reads "Foreign Minister Cho" as Cho Hyun, a name written family name first', () => {
    const analyzer = createAnalyzer({ kb: (builtinKb ??= loadKnowledgeBase(builtinKbFiles).kb), today: () => '2026-03-10' });
    const ids = (text: string) => analyzer.analyze({ uri: 'memory://cho.md', version: 1, getText: () => text }).mentions.map((m) => `${m.text}: ${m.id}`);
    assert.deepStrictEqual(ids('Foreign Minister Cho says the talks will go on.'), ['Cho: cho-hyun']);
  });
  it("knows that a General Assembly president's term is one session: Baerbock's ended when the 81st opened in September 2026", () => {
    const says = 'General Assembly President Annalena Baerbock says the vote is set.';
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2026-03-20')(says), []);
    assert.deepStrictEqual(builtinFindings('office-anachronism', '2026-11-20')(says), ['General Assembly President Annalena Baerbock']);
    // the office's own head and the last words of its body's name: "President of the General Assembly"
    const flagged = builtinFindings('office-anachronism', '2026-12-05');
    assert.deepStrictEqual(flagged('On 25 November 2025 the President of the General Assembly, Annalena Baerbock, sent a letter.'), []);
    assert.deepStrictEqual(flagged('The President of the General Assembly, Annalena Baerbock, says the vote is near.').length, 1);
  });
  it('reads a month after a participle with no verb before it as the date of a thing, not of the holder', () => {
    const flagged = builtinFindings('office-anachronism', '2025-04-15');
    // Gallant was dismissed on 5 November 2024; the warrants came on the 21st; the paragraph is set on 3 April 2025
    const wanted = 'The sharpest test came on 3 April. Benjamin Netanyahu, who is wanted together with Defence Minister Yoav Gallant under the warrants issued in November, arrived in Budapest.';
    assert.deepStrictEqual(flagged(wanted), ['Defence Minister Yoav Gallant']);
    // a passive is the sentence's verb: its month dates the account
    assert.deepStrictEqual(flagged('Defence Minister Yoav Gallant, whose plan was announced in November, spoke.'), []);
  });
  it('reads "WHO" in capitals as whose office a title in apposition is, and "who" as a pronoun', () => {
    const flagged = builtinFindings('office-anachronism', '2026-11-30');
    assert.deepStrictEqual(flagged('Simon Stiell, the WHO executive secretary, spoke.'), ['Simon Stiell, the WHO executive secretary']);
    assert.deepStrictEqual(flagged('Simon Stiell, the UNFCCC executive secretary, spoke.'), []);
    // a draft that dropped "was": the pronoun says whose office it is no more than in "who was secretary of state"
    assert.deepStrictEqual(flagged('Antony Blinken, who secretary of state, says no.'), []);
  });
  it("leaves alone an ousted holder's title in a demand for their release or return", () => {
    const flagged = builtinFindings('office-anachronism', '2023-08-11');
    assert.deepStrictEqual(flagged('We demand the immediate release of President Bazoum and his family.'), []);
    assert.deepStrictEqual(flagged('We call for the reinstatement of President Mohamed Bazoum.'), []);
    assert.deepStrictEqual(flagged('President Bazoum says the junta must go.'), ['President Bazoum']);
  });
  it("reads the holder's office or staff as the office now, and the day a term ended as in it when the sentence tells of the end", () => {
    const flagged = builtinFindings('office-anachronism', '2024-10-14');
    assert.deepStrictEqual(flagged("Request a meeting with High Commissioner Michelle Bachelet's office."), ['High Commissioner Michelle Bachelet']);
    assert.deepStrictEqual(flagged("High Commissioner Michelle Bachelet's spokesperson said the report was ready."), []);
    assert.deepStrictEqual(flagged("High Commissioner Michelle Bachelet's report found abuses."), []);
    // Nasrallah's term ended on 27 September 2024, the day he was killed
    assert.deepStrictEqual(flagged("On 27 September a strike killed the group's secretary-general, Hassan Nasrallah."), []);
    assert.deepStrictEqual(flagged('On 28 September Secretary-General Hassan Nasrallah praised the attack.'), ['Secretary-General Hassan Nasrallah']);
    // "until" the month a term ended: Noem left Homeland Security in March 2026
    const later = builtinFindings('office-anachronism', '2026-12-05');
    assert.deepStrictEqual(later('The department, led by Secretary Kristi Noem until March 2026 and since then by Markwayne Mullin, signed the deals.'), []);
    assert.deepStrictEqual(later('The department, led by Secretary Kristi Noem in April 2026, signed the deals.'), ['Secretary Kristi Noem']);
  });
  it('reads "replaced" as the end of a term, "this week" as recent, "this year" and "last year" as years, and a predecessor as named so on purpose', () => {
    const flagged = builtinFindings('office-anachronism', '2025-10-06');
    // Sri Mulyani left the finance ministry on 8 September 2025, the day she was replaced
    assert.deepStrictEqual(flagged('On 8 September Prabowo replaced Finance Minister Sri Mulyani Indrawati with Purbaya Yudhi Sadewa.'), []);
    assert.deepStrictEqual(flagged('On 9 September Finance Minister Sri Mulyani Indrawati spoke.'), ['Finance Minister Sri Mulyani Indrawati']);
    const later = builtinFindings('office-anachronism', '2026-12-05');
    assert.deepStrictEqual(later('Secretary of Defense Lloyd Austin told reporters this year that the threat was real.'), ['Secretary of Defense Lloyd Austin']);
    assert.deepStrictEqual(later('Secretary of Defense Lloyd Austin told reporters this week that the threat was real.'), ['Secretary of Defense Lloyd Austin']);
    // Austin held the office until January 2025
    assert.deepStrictEqual(later('Secretary of Defense Lloyd Austin told reporters last year that the threat was real.'), []);
    assert.deepStrictEqual(later('His predecessor, Secretary-General Jens Stoltenberg, is blunter still.'), []);
    assert.deepStrictEqual(later('Secretary-General Jens Stoltenberg is blunter still.'), ['Secretary-General Jens Stoltenberg']);
  });
});

describe('rule: unknown-treaty', () => {
  it('reads a numbered part ("Article IV of the …") as no word of the name', () => {
    assert.deepStrictEqual(findings('Article IV of the Treaty of Lilliput applies.', 'unknown-treaty'), ['Treaty of Lilliput']);
    assert.deepStrictEqual(findings('An attack would invoke Article IV of the Treaty of Lilliput.', 'unknown-treaty'), ['Treaty of Lilliput']);
  });
  it('reads a kind of instrument after "a" or "an" in title case as no name ("Can You Leave a Humanitarian Treaty?")', () => {
    assert.deepStrictEqual(findings('## Can You Leave a Humanitarian Treaty in Wartime?', 'unknown-treaty'), []);
    assert.deepStrictEqual(findings('A Treaty of Friendship would help. We need an Accord on Plastics.', 'unknown-treaty'), []);
    assert.deepStrictEqual(findings('The Humanitarian Treaty of Lilliput applies.', 'unknown-treaty'), ['Humanitarian Treaty of Lilliput']);
  });
  it('flags an instrument-shaped name the knowledge base lacks, with its name as data', () => {
    const [finding] = analyze('Both sides cited the Treaty of Lilliput and the Blefuscu Naval Accords.').findings.filter((f) => f.code === 'unknown-treaty');
    assert.strictEqual(finding!.data?.name, 'Treaty of Lilliput');
    assert.deepStrictEqual(findings('Both sides cited the Treaty of Lilliput and the Blefuscu Naval Accords.', 'unknown-treaty'), ['Treaty of Lilliput', 'Blefuscu Naval Accords']);
  });
  it('reads a name that goes on with "of" whole, up to a mention it runs into', () => {
    assert.deepStrictEqual(findings('They cited the Declaration on the Conduct of Parties in Lilliput.', 'unknown-treaty'), ['Declaration on the Conduct of Parties']);
    assert.deepStrictEqual(findings('They cited the Convention on the Safety of Ukraine.', 'unknown-treaty'), ['Convention on the Safety']);
    // and with "for" after the instrument word ("the International Convention for the Safety of …")
    assert.deepStrictEqual(findings('States should ratify the Blefuscu Convention for the Safety of Fishing Vessels.', 'unknown-treaty'), ['Blefuscu Convention for the Safety of Fishing Vessels']);
  });
  it('reads a name with "and" inside, after a mention and "and", after a sentence-opening "The", and not a part of an instrument', () => {
    assert.deepStrictEqual(findings('The reform of the Stability and Growth Pact is due.', 'unknown-treaty'), ['Stability and Growth Pact']);
    assert.deepStrictEqual(findings('Russia and the Blefuscu Pact matter.', 'unknown-treaty'), ['Blefuscu Pact']);
    // the name after the mention's "and" may also run on past its instrument word
    assert.deepStrictEqual(findings('Russia and the Treaty of Lilliput matter.', 'unknown-treaty'), ['Treaty of Lilliput']);
    assert.deepStrictEqual(findings('The Treaty of Lilliput and Russia remain.', 'unknown-treaty'), ['Treaty of Lilliput']);
    assert.deepStrictEqual(findings('Part XII of the Convention covers pollution; Annex I to the Treaty lists sites.', 'unknown-treaty'), []);
    assert.deepStrictEqual(findings('Iran should apply the Additional Protocol and sign the Optional Protocol.', 'unknown-treaty'), []);
  });
  it('is quiet on known treaties and generic words', () => {
    assert.deepStrictEqual(findings('The INF Treaty, a new Treaty, this Agreement and the Peace Agreement.', 'unknown-treaty'), []);
  });
  it('is quiet on a known name that the document gives no context to read ("Oslo Accords" with no word of Israel or the PLO)', () => {
    const flagged = builtinFindings('unknown-treaty', '2026-12-03');
    assert.deepStrictEqual(flagged('The Oslo Accords of 1993 and 1995 are dead letters, unlike the Blefuscu Accords.'), ['Blefuscu Accords']);
  });
  it('takes in an "and" inside a name, but not into a known name, and spans the name alone after a capitalized "The"', () => {
    assert.deepStrictEqual(findings('They cited the Agreement on Movement and Access of 2005.', 'unknown-treaty'), ['Agreement on Movement and Access']);
    assert.deepStrictEqual(findings('They cited the Treaty of Lilliput and Russia.', 'unknown-treaty'), ['Treaty of Lilliput']);
    assert.deepStrictEqual(findings('The Blefuscu Naval Accords were signed.', 'unknown-treaty'), ['Blefuscu Naval Accords']);
  });
  it('spans a name that goes on after its instrument word, and leaves alone the end of a known name', () => {
    assert.deepStrictEqual(findings('Leaders welcomed the Joint Declaration of Argyle for Dialogue and Peace.', 'unknown-treaty'), ['Joint Declaration of Argyle for Dialogue and Peace']);
    // the end of "Intermediate-Range Nuclear Forces Treaty": a short form, not an unknown instrument
    assert.deepStrictEqual(findings('The sides kept a Nuclear Forces Treaty in mind.', 'unknown-treaty'), []);
  });
  it('leaves alone kinds of instrument that name none in particular, but not one with its parties before it', () => {
    const text = 'The Status of Forces Agreement with Lilliput is old; a Memorandum of Understanding, a Free Trade Agreement, an Agreement on Reciprocal Trade and a Stabilisation and Association Agreement followed.';
    assert.deepStrictEqual(findings(text, 'unknown-treaty'), []);
    assert.deepStrictEqual(findings('They praised the Lilliput–Blefuscu Free Trade Agreement.', 'unknown-treaty'), ['Lilliput–Blefuscu Free Trade Agreement']);
  });
  it('starts a name after the word and "the" that open a heading or a sentence, and reads no government as an instrument', () => {
    assert.deepStrictEqual(findings('# Ratifying the Lilliput Treaty Without Losing the Argument', 'unknown-treaty'), ['Lilliput Treaty']);
    assert.deepStrictEqual(findings('## What the Pact changes', 'unknown-treaty'), []);
    assert.deepStrictEqual(findings('They met the then Government of National Accord in Tripoli.', 'unknown-treaty'), []);
  });
  it('ends a name before a date after "of" and at a sentence\'s end, and reads plural instruments', () => {
    assert.deepStrictEqual(findings('The Lilliput Declaration of July 2025 helped.', 'unknown-treaty'), ['Lilliput Declaration']);
    assert.deepStrictEqual(findings('They are enlarging Blefuscu Reef. The Lilliput Summit Declaration disappoints.', 'unknown-treaty'), ['Lilliput Summit Declaration']);
    assert.deepStrictEqual(findings('The Lilliput House Treaties and the Blefuscu Agreements hold.', 'unknown-treaty'), ['Lilliput House Treaties', 'Blefuscu Agreements']);
  });
  it("remembers a phrase's verdict per knowledge base: a name one base lacks is the end of a name another knows", () => {
    const text = 'Both sides cited the Blefuscu Naval Accords again.';
    const grand = { kind: 'treaty', id: 'grand-accords', name: 'Grand Blefuscu Naval Accords', officialTitle: 'Grand Blefuscu Naval Accords', type: 'agreement', domain: ['other'], status: { value: 'in-force', note: 'Test.' }, source: 'https://example.org/source', reviewed: '2026-11-24', summary: 'A test agreement with a longer name.' };
    const flaggedBy = (analyzer: ReturnType<typeof analyzerOver>) =>
      analyzer.analyze({ uri: 'memory://accords.md', version: 1, getText: () => text }).findings.filter((f) => f.code === 'unknown-treaty').map((f) => text.slice(f.start, f.end));
    assert.deepStrictEqual(findings(text, 'unknown-treaty'), ['Blefuscu Naval Accords']);
    assert.deepStrictEqual(flaggedBy(analyzerOver([grand], '2026-11-24')), []);
    assert.deepStrictEqual(findings(text, 'unknown-treaty'), ['Blefuscu Naval Accords']);
  });
});

describe('suppression comments', () => {
  const text = (comment: string) => joinLines(comment, 'Kiev said no.', '', 'Kiev said yes.');
  it('disable-next-line silences one line, disable/enable a region, for one rule or all', () => {
    assert.deepStrictEqual(findings(text('<!-- policy-lens-disable-next-line preferred-spelling -->'), 'preferred-spelling').length, 1);
    assert.deepStrictEqual(findings(text('<!-- policy-lens-disable -->'), 'preferred-spelling'), []);
    assert.deepStrictEqual(findings(text('policy-lens-disable preferred-spelling'), 'preferred-spelling'), []);
    assert.deepStrictEqual(findings(joinLines('<!-- policy-lens-disable preferred-spelling -->', 'Kiev.', '<!-- policy-lens-enable preferred-spelling -->', 'Kiev.'), 'preferred-spelling').length, 1);
    assert.deepStrictEqual(findings(text('<!-- policy-lens-disable misspelled-name -->'), 'preferred-spelling').length, 2);
  });
  it('disable-next-line on the last line silences nothing, not the first line either', () => {
    assert.deepStrictEqual(findings(joinLines('Kiev said no.', '', 'Kiev said yes.', '<!-- policy-lens-disable-next-line preferred-spelling -->'), 'preferred-spelling'), ['Kiev', 'Kiev']);
  });
});

describe('moved findings', () => {
  const finding: Finding = {
    code: 'inconsistent-naming',
    message: '"Kiev" is written "Kyiv" elsewhere in this document.',
    start: 20,
    end: 24,
    fixes: [{ title: 'Write "Kyiv"', edits: [{ start: 20, end: 24, newText: 'Kyiv' }], safe: true }],
    related: [{ start: 2, end: 6, message: 'written "Kyiv" here' }],
    data: { name: 'Kiev' },
    severity: 'warning',
  };
  const at = (by: number): Finding => ({
    ...finding,
    start: finding.start + by,
    end: finding.end + by,
    fixes: [{ title: 'Write "Kyiv"', edits: [{ start: 20 + by, end: 24 + by, newText: 'Kyiv' }], safe: true }],
    related: [{ start: 2 + by, end: 6 + by, message: 'written "Kyiv" here' }],
  });

  it('read as the same finding at the new offsets, fixes and related spans too, and as plain data in JSON', () => {
    const moved = shiftFinding(finding, 7);
    assert.deepStrictEqual(plainFinding(moved), at(7));
    assert.deepStrictEqual(JSON.parse(JSON.stringify(moved)), at(7));
    // the fixes are moved once, when first read
    assert.strictEqual(moved.fixes, moved.fixes);
  });

  it('move their source by the sum when moved again, and one without fixes reads none', () => {
    assert.deepStrictEqual(plainFinding(shiftFinding(shiftFinding(finding, 5), -3)), at(2));
    const bare: Finding = { code: 'proposal-actor', message: 'No actor.', start: 3, end: 9, severity: 'hint' };
    const moved = shiftFinding(bare, 4);
    assert.deepStrictEqual(plainFinding(moved), { ...bare, start: 7, end: 13 });
    assert.strictEqual(moved.fixes, undefined);
    assert.strictEqual(moved.related, undefined);
  });

  it('are moved by an edit only where it moved their text, and copied whole when their spans lie on both sides of it', () => {
    // an edit that ended at 10 and added 3 characters: the related span before it stays, the finding moves
    const straddling = movedFinding(finding, 10, 3);
    assert.deepStrictEqual(plainFinding(straddling), { ...at(3), related: finding.related });
    assert.strictEqual(movedFinding(finding, 30, 3), finding);
    assert.deepStrictEqual(plainFinding(movedFinding(finding, 2, 3)), at(3));
  });

  it('are moved as a list, each as alone, in a list of their own', () => {
    const bare: Finding = { code: 'proposal-actor', message: 'No actor.', start: 12, end: 14, severity: 'hint' };
    const list = [finding, bare];
    const shifted = shiftedFindings(list, 7);
    assert.notStrictEqual(shifted, list);
    assert.deepStrictEqual(shifted.map(plainFinding), list.map((f) => plainFinding(shiftFinding(f, 7))));
    const moved = movedFindings(list, 10, 3);
    assert.deepStrictEqual(moved.map(plainFinding), list.map((f) => plainFinding(movedFinding(f, 10, 3))));
    assert.deepStrictEqual(movedFindings([], 10, 3), []);
  });

  it('say how far apart two copies of one finding lie, and nothing of copies of two', () => {
    assert.strictEqual(movedApart(finding, finding), 0);
    assert.strictEqual(movedApart(shiftFinding(finding, 5), finding), 5);
    assert.strictEqual(movedApart(shiftFinding(shiftFinding(finding, 5), 2), shiftFinding(finding, 3)), 4);
    assert.strictEqual(movedApart(finding, shiftFinding(finding, 3)), -3);
    // equal, but not one finding: nothing says so without reading them
    assert.strictEqual(movedApart(at(0), finding), undefined);
    assert.strictEqual(movedApart(shiftFinding(at(0), 2), shiftFinding(finding, 2)), undefined);
  });
});
