import * as assert from 'assert';
import { builtinKbFiles, createAnalyzer, defaultSettings, loadKnowledgeBase, parseSettings, type Mention } from '../../server/src/core/index';
import { asciiLettersEnd, consonantSkeleton, spelledInLatinAtHome, transliterationKey } from '../../server/src/core/kb/transliteration';
import { codeAt, countWords, isSpaceAt, isWordChar, splitWords, wordEnd } from '../../server/src/core/kb/names';
import { isNameStartCode } from '../../server/src/core/kb/nameStarts';
import { asciiLettersHash, asciiWordHash, isHashedExactly, isLastWordLettersAt, lastWordHash, wordEndHashed, WordHashes } from '../../server/src/core/kb/wordHash';
import { scanEntities, scanEntitiesInPlace, type RawMatch, type UnnamedWords } from '../../server/src/core/recognizers/entities';
import { otherAbbreviationSpelling, plainTarget, type TrieNode } from '../../server/src/core/kb/matcher';
import { capitalizedWords, capitalizedWordsAmong } from '../../server/src/core/rules/misspelledName';
import { unknownTreaty } from '../../server/src/core/rules/unknownTreaty';
import { boundedMemo, recentAnswers } from '../../server/src/core/text/boundedMemo';
import { stateOrgansOf } from '../../server/src/core/kb/stateOrgans';
import { EntryChooser } from '../../server/src/core/features/entryChooser';
import { WordPresence } from '../../server/src/core/features/wordPresence';
import { ChunkedList } from '../../server/src/core/blocks/chunkedList';
import type { BlockScan } from '../../server/src/core/blocks/blockScan';
import { objectMemo } from '../../server/src/core/text/objectMemo';
import { sentenceAround } from '../../server/src/core/text/sentenceAround';
import { closesAbbreviation } from '../../server/src/core/text/abbreviations';
import { analyze, analyzerOver, builtinAnalyzer, builtinReadings, joinLines, mentionsOf, random } from './helpers';

describe('entity recognition', () => {
  it('finds treaties by name, acronym, variant, bracketed acronym and qualifier', () => {
    assert.deepStrictEqual(mentionsOf('The Intermediate-Range Nuclear Forces (INF) Treaty and the INF Treaty.'), [
      'Intermediate-Range Nuclear Forces (INF) Treaty→inf-treaty/name',
      'INF Treaty→inf-treaty/alias',
    ]);
    assert.deepStrictEqual(mentionsOf('the Intermediate Range Nuclear Forces Treaty'), ['Intermediate Range Nuclear Forces Treaty→inf-treaty/name']);
    assert.deepStrictEqual(mentionsOf('the Intermediate Nuclear Forces Treaty'), ['Intermediate Nuclear Forces Treaty→inf-treaty/alias']);
    assert.deepStrictEqual(mentionsOf('ratify the (Adapted) Conventional Forces in Europe Treaty now'), [
      '(Adapted) Conventional Forces in Europe Treaty→adapted-cfe-treaty/alias',
    ]);
    // a name with a bracket of its own, written in brackets: the bracket before it is not its
    assert.deepStrictEqual(builtinReadings('2026-12-05')('The Dual-Use Regulation (Regulation (EU) 2021/821) applies.'), [
      'Dual-Use Regulation→eu-dual-use-regulation',
      'Regulation (EU) 2021/821→eu-dual-use-regulation',
    ]);
  });

  it('marks non-canonical forms as variants', () => {
    const [inf] = analyze('the Intermediate Nuclear Forces Treaty').mentions;
    assert.strictEqual(inf?.variant, true);
    const [canonical] = analyze('the INF Treaty').mentions;
    assert.strictEqual(canonical?.variant, undefined);
  });

  it('takes in a generic instrument word and possessives', () => {
    assert.deepStrictEqual(mentionsOf('the New START treaty and the Minsk II agreement'), ['New START treaty→new-start/name', 'Minsk II agreement→minsk-ii/name']);
    assert.deepStrictEqual(mentionsOf("Russia's position and NATO’s"), ['Russia→russia/name', 'NATO→nato/acronym']);
  });

  it('reads a capital listed after a comma and a place that stands for no government as the city', () => {
    const ids = builtinReadings('2026-12-06');
    // the comma after "Homs" was read after its end had been cleared, so this list read Damascus as Syria
    assert.deepStrictEqual(ids('Homs, Damascus and Latakia remain divided after the war.'), ['Homs→homs', 'Damascus→damascus', 'Latakia→latakia']);
    // not a capital after a plain place without a list: the government
    assert.deepStrictEqual(ids('Aleppo, Damascus wants more aid.'), ['Aleppo→aleppo', 'Damascus→syria']);
  });

  it('reads a list of cities ending in the plural of a region word as the regions named after them', () => {
    const ids = builtinReadings('2026-12-05');
    assert.deepStrictEqual(ids('Kharkiv, Kherson and Zaporizhzhia oblasts are mined. Fighting reached the Dnipropetrovsk and\nSumy oblasts.'), [
      'Kharkiv→kharkiv-oblast',
      'Kherson→kherson-oblast',
      'Zaporizhzhia→zaporizhzhia-oblast',
      'Dnipropetrovsk→dnipropetrovsk-oblast',
      'Sumy→sumy-oblast',
    ]);
    // the cities themselves, and a plural that no region of the city's name goes with
    assert.deepStrictEqual(ids('Kharkiv and Kherson were shelled. Kharkiv and Lviv oblasts.'), ['Kharkiv→kharkiv', 'Kherson→kherson', 'Kharkiv→kharkiv-oblast', 'Lviv→lviv']);
  });

  it('reads no actor in the name of an idea, a rule or a process that a name and a capitalized word make', () => {
    const ids = builtinReadings('2026-11-24');
    assert.deepStrictEqual(ids('The Washington Consensus failed, Washington insists. Under the Chatham House Rule, the Brussels Effect and the Helsinki Process were discussed.'), ['Washington→united-states']);
    // a longer name the knowledge base has wins; a person's doctrine keeps its person; a heading's verb is no idea
    assert.deepStrictEqual(ids('The Berlin Process met. The Truman Doctrine held.'), ['Berlin Process→berlin-process', 'Truman→harry-truman']);
    assert.deepStrictEqual(ids('# NATO Rules Out Membership'), ['NATO→nato']);
  });

  it('reads the formations and committees of the Council of the EU, "PSC" only where the document speaks of EU foreign policy or of the African Union, and the Jeddah Declaration on Sudan', () => {
    const ids = builtinReadings('2026-11-20');
    assert.deepStrictEqual(ids('The Foreign Affairs Council met; Ecofin, the ECOFIN Council and the JHA Council followed, and Coreper II prepared it.'), [
      'Foreign Affairs Council→foreign-affairs-council',
      'Ecofin→ecofin',
      'ECOFIN Council→ecofin',
      'JHA Council→justice-and-home-affairs-council',
      'Coreper II→coreper',
    ]);
    assert.deepStrictEqual(ids('The PSC agreed the CFSP mandate.'), ['PSC→political-and-security-committee']);
    // the African Union's council where the document speaks of the AU, and neither without context
    assert.deepStrictEqual(ids('The PSC met in Addis Ababa.'), ['PSC→au-peace-and-security-council', 'Addis Ababa→addis-ababa']);
    assert.deepStrictEqual(ids('The PSC met.'), []);
    assert.deepStrictEqual(ids('The parties to the war in Sudan signed the Jeddah Declaration; Riyadh hosted another Jeddah Declaration.'), ['Sudan→sudan', 'Jeddah Declaration→jeddah-declaration-sudan', 'Riyadh→saudi-arabia', 'Jeddah Declaration→jeddah-declaration-sudan']);
    // without those words, another declaration of Jeddah
    assert.deepStrictEqual(ids('The Jeddah Declaration was signed.'), []);
  });

  it('reads "MoD" by its own context words: Britain\'s beside British words, another state\'s after its name, none without either', () => {
    const ids = builtinReadings('2026-11-20');
    assert.deepStrictEqual(ids('The MoD in London will publish its plan, and the MOD agrees.'), ['MoD→uk-ministry-of-defence', 'London→london', 'MOD→uk-ministry-of-defence']);
    assert.deepStrictEqual(ids("India's MoD signed the deal; the MoD said so."), ['India→india', 'MoD→india-defence-ministry', 'MoD→india-defence-ministry']);
    assert.deepStrictEqual(ids('The Russian MoD claimed gains.'), ['Russian→russia', 'MoD→russian-defence-ministry']);
    assert.deepStrictEqual(ids('The MoD will publish its plan.'), []);
    // Britain's words for its "MoD" do not make another state's "Ministry of Defence" Britain's
    assert.deepStrictEqual(ids('In London, Greece and Turkey met. The Ministry of Defence said so.'), ['London→london', 'Greece→greece', 'Turkey→turkey']);
  });

  it('reads the leaders of the US Congress, and a bare surname as the Johnson the document names in full', () => {
    const ids = builtinReadings('2026-11-20');
    assert.deepStrictEqual(ids('Speaker Mike Johnson met John Thune and Chuck Schumer. Johnson said no.'), [
      'Mike Johnson→mike-johnson',
      'John Thune→john-thune',
      'Chuck Schumer→chuck-schumer',
      'Johnson→mike-johnson',
    ]);
    assert.deepStrictEqual(ids('Boris Johnson met Nancy Pelosi. Johnson said no.'), ['Boris Johnson→boris-johnson', 'Nancy Pelosi→nancy-pelosi', 'Johnson→boris-johnson']);
  });

  it('reads "the Ohrid Agreement" as the Kosovo–Serbia agreement of 2023 or the framework agreement of 2001, by the document\'s words', () => {
    const ids = builtinReadings('2026-10-01');
    assert.deepStrictEqual(ids('Serbia has not implemented the Ohrid Agreement.'), ['Serbia→serbia', 'Ohrid Agreement→kosovo-serbia-normalisation-agreement-2023']);
    assert.deepStrictEqual(ids('The Ohrid Agreement gave ethnic Albanians more rights.'), ['Ohrid Agreement→ohrid-framework-agreement', 'Albanians→albania']);
    // the talks it came from, by their name, not as the two capitals' governments
    assert.deepStrictEqual(ids('The Belgrade–Pristina Dialogue is stuck.'), ['Belgrade–Pristina Dialogue→belgrade-pristina-dialogue']);
  });

  it('reads "Rt Hon" as an honorific, not RT, and a name cut by a hyphenated word as the shorter name', () => {
    const ids = builtinReadings('2026-06-01');
    // RT is read only where the document speaks of its outlet: the Kremlin here
    assert.deepStrictEqual(ids('The Rt Hon David Lammy and the Rt. Hon. member heard the Kremlin. RT repeated it.'), ['David Lammy→david-lammy', 'Kremlin→kremlin', 'RT→rt']);
    assert.deepStrictEqual(ids('The Kremlin, RT Hon. members and RT.'), ['Kremlin→kremlin', 'RT→rt']);
    // "post" of "post-war" is no "Post"; the name's own capital, or a space after it, keeps it
    assert.deepStrictEqual(ids('Kyiv post-war plans and the Kyiv Post-style reporting, as the Kyiv post reported.'), ['Kyiv→ukraine', 'Kyiv Post→kyiv-post', 'Kyiv post→kyiv-post']);
    assert.deepStrictEqual(ids('A New York-based fund.'), ['New York→new-york-city']);
  });

  it('reads a name over a possessive only where the name has one there', () => {
    const ids = builtinReadings('2026-11-24');
    // the scan steps over "'s" to find "People's Republic of China"; "Washington's post-9/11 policy" is no newspaper
    assert.deepStrictEqual(ids("Washington's post-9/11 policy and the Washington Post."), ['Washington→united-states', 'Washington Post→washington-post']);
    assert.deepStrictEqual(ids("The People's Republic of China and China’s People’s Liberation Army."), [
      "People's Republic of China→china", 'China→china', 'People’s Liberation Army→peoples-liberation-army',
    ]);
  });

  it('matches a name broken across a line, with CRLF, markup, smart quotes and non-breaking spaces', () => {
    assert.deepStrictEqual(mentionsOf('the Intermediate Nuclear\r\nForces Treaty'), ['Intermediate Nuclear\r\nForces Treaty→inf-treaty/alias']);
    assert.deepStrictEqual(mentionsOf('**NATO** and _the European Union_ and “Ukraine”'), ['NATO→nato/acronym', 'European Union→eu/name', 'Ukraine→ukraine/name']);
    assert.deepStrictEqual(mentionsOf('the United\u00a0States'), ['United\u00a0States→united-states/name']);
  });

  it('never matches inside other words or lowercase words as acronyms', () => {
    assert.deepStrictEqual(mentionsOf('UNDER the EURO plan, us and un and eu and nato'), []);
    assert.deepStrictEqual(mentionsOf('the US and the U.S. and the UN'), ['US→united-states/acronym', 'U.S.→united-states/acronym', 'UN→un/acronym']);
    assert.deepStrictEqual(mentionsOf('a ukraine policy in georgia'), []);
  });

  it('ignores code, link targets, URLs and comments', () => {
    assert.deepStrictEqual(mentionsOf('`NATO` [the alliance](https://NATO.example/UN) <!-- Russia --> https://www.example.org/NATO'), []);
    assert.deepStrictEqual(mentionsOf(joinLines('```', 'NATO', '```')), []);
  });

  it('reads on past link openers that never close, and steps over a target that does', () => {
    // the scan remembers where the last search for a closing bracket ended: the answers must not change
    assert.deepStrictEqual(mentionsOf('see [a]( Russia and [b]( Ukraine'), ['Russia→russia/name', 'Ukraine→ukraine/name']);
    assert.deepStrictEqual(mentionsOf('[a]( Russia [b](x) NATO'), ['NATO→nato/acronym']);
    assert.deepStrictEqual(mentionsOf('[a](x) Russia [b]( Ukraine) NATO [c]( Georgia'), ['Russia→russia/name', 'NATO→nato/acronym', 'Georgia→georgia/name']);
  });

  it('recognizes demonyms as adjectives, plurals included', () => {
    assert.deepStrictEqual(mentionsOf('Russian troops and Ukrainians'), ['Russian→russia/adjective', 'Ukrainians→ukraine/adjective']);
  });

  it('recognizes people by full name, transliteration variant and unambiguous surname, with their title', () => {
    const mentions = analyze('Foreign Minister Sergei Lavrov met Secretary of State Antony Blinken. Later Lavrov spoke.').mentions;
    assert.deepStrictEqual(
      mentions.map((m) => [m.text, m.id, m.title]),
      [
        ['Sergei Lavrov', 'sergey-lavrov', 'Foreign Minister'],
        ['Antony Blinken', 'antony-blinken', 'Secretary of State'],
        ['Lavrov', 'sergey-lavrov', undefined],
      ],
    );
    assert.deepStrictEqual(mentionsOf('Ursula von der Leyen and von der Leyen'), ['Ursula von der Leyen→ursula-von-der-leyen/name', 'von der Leyen→ursula-von-der-leyen/alias']);
  });

  it('reads a capital as its government when it acts and as a place when it is a location', () => {
    assert.deepStrictEqual(mentionsOf('Moscow insists on talks in Moscow.', { documentDate: '2022-01-20' }), [
      'Moscow→russia/metonym',
      'Moscow→moscow/name',
    ]);
    // a summit held there names the city; an instrument or a group named for it ("the Moscow Declaration",
    // "the Doha Round", "the Lima Group", "the Nairobi\nDeclaration" hard-wrapped) names neither city nor government
    assert.deepStrictEqual(mentionsOf('The Moscow Declaration and the Kyiv Summit followed.', { documentDate: '2022-01-20' }), ['Kyiv→kyiv/name']);
    // also with what it is about between, after "the" or a year; "the Moscow Ukraine envoy" is the government's
    assert.deepStrictEqual(mentionsOf('They attended the Moscow Ukraine Conference and the 2021 Kyiv Ukraine Summit.', { documentDate: '2022-01-20' }), [
      'Moscow→moscow/name', 'Ukraine→ukraine/name', 'Kyiv→kyiv/name', 'Ukraine→ukraine/name',
    ]);
    assert.deepStrictEqual(mentionsOf('The Moscow Ukraine envoy spoke.', { documentDate: '2022-01-20' }), ['Moscow→russia/metonym', 'Ukraine→ukraine/name']);
    assert.deepStrictEqual(mentionsOf('The Doha Round stalled; the Kyiv Group met; the Moscow\nDeclaration; Moscow agreed.', { documentDate: '2022-01-20' }), ['Moscow→russia/metonym']);
    assert.deepStrictEqual(mentionsOf('The summit adopted the Moscow Vision 2030; Moscow agreed.', { documentDate: '2022-01-20' }), ['Moscow→russia/metonym']);
    assert.deepStrictEqual(mentionsOf('The Moscow Peace Agreement failed; Moscow agreed.', { documentDate: '2022-01-20' }), ['Moscow→russia/metonym']);
    // a sea's name opening an action plan's names no sea; the sea after "in" stays
    assert.deepStrictEqual(builtinReadings('2026-12-06')('The Mediterranean Action Plan was revised. Pollution in the Mediterranean rose.'), ['Mediterranean→mediterranean-sea']);
    // a government's own post there, as its diplomats name it, is in the city
    assert.deepStrictEqual(mentionsOf('UKMis Moscow should circulate a text. Embassy Kyiv and Post Kyiv should report.', { documentDate: '2022-01-20' }), ['Moscow→moscow/name', 'Kyiv→kyiv/name', 'Kyiv→kyiv/name']);
    // what is left or ceded to a capital goes to its government
    assert.deepStrictEqual(mentionsOf('Europe cannot leave the region to Moscow.', { documentDate: '2022-01-20' }), ['Moscow→russia/metonym']);
    // a capitalized convention or treaty too ("Article 31 of the Vienna Convention"); a lowercase one is the city's
    assert.deepStrictEqual(mentionsOf('Article 31 of the Moscow Convention applies; the Kyiv Treaty lapsed; the Moscow treaty held.', { documentDate: '2022-01-20' }), ['Moscow→moscow/name']);
    // a state, a demonym or a capital that opens the name of an unknown bank, school or company names none of them
    assert.deepStrictEqual(
      mentionsOf('The Ukraine Development Bank lent; the Kyiv School of Economics counted; Moscow State University Press printed; Moscow agreed.', { documentDate: '2022-01-20' }),
      ['Moscow→russia/metonym'],
    );
    // a state keeps its name: "the US–Ukraine Agreement" is between the two
    assert.deepStrictEqual(mentionsOf('The Ukraine Agreement was signed.', { documentDate: '2022-01-20' }), ['Ukraine→ukraine/name']);
    // a list of places after a preposition, but not a clause after a place
    const opts = { documentDate: '2022-03-03' };
    assert.deepStrictEqual(mentionsOf('Talks in Moscow and Kyiv failed.', opts), ['Moscow→moscow/name', 'Kyiv→kyiv/name']);
    assert.deepStrictEqual(mentionsOf('talks in Kyiv, Washington, and Moscow', opts), ['Kyiv→kyiv/name', 'Washington→washington-dc/alias', 'Moscow→moscow/name']);
    assert.deepStrictEqual(mentionsOf('talks in Moscow, the Donbas and Kyiv', opts), ['Moscow→moscow/name', 'Donbas→donbas/name', 'Kyiv→kyiv/name']);
    // places a route is named after, joined by dashes; "Moscow–Kyiv talks" are the governments'
    assert.deepStrictEqual(mentionsOf('The Moscow–Kyiv–Rostov railway and the Kyiv-Odesa line reopened. Moscow–Kyiv talks failed.', opts), [
      'Moscow→moscow/name',
      'Kyiv→kyiv/name',
      'Kyiv→kyiv/name',
      'Moscow→russia/metonym',
      'Kyiv→ukraine/metonym',
    ]);
    // the first places of the list unknown ("Rūdninkai"); after a comma, "and" opens a clause
    assert.deepStrictEqual(mentionsOf('Troops massed in Rūdninkai and Kyiv.', opts), ['Kyiv→kyiv/name']);
    assert.deepStrictEqual(mentionsOf('He met them in Istanbul, and Kyiv welcomed it.', opts), ['Kyiv→ukraine/metonym']);
    assert.deepStrictEqual(mentionsOf('In Kyiv, Moscow insisted.', opts), ['Kyiv→kyiv/name', 'Moscow→russia/metonym']);
    assert.deepStrictEqual(mentionsOf('We met in Kyiv, and Moscow replied.', opts), ['Kyiv→kyiv/name', 'Moscow→russia/metonym']);
    // a capital after "and" with a finite verb opens a clause when the clause before has its own verb;
    // a participle before "by" or a preposition, or no verb before, keeps the list of places
    assert.deepStrictEqual(mentionsOf('Tariffs were debated in Kyiv and Moscow refused to budge.', opts), ['Kyiv→kyiv/name', 'Moscow→russia/metonym']);
    assert.deepStrictEqual(mentionsOf('Checks began in Moscow and the Donbas, and Kyiv detained a tanker.', opts), ['Moscow→moscow/name', 'Donbas→donbas/name', 'Kyiv→ukraine/metonym']);
    assert.deepStrictEqual(mentionsOf('We have offices in Kyiv and Moscow staffed by diplomats.', opts), ['Kyiv→kyiv/name', 'Moscow→moscow/name']);
    assert.deepStrictEqual(mentionsOf('Talks were held in Kyiv and Moscow mediated by Norway.', opts).slice(0, 2), ['Kyiv→kyiv/name', 'Moscow→moscow/name']);
    assert.deepStrictEqual(mentionsOf('Moscow and Kyiv disagree.', opts), ['Moscow→russia/metonym', 'Kyiv→ukraine/metonym']);
    // a dateline says where the piece was written
    for (const dateline of ['MOSCOW, 3 March 2022 — Talks resumed.', 'Moscow, March 3 — Talks resumed.', 'KYIV — Talks resumed.']) {
      assert.deepStrictEqual(mentionsOf(dateline, { documentDate: '2022-03-03' }), [dateline.startsWith('KYIV') ? 'KYIV→kyiv/name' : `${dateline.slice(0, 6)}→moscow/name`]);
    }
    // a region's demonym names no state
    assert.deepStrictEqual(mentionsOf('North American and Latin American leaders met; American officials agreed.', opts), ['American→united-states/adjective']);
    // a dateline with a spaced hyphen; a place and a full date closing a byline mid-line
    assert.deepStrictEqual(mentionsOf('MOSCOW - Talks resumed.', { documentDate: '2022-03-03' }), ['MOSCOW→moscow/name']);
    assert.deepStrictEqual(mentionsOf('*Remarks at a side event, Kyiv, 3 March 2022*', { documentDate: '2022-03-03' }), ['Kyiv→kyiv/name']);
    assert.deepStrictEqual(mentionsOf('Officials in Paris, Kyiv said, were wary.', { documentDate: '2022-03-03' }).filter((m) => m.startsWith('Kyiv')), ['Kyiv→ukraine/metonym']);
    // a dateline in emphasis, or after another city
    assert.deepStrictEqual(mentionsOf('*Kyiv, 3 March 2022*', { documentDate: '2022-03-03' }), ['Kyiv→kyiv/name']);
    assert.deepStrictEqual(mentionsOf('WARSAW/KYIV, 3 March 2022 — Talks resumed.', { documentDate: '2022-03-03' }), ['KYIV→kyiv/name']);
    // the target of a strike, a city entered, the venue of a summit, a list with places that are no seat
    assert.deepStrictEqual(mentionsOf('Missiles struck Kyiv overnight. Troops entered Moscow.', opts), ['Kyiv→kyiv/name', 'Moscow→moscow/name']);
    assert.deepStrictEqual(mentionsOf('The Moscow summit failed.', opts), ['Moscow→moscow/name']);
    assert.deepStrictEqual(mentionsOf("The WTO's Moscow Ministerial and the Kyiv meeting failed.", opts).filter((m) => !m.startsWith('WTO')), ['Moscow→moscow/name', 'Kyiv→kyiv/name']);
    assert.deepStrictEqual(mentionsOf('Kyiv, Donbas and Transnistria were shelled.', opts), ['Kyiv→kyiv/name', 'Donbas→donbas/name', 'Transnistria→transnistria/name']);
    assert.deepStrictEqual(mentionsOf('Donbas, Transnistria and Kyiv were shelled.', opts), ['Donbas→donbas/name', 'Transnistria→transnistria/name', 'Kyiv→kyiv/name']);
    // a government is addressed "to"; a city is travelled to
    assert.deepStrictEqual(mentionsOf('Kyiv sent a message to Moscow. Aid to Kyiv grew. The envoy flew to Moscow.', opts), ['Kyiv→ukraine/metonym', 'Moscow→russia/metonym', 'Kyiv→ukraine/metonym', 'Moscow→moscow/name']);
    assert.deepStrictEqual(mentionsOf('They sold missiles to Kyiv and kept channels to both Moscow and Kyiv, as promised to Moscow.', opts), [
      'Kyiv→ukraine/metonym', 'Moscow→russia/metonym', 'Kyiv→ukraine/metonym', 'Moscow→russia/metonym',
    ]);
    // "a Moscow that bargains" is a kind of government; "a Moscow institute" is in the city
    assert.deepStrictEqual(mentionsOf('A Moscow that bargains is not a Kyiv which yields. A Moscow institute agreed.', opts), ['Moscow→russia/metonym', 'Kyiv→ukraine/metonym', 'Moscow→moscow/name']);
    assert.deepStrictEqual(mentionsOf('The deal ties Kyiv more closely to Moscow.', opts), ['Kyiv→ukraine/metonym', 'Moscow→russia/metonym']);
    // people come "from" a city; a message comes from its government
    assert.deepStrictEqual(mentionsOf('Friends from Kyiv came. A message from Moscow came.', opts), ['Kyiv→kyiv/name', 'Moscow→russia/metonym']);
    // what was agreed or held in a city, after "the": the city; a verb after the capital keeps the government
    assert.deepStrictEqual(mentionsOf('The Moscow and Kyiv deals held. They merged the Kyiv and Moscow processes. The recapture of Kyiv mattered.', opts), [
      'Moscow→moscow/name', 'Kyiv→kyiv/name', 'Kyiv→kyiv/name', 'Moscow→moscow/name', 'Kyiv→kyiv/name',
    ]);
    assert.deepStrictEqual(mentionsOf('Moscow and Kyiv deal with it. Moscow talks tough.', opts), ['Moscow→russia/metonym', 'Kyiv→ukraine/metonym', 'Moscow→russia/metonym']);
    // what sits in a city, after "the" or "a": "the Kyiv court", "a Moscow secretariat"; "Moscow courts Kyiv" keeps the governments
    assert.deepStrictEqual(mentionsOf('The Kyiv court refused. A Moscow secretariat opened. Moscow courts Kyiv.', opts), [
      'Kyiv→kyiv/name', 'Moscow→moscow/name', 'Moscow→russia/metonym', 'Kyiv→ukraine/metonym',
    ]);
    // a road runs "through" a city
    assert.deepStrictEqual(mentionsOf('The road to peace ran through Moscow.', opts), ['Moscow→moscow/name']);
    // "in both …" is still a place
    assert.deepStrictEqual(mentionsOf('New leaders took office in both Moscow and Kyiv.', opts), ['Moscow→moscow/name', 'Kyiv→kyiv/name']);
    // a government is aimed "at"; a city is met at
    assert.deepStrictEqual(mentionsOf('Sanctions aimed at Moscow hurt. Kyiv hit back at Moscow. They met at Moscow.', opts), [
      'Moscow→russia/metonym', 'Kyiv→ukraine/metonym', 'Moscow→russia/metonym', 'Moscow→moscow/name',
    ]);
    // a capital listed after one read as its government is read the same way, unless it is plainly a location
    assert.deepStrictEqual(mentionsOf('Sanctions are aimed at Moscow and Kyiv. A warning aimed at Kyiv or Moscow.', opts), [
      'Moscow→russia/metonym', 'Kyiv→ukraine/metonym', 'Kyiv→ukraine/metonym', 'Moscow→russia/metonym',
    ]);
    assert.deepStrictEqual(mentionsOf('Sanctions are aimed at Moscow and Kyiv, where the banks sit.', opts), ['Moscow→russia/metonym', 'Kyiv→kyiv/name']);
    // also past an adverb ("aimed as much at", "directed mainly at"), which a meeting place does not take
    assert.deepStrictEqual(mentionsOf('A message aimed as much at Moscow as at voters. Strikes directed mainly at Kyiv. They met as much at Moscow as anywhere.', opts), [
      'Moscow→russia/metonym', 'Kyiv→ukraine/metonym', 'Moscow→moscow/name',
    ]);
    // a source and what a government gets take "to" too: "according to Moscow", "a blow to Kyiv"; travel stays a place
    assert.deepStrictEqual(mentionsOf('The boat, according to Moscow, sank. It was a blow to Kyiv and a gift to Moscow. He flew to Moscow.', opts), [
      'Moscow→russia/metonym', 'Kyiv→ukraine/metonym', 'Moscow→russia/metonym', 'Moscow→moscow/name',
    ]);
    // and what weighs with a government: "what matters to Kyiv", "acceptable to Beijing", "explained to Moscow"
    assert.deepStrictEqual(mentionsOf('What matters to Kyiv is security. It must be acceptable to Moscow. He explained to Kyiv why. She travelled to Kyiv.', opts), [
      'Kyiv→ukraine/metonym', 'Moscow→russia/metonym', 'Kyiv→ukraine/metonym', 'Kyiv→kyiv/name',
    ]);
    // a constituency in a speaker's label before the party, or after "Member for", names neither government nor city;
    // a bracket with no party and colon after it keeps the government
    assert.deepStrictEqual(mentionsOf('**Mrs Ann Hill (Moscow and Gateshead South) (Lab):** Will the Minister give way? I thank the hon. Member for Cities of Kyiv and Westminster.', opts), []);
    assert.deepStrictEqual(mentionsOf('**Mr Tom Reed (Lab):** Officials (Moscow and Kyiv) (both) agreed.', opts), ['Moscow→russia/metonym', 'Kyiv→ukraine/metonym']);
    // also past an object pronoun or an adverb after a verb of speech; what is taken or flown there goes to the city
    assert.deepStrictEqual(mentionsOf('They should say it to Moscow. They should explain it clearly to Kyiv. They took it to Moscow. He flew quickly to Kyiv.', opts), [
      'Moscow→russia/metonym', 'Kyiv→ukraine/metonym', 'Moscow→moscow/name', 'Kyiv→kyiv/name',
    ]);
    // advice, and what is owed or worth: "recommendations to Moscow", "worth to Kyiv"
    assert.deepStrictEqual(mentionsOf('We offer recommendations to Moscow. Our advice to Moscow is simple. That is what the guarantees are worth to Kyiv. Moscow offered frigates to Kyiv.', opts), [
      'Moscow→russia/metonym', 'Moscow→russia/metonym', 'Kyiv→ukraine/metonym', 'Moscow→russia/metonym', 'Kyiv→ukraine/metonym',
    ]);
    // what is addressed or put to a government, and a state's leaning towards one; not a drive towards a city
    assert.deepStrictEqual(mentionsOf('These steps are addressed to Moscow and Kyiv. The offer is put to Moscow.', opts), ['Moscow→russia/metonym', 'Kyiv→ukraine/metonym', 'Moscow→russia/metonym']);
    assert.deepStrictEqual(mentionsOf("The region has tilted towards Moscow. The pivot toward Kyiv deepened. Troops drove towards Kyiv. They oppose any easing toward Moscow.", opts), [
      'Moscow→russia/metonym', 'Kyiv→ukraine/metonym', 'Kyiv→kyiv/name', 'Moscow→russia/metonym',
    ]);
    // a city toured is a place
    assert.deepStrictEqual(mentionsOf('The envoy has toured Moscow and Kyiv.', opts), ['Moscow→moscow/name', 'Kyiv→kyiv/name']);
    // but a clause after a place, and criticism, keep the government
    assert.deepStrictEqual(mentionsOf('Russia claims the Donbas and Kyiv rejects it.', opts), ['Russia→russia/name', 'Donbas→donbas/name', 'Kyiv→ukraine/metonym']);
    assert.deepStrictEqual(mentionsOf('The senator attacked Moscow over trade.', opts), ['Moscow→russia/metonym']);
    // with a news agency, also after the country
    assert.deepStrictEqual(mentionsOf('MOSCOW (AP) — Talks resumed.', { documentDate: '2022-03-03' }), ['MOSCOW→moscow/name']);
    // the country after a dateline's city says where, not who
    assert.deepStrictEqual(mentionsOf('KYIV, Ukraine (AP) — Talks resumed.', { documentDate: '2022-03-03' }), ['KYIV→kyiv/name']);
    // cities joined by a slash, at a line's start or in a report's byline
    assert.deepStrictEqual(mentionsOf('KYIV/MOSCOW, 3 March 2022 — Talks resumed.', { documentDate: '2022-03-03' }), ['KYIV→kyiv/name', 'MOSCOW→moscow/name']);
    assert.deepStrictEqual(mentionsOf('*Europe Report No. 318, Kyiv/Brussels, 3 March 2022*', { documentDate: '2022-03-03' }).filter((m) => m.startsWith('Kyiv')), ['Kyiv→kyiv/name']);
    // and after a label's dash, as two offices write it; a dash before cities with no date keeps the governments
    assert.deepStrictEqual(mentionsOf('*Press release — Moscow/Kyiv, 3 March 2022*', { documentDate: '2022-03-03' }), ['Moscow→moscow/name', 'Kyiv→kyiv/name']);
    assert.deepStrictEqual(mentionsOf('Press release - Moscow/Kyiv, 3 March 2022', { documentDate: '2022-03-03' }), ['Moscow→moscow/name', 'Kyiv→kyiv/name']);
    assert.deepStrictEqual(mentionsOf('Both sides — Moscow/Kyiv alike — refused.', { documentDate: '2022-03-03' }), ['Moscow→russia/metonym', 'Kyiv→ukraine/metonym']);
    assert.deepStrictEqual(mentionsOf('KYIV, UKRAINE, 3 March 2022 — Ukraine agreed.', { documentDate: '2022-03-03' }), ['KYIV→kyiv/name', 'Ukraine→ukraine/name']);
    assert.deepStrictEqual(mentionsOf('Moscow (the Kremlin) refused.', { documentDate: '2022-03-03' }), ['Moscow→russia/metonym']);
    assert.deepStrictEqual(mentionsOf('She works at a Moscow research institute.', { documentDate: '2022-03-03' }), ['Moscow→moscow/name']);
    assert.deepStrictEqual(mentionsOf('They fought a Moscow-backed force and a Moscow-based one.', { documentDate: '2022-03-03' }), ['Moscow→russia/metonym', 'Moscow→moscow/name']);
    // what follows makes it the city: a bureau there, its fall, a venue line with a date; "control of" before it
    assert.deepStrictEqual(mentionsOf('The Moscow bureau filed it.', { documentDate: '2022-03-03' }), ['Moscow→moscow/name']);
    // the region around it: a place, not the government
    assert.deepStrictEqual(mentionsOf('Drones hit the Moscow region. The Moscow Region governor spoke.', { documentDate: '2022-03-03' }), ['Moscow→moscow/name', 'Moscow→moscow/name']);
    assert.deepStrictEqual(mentionsOf('Since Kyiv fell into chaos, nobody knows.', { documentDate: '2022-03-03' }), ['Kyiv→kyiv/name']);
    // what an army did to it, in apposition; "taken aback" and a clause keep the government
    assert.deepStrictEqual(mentionsOf('Kyiv, retaken by the army in March 2022, remains dark. Moscow, captured by rebels, fell silent.', { documentDate: '2022-03-03' }), ['Kyiv→kyiv/name', 'Moscow→moscow/name']);
    assert.deepStrictEqual(mentionsOf('Kyiv, taken aback by the move, protested. Moscow, which captured the town, refused.', { documentDate: '2022-03-03' }), ['Kyiv→ukraine/metonym', 'Moscow→russia/metonym']);
    assert.deepStrictEqual(mentionsOf('Security Forum, Moscow, 16 September 2021', { documentDate: '2022-03-03' }), ['Moscow→moscow/name']);
    assert.deepStrictEqual(mentionsOf('Troops took control of Kyiv.', { documentDate: '2022-03-03' }), ['Kyiv→kyiv/name']);
    // the city's status, division or rebuilding, and a capital recognized as one
    assert.deepStrictEqual(mentionsOf('Talks must settle the status of Kyiv. The reconstruction of Kyiv will take years. They recognised Kyiv as the capital of Ukraine.', { documentDate: '2022-03-03' }), [
      'Kyiv→kyiv/name', 'Kyiv→kyiv/name', 'Kyiv→kyiv/name', 'Ukraine→ukraine/name',
    ]);
    // what a capital has is its government's, after a preposition too; "under the control of" is the government's control
    assert.deepStrictEqual(mentionsOf("In Moscow's view, most of Kyiv's demands fail.", { documentDate: '2022-03-03' }), ['Moscow→russia/metonym', 'Kyiv→ukraine/metonym']);
    assert.deepStrictEqual(mentionsOf('The region is under the control of Moscow.', { documentDate: '2022-03-03' }), ['Moscow→russia/metonym']);
    assert.deepStrictEqual(mentionsOf('Grain leaves through ports such as Kyiv and Odesa.', { documentDate: '2022-03-03' })[0], 'Kyiv→kyiv/name');
    // a dateline of several cities, an address line, a negotiating track named for the city; a government made clear to
    assert.deepStrictEqual(mentionsOf('*Moscow and Kyiv, 28 August 2021*\n\nMoscow and Kyiv agreed.', { documentDate: '2022-03-03' }), [
      'Moscow→moscow/name', 'Kyiv→kyiv/name', 'Moscow→russia/metonym', 'Kyiv→ukraine/metonym',
    ]);
    assert.deepStrictEqual(mentionsOf('Press Office, Ministry of Foreign Affairs, Kyiv.', { documentDate: '2022-03-03' }), ['Kyiv→kyiv/name']);
    // the address in emphasis, as a press release's footer writes it
    assert.deepStrictEqual(mentionsOf('*Media enquiries: Press Office, Ministry of Foreign Affairs, Kyiv.*', { documentDate: '2022-03-03' }), ['Kyiv→kyiv/name']);
    assert.deepStrictEqual(mentionsOf('**Press Office, Ministry of Foreign Affairs, Kyiv**\n\nKyiv agreed.', { documentDate: '2022-03-03' }), [
      'Kyiv→kyiv/name', 'Kyiv→ukraine/metonym',
    ]);
    // a hard-wrapped line of prose that goes on in lowercase is no address
    assert.deepStrictEqual(mentionsOf('Talks between Washington, Moscow\nand Kyiv resumed.', { documentDate: '2022-03-03' }), [
      'Washington→united-states/metonym', 'Moscow→russia/metonym', 'Kyiv→ukraine/metonym',
    ]);
    assert.deepStrictEqual(mentionsOf('They tied it to the Moscow track. We made clear to Moscow that it must stop.', { documentDate: '2022-03-03' }), [
      'Moscow→moscow/name', 'Moscow→russia/metonym',
    ]);
    assert.deepStrictEqual(mentionsOf('Moscow fell silent.', { documentDate: '2022-03-03' }), ['Moscow→russia/metonym']);
    // a channel named for the city where it meets
    assert.deepStrictEqual(mentionsOf('Keep the Moscow channel alive, and Moscow will listen.', { documentDate: '2022-03-03' }), ['Moscow→moscow/name', 'Moscow→russia/metonym']);
    assert.deepStrictEqual(mentionsOf('Moscow, Kyiv and NATO disagree.', { documentDate: '2022-03-03' }), ['Moscow→russia/metonym', 'Kyiv→ukraine/metonym', 'NATO→nato/acronym']);
    const [first] = analyze('Moscow insists.', { documentDate: '2022-01-20' }).mentions;
    assert.deepStrictEqual([first?.kind, first?.category, first?.name, first?.placeId], ['actor', 'state', 'Russia', 'moscow']);
  });

  it('reads a capital as the city one travels or broadcasts from, leaves, or names an event, a mayor, a list item or a thing held there by, or calls a capital', () => {
    const opts = { documentDate: '2022-03-03' };
    assert.deepStrictEqual(mentionsOf('The envoy returned from Moscow. Ambassadors were recalled from Kyiv. A message from Moscow came.', opts), [
      'Moscow→moscow/name', 'Kyiv→kyiv/name', 'Moscow→russia/metonym',
    ]);
    // a route goes on to another place; a change of allegiance is between governments
    assert.deepStrictEqual(mentionsOf('A cable runs from Kyiv to Moscow.', opts), ['Kyiv→kyiv/name', 'Moscow→moscow/name']);
    assert.deepStrictEqual(mentionsOf('Allies switched from Kyiv to Moscow.', opts)[0], 'Kyiv→ukraine/metonym');
    // a city is left at a time; "left Kyiv short of shells" is about its government
    assert.deepStrictEqual(mentionsOf('The last team left Moscow on 4 July. The war left Kyiv short of shells.', opts), ['Moscow→moscow/name', 'Kyiv→ukraine/metonym']);
    // "after Moscow": the event held there, when the clause ends or a year follows; not when a verb does
    assert.deepStrictEqual(mentionsOf('Talks resumed after Moscow. After Kyiv in 2015, talks stalled. After Moscow refused, talks stalled.', opts), [
      'Moscow→moscow/name', 'Kyiv→kyiv/name', 'Moscow→russia/metonym',
    ]);
    assert.deepStrictEqual(mentionsOf('The mayor of Moscow met Kyiv mayor Vitali. The Moscow-based body met.', opts), ['Moscow→moscow/name', 'Kyiv→kyiv/name', 'Moscow→moscow/name']);
    // a list item led by a place and a month, or a day and a place
    assert.deepStrictEqual(mentionsOf('- **Moscow, March 2023.** Talks.\n- **3 March, Kyiv.** Talks.', opts), ['Moscow→moscow/name', 'Kyiv→kyiv/name']);
    // a common noun after "the" and the name: something held or made there; not the government itself, nor a clause
    assert.deepStrictEqual(mentionsOf('After the Moscow forum came the Kyiv toolmaker.', opts), ['Moscow→moscow/name', 'Kyiv→kyiv/name']);
    assert.deepStrictEqual(mentionsOf('He blamed the Moscow government. Not even the Kyiv of 1991 agreed.', opts), ['Moscow→russia/metonym', 'Kyiv→ukraine/metonym']);
    // the word "capital" before it
    assert.deepStrictEqual(mentionsOf('Rebels hold the capital, Kyiv, and the Russian capital Moscow.', opts), ['Kyiv→kyiv/name', 'Russian→russia/adjective', 'Moscow→moscow/name']);
    // and after it, in apposition
    assert.deepStrictEqual(mentionsOf("Kyiv, the Ukrainian capital, was hit. Moscow, Russia's capital, follows.", opts), ['Kyiv→kyiv/name', 'Ukrainian→ukraine/adjective', 'Moscow→moscow/name', 'Russia→russia/name']);
    // a target in reach; where one leaves for; a stop of a journey
    assert.deepStrictEqual(mentionsOf('The missiles put Kyiv and Moscow well within range.', opts), ['Kyiv→kyiv/name', 'Moscow→moscow/name']);
    assert.deepStrictEqual(mentionsOf('The envoy left for Moscow. Kyiv asked for Moscow to stop.', opts), ['Moscow→moscow/name', 'Kyiv→ukraine/metonym', 'Moscow→russia/metonym']);
    assert.deepStrictEqual(mentionsOf('His first stop was Kyiv. He made Moscow his last stop.', opts), ['Kyiv→kyiv/name', 'Moscow→moscow/name']);
    // a venue used to say or show something; a capital used to press someone is its government
    assert.deepStrictEqual(mentionsOf('He used Kyiv to announce the deal. Moscow used Kyiv to pressure him.', opts), ['Kyiv→kyiv/name', 'Moscow→russia/metonym', 'Kyiv→ukraine/metonym']);
    // west of it, its port, who controls it, people working from it, a route between it and another, a venue planned for it, its station
    assert.deepStrictEqual(mentionsOf('A town west of Kyiv. The port of Moscow. Rebels controlled Kyiv.', opts), ['Kyiv→kyiv/name', 'Moscow→moscow/name', 'Kyiv→kyiv/name']);
    assert.deepStrictEqual(mentionsOf('Staff working from Kyiv. A cable between Moscow and Kyiv. Talks between Moscow and Kyiv.', opts), [
      'Kyiv→kyiv/name', 'Moscow→moscow/name', 'Kyiv→kyiv/name', 'Moscow→russia/metonym', 'Kyiv→ukraine/metonym',
    ]);
    assert.deepStrictEqual(mentionsOf('The summit was pencilled in for Kyiv. He proposed Moscow as the venue. They met at Kyiv’s central station.', opts), [
      'Kyiv→kyiv/name', 'Moscow→moscow/name', 'Kyiv→kyiv/name',
    ]);
    // "where" after it, "is home to", a part of the city, money transferred to a government
    assert.deepStrictEqual(mentionsOf('He flew to Kyiv, where he met them. Moscow is home to the bank.', opts), ['Kyiv→kyiv/name', 'Moscow→moscow/name']);
    assert.deepStrictEqual(mentionsOf('A base in southern Kyiv. Transfers to Moscow stopped.', opts), ['Kyiv→kyiv/name', 'Moscow→russia/metonym']);
    // a task handed over "to" a government; a delegation that flew there went to the city
    assert.deepStrictEqual(mentionsOf('Europe cannot outsource its security to Moscow. The delegation flew to Kyiv.', opts).filter((m) => !m.startsWith('Europe')), ['Moscow→russia/metonym', 'Kyiv→kyiv/name']);
    // evidence taken from a city by video link; evidence from Moscow is its government's
    assert.deepStrictEqual(mentionsOf('We took evidence from Kyiv by video link. We took evidence from Moscow.', opts), ['Kyiv→kyiv/name', 'Moscow→russia/metonym']);
    // boats working out of it
    assert.deepStrictEqual(mentionsOf('Boats working out of Kyiv were stopped.', opts), ['Kyiv→kyiv/name']);
    // work coordinated from it, a long way from it, an event before it
    assert.deepStrictEqual(mentionsOf('Police coordinating from Kyiv. It is a long way from Moscow. Our priorities before Kyiv.', opts), ['Kyiv→kyiv/name', 'Moscow→moscow/name', 'Kyiv→kyiv/name']);
    assert.deepStrictEqual(mentionsOf('Before Moscow agreed, talks stalled.', opts), ['Moscow→russia/metonym']);
    // a capital that ends a longer name is the city ("the Battle of Kyiv"), but not after who governs, nor after a sentence's first word
    assert.deepStrictEqual(mentionsOf('The Battle of Kyiv ended. The Government of Moscow protested. Critics of Moscow say no.', opts), [
      'Kyiv→kyiv/name', 'Moscow→russia/metonym', 'Moscow→russia/metonym',
    ]);
    // a list item led by a place and a year, and a byline with middle dots
    assert.deepStrictEqual(mentionsOf('- **Moscow, 2027.** The next host.\n\n*News analysis · Kyiv · 3 March 2022*', opts), ['Moscow→moscow/name', 'Kyiv→kyiv/name']);
  });

  it("does not read another state's or a leader's own institution or a longer name's organ as a known one", () => {
    const base = { kind: 'actor', source: 'https://example.org/source', reviewed: '2026-11-24', summary: 'A test institution with a generic name.' };
    const analyzer = analyzerOver([
      { ...base, id: 'us-congress', category: 'institution', name: 'United States Congress', aliases: ['Congress'], org: { parent: 'united-states' } },
      { ...base, id: 'unsc', category: 'organization', name: 'United Nations Security Council', aliases: ['Security Council'], org: { parent: 'un' } },
    ], '2026-11-24');
    const ids = (text: string) => analyzer.analyze({ uri: 'memory://institutions.md', version: 1, getText: () => text }).mentions.map((m) => `${m.text}→${m.id}`);
    assert.deepStrictEqual(ids("Ukraine's Congress voted. The Russian Congress voted. The Peace and Security Council met."), ['Ukraine→ukraine', 'Russian→russia']);
    assert.deepStrictEqual(ids('Putin told his Security Council. She briefed her Security Council.'), []);
    assert.deepStrictEqual(ids('The party holds its Congress in June. 4. PARTY CONGRESS AND TIMING'), []);
    // a capitalized word before the name inside a sentence makes it a longer name's end, but no day or month
    assert.deepStrictEqual(ids("Ukraine's Supreme Security Council met, and the Grand Congress too."), ['Ukraine→ukraine']);
    assert.deepStrictEqual(ids('They met on Monday Security Council members.'), ['Security Council→unsc']);
    assert.deepStrictEqual(ids("Congress voted. America's Congress voted. Russia and Congress disagree. The Security Council met."), [
      'Congress→us-congress', 'America→united-states', 'Congress→us-congress', 'Russia→russia', 'Congress→us-congress', 'Security Council→unsc',
    ]);
  });

  it('reads a person\'s shared name before "of" and a state as the person from there, and "FSB" by the document\'s words', () => {
    const ids = builtinReadings('2026-12-05');
    assert.deepStrictEqual(ids('The committee works on tax under its chair Ramy Youssef of Egypt.'), ['Ramy Youssef→ramy-youssef', 'Egypt→egypt']);
    assert.deepStrictEqual(ids('At the G20 finance meeting the FSB reported on bank capital.'), ['G20→g20', 'FSB→financial-stability-board']);
    assert.deepStrictEqual(ids('The FSB arrested two men, Russian media said.'), ['FSB→fsb', 'Russian→russia']);
  });

  it("reads a name that parties share, after another state's name or demonym, as that state's party the knowledge base lacks", () => {
    const ids = builtinReadings('2026-12-05');
    assert.deepStrictEqual(ids('The vote ended decades of Botswana Democratic Party rule. The Serbian Democratic Party objected.'), ['Botswana→botswana', 'Serbian→serbia']);
    // the party's own state, by its context words
    assert.deepStrictEqual(ids('The American Democratic Party and the US Democratic Party met.'), [
      'American→united-states', 'Democratic Party→democratic-party-us', 'US→united-states', 'Democratic Party→democratic-party-us',
    ]);
  });

  it("reads a generic institution placed in another state's city as that state's, and one of its own state through its parents", () => {
    const base = { kind: 'actor', source: 'https://example.org/source', reviewed: '2026-12-03', summary: 'A test institution with a generic name.' };
    const analyzer = analyzerOver([
      { ...base, id: 'us-congress', category: 'institution', name: 'United States Congress', aliases: ['Congress'], org: { parent: 'united-states' } },
      { ...base, id: 'us-senate', category: 'institution', name: 'United States Senate', aliases: ['Senate'], org: { parent: 'us-congress' } },
      { ...base, id: 'unsc', category: 'organization', name: 'United Nations Security Council', aliases: ['Security Council'], org: { parent: 'un' } },
      { ...base, id: 'eu-council', category: 'organization', name: 'Council of the European Union', aliases: ['Council of Ministers'], org: { parent: 'eu' } },
      { ...base, kind: 'place', category: 'city', id: 'manila', name: 'Manila', seatOf: [{ actor: 'philippines', from: '1976' }] },
      { ...base, kind: 'place', category: 'city', id: 'new-york', name: 'New York', deJure: 'united-states' },
      { ...base, kind: 'actor', category: 'state', id: 'philippines', name: 'Philippines', adjectives: ['Philippine'] },
    ], '2026-12-03');
    const ids = (text: string) => analyzer.analyze({ uri: 'memory://institutions.md', version: 1, getText: () => text }).mentions.map((m) => `${m.text}→${m.id}`);
    // the Senate's parent is Congress, whose parent is the United States
    assert.deepStrictEqual(ids("The American Senate voted. America's Senate agreed."), ['American→united-states', 'Senate→us-senate', 'America→united-states', 'Senate→us-senate']);
    assert.deepStrictEqual(ids('The Senate in Manila voted. The Council of Ministers in Moscow met. The Congress in the Philippines met.'), ['Manila→manila', 'Moscow→moscow', 'Philippines→philippines']);
    // its own state's seat, a city that is no seat for an organization's organ, and any other word after it
    assert.deepStrictEqual(ids('The Senate in Washington voted. The Security Council in New York met. The Senate in session.'), [
      'Senate→us-senate', 'Washington→washington-dc', 'Security Council→unsc', 'New York→new-york', 'Senate→us-senate',
    ]);
    // a seat of government puts an organization's organ elsewhere
    assert.deepStrictEqual(ids('The Security Council in Moscow met.'), ['Moscow→moscow']);
  });

  it('reads a place followed by "in" and a state it has nothing to do with as another place of that name', () => {
    assert.deepStrictEqual(mentionsOf('The cargo went to a port in Donbas in Georgia, then to Donbas in Ukraine.'), ['Georgia→georgia/name', 'Donbas→donbas/name', 'Ukraine→ukraine/name']);
    // a seat of government, at any time, counts as its state's
    assert.deepStrictEqual(mentionsOf('Delegates met in Moscow in the Soviet Union.', { documentDate: '1985-01-01' }), ['Moscow→moscow/name', 'Soviet Union→soviet-union/name']);
  });

  it('reads an acronym in brackets after a name the knowledge base lacks as that name\'s, not a known entry\'s', () => {
    assert.deepStrictEqual(mentionsOf('A tribunal of the International Chamber of Commerce (ICC) ruled. The Interregional Coordination Centre (ICC) in Kyiv.'), ['Kyiv→kyiv/name']);
    // the acronym of a name in another language, in that language's order (Comisión Federal de Electricidad)
    assert.deepStrictEqual(builtinReadings('2026-12-05')('Pemex and the Federal Electricity Commission (CFE) resist.'), ['Pemex→pemex']);
    assert.deepStrictEqual(builtinReadings('2026-12-05')('Pemex and the CFE resist.'), ['Pemex→pemex', 'CFE→cfe-treaty']);
    // a known name before it is left to acronym-mismatch, and the slip names no second body, whether
    // the rule is on or off; words that spell something else, or none, leave it alone
    for (const settings of [undefined, { rules: { 'acronym-mismatch': 'off' } }]) {
      assert.deepStrictEqual(mentionsOf('The International Court of Justice (ICC) ruled. Ukraine and Russia (ICC) met. The court (ICC) ruled.', settings), [
        'International Court of Justice→icj/name', 'Ukraine→ukraine/name', 'Russia→russia/name', 'ICC→icc/acronym', 'ICC→icc/acronym',
      ]);
    }
    // an acronym with a name in brackets after it names its own body too
    assert.deepStrictEqual(mentionsOf('The ICC (International Court of Justice) ruled.'), ['ICC→icc/acronym', 'International Court of Justice→icj/name']);
    assert.deepStrictEqual(mentionsOf('The Institute for Conflict Control (ICC) and then the ICC again.'), ['ICC→icc/acronym']);
  });

  it('reads a name only one entry lists as ambiguous as that entry only where the document has a context word of it', () => {
    const base = { kind: 'treaty', source: 'https://example.org/source', reviewed: '2026-12-03', summary: 'A test treaty with a name that others share.', type: 'agreement', domain: ['other'], status: { value: 'in-force', note: 'Test.' } };
    const analyzer = analyzerOver([
      { ...base, id: 'oslo-i', name: 'Oslo I Accord', officialTitle: 'Oslo I Accord', aliases: ['Declaration of Principles'], ambiguous: ['Declaration of Principles'], context: ['PLO'] },
    ], '2026-12-03');
    const ids = (text: string) => analyzer.analyze({ uri: 'memory://contextual.md', version: 1, getText: () => text }).mentions.map((m) => `${m.text}→${m.id}`);
    assert.deepStrictEqual(ids('The Declaration of Principles on the dam was signed in 2015.'), []);
    assert.deepStrictEqual(ids('The Declaration of Principles was signed in 1993.\n\nThe PLO signed it.'), ['Declaration of Principles→oslo-i']);
    // its other names need no context
    assert.deepStrictEqual(ids('The Oslo I Accord was signed.'), ['Oslo I Accord→oslo-i']);
  });

  it('reads a name after "Ministry of" or "Department of the" as the ministry\'s portfolio, not the entity', () => {
    const base = { kind: 'actor', category: 'group', source: 'https://example.org/source', reviewed: '2026-12-01', summary: 'A test party whose name is also a portfolio.' };
    const analyzer = analyzerOver([{ ...base, id: 'law-and-order', name: 'Law and Order' }], '2026-12-01');
    const ids = (text: string) => analyzer.analyze({ uri: 'memory://portfolio.md', version: 1, getText: () => text }).mentions.map((m) => `${m.text}→${m.id}`);
    assert.deepStrictEqual(ids("Ukraine's Ministry of Law and Order objected. The Department of the Law and Order said so. Law and Order won."), ['Ukraine→ukraine', 'Law and Order→law-and-order']);
  });

  it('reads no place in a Commissioner\'s portfolio, no person or place in a ship\'s name, and no state in "Inter-American"', () => {
    const ids = (text: string) => analyze(text).mentions.map((m) => `${m.text}→${m.id}`);
    assert.deepStrictEqual(ids('The Commissioner for the Donbas spoke. The Minister for Transnistria spoke. Donbas suffered.'), ['Donbas→donbas']);
    // a British title with "of State" before "for" names the portfolio too; "the Secretary of State in the Donbas" is there
    assert.deepStrictEqual(
      ids('The Minister of State for the Donbas (Ms Okafor) spoke. The Parliamentary Under-Secretary of State for Transnistria answered. The Secretary of State in the Donbas spoke.'),
      ['Donbas→donbas'],
    );
    assert.deepStrictEqual(ids('The frigate HMS Kyiv and the carrier USS Antony Blinken sailed; Antony Blinken watched.'), ['Antony Blinken→antony-blinken']);
    // a class of submarine after a hull-class prefix and a hyphen; another word before the hyphen keeps the pact
    assert.deepStrictEqual(builtinReadings('2026-12-06')('Up to 12 SSN-AUKUS submarines; the UK-AUKUS talks.'), ['UK→united-kingdom', 'AUKUS→aukus']);
    // "Masisi" is the Congolese territory beside DR Congo's words and Botswana's former president beside Botswana's
    assert.deepStrictEqual(builtinReadings('2026-11-30')('M23 holds areas around Goma and Masisi.'), ['M23→m23', 'Goma→goma', 'Masisi→masisi']);
    assert.deepStrictEqual(builtinReadings('2023-06-01')('In Gaborone, Masisi spoke about Botswana.'), ['Gaborone→gaborone', 'Masisi→mokgweetsi-masisi', 'Botswana→botswana']);
    // a state's possessive before a body whose own name names the state: the state's body
    const builtin = (text: string) => builtinReadings('2026-11-30')(text);
    assert.deepStrictEqual(builtin("Ukraine's Naftogaz imports gas."), ['Ukraine→ukraine', 'Naftogaz→naftogaz']);
    // a water named after a city, an island or a state, which the knowledge base lacks; a region's sea stays the region's
    assert.deepStrictEqual(ids('They sailed from Moscow Bay through the Russian Sea. Donbas Sea is a joke.'), ['Donbas→donbas']);
    // a street, an airport or a foundation named after a person
    assert.deepStrictEqual(ids('Write to Antony Blinken Street. The Antony Blinken Foundation met; Antony Blinken spoke.'), ['Antony Blinken→antony-blinken']);
    assert.deepStrictEqual(ids('The Inter-American Commission and Pan-American unity; anti-American protests.'), ['American→united-states']);
    // a language one learns, speaks or translates into is no state; "studied Russian law" speaks of the state's law
    assert.deepStrictEqual(ids('She learned Russian quickly. He speaks fluent Russian. It was translated into Russian. He studied Russian law.'), ['Russian→russia']);
    // a district of a capital is a place in it, not its government
    assert.deepStrictEqual(ids('Protests spread in a district of Moscow.').map((m) => m.split('→')[1]), ['moscow']);
  });

  it('reads a surname alone before another capitalized word as another person\'s first name ("Abbas Aragchi"), but not before what it describes', () => {
    const ids = (text: string) => analyze(text).mentions.filter((m) => m.id === 'sergey-lavrov').map((m) => m.text);
    assert.deepStrictEqual(ids('Lavrov Smirnov spoke. Lavrov spoke.'), ['Lavrov']);
    assert.deepStrictEqual(ids('The Lavrov Plan failed.'), ['Lavrov']);
  });

  it('reads a place before "crude" or "blend" as a grade of oil ("Urals crude"), not the place', () => {
    const base = { kind: 'place', category: 'region', source: 'https://example.org/source', reviewed: '2026-12-01', summary: 'A test region that names a grade of oil.' };
    const analyzer = analyzerOver([{ ...base, id: 'testals', name: 'Testals' }], '2026-12-01');
    const texts = analyzer.analyze({ uri: 'memory://grade.md', version: 1, getText: () => 'Testals crude rose, far from the Testals.' }).mentions.map((m) => m.text);
    assert.deepStrictEqual(texts, ['Testals']);
    // after a discount on it, or before its price: "Discounts on Urals widened", "… while Urals fell to $38"
    const read = (text: string) => analyzer.analyze({ uri: 'memory://grade.md', version: 2, getText: () => text }).mentions.map((m) => m.text);
    assert.deepStrictEqual(read('Discounts on Testals widened sharply. Brent traded at $62 while Testals fell to $38.'), []);
    // not where the name describes what the discount is on, nor a price of something in the place
    assert.deepStrictEqual(read('The discount on Testals tours grew. Tanks massed in Testals at $3 million each.'), ['Testals', 'Testals']);
    // several places in one block, a price after one of them only (the block's "$" signs are searched once for all)
    const block = 'Testals rose for weeks, in a long and quiet market, while Testals fell to $38 and then Testals held at $40 until Testals closed.';
    assert.deepStrictEqual(
      analyzer.analyze({ uri: 'memory://grade.md', version: 3, getText: () => block }).mentions.map((m) => m.start),
      [0, block.indexOf('Testals held'), block.indexOf('Testals closed')],
    );
  });

  it('reads the built-in base\'s "Luxembourg" as the city where the EU\'s court sits when the document speaks of it, else as the state', () => {
    const builtin = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2025-06-01' });
    const ids = (text: string) => builtin.analyze({ uri: 'memory://luxembourg.md', version: 1, getText: () => text }).mentions.filter((m) => m.text === 'Luxembourg').map((m) => m.id);
    assert.deepStrictEqual(ids('The judges in Luxembourg ruled. The Court of Justice agreed.'), ['luxembourg-city']);
    assert.deepStrictEqual(ids('Luxembourg and Belgium voted no.'), ['luxembourg']);
    // the capital's name stands for its government where it acts
    assert.deepStrictEqual(ids("Luxembourg's prime minister met the Court of Justice's judges in Luxembourg."), ['luxembourg', 'luxembourg-city']);
  });

  it('finds a name whose first word is lowercase ("al-Qaeda"), but not inside another word', () => {
    const base = { kind: 'actor', category: 'group', source: 'https://example.org/source', reviewed: '2026-11-24', summary: 'A test group with a lowercase first word.' };
    const analyzer = analyzerOver([{ ...base, id: 'al-testa', name: 'al-Testa' }], '2026-11-24');
    const ids = (text: string) => analyzer.analyze({ uri: 'memory://lowercase.md', version: 1, getText: () => text }).mentions.map((m) => `${m.text}→${m.id}`);
    assert.deepStrictEqual(ids('The al-Testa group and Al-Testa fighters, not the normal-Testa.'), ['al-Testa→al-testa', 'Al-Testa→al-testa']);
  });

  it('finds a name written in lowercase where the knowledge base writes it so, and takes "a … of …" in lowercase for a common noun', () => {
    const ids = builtinReadings('2026-11-24');
    // "Euro area" and "euro area" are one name of the entry, which lowercase text matches too
    assert.deepStrictEqual(ids('The euro area grew. The Euro area, the eurozone and the euro zone.'), [
      'euro area→euro-area', 'Euro area→euro-area', 'eurozone→euro-area', 'euro zone→euro-area',
    ]);
    // the currency, and words that start alike, are no name
    assert.deepStrictEqual(ids('The euro fell; a neurozone and coalitions of the willing.'), []);
    assert.deepStrictEqual(ids('The coalition of the willing met Zelensky in Kyiv.'), ['coalition of the willing→coalition-of-the-willing-ukraine', 'Zelensky→volodymyr-zelenskyy', 'Kyiv→kyiv']);
    // after "a", a common noun; but "a" goes with the noun after a name without "of"
    assert.deepStrictEqual(ids('A coalition of the willing could form. They want a coalition\nof the willing.'), []);
    assert.deepStrictEqual(ids('They proposed a euro area budget.'), ['euro area→euro-area']);
  });

  it('reads a surname that alone names no one after a title, as the bearer who held that office on the date', () => {
    const base = { kind: 'actor', category: 'person', source: 'https://example.org/source', reviewed: '2026-11-24', summary: 'A test person who shares a surname.' };
    const analyzer = analyzerOver([
      { ...base, id: 'ali-testov', name: 'Ali Testov', person: { offices: [{ title: 'President', of: 'ukraine', from: '2000-01-01', to: '2010-01-01' }] } },
      { ...base, id: 'omar-testov', name: 'Omar Testov Jr.', person: { offices: [{ title: 'President', of: 'ukraine', from: '2010-01-01' }] } },
    ], '2026-11-24');
    const on = (date: string, text: string) =>
      analyzer.analyze({ uri: 'memory://titled.md', version: 1, getText: () => text }, parseSettings({ documentDate: date }).settings).mentions.map((m) => `${m.text}→${m.id}`);
    assert.deepStrictEqual(on('2005-06-01', 'President Testov spoke.'), ['Testov→ali-testov']);
    assert.deepStrictEqual(on('2015-06-01', 'President Testov spoke. Former President Testov wrote.'), ['Testov→omar-testov', 'Testov→ali-testov']);
    // no title, or a title no bearer held: no one
    assert.deepStrictEqual(on('2015-06-01', 'Testov spoke. Senator Testov wrote.'), []);
  });

  it('reads a surname after another first name as someone the knowledge base does not know', () => {
    const blinken = (text: string) => analyze(text).mentions.filter((m) => m.id === 'antony-blinken').map((m) => m.text);
    assert.deepStrictEqual(blinken('The talks with Hunter Blinken went on.'), []);
    // a title, an honorific, a sentence's first word, or a slip in his own first name: still him
    assert.deepStrictEqual(blinken('The talks with Secretary Blinken and Mr Blinken went on.'), ['Blinken', 'Blinken']);
    assert.deepStrictEqual(blinken('Yesterday Blinken spoke. The talks with Anthony Blinken went on.'), ['Blinken', 'Blinken']);
    // a sentence's first word that sentences open with is no first name; any other word is one
    assert.deepStrictEqual(blinken('Would Blinken agree? Clearly Blinken erred. Afterwards Blinken left.'), ['Blinken', 'Blinken', 'Blinken']);
    assert.deepStrictEqual(blinken('Hunter Blinken said so. We met them. Kelly Blinken came.'), []);
    assert.deepStrictEqual(blinken('Jill Blinken spoke.\n\nHunter Blinken wrote.'), []);
    // a plural title, at a sentence's start or inside it
    assert.deepStrictEqual(blinken('Secretaries Blinken and Rubio met. As Secretaries Blinken and Rubio said.'), ['Blinken', 'Blinken']);
    // in a heading every word may be capitalized
    assert.deepStrictEqual(blinken('# Europe Needs Blinken'), ['Blinken']);
  });

  it('reads a titled surname with diacritics, written with or without them', () => {
    const base = { kind: 'actor', category: 'person', source: 'https://example.org/source', reviewed: '2026-11-24', summary: 'A test person whose surname is a common word.' };
    const analyzer = analyzerOver([
      { ...base, id: 'ana-tork', name: 'Ana Törk', person: { surnameAlone: false, offices: [{ title: 'High Commissioner for Refugees', of: 'un', from: '2020-01-01' }] } },
    ], '2026-11-24');
    const ids = (text: string) => analyzer.analyze({ uri: 'memory://diacritics.md', version: 1, getText: () => text }).mentions.map((m) => `${m.text}→${m.id}`);
    assert.deepStrictEqual(ids('High Commissioner Törk spoke, and High Commissioner Tork agreed.'), ['Törk→ana-tork', 'Tork→ana-tork']);
    // without a title the word is not the person: the entry says its surname alone names no one
    assert.deepStrictEqual(ids('Törk spoke.'), []);
  });

  it('reads a family name the entry states, in East Asian order, after a title', () => {
    const base = { kind: 'actor', category: 'person', source: 'https://example.org/source', reviewed: '2026-11-24', summary: 'A test person named family name first.' };
    const analyzer = analyzerOver([
      { ...base, id: 'pak-tae-su', name: 'Pak Tae-su', person: { surname: 'Pak', surnameAlone: false, offices: [{ title: 'President', of: 'ukraine', from: '2020-01-01' }] } },
      { ...base, id: 'qu-ming', name: 'Qu Ming', person: { surname: 'Qu', surnameAlone: false, offices: [{ title: 'Premier', of: 'ukraine', from: '2020-01-01' }] } },
    ], '2026-11-24');
    const ids = (text: string) => analyzer.analyze({ uri: 'memory://family.md', version: 1, getText: () => text }).mentions.map((m) => `${m.text}→${m.id}`);
    // not "Tae-su" after the title, and two letters will do when the entry states them
    assert.deepStrictEqual(ids('President Pak met Premier Qu. President Tae-su did not. Pak and Qu spoke.'), ['Pak→pak-tae-su', 'Qu→qu-ming']);
  });

  it('resolves a capital to the state that governed from it on the document date', () => {
    assert.deepStrictEqual(mentionsOf('Moscow rejected the offer.', { documentDate: '1989-06-01' }), ['Moscow→soviet-union/metonym']);
    assert.deepStrictEqual(mentionsOf('Kyiv and Kiev agree.', { documentDate: '2023-01-01' }), ['Kyiv→ukraine/metonym', 'Kiev→ukraine/metonym']);
  });

  it("reads the built-in base's \"ISF\" and \"20-point plan\" as Gaza's only where the document speaks of Gaza", () => {
    const read = builtinReadings('2026-06-10');
    assert.deepStrictEqual(read('Hamas will not hand weapons to the ISF under the 20-point plan.'), ['Hamas→hamas', 'ISF→international-stabilization-force', '20-point plan→gaza-comprehensive-plan']);
    assert.deepStrictEqual(read("Lebanon's ISF arrested him. The 20-point plan for the economy failed."), ['Lebanon→lebanon']);
  });

  it('reads no pronoun as a surname alone, though a person of that surname was named before ("He said …" after He Weidong)', () => {
    assert.deepStrictEqual(builtinReadings('2026-12-05')('General He Weidong was expelled in October 2025. He said nothing in public.'), ['He Weidong→he-weidong']);
  });

  it("reads the built-in base's Sanaa as the Houthis' authorities since 2015, and Aden as Yemen's recognized government", () => {
    assert.deepStrictEqual(builtinReadings('2026-12-05')('Sanaa rejected the plan, while Aden welcomed it. A ship was hit 50 nautical miles off Aden.'), [
      'Sanaa→houthis',
      'Aden→yemen',
      'Aden→aden',
    ]);
    assert.deepStrictEqual(builtinReadings('2010-05-01')('Sanaa rejected the plan.'), ['Sanaa→yemen']);
  });

  it('reads a state named like a person as the person before a surname or after a noun for a person', () => {
    assert.deepStrictEqual(mentionsOf('Our adviser, Georgia, warned. Georgia Mercer said so. Georgia rejects it. Its neighbour, Georgia, agreed.'), [
      'Georgia→georgia/name',
      'Georgia→georgia/name',
    ]);
  });

  it('reads a capital as the government of the year its sentence is set in, not of a year that describes a thing', () => {
    const now = { documentDate: '2024-01-01' };
    assert.deepStrictEqual(mentionsOf('In 1975, Moscow signed it.', now), ['Moscow→soviet-union/metonym']);
    assert.deepStrictEqual(mentionsOf('Moscow walked out of the talks in the 1980s.', now), ['Moscow→soviet-union/metonym']);
    assert.deepStrictEqual(mentionsOf('Moscow has ignored the 1987 accord since 1991.', now), ['Moscow→russia/metonym']);
    assert.deepStrictEqual(mentionsOf('In 1975 talks failed. Moscow insists now.', now), ['Moscow→russia/metonym']);
    assert.deepStrictEqual(mentionsOf('A line first agreed in 1985 that Moscow has said it would sign again.', now), ['Moscow→russia/metonym']);
    // a sentence with no year of its own, in the past, goes on from the last year its paragraph set
    assert.deepStrictEqual(mentionsOf('On 1 August 1975 the leaders signed the Final Act. Moscow wanted the borders recognised.', now), ['Moscow→soviet-union/metonym']);
    // not past a word that sets it later, a verb of now, a year that dates a thing, or its paragraph
    assert.deepStrictEqual(mentionsOf('On 1 August 1975 the leaders met. Last year Moscow withdrew its ratification.', now), ['Moscow→russia/metonym']);
    assert.deepStrictEqual(mentionsOf('On 1 August 1975 the leaders met. Moscow wants the borders recognised.', now), ['Moscow→russia/metonym']);
    assert.deepStrictEqual(mentionsOf('A drone hit the reactor destroyed in 1986. Moscow denied responsibility.', now), ['Moscow→russia/metonym']);
    assert.deepStrictEqual(mentionsOf('On 1 August 1975 the leaders met.\n\nMoscow wanted the borders recognised.', now), ['Moscow→russia/metonym']);
  });

  it('finds places and regions with their variants', () => {
    assert.deepStrictEqual(mentionsOf('Donbas, Donbass and Transdniestria'), ['Donbas→donbas/name', 'Donbass→donbas/alias', 'Transdniestria→transnistria/alias']);
  });

  it('reads the built-in base\'s South China Sea declaration of 2002 by its full and short names', () => {
    const read = builtinReadings('2026-11-30');
    assert.deepStrictEqual(read('The Declaration on the Conduct of Parties in the South China Sea is not binding.'), [
      'Declaration on the Conduct of Parties in the South China Sea→south-china-sea-doc',
    ]);
    assert.deepStrictEqual(read('Twenty years after the Declaration on the Conduct of Parties, ASEAN still waits.'), [
      'Declaration on the Conduct of Parties→south-china-sea-doc',
      'ASEAN→asean',
    ]);
  });

  it('reads the built-in base\'s reciprocal access agreements by their parties, and leaves the bare name to none', () => {
    const read = builtinReadings('2026-11-30');
    assert.deepStrictEqual(read('The UK-Japan Reciprocal Access Agreement and the Japan–Australia Reciprocal Access Agreement set the model.'), [
      'UK-Japan Reciprocal Access Agreement→japan-uk-reciprocal-access-agreement',
      'Japan–Australia Reciprocal Access Agreement→japan-australia-reciprocal-access-agreement',
    ]);
    // Japan has three: a bare name says not which
    assert.deepStrictEqual(read('A Reciprocal Access Agreement with Germany is not planned.'), ['Germany→germany']);
  });

  it('reads the built-in base\'s Moldovan, Slovak, Finnish and Algerian leaders, with their offices\' dates', () => {
    const read = (today: string) => (text: string) => builtinAnalyzer(today).analyze({ uri: 'memory://leaders.md', version: 1, getText: () => text });
    const text = 'President Maia Sandu met Prime Minister Dorin Recean. Sandu spoke. President Peter Pellegrini listened.';
    assert.deepStrictEqual(builtinReadings('2024-06-20')(text), [
      'Maia Sandu→maia-sandu',
      'Dorin Recean→dorin-recean',
      'Sandu→maia-sandu',
      'Peter Pellegrini→peter-pellegrini',
    ]);
    assert.deepStrictEqual(read('2024-06-20')(text).findings.filter((f) => f.code === 'office-anachronism'), []);
    assert.deepStrictEqual(read('2022-05-15')('President Sauli Niinistö and Prime Minister Sanna Marin asked to join NATO. Haavisto agreed.').findings.filter((f) => f.code === 'office-anachronism'), []);
    assert.deepStrictEqual(read('2026-12-01')('President Abdelmadjid Tebboune says so. Prime Minister Sanna Marin says so.').mentions.map((m) => m.id), ['abdelmadjid-tebboune', 'sanna-marin']);
    // Recean's government gave way to Alexandru Munteanu's on 31 October 2025
    assert.deepStrictEqual(read('2026-12-01')(text).findings.filter((f) => f.code === 'office-anachronism').map((f) => text.slice(f.start, f.end)), ['Prime Minister Dorin Recean']);
  });

  it('reads the built-in base\'s leaders of the Second World War and the Cold War, their surnames beside a namesake', () => {
    const read = builtinReadings('2026-12-01');
    assert.deepStrictEqual(read('Churchill warned of an iron curtain; Stalin ignored him, and Truman answered. De Gaulle left in 1966. Chairman Mao watched. FDR had died.'), [
      'Churchill→winston-churchill',
      'Stalin→joseph-stalin',
      'Truman→harry-truman',
      'De Gaulle→charles-de-gaulle',
      'Chairman Mao→mao-zedong',
      'FDR→franklin-roosevelt',
    ]);
    // a surname two people in the base share names the one the document names in full
    assert.deepStrictEqual(read('Lyndon Johnson escalated the war. Johnson later regretted it.'), ['Lyndon Johnson→lyndon-johnson', 'Johnson→lyndon-johnson']);
    assert.deepStrictEqual(read('Boris Johnson resigned. Johnson later wrote a memoir.'), ['Boris Johnson→boris-johnson', 'Johnson→boris-johnson']);
    // "Saddam" alone is Saddam Hussein only in a text about Iraq, not Khalifa Haftar's son in Libya
    assert.deepStrictEqual(read('Saddam invaded Kuwait in 1990. Mubarak and Colonel Gaddafi watched; Mandela was free.'), [
      'Saddam→saddam-hussein',
      'Kuwait→kuwait',
      'Mubarak→hosni-mubarak',
      'Colonel Gaddafi→muammar-gaddafi',
      'Mandela→nelson-mandela',
    ]);
    assert.deepStrictEqual(read('In Benghazi, Saddam received a Turkish warship.'), ['Benghazi→benghazi', 'Turkish→turkey']);
    // "Khan" alone after Imran Khan, not after another first name
    assert.deepStrictEqual(read('Imran Khan lost a confidence vote; Khan was then jailed. Sadiq Khan is mayor. Morsi, Mugabe and Draghi left office.'), [
      'Imran Khan→imran-khan',
      'Khan→imran-khan',
      'Morsi→mohamed-morsi',
      'Mugabe→robert-mugabe',
      'Draghi→mario-draghi',
    ]);
    assert.deepStrictEqual(read('AMLO and Scott Morrison left office; Morrison had served since 2018. Toni Morrison wrote novels.'), [
      'AMLO→andres-manuel-lopez-obrador',
      'Scott Morrison→scott-morrison',
      'Morrison→scott-morrison',
    ]);
    assert.deepStrictEqual(read('Mbeki and Zuma led South Africa; Evo Morales led Bolivia and Juan Manuel Santos Colombia. Santos won the Nobel prize.'), [
      'Mbeki→thabo-mbeki',
      'Zuma→jacob-zuma',
      'South Africa→south-africa',
      'Evo Morales→evo-morales',
      'Bolivia→bolivia',
      'Juan Manuel Santos→juan-manuel-santos',
      'Colombia→colombia',
      'Santos→juan-manuel-santos',
    ]);
  });

  it('reads the built-in base\'s Greek region of Macedonia as the region, not the state of North Macedonia, and other places and instruments of the round', () => {
    const read = builtinReadings('2025-06-01');
    assert.deepStrictEqual(read('Thessaloniki is the chief city of Greek Macedonia, which borders North Macedonia.'), [
      'Thessaloniki→thessaloniki',
      'Greek Macedonia→greek-macedonia',
      'North Macedonia→north-macedonia',
    ]);
    assert.deepStrictEqual(read('a map of Aegean Macedonia'), ['Aegean Macedonia→greek-macedonia']);
    // the ancient kingdom and its kings are not the present-day state either
    assert.deepStrictEqual(read('Alexander of Macedonia conquered Persia. In ancient Macedonia, Philip of Macedon rebuilt the army.'), [
      'Alexander of Macedonia→alexander-the-great',
      'ancient Macedonia→ancient-macedon',
      'Philip of Macedon→philip-ii-of-macedon',
    ]);
    // the city's summit of 2003, whose declaration promised the Western Balkans a future in the EU
    assert.deepStrictEqual(read('The Thessaloniki Declaration of 2003 still binds the EU politically.'), ['Thessaloniki Declaration→thessaloniki-declaration', 'EU→eu']);
    assert.deepStrictEqual(read('Work on the Trump Route for International Peace and Prosperity has begun; TRIPP crosses Syunik.'), [
      'Trump Route for International Peace and Prosperity→trump-route',
      'TRIPP→trump-route',
      'Syunik→syunik',
    ]);
  });

  it("reads the round's people: the Sharif brothers by the office held on the date, Kim Jong Un beside his sister, Vietnam's leaders", () => {
    const in1998 = builtinReadings('1998-06-01');
    assert.deepStrictEqual(in1998('Nawaz Sharif and Shehbaz Sharif met. Prime Minister Sharif ordered the tests.'), [
      'Nawaz Sharif→nawaz-sharif',
      'Shehbaz Sharif→shehbaz-sharif',
      'Sharif→nawaz-sharif',
    ]);
    const in2026 = builtinReadings('2026-12-04');
    assert.deepStrictEqual(in2026('Nawaz Sharif and Shehbaz Sharif met. Prime Minister Sharif spoke.').at(-1), 'Sharif→shehbaz-sharif');
    // her surname is not one the press uses alone for her: "Kim" stays the leader's
    assert.deepStrictEqual(in2026('Kim Jong Un watched; Kim Yo Jong issued a statement. On 3 September Kim stood beside Xi Jinping.'), [
      'Kim Jong Un→kim-jong-un',
      'Kim Yo Jong→kim-yo-jong',
      'Kim→kim-jong-un',
      'Xi Jinping→xi-jinping',
    ]);
    assert.deepStrictEqual(in2026('To be clear, To Lam met Luong Cuong, and General Secretary Lam spoke.'), ['To Lam→to-lam', 'Luong Cuong→luong-cuong', 'Lam→to-lam']);
    // a bare "Chairman" dates no office: the surname reads as it would alone
    assert.deepStrictEqual(in2026('Kim Jong Un watched; Kim Yo Jong spoke. Trump wants to meet Chairman Kim.').at(-1), 'Kim→kim-jong-un');
  });

  it('reads surnames after a plural title ("Presidents Trump and Xi") as each holder of the title', () => {
    const read = builtinReadings('2026-12-05');
    assert.deepStrictEqual(read('Presidents Trump and Xi met in Busan.').filter((m) => !m.startsWith('Busan')), ['Trump→donald-trump', 'Xi→xi-jinping']);
    assert.deepStrictEqual(read('Presidents Xi and Putin talked.'), ['Xi→xi-jinping', 'Putin→vladimir-putin']);
  });

  it('reads a list of resolutions by number after "resolutions", each as its resolution', () => {
    const read = builtinReadings('2026-06-01');
    assert.deepStrictEqual(read('The Council recalls its resolutions 1737 (2006), 1747 (2007) and 2231 (2015).'), [
      '1737→unsc-resolution-1737',
      '1747→unsc-resolution-1747',
      '2231→unsc-resolution-2231',
    ]);
    assert.deepStrictEqual(read('Resolutions 1737, 1747, 1803 and 1929 imposed sanctions.').length, 4);
    // a number the knowledge base lacks, or one outside such a list, is no mention
    assert.deepStrictEqual(read('Resolutions 1737 and 9999 passed in 2015, with 1747 votes.'), ['1737→unsc-resolution-1737']);
    // hard-wrapped text breaks the line after the word, and its first number is still read
    assert.deepStrictEqual(read('The Council recalls its resolutions\n1737 (2006) and 1747 (2007).'), ['1737→unsc-resolution-1737', '1747→unsc-resolution-1747']);
    assert.deepStrictEqual(read('Resolutions\r\n1737, 1747, 1803 and 1929 imposed sanctions.').length, 4);
  });

  it('reads a generic title that every treaty having it lists as ambiguous only by the document\'s words', () => {
    const read = builtinReadings('2026-06-01');
    assert.deepStrictEqual(read('The Declaration of Principles set out a ceasefire in Kinshasa.').filter((m) => m.startsWith('Declaration')), []);
    assert.deepStrictEqual(read('Israel and the PLO signed the Declaration of Principles in 1993.').filter((m) => m.startsWith('Declaration')), ['Declaration of Principles→oslo-i-accord']);
  });

  it("reads parliaments by their names, and a chamber's shared name by the document's words", () => {
    const read = builtinReadings('2026-06-01');
    assert.deepStrictEqual(read('The Saeima, the Seimas, the Riigikogu and the Storting voted; the Althingi and the Inatsisartut did not.'), [
      'Saeima→saeima',
      'Seimas→seimas',
      'Riigikogu→riigikogu',
      'Storting→storting',
      'Althingi→althingi',
      'Inatsisartut→inatsisartut',
    ]);
    // "House of Representatives" is the US House only where the document speaks of Congress, Libya's in a paragraph that names Libya
    assert.deepStrictEqual(read('Congress stalled until the House of Representatives passed it with the Republicans’ votes.'), [
      'Congress→us-congress',
      'House of Representatives→us-house-of-representatives',
    ]);
    assert.deepStrictEqual(read('In Libya the House of Representatives met.'), ['Libya→libya', 'House of Representatives→libya-house-of-representatives']);
    // "the Commons" is Westminster's where the document speaks of Britain, Canada's where it speaks of
    // Canada, and neither where it speaks of neither: several states' chambers share the name
    assert.deepStrictEqual(read('The minister told the Commons.'), []);
    assert.deepStrictEqual(read('The British minister told the Commons.'), ['British→united-kingdom', 'Commons→uk-house-of-commons']);
    assert.deepStrictEqual(read('In Ottawa the minister told the Commons.'), ['Ottawa→ottawa', 'Commons→house-of-commons-of-canada']);
    // a bare "National Assembly" names none of the many; "Majlis" and "Far East" need the document to speak of Iran and Russia
    assert.deepStrictEqual(read('The National Assembly voted. The Majlis met. Trade with the Far East grew.'), []);
    assert.deepStrictEqual(read('Iran: the Majlis met. Russia: the Far East grew.'), ['Iran→iran', 'Majlis→islamic-consultative-assembly', 'Russia→russia', 'Far East→russian-far-east']);
  });

  it("reads a state's institution by the name it goes by at home: after the state's name, by the document's words, or by its paragraph's", () => {
    const read = builtinReadings('2026-06-01');
    // after the state's name or demonym, whatever the rest of the document says
    assert.deepStrictEqual(read("Romania's Constitutional Court ruled; Brazil's Congress and Poland's Senate voted. Washington was silent."), [
      'Romania→romania',
      'Constitutional Court→constitutional-court-of-romania',
      'Brazil→brazil',
      'Congress→national-congress-of-brazil',
      'Poland→poland',
      'Senate→senate-of-poland',
      'Washington→united-states',
    ]);
    // before " in " and the state's seat; an organization's organ stays the organization's
    assert.deepStrictEqual(read('The American envoy saw the Senate in Manila vote. The Security Council in New York met.'), [
      'American→united-states',
      'Senate→senate-of-the-philippines',
      'Manila→manila',
      'Security Council→un-security-council',
      'New York→new-york-city',
    ]);
    // a state that opens the sentence: its institution, or none where the knowledge base knows none; an organization's organ stays the organization's
    assert.deepStrictEqual(read('In India, the Supreme Court ruled. Washington was silent. In Poland, the Senate voted. In Ukraine, the Security Council met.'), [
      'India→india',
      'Washington→united-states',
      'Poland→poland',
      'Senate→senate-of-poland',
      'Ukraine→ukraine',
      'Security Council→un-security-council',
    ]);
    // the state's name after "In the"
    assert.deepStrictEqual(read('In the United Kingdom, the Ministry of Defence told us so.'), ['United Kingdom→united-kingdom', 'Ministry of Defence→uk-ministry-of-defence']);
    // where the document's words tie, the only such state the sentence names, before the paragraph's
    assert.deepStrictEqual(read('Poland and the Philippines hold elections. The Philippines signed the deal, and it was sent to the Senate. Poland waits.'), [
      'Poland→poland',
      'Philippines→philippines',
      'Philippines→philippines',
      'Senate→senate-of-the-philippines',
      'Poland→poland',
    ]);
    // an international body in the city of its seat, which seats a government too
    assert.deepStrictEqual(read('The Register of Damage in The Hague has received claims.'), ['Register of Damage→register-of-damage-for-ukraine', 'The Hague→the-hague']);
    // a state with no such institution in the knowledge base names none, and an organization's organ is never a state's
    assert.deepStrictEqual(read("Serbia's Constitutional Court ruled. China's Security Council seat gives it a veto."), ['Serbia→serbia', 'China→china']);
    // alone, by the words of the document: those of one state, and of no other as strongly
    assert.deepStrictEqual(read('The Constitutional Court annulled the vote.'), []);
    assert.deepStrictEqual(read('In Washington, the Supreme Court heard the tariff case.'), ['Washington→washington-dc', 'Supreme Court→us-supreme-court']);
    assert.deepStrictEqual(read('London said the Supreme Court had spoken.'), ['London→united-kingdom', 'Supreme Court→uk-supreme-court']);
    // the Security Council of which someone is "Secretary" is a state's: the UN's has a President, no secretary
    assert.deepStrictEqual(read('Shoigu became Secretary of the Security Council. The President of the Security Council spoke.'), [
      'Shoigu→sergei-shoigu', 'Security Council→un-security-council',
    ]);
    // nor a chairman
    assert.deepStrictEqual(read('Deputy Chairman of the Security Council Dmitry Medvedev threatened Europe.').filter((m) => m.startsWith('Security')), []);
    // a name that bodies share, followed by "of" and another state than the owner of the one read, names none
    assert.deepStrictEqual(read('Albania voted.\n\nThe Constitutional Court of Montenegro ruled. The Security Council of the United Nations met.'), [
      'Albania→albania', 'Montenegro→montenegro', 'Security Council→un-security-council', 'United Nations→un',
    ]);
    // a name that bodies of larger ones share ("Panel of Experts") names none of them without their words
    assert.deepStrictEqual(read('The Panel of Experts on Mali lapsed.'), ['Mali→mali']);
    assert.deepStrictEqual(read('In Darfur, the Panel of Experts reported.'), ['Darfur→darfur', 'Panel of Experts→sudan-panel-of-experts']);
    // a company whose name opens with a state's abbreviation is the company
    assert.deepStrictEqual(read('Nippon Steel bought U.S. Steel in 2025.'), ['Nippon Steel→nippon-steel', 'U.S. Steel→us-steel']);
    // a state or its demonym opening an unknown bank's or company's name is neither
    assert.deepStrictEqual(read('China Merchants Bank and Russian Railways signed. China agreed.'), ['China→china']);
    // an organization's name that ends a longer one the knowledge base lacks is not that organization
    assert.deepStrictEqual(read('In Myanmar the Palaung National Liberation Army gave up Mogok. Colombia and the National Liberation Army resumed talks.'), [
      'Myanmar→myanmar', 'Colombia→colombia', 'National Liberation Army→eln',
    ]);
    assert.deepStrictEqual(read('The EU Foreign Affairs Council met. The Biden White House agreed.'), ['EU Foreign Affairs Council→foreign-affairs-council', 'Biden→joe-biden', 'White House→white-house']);
    // "Joint Chiefs of Staff" is the Pentagon's only where the document speaks of the United States
    assert.deepStrictEqual(read("Seoul's Joint Chiefs of Staff said so, near the Demilitarized Zone. The Korean Peninsula Energy Development Organization closed."), [
      'Seoul→south-korea', 'Demilitarized Zone→korean-demilitarized-zone',
    ]);
    // nor one that opens an index's or a map's name
    assert.deepStrictEqual(read("The Asia Power Index ranks Australia sixth; the Pacific Aid Map logs projects in Asia."), ['Australia→australia', 'Asia→asia']);
    // nor one that opens a reef's name, nor a city that names a summit's declaration
    assert.deepStrictEqual(read('China is enlarging Barque Canada Reef. The Ankara Summit Declaration disappoints.'), ['China→china']);
    // a longer name's "US" or "UK" written with points, or without, where the record writes it the other way
    assert.deepStrictEqual(read('The Japan–U.S. Security Treaty and the U.K. Supreme Court.'), ['Japan–U.S. Security Treaty→us-japan-security-treaty', 'U.K. Supreme Court→uk-supreme-court']);
    // a city that names a group of forces or a roadmap
    assert.deepStrictEqual(read('The Russian Dnipro group of forces shells Kherson. The Amman roadmap was agreed by Jordan.'), ['Russian→russia', 'Kherson→kherson', 'Jordan→jordan']);
    // a bare "Chips Act" is the one of the union or state the document speaks of
    assert.deepStrictEqual(read('The European Commission wants to revise the Chips Act.'), ['European Commission→european-commission', 'Chips Act→european-chips-act']);
    assert.deepStrictEqual(read('Washington spent billions under the Chips Act.'), ['Washington→united-states', 'Chips Act→chips-and-science-act']);
    assert.deepStrictEqual(read('Bucharest is tense.\n\nThe Constitutional Court annulled the Romanian vote.'), [
      'Bucharest→romania',
      'Constitutional Court→constitutional-court-of-romania',
      'Romanian→romania',
    ]);
    // where two states are named alike, the paragraph decides, if it names one of them alone
    assert.deepStrictEqual(read('Romania and Moldova voted.\n\nIn Moldova, the Constitutional Court upheld the result.\n\nThe Constitutional Court is busy.'), [
      'Romania→romania',
      'Moldova→moldova',
      'Moldova→moldova',
      'Constitutional Court→constitutional-court-of-moldova',
    ]);
    // after "its" and the state, or "his" and its leader, named just before; a state's "its" before an organization's organ is that organ's
    assert.deepStrictEqual(
      read('Putin told his Security Council to act. Belarus held what its Central Election Commission called a vote. Russia used its Security Council veto. The party held its Congress.'),
      [
        'Putin→vladimir-putin',
        'Security Council→security-council-of-russia',
        'Belarus→belarus',
        'Central Election Commission→central-election-commission-of-belarus',
        'Russia→russia',
        'Security Council→un-security-council',
      ],
    );
    // the base lacks Moldova's election commission: Russia's, named in most texts on Russia's neighbours, goes by its full name only
    assert.deepStrictEqual(read('Moldova voted. Russia meddled, and Moscow denied it.\n\nThe Central Election Commission reported the turnout.'), [
      'Moldova→moldova',
      'Russia→russia',
      'Moscow→russia',
    ]);
    const { kb } = loadKnowledgeBase(builtinKbFiles);
    // the generic names come from the institutions' own names: "Polish Senate", "U.S. Senate", "French National Assembly"
    assert.strictEqual(stateOrgansOf(kb).organ('poland', 'senate')?.entry.id, 'senate-of-poland');
    assert.strictEqual(stateOrgansOf(kb).organ('united-states', 'senate')?.entry.id, 'us-senate');
    assert.strictEqual(stateOrgansOf(kb).organ('france', 'national assembly')?.entry.id, 'french-national-assembly');
    assert.strictEqual(stateOrgansOf(kb).organ('united-kingdom', 'parliament')?.entry.id, 'uk-parliament');
    assert.strictEqual(stateOrgansOf(kb).organ('serbia', 'constitutional court'), undefined);
    // whether any state's institution goes by a target's words, which rules out most names before their owner is looked for
    const target = (words: string[]) => plainTarget(kb.get('moscow')!, 'name', words);
    assert.strictEqual(stateOrgansOf(kb).namesAnOrgan(target(['Senate'])), true);
    assert.strictEqual(stateOrgansOf(kb).namesAnOrgan(target(['national', 'ASSEMBLY'])), true);
    assert.strictEqual(stateOrgansOf(kb).namesAnOrgan(target(['Moscow'])), false);
    assert.strictEqual(stateOrgansOf(kb).namesAnOrgan(target(['Senate', 'of', 'Poland'])), false);
    // the chooser keeps the answer for a match's first target with the pick of its list
    const chooser = new EntryChooser(WordPresence.of(ChunkedList.of<BlockScan>([]), undefined, undefined, undefined), kb);
    const senate = [target(['Senate'])];
    assert.strictEqual(chooser.choiceOf(senate).mayBeOwnedOrgan, true);
    assert.strictEqual(chooser.choiceOf([target(['Moscow'])]).mayBeOwnedOrgan, false);
    assert.strictEqual(chooser.choiceOf(senate).picked?.entry.id, 'moscow');
    assert.strictEqual(chooser.pick(senate), chooser.choiceOf(senate).picked);
  });

  it("reads a ministry every state has only where the text says whose it is: the state, its demonym or its seat", () => {
    const read = builtinReadings('2026-12-03');
    // after the state's name (with or without "'s"), its seat of government, or " in " and that seat
    assert.deepStrictEqual(read("Russia's Foreign Ministry and Kyiv's Defence Ministry answered. The Foreign Ministry in Moscow was silent; the UAE Foreign Ministry was not."), [
      'Russia→russia',
      'Foreign Ministry→russian-foreign-ministry',
      'Kyiv→ukraine',
      'Defence Ministry→ukraine-defence-ministry',
      'Foreign Ministry→russian-foreign-ministry',
      'Moscow→moscow',
      'UAE→united-arab-emirates',
      'Foreign Ministry→uae-foreign-ministry',
    ]);
    // a demonym and the generic name are one of its names; Britain's "Foreign Office" stays the FCDO, Pakistan's is Pakistan's
    assert.deepStrictEqual(read("The Chinese Foreign Ministry replied. The Foreign Office and Pakistan's Foreign Office disagreed."), [
      'Chinese Foreign Ministry→china-foreign-ministry',
      'Foreign Office→fcdo',
      'Pakistan→pakistan',
      'Foreign Office→pakistan-foreign-office',
    ]);
    // before " under " and a person who held an office of the state on the document's date
    assert.deepStrictEqual(read('The Foreign Ministry under Sergey Lavrov replied; the Defence Ministry under pressure did not.'), [
      'Foreign Ministry→russian-foreign-ministry',
      'Sergey Lavrov→sergey-lavrov',
    ]);
    // alone, not even in a paragraph that names one state, nor where the state has none in the knowledge base
    assert.deepStrictEqual(read('The Ministry of Defence said Russia would respond.'), ['Russia→russia']);
    assert.deepStrictEqual(read("Estonia's Ministry of Foreign Affairs and the Russian Foreign Ministry spoke."), ['Estonia→estonia', 'Russian Foreign Ministry→russian-foreign-ministry']);
    // a ministry in lowercase after the state's name or seat and "'s"; no other body ("security council") so
    assert.deepStrictEqual(read("Ukraine's foreign ministry, Moscow's defence ministry and Russia's security council spoke; Jordan's interior ministry did not."), [
      'Ukraine→ukraine',
      'foreign ministry→ukraine-foreign-ministry',
      'Moscow→russia',
      'defence ministry→russian-defence-ministry',
      'Russia→russia',
      'Jordan→jordan',
    ]);
  });

  it('reads the General Assembly\'s resolutions whose numbers the Security Council has used too only where the document speaks of their subject', () => {
    const read = builtinReadings('2026-12-03');
    assert.deepStrictEqual(read('Beijing cites Resolution 2758 against Taiwan.'), ['Beijing→china', 'Resolution 2758→unga-resolution-2758', 'Taiwan→taiwan']);
    // the Council's resolution 2758 (2024) renewed the Yemen sanctions experts: the knowledge base lacks it
    assert.deepStrictEqual(read('Resolution 2758 renewed the experts on Yemen.'), ['Yemen→yemen']);
    assert.deepStrictEqual(read('Resolution 1973 and UNSCR 1325 were cited; the Assembly met under Uniting for Peace.'), [
      'Resolution 1973→unsc-resolution-1973',
      'UNSCR 1325→unsc-resolution-1325',
      'Uniting for Peace→unga-resolution-377',
    ]);
  });

  it("reads the US departments by their own names, and the interior, finance and commerce ministries only where the text says whose", () => {
    const read = builtinReadings('2026-12-03');
    assert.deepStrictEqual(read('The Commerce Department and the Justice Department acted; the DOJ filed.'), [
      'Commerce Department→us-commerce-department',
      'Justice Department→us-justice-department',
    ]);
    // "Department of Justice" and "DOJ" are other states' too: the US's in a text about the United States
    assert.deepStrictEqual(read('In Washington the Department of Justice and the DOJ filed.'), [
      'Washington→washington-dc',
      'Department of Justice→us-justice-department',
      'DOJ→us-justice-department',
    ]);
    assert.deepStrictEqual(read('The Department of Justice filed.'), []);
    assert.deepStrictEqual(read("Russia's Finance Ministry and China's commerce ministry answered; MOFCOM added rare earths. The Finance Ministry said nothing, nor did India's Department of Commerce."), [
      'Russia→russia',
      'Finance Ministry→russian-finance-ministry',
      'China→china',
      'commerce ministry→china-commerce-ministry',
      'MOFCOM→china-commerce-ministry',
      'India→india',
    ]);
    // interior and finance ministries the same way; Austria's has no entry, and Germany's shares its name with it
    assert.deepStrictEqual(read("India's Home Ministry, Germany's Federal Ministry of the Interior and Austria's Federal Ministry of Finance spoke; Bercy and the MVD did not."), [
      'India→india',
      'Home Ministry→india-home-ministry',
      'Germany→germany',
      'Federal Ministry of the Interior→germany-interior-ministry',
      'Austria→austria',
      'Bercy→france-finance-ministry',
      'MVD→russia-interior-ministry',
    ]);
    // "Fed" is the Federal Reserve only in a text on money ("Fed by snowmelt" is not)
    assert.deepStrictEqual(read('The Fed held rates as inflation eased.'), ['Fed→federal-reserve']);
    assert.deepStrictEqual(read('Fed by snowmelt, the Indus runs high.'), ['Indus→indus']);
    // Britain's Treasury after HM Treasury, the United States' after the US Treasury
    assert.deepStrictEqual(read('HM Treasury acted. The Treasury said so.'), ['HM Treasury→hm-treasury', 'Treasury→hm-treasury']);
    assert.deepStrictEqual(read('The US Treasury acted. The Treasury said so.'), ['US Treasury→us-treasury', 'Treasury→us-treasury']);
    // "Quad" is the Indo-Pacific one or the four states mediating on Sudan, by the document's words
    assert.deepStrictEqual(read('The Quad met in Tokyo; India and Australia joined Japan.'), ['Quad→quad', 'Tokyo→tokyo', 'India→india', 'Australia→australia', 'Japan→japan']);
    assert.deepStrictEqual(read('The Quad proposed a truce in Sudan.'), ['Quad→sudan-quad', 'Sudan→sudan']);
  });

  it('reads the ships that policy writing names by their incidents, and "Sierra Madre" as the ship only beside its shoal', () => {
    const read = builtinReadings('2026-06-01');
    assert.deepStrictEqual(read('The Eagle S cut Estlink 2; the Yi Peng 3, the Vezhen and the Newnew Polar Bear were blamed too, and the Rubymar sank.'), [
      'Eagle S→eagle-s',
      'Estlink 2→estlink-2',
      'Yi Peng 3→yi-peng-3',
      'Vezhen→vezhen',
      'Newnew Polar Bear→newnew-polar-bear',
      'Rubymar→rubymar',
    ]);
    assert.deepStrictEqual(read('At Ayungin Shoal the Sierra Madre was resupplied.'), ['Ayungin Shoal→second-thomas-shoal', 'Sierra Madre→brp-sierra-madre']);
    assert.deepStrictEqual(read('The Sierra Madre mountains are steep.'), []);
    // a ship's prefix is no name of its own: "MV Angara" is a ship the base lacks, not a misspelt Ankara
    assert.deepStrictEqual(read('The MV Angara sailed.'), []);
  });

  it("reads Libya's institutions, the Indus projects and ASEAN's Five-Point Consensus by their context", () => {
    const read = builtinReadings('2026-06-01');
    assert.deepStrictEqual(read('In Tripoli the Presidential Council, the Government of National Unity (GNU), the HoR and the High Council of State met UNSMIL.'), [
      'Tripoli→tripoli',
      'Presidential Council→libya-presidential-council',
      'Government of National Unity→libya-government-of-national-unity',
      'GNU→libya-government-of-national-unity',
      'HoR→libya-house-of-representatives',
      'High Council of State→libya-high-council-of-state',
      'UNSMIL→unsmil',
    ]);
    // South Africa's government of national unity is not Libya's
    assert.deepStrictEqual(read("South Africa's Government of National Unity held."), ['South Africa→south-africa', 'Government of National Unity→south-africa-government-of-national-unity']);
    assert.deepStrictEqual(read('Under the Indus Waters Treaty the Court of Arbitration heard the Kishenganga and Ratle cases; India flushed Baglihar and Salal.'), [
      'Indus Waters Treaty→indus-waters-treaty',
      'Court of Arbitration→indus-waters-court-of-arbitration',
      'Kishenganga→kishenganga-hydroelectric-project',
      'Ratle→ratle-hydroelectric-project',
      'India→india',
      'Baglihar→baglihar-hydroelectric-project',
      'Salal→salal-hydroelectric-project',
    ]);
    assert.deepStrictEqual(read('The Court of Arbitration for Sport ruled.'), []);
    assert.deepStrictEqual(read('ASEAN keeps the Five-Point Consensus on Myanmar.'), ['ASEAN→asean', 'Five-Point Consensus→asean-five-point-consensus', 'Myanmar→myanmar']);
  });

  it('reads the leaders and bodies the drafts named once each, and keeps "Rodríguez" alone for Delcy Rodríguez beside her brother', () => {
    const read = builtinReadings('2026-02-01');
    assert.deepStrictEqual(read('Mia Mottley, Andrew Holness and Kamla Persad-Bissessar met at the East African Community and the Munich Security Conference.'), [
      'Mia Mottley→mia-mottley',
      'Andrew Holness→andrew-holness',
      'Kamla Persad-Bissessar→kamla-persad-bissessar',
      'East African Community→east-african-community',
      'Munich Security Conference→munich-security-conference',
    ]);
    // her brother's entry goes by his two surnames: "Rodríguez" alone stays the acting president's, as the drafts write it
    assert.deepStrictEqual(read('Delcy Rodríguez and her brother Jorge Rodríguez met. Rodríguez then spoke.'), [
      'Delcy Rodríguez→delcy-rodriguez',
      'Jorge Rodríguez→jorge-rodriguez',
      'Rodríguez→delcy-rodriguez',
    ]);
    // "MSC" is the Munich conference only where the document speaks of Munich (it is also a shipping line)
    assert.deepStrictEqual(read('MSC ships called at Gdańsk.').filter((r) => r.startsWith('MSC')), []);
  });

  it('reads the oceans by their short names, and the Atlantic alliance as NATO', () => {
    const read = builtinReadings('2025-06-01');
    assert.deepStrictEqual(read('Across the Atlantic, Pacific states asked the Atlantic alliance for help at the Pacific Islands Forum in the Asia-Pacific.'), [
      'Atlantic→atlantic-ocean',
      'Pacific→pacific-ocean',
      'Atlantic alliance→nato',
      'Pacific Islands Forum→pacific-islands-forum',
      'Asia-Pacific→asia-pacific',
    ]);
    assert.deepStrictEqual(read("Ukraine's Euro-Atlantic integration"), ['Ukraine→ukraine', 'Euro-Atlantic→euro-atlantic-area']);
    // a longer name that holds the ocean's keeps it
    assert.deepStrictEqual(read('The North Atlantic Treaty and the North Atlantic Council.'), ['North Atlantic Treaty→north-atlantic-treaty', 'North Atlantic Council→north-atlantic-council']);
  });

  it('reports UTF-16 offsets after astral characters', () => {
    const text = '🇺🇦 😀 NATO';
    const [nato] = analyze(text).mentions;
    assert.strictEqual(text.slice(nato!.start, nato!.end), 'NATO');
    assert.strictEqual(nato!.start, 8);
  });
});

describe('the name scanner over the built-in knowledge base', () => {
  it('finds every name, alias, acronym and variant written in a sentence: possessives inside names, acronyms in two cases, and no first word dropped by the filter', () => {
    const { kb } = loadKnowledgeBase(builtinKbFiles);
    const missed: string[] = [];
    for (const entry of kb.entries.values()) {
      for (const name of [entry.name, ...entry.aliases, ...entry.acronyms, ...entry.variants]) {
        const text = `Yesterday ${name} was discussed.`;
        const start = text.indexOf(name);
        // a trailing possessive, bracket or period may stay outside the match ("St. John's", "Jr.")
        const end = start + name.replace(/['’]s?$|[).]$/, '').length;
        if (!scanEntities(text, kb.matcher).some((m) => m.start <= start && m.end >= end)) missed.push(`${entry.id}: ${name}`);
      }
    }
    assert.deepStrictEqual(missed, []);
  });

  it("reads a treaty's long official title as its name, and not a short or bracketed one", () => {
    const read = builtinReadings('2026-11-30');
    assert.deepStrictEqual(
      read('The Treaty between the United States of America and the Russian Federation on Measures for the Further Reduction and Limitation of Strategic Offensive Arms expired.'),
      ['Treaty between the United States of America and the Russian Federation on Measures for the Further Reduction and Limitation of Strategic Offensive Arms→new-start'],
    );
    // "Framework Agreement" is North Macedonia's Ohrid agreement's official title, and any framework agreement's name
    assert.deepStrictEqual(read('The Framework Agreement was signed.'), []);
  });

  it('ends a name at a comma the knowledge base does not write in it, and reads one it does', () => {
    const read = builtinReadings('2026-11-30');
    assert.deepStrictEqual(read('At the UN Security Council, Resolution 2722 passed.'), ['UN Security Council→un-security-council', 'Resolution 2722→unsc-resolution-2722']);
    assert.deepStrictEqual(read('At the UN Security Council Resolution 2722 passed.'), ['UN Security Council Resolution 2722→unsc-resolution-2722']);
    assert.deepStrictEqual(read('They met in Washington, D.C. on Monday.'), ['Washington, D.C.→washington-dc']);
  });

  it('reads "Brussels" as the European Union, the way policy writing uses it, and as the city where it is a place', () => {
    const analyzer = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-11-30' });
    const brussels = (text: string, documentDate = '2026-11-30') =>
      analyzer
        .analyze({ uri: 'memory://brussels.md', version: 1, getText: () => text }, parseSettings({ documentDate }).settings)
        .mentions.filter((m) => m.text === 'Brussels')
        .map((m) => m.id);
    assert.deepStrictEqual(brussels('Brussels should press Israel to reopen the crossings.'), ['eu']);
    assert.deepStrictEqual(brussels('The ministers met in Brussels.'), ['brussels']);
    // the press reports from or in the city; a message from Brussels is the Union's
    assert.deepStrictEqual(brussels('Rutte echoed that line in a call with reporters from Brussels.'), ['brussels']);
    assert.deepStrictEqual(brussels('Correspondents from Brussels asked. A message from Brussels came.'), ['brussels', 'eu']);
    // before the Maastricht Treaty there was no Union for it to stand for
    assert.deepStrictEqual(brussels('Brussels agreed.', '1985-01-01'), ['brussels']);
  });

  it('reads no government in a capital that stands for a deal made there ("another Minsk", "the failures of Oslo", "Minsk III")', () => {
    const ids = builtinReadings('2026-12-05');
    assert.deepStrictEqual(ids('"We must not repeat the mistakes of Minsk," he said. Ukraine does not want another Minsk.'), ['Ukraine→ukraine']);
    assert.deepStrictEqual(ids('The talks risk becoming Minsk III. Many blame the failures of Oslo. Some want a new Helsinki for Europe.'), ['Europe→europe']);
    // the government still acts and is pressed; "the demands of Moscow" are its government's; another summit there is in the city
    assert.deepStrictEqual(ids('Minsk insists on it. The EU increased pressure on Minsk. The demands of Moscow grew. Another Moscow summit failed.'), [
      'Minsk→belarus', 'EU→eu', 'Minsk→belarus', 'Moscow→russia', 'Moscow→moscow',
    ]);
  });

  it('reads a longer name after the "The" of a name that opens a sentence ("The Hague Regulations"), and keeps the name where none is longer', () => {
    const ids = builtinReadings('2026-12-05');
    assert.deepStrictEqual(ids('The Hague Regulations of 1907 bind the occupier. The Hague Convention of 1907 applies.'), [
      'Hague Regulations→hague-convention-1907', 'Hague Convention of 1907→hague-convention-1907',
    ]);
    // the city where nothing longer follows, and a name that ends where its "The" form does
    assert.deepStrictEqual(ids('The Hague, the Dutch capital, hosted it. The Hague Summit Declaration followed.'), ['The Hague→the-hague', 'Dutch→netherlands', 'The Hague Summit Declaration→hague-summit-declaration-2025']);
  });

  it("reads Portugal's prime minister Luís Montenegro as a person, and Montenegro alone as the state", () => {
    const analyzer = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-06-01' });
    const ids = (text: string) => analyzer.analyze({ uri: 'memory://montenegro.md', version: 1, getText: () => text }).mentions.map((m) => `${m.text}: ${m.id}`);
    assert.deepStrictEqual(ids("Prime Minister Luís Montenegro met Montenegro's president."), ['Luís Montenegro: luis-montenegro', 'Montenegro: montenegro']);
    assert.deepStrictEqual(ids('Luis Montenegro spoke.'), ['Luis Montenegro: luis-montenegro']);
    // after a title he held, his surname is the person; after one he never held, the state
    assert.deepStrictEqual(ids('Prime Minister Montenegro said Portugal would help.'), ['Montenegro: luis-montenegro', 'Portugal: portugal']);
    assert.deepStrictEqual(ids('Foreign Minister Montenegro said no.'), ['Montenegro: montenegro']);
    // "Dan" alone is a common first name: only a title before it, or the full name earlier in the
    // document, makes it Romania's president
    assert.deepStrictEqual(ids('Later Dan Smith and Dan replied.'), []);
    assert.deepStrictEqual(ids('President Dan spoke.'), ['Dan: nicusor-dan']);
    assert.deepStrictEqual(ids('President Nicușor Dan spoke. Later Dan replied.'), ['Nicușor Dan: nicusor-dan', 'Dan: nicusor-dan']);
  });

  it('reads a bare surname the document names in full as that person, but not after another first name or before another surname', () => {
    const analyzer = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-06-15' });
    const ids = (text: string) => analyzer.analyze({ uri: 'memory://paz.md', version: 1, getText: () => text }).mentions.map((m) => `${m.text}: ${m.id}`);
    // Rodrigo Paz's surname alone names him only where the document names him in full
    assert.deepStrictEqual(ids('President Rodrigo Paz spoke. Mr Paz said no.'), ['Rodrigo Paz: rodrigo-paz', 'Paz: rodrigo-paz']);
    // his father, Jaime Paz Zamora, whom the knowledge base does not know
    assert.deepStrictEqual(ids('President Rodrigo Paz spoke. Then Jaime Paz spoke.'), ['Rodrigo Paz: rodrigo-paz']);
    assert.deepStrictEqual(ids('President Rodrigo Paz spoke. Later Paz Zamora spoke.'), ['Rodrigo Paz: rodrigo-paz']);
    // La Paz is Bolivia's seat of government: the city after "in", else the government
    assert.deepStrictEqual(ids('In La Paz, President Rodrigo Paz spoke. La Paz wants a deal.'), ['La Paz: la-paz', 'Rodrigo Paz: rodrigo-paz', 'La Paz: bolivia']);
    // an article is no first name, even where no full stop opens its sentence
    assert.deepStrictEqual(ids('Vice President JD Vance flew in.\n\n(c) The Vance visit went well.'), ['JD Vance: jd-vance', 'Vance: jd-vance']);
  });

  it('reads a surname after a title that names no office alone ("Minister", "Senator") as the bearer the document names in full', () => {
    const analyzer = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-12-05' });
    const ids = (text: string) => analyzer.analyze({ uri: 'memory://wong.md', version: 1, getText: () => text }).mentions.map((m) => `${m.text}: ${m.id}`);
    assert.deepStrictEqual(ids('Foreign Minister Penny Wong spoke. Minister Wong later told the press. Senator Wong agreed.'), ['Penny Wong: penny-wong', 'Wong: penny-wong', 'Wong: penny-wong']);
    // without her full name, the title alone names no one
    assert.deepStrictEqual(ids('Minister Wong later told the press. Senator Wong agreed.'), []);
    // a title that names an office is read as its holder: Singapore's prime minister
    assert.deepStrictEqual(ids('Foreign Minister Penny Wong spoke. Prime Minister Wong agreed.'), ['Penny Wong: penny-wong', 'Wong: lawrence-wong']);
  });

  it('reads a reference\'s place of publication as the city and an author cited by surname as no state ("London: Routledge", "Jordan (2024) argues")', () => {
    const analyzer = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-12-05' });
    const ids = (text: string) => analyzer.analyze({ uri: 'memory://refs.md', version: 1, getText: () => text }).mentions.map((m) => `${m.text}: ${m.id}`);
    const text = 'As Jordan (2024) argues, deterrence holds.[^1]\n\n[^1]: Smith, J. (2024). *Deterrence*. London: Routledge.\n[^2]: Paris, R. (2025). *Ports*. Moscow: Nauka.';
    assert.deepStrictEqual(ids(text), ['London: london', 'Moscow: moscow']);
    // outside a reference, a capital before a colon and a state before a year keep their readings
    assert.deepStrictEqual(ids('London: a new line on Iran. Russia (2014) annexed Crimea.'), ['London: united-kingdom', 'Iran: iran', 'Russia: russia', 'Crimea: crimea']);
  });

  it('reads a generic treaty name after a capitalized word and "of" as the end of a longer title ("a Status of Visiting Forces Agreement")', () => {
    const analyzer = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-12-05' });
    const ids = (text: string) => analyzer.analyze({ uri: 'memory://sovfa.md', version: 1, getText: () => text }).mentions.map((m) => `${m.text}: ${m.id}`);
    assert.deepStrictEqual(ids('Australia and the Philippines signed a Status of Visiting Forces Agreement in 2012.'), ['Australia: australia', 'Philippines: philippines']);
    // a numbered part, or a sentence's first word, makes no longer title
    assert.deepStrictEqual(ids('Article 5 of Visiting Forces Agreement applies in the Philippines.'), ['Visiting Forces Agreement: philippines-us-visiting-forces-agreement', 'Philippines: philippines']);
    assert.deepStrictEqual(ids('Termination of Visiting Forces Agreement was threatened by Manila.'), ['Visiting Forces Agreement: philippines-us-visiting-forces-agreement', 'Manila: philippines']);
  });

  it('reads a compass word before a continent as a region the knowledge base lacks, not the continent ("East Asia", "Western Europe")', () => {
    const analyzer = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-12-05' });
    const ids = (text: string) => analyzer.analyze({ uri: 'memory://regions.md', version: 1, getText: () => text }).mentions.map((m) => `${m.text}: ${m.id}`);
    assert.deepStrictEqual(ids('Trade in East Asia, West Asia, East Africa and Western Europe grew.'), []);
    // the regions the knowledge base has, and the continent alone
    assert.deepStrictEqual(ids('Central Asia and Southeast Asia trade with Europe. In the West, Asia grew.'), ['Central Asia: central-asia', 'Southeast Asia: southeast-asia', 'Europe: europe', 'Asia: asia']);
  });

  it('reads a state\'s name that ends a "-Free" programme\'s name as no mention of the state ("the Terror-Free Türkiye process")', () => {
    const analyzer = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-12-05' });
    const analysis = analyzer.analyze({ uri: 'memory://free.md', version: 1, getText: () => 'Ankara backs the "Terror-Free Türkiye" process. Turkey wants more. A free Turkey is the aim.' });
    assert.deepStrictEqual(analysis.mentions.map((m) => m.text), ['Ankara', 'Turkey', 'Turkey']);
    // so its spelling is no second way of writing the state's name
    assert.deepStrictEqual(analysis.findings.filter((f) => f.code === 'inconsistent-naming'), []);
  });

  it('reads an organization\'s one-word name as the surname of a person the document names in full, unless it names the organization otherwise', () => {
    const analyzer = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-12-05' });
    const ids = (text: string) => analyzer.analyze({ uri: 'memory://wagner.md', version: 1, getText: () => text }).mentions.map((m) => `${m.text}: ${m.id}`);
    const minister = 'Foreign Minister Thérèse Kayikwamba Wagner met her counterpart.';
    assert.deepStrictEqual(ids(`${minister} Wagner said the talks would go on.`), ['Thérèse Kayikwamba Wagner: therese-kayikwamba-wagner', 'Wagner: therese-kayikwamba-wagner']);
    // without her full name, or beside the group's own longer name, "Wagner" is the group
    assert.deepStrictEqual(ids('Wagner fighters left Mali.'), ['Wagner: wagner-group', 'Mali: mali']);
    assert.deepStrictEqual(ids(`${minister} The Wagner Group left Mali, and Wagner fighters went home.`).filter((m) => m.startsWith('Wagner')), ['Wagner Group: wagner-group', 'Wagner: wagner-group']);
  });

  it('reads a common surname alone ("Higgins", "Connolly", "Driscoll", "Mahmood", "Sousa") only after a title or where the document names the person in full', () => {
    const analyzer = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2020-06-15' });
    const ids = (text: string) => analyzer.analyze({ uri: 'memory://higgins.md', version: 1, getText: () => text }).mentions.map((m) => `${m.text}: ${m.id}`);
    assert.deepStrictEqual(ids('Higgins said no. Connolly and Driscoll agreed. Mahmood and Sousa left.'), []);
    assert.deepStrictEqual(ids('President Higgins said no.'), ['Higgins: michael-d-higgins']);
    assert.deepStrictEqual(ids('Michael D. Higgins spoke. Later Higgins said no.'), ['Michael D. Higgins: michael-d-higgins', 'Higgins: michael-d-higgins']);
  });

  it('reads a known person\'s first name and a transliteration of their surname the knowledge base does not list as that person', () => {
    const analyzer = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2025-09-22' });
    const analysis = (text: string) => analyzer.analyze({ uri: 'memory://variant.md', version: 1, getText: () => text });
    // the knowledge base lists "Sergey Shoygu", not "Sergei Shoygu"
    const variant = analysis('Later Sergei Shoygu said no.').mentions;
    assert.deepStrictEqual(variant.map((m) => [m.text, m.id, m.variant]), [['Sergei Shoygu', 'sergei-shoigu', true]]);
    // a letter doubled or not is a slip, not a transliteration; another first name is someone else
    assert.deepStrictEqual(analysis('Joe Bidden left. Rafael Grosi agreed. Hassan Shoygu came.').mentions.map((m) => m.text), []);
    const both = analysis('Sergei Shoigu spoke. Later Sergei Shoygu said no.');
    assert.deepStrictEqual(both.findings.map((f) => f.code), ['inconsistent-naming']);
  });

  it('reads a name that hard-wrapped text breaks across lines as it reads one on a line', () => {
    const analyzer = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2025-09-22' });
    const read = (text: string) => analyzer.analyze({ uri: 'memory://wrapped.md', version: 1, getText: () => text }).mentions.map((m) => `${m.text}→${m.id}${m.variant ? '/variant' : ''}`);
    for (const gap of ['\n', '\r\n']) {
      // a transliteration of the surname after the person's own first name, at a line's end
      assert.deepStrictEqual(read(`Later Sergei${gap}Shoygu said no.`), [`Sergei${gap}Shoygu→sergei-shoigu/variant`]);
      // a surname after a title, which says whose it is
      assert.deepStrictEqual(read(`He told President${gap}Marcos so.`), ['Marcos→ferdinand-marcos-jr']);
      // a known surname after another first name is someone else
      assert.deepStrictEqual(read(`We met Hunter${gap}Biden there.`), []);
      // also where that first name opens a line that goes on a sentence
      assert.deepStrictEqual(read(`We met with${gap}Hunter Biden there.`), []);
      // but an imperative that opens a list item is no first name
      assert.deepStrictEqual(read(`Joe Biden spoke.${gap}${gap}(2) Press Biden to act.${gap}- Urge Biden to act.${gap}Support Biden.`), [
        'Joe Biden→joe-biden', 'Biden→joe-biden', 'Biden→joe-biden', 'Biden→joe-biden',
      ]);
      // a capital read as the city by the word after it, and a surname's particles before it
      assert.deepStrictEqual(read(`Allies praised the Vilnius${gap}summit.`), ['Vilnius→vilnius']);
      assert.deepStrictEqual(read(`President von der${gap}Leyen spoke.`), [`von der${gap}Leyen→ursula-von-der-leyen`]);
    }
  });

  it('reads no person in a piece of another Arabic name, which "bin" or "al-" joins to words not theirs', () => {
    const analyzer = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-01-20' });
    const read = (text: string) => analyzer.analyze({ uri: 'memory://arabic.md', version: 1, getText: () => text }).mentions.map((m) => `${m.text}→${m.id}`);
    // the first part of a hyphenated name is no surname of its own
    assert.deepStrictEqual(read('Muhammad Yunus met Yunus-Bek Khadzhiev.'), ['Muhammad Yunus→muhammad-yunus']);
    // a given name before "bin" (another son of the same father), a father's name after it, an article before it
    assert.deepStrictEqual(read('Mohamed bin Zayed met Nahyan bin Zayed. Zayed spoke.'), ['Mohamed bin Zayed→mohamed-bin-zayed', 'Zayed→mohamed-bin-zayed']);
    assert.deepStrictEqual(read('Mohammed bin Salman met Sheikh Salman bin Ebrahim.'), ['Mohammed bin Salman→mohammed-bin-salman']);
    assert.deepStrictEqual(read('Jameel Ahmad met Sheikh Sabah al-Ahmad. Ahmad spoke.'), ['Jameel Ahmad→jameel-ahmad', 'Ahmad→jameel-ahmad']);
    // the person's own given name, spelt another way, and their own article
    assert.deepStrictEqual(read('Crown Prince Mohammed bin Salman arrived; Muhammad bin Salman spoke.'), ['Mohammed bin Salman→mohammed-bin-salman', 'Muhammad bin Salman→mohammed-bin-salman']);
    assert.deepStrictEqual(read('President el-Sisi spoke.'), ['Sisi→abdel-fattah-el-sisi']);
  });

  it('reads a surname spelt another way, alone, as the person the document names in full', () => {
    const analyzer = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2025-09-30' });
    const analysis = (text: string) => analyzer.analyze({ uri: 'memory://bare-variant.md', version: 1, getText: () => text });
    const read = (text: string) => analysis(text).mentions.map((m) => `${m.text}→${m.id}${m.variant ? '/variant' : ''}`);
    assert.deepStrictEqual(read('Abbas Araghchi spoke. Later Araqchi said no.'), ['Abbas Araghchi→abbas-araghchi', 'Araqchi→abbas-araghchi/variant']);
    assert.deepStrictEqual(analysis('Abbas Araghchi spoke. Later Araqchi said no.').findings.map((f) => f.code), ['inconsistent-naming']);
    // the surname of a full name against the surname alone, each in a paragraph of its own: the
    // full name's paragraph holds the surname's group too (see `groupsOf`)
    const flagged = (text: string) => analysis(text).findings.map((f) => `${f.code} ${text.slice(f.start, f.end)}@${f.start}`);
    assert.deepStrictEqual(flagged('Abbas Araqchi spoke.\n\nLater Araghchi said no. Araghchi left.'), ['inconsistent-naming Araqchi@6']);
    assert.deepStrictEqual(flagged('Abbas Araqchi spoke.\n\nLater Araghchi said no.'), ['inconsistent-naming Araghchi@28']);
    // not where the document never names the person in full; a first name before it makes it the full name's
    assert.deepStrictEqual(read('Later Araqchi said no.'), []);
    assert.deepStrictEqual(read('Abbas Araghchi spoke. Later Abbas Araqchi said no.'), ['Abbas Araghchi→abbas-araghchi', 'Abbas Araqchi→abbas-araghchi']);
    // nor a word that only shares a surname's consonants
    assert.deepStrictEqual(read('Abbas Araghchi spoke. Arrakis said no.'), ['Abbas Araghchi→abbas-araghchi']);
    // a people's plural noun names its state
    assert.deepStrictEqual(read('Swedes and Danes agree.'), ['Swedes→sweden', 'Danes→denmark']);
    // a surname as another of the person's names spells it ("Alyaksandr Lukashenka") is a variant of theirs alone
    assert.deepStrictEqual(analysis('Alexander Lukashenko won. Later Lukashenka said no.').findings.map((f) => f.code), ['inconsistent-naming']);
  });

  it('folds transliterated spellings to one key, and gives them one consonant skeleton', () => {
    const skeleton = (word: string) => consonantSkeleton(word);
    for (const [a, b] of [['Araghchi', 'Araqchi'], ['Georgieva', 'Gueorguieva'], ['Pezeshkian', 'Pezeshkiyan'], ['Japarov', 'Zhaparov'], ['Zelensky', 'Zelenskyy'], ['Volodymyr', 'Wolodymyr']] as const) {
      assert.strictEqual(transliterationKey(a), transliterationKey(b), `${a} and ${b} share a key`);
      assert.strictEqual(skeleton(a), skeleton(b), `${a} and ${b} share a skeleton`);
    }
    assert.notStrictEqual(transliterationKey('Haftar'), transliterationKey('Hifter'));
    // no English transliteration writes "sch": "Sholz" is no other spelling of "Scholz"
    assert.notStrictEqual(transliterationKey('Scholz'), transliterationKey('Sholz'));
    // a name with a letter of a Latin alphabet has one spelling; a macron alone is a romanization's
    assert.deepStrictEqual(
      [['Radosław Sikorski'], ['Recep Tayyip Erdoğan'], ['Jonas Gahr Støre'], ['Viktor Orbán'], ['Tarō Kōno'], ['Sergey Lavrov', 'Sergei Lavrov']].map(spelledInLatinAtHome),
      [true, true, true, true, false, false],
    );
    // fewer than two consonants, or anything but ASCII letters: no skeleton
    assert.deepStrictEqual([skeleton('Ivy'), skeleton('Orbán'), skeleton("O'Neil")], [-1, -1, -1]);
  });

  it('reads a short form after "the" as the entry the document names in full ("the Commission", "the North")', () => {
    const analyzer = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2025-04-08' });
    const named = (text: string) =>
      analyzer.analyze({ uri: 'memory://short.md', version: 1, getText: () => text }).mentions.map((m) => `${m.text}→${m.id}`);
    assert.deepStrictEqual(named('The European Commission proposed it. The Commission withdrew it.'), ['European Commission→european-commission', 'Commission→european-commission']);
    assert.deepStrictEqual(named('The Commission withdrew it.'), []);
    assert.deepStrictEqual(named('The European Union met; the Union agreed.'), ['European Union→eu', 'Union→eu']);
    // "US$110" is a currency, not the state
    assert.deepStrictEqual(named('It costs US$110 a kilo, and the US agreed.'), ['US→united-states']);
    // not where it starts a longer name, nor without "the"
    assert.deepStrictEqual(named('North Korea fired. The North Atlantic alliance met. North winds blew. The North replied.'), [
      'North Korea→north-korea', 'North Atlantic alliance→nato', 'North→north-korea',
    ]);
  });

  it('reads a short form as the entry the document names by its acronym or its parent organization, unless it names another of that word', () => {
    const analyzer = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2025-04-08' });
    const named = (text: string) =>
      analyzer.analyze({ uri: 'memory://short.md', version: 1, getText: () => text }).mentions.map((m) => `${m.text}→${m.id}`);
    // "EU" names the Union, and the Commission's parent
    assert.deepStrictEqual(named('The EU acted.\n\nThe Commission proposed a plan, and the Union agreed.'), ['EU→eu', 'Commission→european-commission', 'Union→eu']);
    assert.deepStrictEqual(named('The European Union acted. The Commission proposed a plan.'), ['European Union→eu', 'Commission→european-commission']);
    // another entry whose name ends in the word leaves the short form to a full name
    assert.deepStrictEqual(named('The EU and the African Union Commission met. The Commission proposed a plan.'), [
      'EU→eu', 'African Union Commission→african-union-commission',
    ]);
    // a state's organ needs its full name: every state has a treasury
    assert.deepStrictEqual(named('The US acted. The Treasury froze the assets.'), ['US→united-states']);
  });

  it("counts as a short form's rivals the names that end with its word, in any case and with marks", () => {
    const base = { source: 'https://example.org/source', reviewed: '2026-11-24', summary: 'A test entry that stands for a council.', kind: 'actor', category: 'organization' };
    const { kb, problems } = loadKnowledgeBase([{ name: 'short.json', data: { entries: [
      { ...base, id: 'grand-council', name: 'Grand Council', shortForms: ['Council'] },
      { ...base, id: 'elders-council', name: 'Elders Cöuncil' },
      { ...base, id: 'village-council', name: 'Village COUNCIL' },
      { ...base, id: 'councillors-club', name: 'Club of Councillors' },
    ] } }]);
    assert.deepStrictEqual(problems, []);
    const council = kb.matcher.shortForms.get('council')!;
    // only a name of ASCII letters that holds none of the short forms' words in any case is passed over unread
    assert.deepStrictEqual(kb.matcher.shortFormRivals.get(council), ['Elders Cöuncil', 'Village COUNCIL']);
  });

  it('reads a short form before the title of its head ("Commission President …"), but not as the end of a longer name', () => {
    const analyzer = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2025-04-08' });
    const named = (text: string) =>
      analyzer.analyze({ uri: 'memory://short.md', version: 1, getText: () => text }).mentions.map((m) => `${m.text}→${m.id}`);
    assert.deepStrictEqual(named('The EU is split. Commission President Ursula von der Leyen spoke, and Commission Vice-President Maroš Šefčovič too.'), [
      'EU→eu', 'Commission→european-commission', 'Ursula von der Leyen→ursula-von-der-leyen', 'Commission→european-commission', 'Maroš Šefčovič→maros-sefcovic',
    ]);
    // after a sentence that ends with a capitalized word, and not after one inside the sentence
    assert.deepStrictEqual(named('They met the EU. Commission President Ursula von der Leyen spoke. The Election Commission President resigned.'), [
      'EU→eu', 'Commission→european-commission', 'Ursula von der Leyen→ursula-von-der-leyen',
    ]);
    // only where the document names the Commission or its parent
    assert.deepStrictEqual(named('Commission President Ursula von der Leyen spoke.'), ['Ursula von der Leyen→ursula-von-der-leyen']);
    // "the Council": the Council of the EU or the Security Council, whichever the document names; not the start of a longer name
    assert.deepStrictEqual(named('The Council of the EU met, and the Council agreed. The Council on Lilliput Relations and the Commission of Inquiry said no.'), [
      'Council of the EU→council-of-the-eu', 'Council→council-of-the-eu',
    ]);
    assert.deepStrictEqual(named('The UN Security Council met. Later the Council voted.'), ['UN Security Council→un-security-council', 'Council→un-security-council']);
    // the European Council is written in full: "the Council" after it alone names none
    assert.deepStrictEqual(named('The European Council met; the Council argued.'), ['European Council→european-council']);
    // a one-word alias before "of" and a capitalized word starts a longer name; an ambiguous one also before any capitalized word
    assert.deepStrictEqual(named('Iran threatened the Gulf. Tankers crossed the Gulf of Lilliput. The Gulf Forum for Dialogue met. The Congress of Lilliput met, and the Republicans in Congress too.'), [
      'Iran→iran', 'Gulf→persian-gulf', 'Congress→us-congress',
    ]);
    // "Dayton" is the agreement where the document speaks of Bosnia, and nothing where it does not
    assert.deepStrictEqual(named('Thirty years after Dayton, Bosnia remains at peace.'), ['Dayton→dayton-agreement', 'Bosnia→bosnia-and-herzegovina']);
    assert.deepStrictEqual(named('Dayton hosts an air show.'), []);
    // "EUNAVFOR" alone is the EU naval operation whose sea or whose target the document names, and none without
    assert.deepStrictEqual(named('EUNAVFOR ships escort tankers past the Houthis.'), ['EUNAVFOR→eunavfor-aspides', 'Houthis→houthis']);
    assert.deepStrictEqual(named('EUNAVFOR warships chased pirates off Somalia.'), ['EUNAVFOR→eunavfor-atalanta', 'Somalia→somalia']);
    assert.deepStrictEqual(named('EUNAVFOR is busy.'), []);
    // a bare "Court of Justice" is the EU's where the document speaks of the EU, and none elsewhere
    assert.deepStrictEqual(named('The General Court and the Court of Justice have ruled on state aid.'), ['General Court→eu-general-court', 'Court of Justice→cjeu']);
    assert.deepStrictEqual(named('The Court of Justice met.'), []);
  });

  it('reads a surname that needs a title without one where the document names its bearer in full, but never a common word', () => {
    const analyzer = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2025-04-08' });
    const bare = (text: string) =>
      analyzer.analyze({ uri: 'memory://bare.md', version: 1, getText: () => text }).mentions.map((m) => `${m.text}→${m.id}`);
    assert.deepStrictEqual(bare('Lai Ching-te spoke. Lai later said no, and Lee agreed.'), ['Lai Ching-te→lai-ching-te', 'Lai→lai-ching-te']);
    assert.deepStrictEqual(bare('Lai later said no.'), []);
    assert.deepStrictEqual(bare('Theresa May resigned. In May the party met.'), ['Theresa May→theresa-may']);
    // "the Shah" is a title, not India's home minister
    assert.deepStrictEqual(bare('Amit Shah spoke of the Shah of Iran.'), ['Amit Shah→amit-shah', 'Iran→iran']);
  });

  it('reads a hyphenated surname whole and makes no surname of a hyphenated given name ("the moon" is not Ban Ki-moon)', () => {
    const { kb } = loadKnowledgeBase(builtinKbFiles);
    const found = (text: string) => scanEntities(text, kb.matcher).map((m) => `${text.slice(m.start, m.end)}→${m.targets[0]!.entryId}`);
    assert.deepStrictEqual(found('We may yet land on the moon, said Moon.'), []);
    assert.deepStrictEqual(found('Kramp-Karrenbauer met Boutros-Ghali.'), [
      'Kramp-Karrenbauer→annegret-kramp-karrenbauer',
      'Boutros-Ghali→boutros-boutros-ghali',
    ]);
    assert.deepStrictEqual(found('Lavrov replied.'), ['Lavrov→sergey-lavrov']);
  });

  it('tells a name that ends with "+" from the name without it: OPEC+ is not OPEC', () => {
    const { kb } = loadKnowledgeBase(builtinKbFiles);
    const found = (text: string) => scanEntities(text, kb.matcher).map((m) => `${text.slice(m.start, m.end)}→${m.targets.map((t) => t.entryId).join('|')}`);
    assert.deepStrictEqual(found('OPEC+ agreed, and OPEC said little; OPEC+.'), ['OPEC+→opec-plus', 'OPEC→opec', 'OPEC+→opec-plus']);
    // a "+" between two names joins them, it ends neither
    assert.deepStrictEqual(found('Russia+China'), ['Russia→russia', 'China→china']);
    // a name the knowledge base has only without "+" is not found where the text adds one
    assert.deepStrictEqual(found('Russia+ and NATO+ met.'), []);
  });

  it('tells the characters its candidate pattern stops at as the pattern does, for every UTF-16 unit', () => {
    const { kb } = loadKnowledgeBase(builtinKbFiles);
    // the pattern's alternatives for lowercase first words ("eurozone") need the rest of the word: one character alone decides
    const pattern = new RegExp(kb.matcher.startChars.source);
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (pattern.test(String.fromCharCode(c)) !== isNameStartCode(kb.matcher, c)) differ.push(c);
    assert.deepStrictEqual(differ, []);
  });

  it('finds the same names by jumping between candidate capitals as by the careful scan that steps over code', () => {
    const { kb } = loadKnowledgeBase(builtinKbFiles);
    const pieces = [
      'Russia', "Russia's", 'NATO', 'the INF Treaty', "People's Republic of China", "d'Ivoire", "O'Brien", 'Côte', 'Ä', 'mRNA',
      'U.S.', '(INF)', 'Sergey Lavrov', 'New START', 'Kyiv’s', '“Ukraine”', 'von der Leyen', '1990', 'the', 'talks in Moscow',
      ' ', ' ', ', ', '. ', '-', '—', "'", '’', '\n', 'é', 'İ', '😀', 'Zelenskyy', 'OPEC', '+',
      // lowercase first words, which the jumping scan finds from the word after them
      'al', 'Al', 'al-Qaeda', 'Qaeda', 'qaeda', 'resolution', '2231', 'inter', 'Korean', 'military agreement', 'formal', '_',
      // and lowercase names the pattern stops at ("eurozone", "euro area", "coalition of the willing")
      'eurozone', 'euro', 'area', 'Euro', 'coalition', 'of the willing', 'neuro',
    ];
    let state = 11;
    const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 6000; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      // inline code after the text sends the scan down the careful path
      const careful = scanEntities(`${text} \`code\``, kb.matcher);
      assert.deepStrictEqual(scanEntities(text, kb.matcher), careful, JSON.stringify(text));
    }
  });

  it('hands a block with code, a comment, a link target or a URL to the careful scan wherever it stands, inside a name too', () => {
    const { kb } = loadKnowledgeBase(builtinKbFiles);
    const unnamed: UnnamedWords = { starts: [], hashes: [], count: 0, numberless: true };
    const carefully = (text: string) => {
      scanEntities(text, kb.matcher, unnamed);
      return unnamed.count === -1;
    };
    // the pattern stops at each opener's first character; a bracketed aside inside a name is not read by it
    for (const opener of ['`x`', '<!-- x -->', '[a](b)', 'http://x.org', 'www.x.org', 'a://b']) {
      assert.ok(carefully(`Russia and ${opener} NATO`), opener);
      assert.ok(carefully(`the Intermediate-Range Nuclear Forces (${opener}) Treaty`), opener);
    }
    // a stop at such a character that opens nothing leaves the prose scan, and a lead word before the next word, as they were
    for (const text of ['Russia: NATO <b> said [so]', 'al]Qaeda', 'al<Qaeda']) assert.ok(!carefully(text), text);
    assert.deepStrictEqual(scanEntities('al]Qaeda', kb.matcher).map((m) => [m.start, m.end]), [[0, 8]]);
  });
});

describe('the name scan’s matches', () => {
  it('share one list of targets for every match that a text narrows alike: blocks keep them', () => {
    const { kb } = loadKnowledgeBase(builtinKbFiles);
    // "Coalition of the Willing" (two entries' name) and "coalition of the willing" (their alias) end at one node; lowercase keeps the alias
    const [first] = scanEntities('The coalition of the willing met.', kb.matcher);
    const [second] = scanEntities('Later the coalition of the willing agreed.', kb.matcher);
    assert.deepStrictEqual(first!.targets.map((t) => `${t.entryId}/${t.form}`), ['coalition-of-the-willing-ukraine/alias', 'iraq-coalition-of-the-willing/alias']);
    assert.strictEqual(first!.targets, second!.targets);
    // the scan keeps a node's accepted targets as bits of a 32-bit number: no node may hold more than 30
    let most = 0;
    const visit = (node: TrieNode) => {
      most = Math.max(most, node.targets?.length ?? 0);
      for (const child of node.next?.values() ?? []) visit(child);
    };
    visit(kb.matcher.root);
    assert.ok(most <= 30, `a node holds ${most} targets`);
  });

  it('keep a node’s targets unread only where none is an acronym or ends with "+"', () => {
    const { kb } = loadKnowledgeBase(builtinKbFiles);
    let plain = 0;
    const visit = (node: TrieNode) => {
      if (node.targets) {
        const expected = node.targets.every((t) => t.form !== 'acronym' && !t.plus);
        assert.strictEqual(node.plainTargets, expected, node.targets.map((t) => t.words.join(' ')).join(', '));
        if (expected) plain++;
      } else assert.strictEqual(node.plainTargets, undefined);
      for (const child of node.next?.values() ?? []) visit(child);
    };
    visit(kb.matcher.root);
    assert.ok(plain > 10000, `${plain} nodes`);
    // every target fits a plain capitalized text, and the scan hands out the trie's own list
    const [russia] = scanEntities('Russia said', kb.matcher);
    assert.strictEqual(russia!.targets, kb.matcher.root.next!.get('russia')!.targets);
    // an acronym's targets are still read: "Eu" is no EU
    assert.deepStrictEqual(scanEntities('Eu said', kb.matcher), []);
  });

  it('find each child of the trie in its table by its parent and its word', () => {
    const { kb } = loadKnowledgeBase(builtinKbFiles);
    const { root, children } = kb.matcher;
    const find = (node: TrieNode, word: string) => children.find(node, asciiWordHash(word, 0, word.length), word, 0, word.length);
    let checked = 0;
    const visit = (node: TrieNode) => {
      for (const [key, child] of node.next ?? []) {
        if (asciiWordHash(key, 0, key.length) < 0) continue;
        assert.strictEqual(find(node, key), child, key);
        assert.strictEqual(find(node, key.toUpperCase()), child, key);
        checked++;
      }
      for (const child of node.next?.values() ?? []) visit(child);
    };
    visit(root);
    assert.ok(checked > 30000, `${checked} children`);
    // a word no child has, under the root and under a leaf
    assert.strictEqual(find(root, 'qqqxyz'), undefined);
    assert.strictEqual(find(root.next!.get('geneva')!, 'qqqxyz'), undefined);
    // "eu" and "g7" share a hash: each is found by its word
    assert.strictEqual(asciiWordHash('eu', 0, 2), asciiWordHash('g7', 0, 2));
    assert.strictEqual(find(root, 'EU'), root.next!.get('eu'));
    assert.strictEqual(find(root, 'G7'), root.next!.get('g7'));
    const read = (text: string) => scanEntities(text, kb.matcher).map((m) => `${text.slice(m.start, m.end)}→${m.targets[0]!.entryId}`);
    assert.deepStrictEqual(read('The EU and the G7 met in Geneva.'), ['EU→eu', 'G7→g7', 'Geneva→geneva']);
  });

  it('find the child for the word the scan read last by its hash alone only where the hash tells that word apart', () => {
    const { kb } = loadKnowledgeBase(builtinKbFiles);
    const { root, children } = kb.matcher;
    const findRead = (text: string, start: number, node = root) => {
      const end = wordEndHashed(text, start, text.length);
      return children.findLastWord(node, lastWordHash(), text, start, end);
    };
    assert.strictEqual(findRead('NATO said', 0), root.next!.get('nato'));
    assert.strictEqual(findRead('the Kyiv Post', 4), root.next!.get('kyiv'));
    // "nc6o" and "nato", "c0" and "an" share a hash: a word with a digit is read again
    assert.strictEqual(asciiWordHash('nc6o', 0, 4), asciiWordHash('nato', 0, 4));
    assert.strictEqual(findRead('NC6O said', 0), undefined);
    assert.strictEqual(findRead('EU', 0), root.next!.get('eu'));
    assert.strictEqual(findRead('G7', 0), root.next!.get('g7'));
    // longer words are read again too
    assert.strictEqual(findRead('Helsinki', 0), root.next!.get('helsinki'));
    const read = (text: string) => scanEntities(text, kb.matcher).map((m) => text.slice(m.start, m.end));
    assert.deepStrictEqual(read('NC6O and NATO met'), ['NATO']);
  });

  it('are the caller’s to keep: a later scan, which reuses the analysis’s match objects, leaves them alone', () => {
    const { kb } = loadKnowledgeBase(builtinKbFiles);
    const text = 'Russia and NATO met in Geneva with the OSCE.';
    const first = scanEntities(text, kb.matcher);
    const read = (matches: readonly RawMatch[]) => matches.map((m) => `${text.slice(m.start, m.end)}→${m.targets[0]!.entryId}`);
    const before = read(first);
    assert.ok(before.length >= 4, before.join(', '));
    scanEntities('Ukraine, Poland and the European Union', kb.matcher);
    scanEntitiesInPlace('Kyiv and Moscow', kb.matcher);
    assert.deepStrictEqual(read(first), before);
  });
});

describe('the name scan serving misspelled-name', () => {
  it('finds the same capitalized words among its unnamed words as a search of the block outside its names', () => {
    const { kb } = loadKnowledgeBase(builtinKbFiles);
    const pieces = [
      'Russia', 'Lavorv', 'Blinkin', 'Germny', 'Section', 'Finally', 'The', 'Abc-defgh', 'O’Brien', "O'Neill", 'McDonald', 'Élysée',
      'ÉCOLE', 'Łukasz', 'Ödön', 'Zelenskyy', 'New START', 'the INF Treaty', 'U.S.', 'Mr.', '1990', 'Washingtonian', 'Kyiv’s',
      'Donbass', 'talks in Moscow', 'x', ' ', ' ', ', ', '. ', '-', '—', "'", '’', '“', '\n', 'é', '😀',
    ];
    let state = 7;
    const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
    let compared = 0;
    const unnamed: UnnamedWords = { starts: [], hashes: [], count: -1, numberless: false };
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 14) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      // one list for every text, as the analysis keeps one for every block
      const matches = scanEntities(text, kb.matcher, unnamed);
      if (unnamed.count < 0) continue;
      compared++;
      assert.deepStrictEqual(capitalizedWordsAmong(text, unnamed, matches, 0), capitalizedWords(text, matches, 0), JSON.stringify(text));
    }
    assert.ok(compared > 2500, `${compared} texts compared`);
  });
});

describe('the name scan serving unknown-treaty', () => {
  it('finds the same unknown instruments from its unnamed words as by searching the block for instrument words', () => {
    const { kb } = loadKnowledgeBase(builtinKbFiles);
    const pieces = [
      'Treaty', 'Treaty of Lilliput', 'Blefuscu Naval Accords', 'Accord', 'Conventional', 'Convention on Sprats', 'the INF Treaty',
      'Minsk Agreement', 'Paris Agreement', 'Charter', 'Pact', 'Memorandum', 'Declaration of Nowhere', 'Protocols', 'Russia',
      'Lilliput', 'Naval', 'After', 'the', 'of', 'on', '2', 'x', 'l’', "d'", '’', "'", '-', '–', ' ', ' ', ', ', '. ', '\n', 'é',
    ];
    let state = 5;
    const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
    let compared = 0;
    let found = 0;
    const unnamedWords: UnnamedWords = { starts: [], hashes: [], count: -1, numberless: false };
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 14) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      // every match stands for a mention, as the analysis hands over the unnamed words only then
      const mentions = scanEntities(text, kb.matcher, unnamedWords) as unknown as Mention[];
      if (unnamedWords.count < 0) continue;
      const ctx = { text, blocks: [{ kind: 'paragraph' as const, start: 0, end: text.length, level: 0 }], kb, date: { iso: '2026-11-30', source: 'today' as const }, mentions, proposals: [], settings: defaultSettings };
      const searched = unknownTreaty(ctx);
      compared++;
      found += searched.length;
      assert.deepStrictEqual(unknownTreaty({ ...ctx, unnamedWords }), searched, JSON.stringify(text));
    }
    assert.ok(compared > 2500 && found > 300, `${compared} texts compared, ${found} findings`);
  });
});

describe('the name scan serving listed resolutions', () => {
  it('says a block is numberless only where no number follows white space or opens it, inside names or out', () => {
    const { kb } = loadKnowledgeBase(builtinKbFiles);
    const unnamed: UnnamedWords = { starts: [], hashes: [], count: -1, numberless: false };
    const numberless = (text: string) => (scanEntities(text, kb.matcher, unnamed), unnamed.numberless);
    assert.deepStrictEqual(
      ['Moscow said so.', 'The G7 met.', 'recalls its resolutions 2653 (2022) and 2699', 'under Resolution 2231 and 1737', '2025 was hard', 'see `code` 12', 'see `code`'].map(numberless),
      [true, true, false, false, false, false, false],
    );
    // a number after "resolutions" stands at a word's start after white space: where the scan says
    // there is none, there is none, whatever names stand around it
    const pieces = ['resolutions', 'Resolutions', 'Resolution', '2653', '(2022)', ' and ', ', ', ' ', '\n', '\u00a0', 'Security Council', 'the INF Treaty', 'Intermediate-Range Nuclear Forces', '(INF)', 'Treaty', "Russia's", 'G7', 'Su-35', 'Agenda 2030', 'New START', 'x'];
    let state = 11;
    const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
    let said = 0;
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      if (!numberless(text)) continue;
      said++;
      assert.ok(!/(?:^|\s)\d/.test(text), JSON.stringify(text));
    }
    assert.ok(said > 300, `${said} texts numberless`);
  });
});

describe('word splitting', () => {
  it('reads white space by character code exactly as /\\s/ does, for every UTF-16 unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c)) !== isSpaceAt(String.fromCharCode(c), 0)) differ.push(c);
    assert.deepStrictEqual(differ, []);
  });

  it('holds word hashes in a table that answers as a Set of them does', () => {
    const next = random(70);
    const word = () => Array.from({ length: 1 + Math.floor(next() * 10) }, () => String.fromCharCode(97 + Math.floor(next() * 26))).join('');
    for (let round = 0; round < 200; round++) {
      const hashes = Array.from({ length: Math.floor(next() * 120) }, () => word()).map((w) => asciiWordHash(w, 0, w.length));
      const set = new Set(hashes);
      const table = new WordHashes(hashes);
      const queries = [...hashes, -2, -1, 0, 2 ** 30 - 1, ...Array.from({ length: 50 }, () => Math.floor(next() * 2 ** 30))];
      for (const q of queries) assert.strictEqual(table.has(q), set.has(q), `${q}`);
    }
    assert.throws(() => new WordHashes([asciiWordHash('Türkiye', 0, 7)]));
  });

  it('finds no word character outside the text, whatever the text holds', () => {
    for (const text of ['', 'a', 'Kyiv', 'Türkiye', 'é']) {
      for (const i of [-2, -1, text.length, text.length + 1]) assert.strictEqual(isWordChar(text, i), false, `${JSON.stringify(text)} at ${i}`);
    }
    assert.strictEqual(isWordChar('Türkiye', 1), true);
    assert.strictEqual(isWordChar('a b', 1), false);
  });

  it('reads a character code inside the text, and -1 past its end', () => {
    assert.deepStrictEqual([0, 1, 2, 3, 4].map((i) => codeAt('Kyiv', i)), [75, 121, 105, 118, -1]);
    assert.strictEqual(codeAt('Türkiye', 1), 0xfc);
    assert.strictEqual(codeAt('', 0), -1);
  });

  it('finds a name that ends its text as any other (a heading, a currency, a dotted abbreviation)', () => {
    const { kb } = loadKnowledgeBase(builtinKbFiles);
    const found = (text: string) => scanEntities(text, kb.matcher).map((m) => text.slice(m.start, m.end));
    assert.deepStrictEqual(found('## Talks with Russia'), ['Russia']);
    assert.deepStrictEqual(found('US$110 for the U.S.'), ['U.S.']);
    assert.deepStrictEqual(found('The U.S'), ['U.S']);
  });

  it('counts the words it splits, on random names with apostrophes, hyphens and possessives', () => {
    const pieces = ["Russia", "'s", "’s", "O'Brien", " ", "-", "(", ")", "d'Ivoire", "U.S.", "Côte", "'", "s", "Ä", "1990"];
    let state = 7;
    const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 2000; i++) {
      const name = Array.from({ length: 1 + Math.floor(next() * 6) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      assert.strictEqual(countWords(name), splitWords(name).length, JSON.stringify(name));
    }
  });

  it('finds a word\'s end and hash in one pass exactly as wordEnd and asciiWordHash do apart', () => {
    const pieces = ['Russia', "'s", '’s', "O'Brien", ' ', '-', 'd’Ivoire', 'Côte', "'", 's', 'Ä', '1990', 'NATO', 'x', '\u00a0', '“', '@', '[', '`', '{', '_'];
    let state = 11;
    const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 6) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const limit = Math.floor(next() * (text.length + 1));
      const end = wordEnd(text, 0, limit);
      assert.deepStrictEqual([wordEndHashed(text, 0, limit), lastWordHash()], [end, asciiWordHash(text, 0, end)], JSON.stringify([text, limit]));
    }
  });

  it('tells whether the word it read last holds letters alone', () => {
    const lettersAlone = (text: string, start: number) => {
      wordEndHashed(text, start, text.length);
      return isLastWordLettersAt(start);
    };
    assert.deepStrictEqual([lettersAlone('Russia', 0), lettersAlone('the NATO', 4), lettersAlone("Russia's", 0)], [true, true, true]);
    assert.deepStrictEqual([lettersAlone('G7', 0), lettersAlone('2231', 0), lettersAlone("O'Brien", 0), lettersAlone('Côte', 0)], [false, false, false, false]);
    wordEndHashed('Russia', 0, 6);
    assert.strictEqual(isLastWordLettersAt(1), false, 'another word than the one read last');
    assert.deepStrictEqual([lettersAlone(' NATO', 0), lettersAlone("'s", 0)], [false, false], 'no word');
  });

  it('gives no two words of letters alone of one length up to six one hash', () => {
    assert.deepStrictEqual([isHashedExactly('nato'), isHashedExactly('russia'), isHashedExactly('georgia'), isHashedExactly('g7'), isHashedExactly("d'ivoire")], [true, true, false, false, false]);
    // every word of up to four letters, exhaustively; five and six letters follow by the same bound
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    let words = [''];
    for (let length = 1; length <= 4; length++) {
      words = words.flatMap((word) => [...letters].map((letter) => word + letter));
      const hashes = new Set(words.map((word) => asciiWordHash(word, 0, length)));
      assert.strictEqual(hashes.size, words.length, `${length} letters`);
    }
    // with digits, or at seven letters, two words can share one: these are read
    assert.strictEqual(asciiWordHash('an', 0, 2), asciiWordHash('c0', 0, 2));
    assert.strictEqual(asciiWordHash('ptbeqzr', 0, 7), asciiWordHash('uobypsv', 0, 7));
  });

  it('hashes the ASCII letters at an offset in one pass as asciiLettersEnd and asciiWordHash do apart, -1 where none stands', () => {
    const pieces = ['Marks', 'which', "'s", '’s', ' ', ',', '-', 'Côte', 'é', '1990', 'NATO', 'x', '\u00a0', '@', '[', '`', '{'];
    let state = 5;
    const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 6) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const start = Math.floor(next() * (text.length + 1));
      const end = asciiLettersEnd(text, start);
      assert.strictEqual(asciiLettersHash(text, start), end > start ? asciiWordHash(text, start, end) : -1, JSON.stringify([text, start]));
    }
    assert.strictEqual(asciiLettersHash('NATO marks it', 5), asciiWordHash('marks', 0, 5));
    assert.strictEqual(asciiLettersHash('NATO, 75', 4), -1);
  });
});

describe('the bounded memo of per-text answers', () => {
  it('answers once per key, undefined answers included, and forgets everything past its limit', () => {
    const asked: string[] = [];
    const lookUp = boundedMemo((key) => (asked.push(key), key.length > 3 ? key.toUpperCase() : undefined), 2);
    assert.deepStrictEqual([lookUp('NATO'), lookUp('nato'), lookUp('eu'), lookUp('NATO'), lookUp('eu')], ['NATO', 'NATO', undefined, 'NATO', undefined]);
    assert.deepStrictEqual(asked, ['NATO', 'nato', 'eu']);
    lookUp('osce'); // a fourth key: the memo held three, over its limit of two, and starts afresh
    lookUp('NATO');
    assert.deepStrictEqual(asked, ['NATO', 'nato', 'eu', 'osce', 'NATO']);
  });
});

describe('the table of recent answers in front of a memo', () => {
  it('answers as its computation does, once per key while the key keeps its slot, and again after another key took it', () => {
    const asked: string[] = [];
    const lookUp = recentAnswers((key) => (asked.push(key), key.length > 3 ? key.toUpperCase() : undefined));
    assert.deepStrictEqual([lookUp('NATO'), lookUp('NATO'), lookUp('eu'), lookUp('eu'), lookUp('')], ['NATO', 'NATO', undefined, undefined, undefined]);
    assert.deepStrictEqual(asked, ['NATO', 'eu', '']);
    // same length, first and last letters: one slot, each key answered for itself
    assert.deepStrictEqual([lookUp('Abcd'), lookUp('Axyd'), lookUp('Abcd')], ['ABCD', 'AXYD', 'ABCD']);
    assert.deepStrictEqual(asked.slice(3), ['Abcd', 'Axyd', 'Abcd']);
    const next = random(5);
    const words = Array.from({ length: 600 }, () => Array.from({ length: 1 + Math.floor(next() * 5) }, () => 'abAB'[Math.floor(next() * 4)]).join(''));
    for (let i = 0; i < 20_000; i++) {
      const word = words[Math.floor(next() * words.length)]!;
      assert.strictEqual(lookUp(word), word.length > 3 ? word.toUpperCase() : undefined);
    }
  });
});

describe('the memo of per-object answers', () => {
  it('answers once per object, null answers included, whether or not it was the last one asked about', () => {
    const asked: object[] = [];
    const first = { name: 'first' };
    const second = { name: 'second' };
    const lookUp = objectMemo((key: { name: string }) => (asked.push(key), key === second ? null : key.name.toUpperCase()));
    assert.deepStrictEqual([lookUp(first), lookUp(first), lookUp(second), lookUp(first), lookUp(second)], ['FIRST', 'FIRST', null, 'FIRST', null]);
    assert.deepStrictEqual(asked, [first, second]);
  });
});

describe('sentenceAround', () => {
  const around = (text: string, word: string) => {
    const start = text.indexOf(word);
    return sentenceAround(text, { start, end: start + word.length });
  };
  it('reads past the period of an abbreviation, on both sides', () => {
    assert.deepStrictEqual(around('It rained. In 2022 U.S. Ambassador Rice spoke to the U.N. staff. Then it stopped.', 'Rice'), {
      before: 'In 2022 U.S. Ambassador ',
      after: ' spoke to the U.N. staff',
    });
    assert.deepStrictEqual(around('It rained. Mr. Rice spoke. Then it stopped.', 'Rice'), { before: 'Mr. ', after: ' spoke' });
  });
  it('ends at a stop, a question or a blank line', () => {
    assert.deepStrictEqual(around('Who spoke? Rice did! Then\n\nnothing.', 'Rice'), { before: '', after: ' did' });
    assert.deepStrictEqual(around('One\n\nRice spoke\n\nTwo', 'Rice'), { before: '', after: ' spoke' });
  });
  it('starts after a stop that ends a hard-wrapped line, as it ends at one, past an abbreviation', () => {
    assert.deepStrictEqual(around('It rained.\nThen Rice spoke.\nIt stopped.', 'Rice'), { before: 'Then ', after: ' spoke' });
    assert.deepStrictEqual(around('It rained.\r\nThen Rice spoke.', 'Rice'), { before: 'Then ', after: ' spoke' });
    assert.deepStrictEqual(around('It rained. The U.S.\nAmbassador Rice spoke.', 'Rice'), { before: 'The U.S.\nAmbassador ', after: ' spoke' });
  });
  it('reads as far past carriage returns as without them, in a short text and in one longer than its native search for them', () => {
    for (const filler of [0, 5000]) {
      const lf = `${'x '.repeat(filler)}one\ntwo\nthree four five six seven Rice eight\nnine\nten eleven twelve thirteen`;
      const read = (text: string) => {
        const start = text.indexOf('Rice');
        const { before, after } = sentenceAround(text, { start, end: start + 4 }, 30);
        return { before: before.replace(/\r/g, ''), after: after.replace(/\r/g, '') };
      };
      assert.deepStrictEqual(read(lf.replace(/\n/g, '\r\n')), read(lf), `${filler} characters before`);
      assert.deepStrictEqual(read(lf), { before: 'two\nthree four five six seven ', after: ' eight\nnine\nten eleven twelve ' });
    }
  });
  it('starts the sentence where the last of its kinds of start is, on random texts of stops, spaces and line ends', () => {
    // the rule the one backward pass replaced, written as it was: the last of each kind of start,
    // a period that closes an abbreviation passed over unless it opens the span
    const STARTS = ['. ', '? ', '! ', '.\n', '?\n', '!\n', '.\r\n', '?\r\n', '!\r\n', '\n\n', '\n\r\n'];
    const startBySearch = (text: string, from: number, before: string) => {
      let cut = 0;
      for (const stop of STARTS) {
        let at = before.lastIndexOf(stop);
        while (at > 0 && stop.startsWith('.') && closesAbbreviation(text, from + at)) at = before.lastIndexOf(stop, at - 1);
        if (at !== -1) cut = Math.max(cut, at + stop.length);
      }
      return before.slice(cut);
    };
    const next = random(46);
    const pieces = ['.', '?', '!', ' ', '\n', '\r\n', 'a', 'U.S', 'U.S. ', 'Mr', 'Mr.\n', 'x', '\n\n'];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      while (text.length < 40) text += pieces[Math.floor(next() * pieces.length)];
      const start = Math.floor(next() * text.length);
      const reach = 1 + Math.floor(next() * 30);
      const from = Math.max(0, start - reach - (text.slice(Math.max(0, start - reach), start).split('\r').length - 1));
      const { before } = sentenceAround(text, { start, end: start }, reach);
      assert.strictEqual(before, startBySearch(text, from, text.slice(from, start)), JSON.stringify({ text, start, reach }));
    }
  });
});

describe("a longer name's other spelling of US or UK", () => {
  it('writes the points in or takes them out, and leaves every other name alone', () => {
    assert.strictEqual(otherAbbreviationSpelling('Japan-US Security Treaty'), 'Japan-U.S. Security Treaty');
    assert.strictEqual(otherAbbreviationSpelling('UK Supreme Court'), 'U.K. Supreme Court');
    assert.strictEqual(otherAbbreviationSpelling('U.S. Department of Defense'), 'US Department of Defense');
    assert.strictEqual(otherAbbreviationSpelling('the U.K. Parliament'), 'the UK Parliament');
    // a name of one word, another word that holds the letters, or none of them
    assert.strictEqual(otherAbbreviationSpelling('U.S.'), undefined);
    assert.strictEqual(otherAbbreviationSpelling('USA Today'), undefined);
    assert.strictEqual(otherAbbreviationSpelling('United States Senate'), undefined);
  });
});
