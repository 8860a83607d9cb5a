import * as assert from 'assert';
import { builtinKbFiles, createAnalyzer, loadKnowledgeBase } from '../../server/src/core/index';
import { builtinRuleFindings, builtinRuleSpans } from './helpers';
import { formerNameOf } from '../../server/src/core/kb/formerNames';
import type { Mention } from '../../server/src/core/types';

const flaggedOn = (today = '2026-12-04') => builtinRuleSpans('former-name', today);

describe('rule: former-name', () => {
  const flagged = flaggedOn();

  it('flags a name its state, place or body had stopped going by on the document date', () => {
    assert.deepStrictEqual(flagged('Swaziland joined the talks.'), ['Swaziland']);
    assert.deepStrictEqual(flagged('The FCO said the talks would resume. The Foreign and Commonwealth Office agreed.'), ['FCO', 'Foreign and Commonwealth Office']);
    assert.deepStrictEqual(flagged('FYROM and MONUC answered; Artemivsk and Illichivsk were shelled, and the NWFP voted.'), ['FYROM', 'MONUC', 'Artemivsk', 'Illichivsk', 'NWFP']);
    // a capital read as its government is checked by the city's names
    assert.deepStrictEqual(flagged('Nur-Sultan insists on the deal.'), ['Nur-Sultan']);
    // a name hard-wrapped across two lines
    assert.deepStrictEqual(flagged('The Foreign and Commonwealth\nOffice agreed.'), ['Foreign and Commonwealth\nOffice']);
  });

  it('suggests the current name in the spelling the old one was written in', () => {
    const read = builtinRuleFindings('former-name', '2026-12-04');
    const [british] = read('The Organisation of the Islamic Conference met in Jeddah.');
    assert.deepStrictEqual(british!.fixes?.[0]?.edits.map((e) => e.newText), ['Organisation of Islamic Cooperation']);
    const [american] = read('The Organization of the Islamic Conference met in Jeddah.');
    assert.deepStrictEqual(american!.fixes?.[0]?.edits.map((e) => e.newText), ['Organization of Islamic Cooperation']);
    assert.deepStrictEqual(flagged('In 2009 the Organization of the Islamic Conference met in Damascus.'), []);
  });

  it('reads a former name by its text in any case, and rules others out by their length and first letter', () => {
    const { kb } = loadKnowledgeBase(builtinKbFiles);
    const mention = (text: string, id: string, placeId?: string) => ({ text, id, placeId }) as Mention;
    assert.strictEqual(formerNameOf(kb, mention('Swaziland', 'eswatini'))?.name, 'Swaziland');
    assert.strictEqual(formerNameOf(kb, mention('SWAZILAND', 'eswatini'))?.name, 'Swaziland');
    assert.strictEqual(formerNameOf(kb, mention('swaziland', 'eswatini'))?.name, 'Swaziland');
    assert.strictEqual(formerNameOf(kb, mention('nur-sultan', 'kazakhstan', 'astana'))?.name, 'Nur-Sultan');
    // the same length, another first letter; the same first letter, another length
    assert.strictEqual(formerNameOf(kb, mention('Twaziland', 'eswatini')), undefined);
    assert.strictEqual(formerNameOf(kb, mention('Swazilands', 'eswatini')), undefined);
    assert.strictEqual(formerNameOf(kb, mention('Eswatini', 'eswatini')), undefined);
  });

  it('says what the name is now, and fixes it to that', () => {
    const [finding] = builtinRuleFindings('former-name', '2026-12-04')('The FCO welcomed it.');
    assert.strictEqual(finding!.message, '"FCO" has been a former name since 2 September 2020: the current one is "FCDO" (Foreign, Commonwealth and Development Office). The document date is 4 December 2026.');
    assert.deepStrictEqual(finding!.fixes?.[0]?.edits.map((e) => e.newText), ['FCDO']);
  });

  it('reads the time from the years the sentence names, else from the paragraph, else the document date', () => {
    assert.deepStrictEqual(flagged('Swaziland signed the protocol in 2010.'), []);
    assert.deepStrictEqual(flagged('Swaziland signed the protocol in 2024.'), ['Swaziland']);
    // the year of the renaming itself may fall before or after it
    assert.deepStrictEqual(flagged('Swaziland signed the protocol in 2018.'), []);
    assert.deepStrictEqual(flagged('In 2005 the king spoke at length. Swaziland then agreed to the plan. Swaziland signed.'), []);
    // "today" or "now" sets the sentence on the document date, whatever year the paragraph told of
    assert.deepStrictEqual(flagged('In 2015 the FCO opened the talks. Today the FCO still leads them.'), ['FCO']);
    assert.deepStrictEqual(flaggedOn('2015-06-01')('The FCO said the talks would resume.'), []);
    // a part of the sentence that names a year does not date another part
    assert.deepStrictEqual(flagged('The treaty was signed in 1994, and Swaziland now backs it.'), ['Swaziland']);
  });

  it('leaves a name written as an old one alone, and one beside the current name', () => {
    assert.deepStrictEqual(flagged('Eswatini, formerly Swaziland, agreed. Then-Swaziland had agreed. The country known as Swaziland agreed.'), []);
    assert.deepStrictEqual(flagged('The king renamed Swaziland as Eswatini.'), []);
    assert.deepStrictEqual(flagged('The word "Swaziland" still appears on old maps.'), []);
    assert.deepStrictEqual(flagged('Swaziland, as it was called at the time, agreed.'), []);
  });

  it('leaves the current names and the other bearers of an old one alone', () => {
    assert.deepStrictEqual(flagged('Eswatini, the FCDO, Bakhmut, Astana and North Macedonia agreed.'), []);
    // "Macedonia" alone also names a Greek region and an ancient kingdom: not a former name here
    assert.deepStrictEqual(flagged('Macedonia joined NATO in 2020.'), []);
  });

  it('is the only rule to read a former name beside the current one: inconsistent-naming leaves it alone', () => {
    const analyzer = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-12-04' });
    const codes = (text: string) => analyzer.analyze({ uri: 'memory://both.md', version: 1, getText: () => text }).findings.map((f) => f.code).filter((c) => c === 'inconsistent-naming' || c === 'former-name');
    assert.deepStrictEqual(codes('Eswatini hosted the talks. Swaziland agreed.'), ['former-name']);
    assert.deepStrictEqual(codes('Eswatini hosted the talks. In 2010 Swaziland agreed. Eswatini, formerly Swaziland, agreed.'), []);
  });
});
