import * as assert from 'assert';
import { ordinalLike, ordinalValue } from '../../server/src/core/text/numberWords';
import { builtinRuleFindings, builtinRuleSpans } from './helpers';

const flaggedOn = (today: string) => builtinRuleSpans('anniversary-claim', today);

describe('rule: anniversary-claim', () => {
  const flagged = flaggedOn('2026-12-04');

  it('flags an anniversary the calendar contradicts, in each way of saying it', () => {
    assert.deepStrictEqual(flagged("This year we mark NATO's 70th anniversary."), ["NATO's 70th anniversary"]);
    assert.deepStrictEqual(flagged('NATO marks its 75th anniversary this year.'), ['NATO marks its 75th anniversary']);
    // in a relative clause after the name; a past "marked" with its year is history
    assert.deepStrictEqual(flagged('The Budapest Memorandum, which marks its 30th anniversary this year, failed.'), ['Budapest Memorandum, which marks its 30th anniversary']);
    assert.deepStrictEqual(flagged('NATO, which marks its 77th anniversary this year, met.'), []);
    assert.deepStrictEqual(flagged('The Budapest Memorandum, which marked its 30th anniversary in 2024, failed.'), []);
    assert.deepStrictEqual(flagged('Today is the seventy-fifth anniversary of the founding of NATO.'), ['seventy-fifth anniversary of the founding of NATO']);
    assert.deepStrictEqual(flagged('The UN turns 75 this year.'), ['UN turns 75']);
    assert.deepStrictEqual(flaggedOn('2023-05-01')('The centenary of the Geneva Protocol is this year.'), ['centenary of the Geneva Protocol']);
  });

  it('reads the year the sentence names before the document date', () => {
    assert.deepStrictEqual(flagged('In 2021, NATO celebrated its 75th anniversary.'), ['NATO celebrated its 75th anniversary']);
    assert.deepStrictEqual(flagged('The 25th anniversary of the Budapest Memorandum fell in 2021.'), ['25th anniversary of the Budapest Memorandum']);
    assert.deepStrictEqual(flagged("NATO's 75th anniversary summit was held in Washington in 2024. The 25th anniversary of the Budapest Memorandum fell in 2019."), []);
    // the year of the event itself dates nothing: "the 1994 Budapest Memorandum"
    assert.deepStrictEqual(flagged('This year marks the 25th anniversary of the 1994 Budapest Memorandum.'), ['25th anniversary of the 1994 Budapest Memorandum']);
    // a clause that says "now" is also of the document's year, whatever else it dates
    const on2026 = flaggedOn('2026-06-01');
    assert.deepStrictEqual(on2026('Two years after Sweden joined in 2024, NATO marks its 77th anniversary this year.'), []);
    assert.deepStrictEqual(on2026('Two years after Sweden joined in 2024, NATO marks its 70th anniversary this year.'), ['NATO marks its 70th anniversary']);
  });

  it('flags a count of years since, after or ago that the calendar contradicts', () => {
    assert.deepStrictEqual(flagged('It has been 20 years since the Budapest Memorandum.'), ['20 years since the Budapest Memorandum']);
    assert.deepStrictEqual(flagged('Ten years after the Dayton Agreement, Bosnia is still divided.'), ['Ten years after the Dayton Agreement']);
    assert.deepStrictEqual(flagged('New START, signed 20 years ago, has expired.'), ['New START, signed 20 years ago']);
    assert.deepStrictEqual(flagged('Nearly 20 years since the Budapest Memorandum, Ukraine waits.'), ['Nearly 20 years since the Budapest Memorandum']);
    assert.deepStrictEqual(flaggedOn('2040-07-01')('This summer marks fifty years since the Helsinki Final Act was signed.'), ['fifty years since the Helsinki Final Act']);
  });

  it('lets a count of years round, and reads "more than" and "nearly" one way', () => {
    assert.deepStrictEqual(flagged('It has been 30 years since the Budapest Memorandum. New START, signed 16 years ago, has expired.'), []);
    assert.deepStrictEqual(flagged('More than 20 years since the Budapest Memorandum, Ukraine waits. Nearly 35 years since the Budapest Memorandum, Ukraine waits.'), []);
    assert.deepStrictEqual(flagged('Thirty years after the Dayton Agreement, Bosnia is still divided.'), []);
  });

  it('counts a treaty from its signing or its entry into force, unless the text says which', () => {
    const on2020 = flaggedOn('2020-06-01');
    assert.deepStrictEqual(on2020('This year marks the 50th anniversary of the NPT.'), []);
    assert.deepStrictEqual(on2020('This year marks the 50th anniversary of the signing of the NPT.'), ['50th anniversary of the signing of the NPT']);
    assert.deepStrictEqual(on2020('This year marks the 50th anniversary of the entry into force of the NPT.'), []);
  });

  it("counts an organization from its forerunner's founding too", () => {
    const on2025 = flaggedOn('2025-07-01');
    assert.deepStrictEqual(on2025('The OSCE marks its 50th anniversary this year. The SCO marks its 29th anniversary this year.'), []);
    assert.deepStrictEqual(on2025('The African Union celebrates its 60th anniversary this year.'), ['African Union celebrates its 60th anniversary']);
    assert.deepStrictEqual(flaggedOn('2023-05-25')('The African Union celebrates its 60th anniversary this year.'), []);
  });

  it('leaves alone an anniversary of something else, one ahead, and one in an undated past', () => {
    assert.deepStrictEqual(flagged('The 25th anniversary of the NATO bombing of Yugoslavia is this year.'), []);
    assert.deepStrictEqual(flagged("Ten years after NATO's intervention in Libya, the country is still split."), []);
    assert.deepStrictEqual(flagged("NATO will celebrate its 100th anniversary. NATO's upcoming 80th anniversary matters."), []);
    assert.deepStrictEqual(flagged("NATO will mark its 70th anniversary."), ['NATO will mark its 70th anniversary']);
    assert.deepStrictEqual(flagged("At NATO's 70th anniversary summit, leaders argued. The UN's 80th anniversary fell last year."), []);
    assert.deepStrictEqual(flagged("NATO's 75th anniversary summit in Washington."), []);
  });

  it('says when the anniversary fell, and fixes the number as the text wrote it', () => {
    const [finding] = builtinRuleFindings('anniversary-claim', '2026-12-04')('NATO marks its 70th anniversary this year.');
    assert.strictEqual(finding?.message, '"NATO marks its 70th anniversary": NATO was founded on 4 April 1949, so the year of its 70th anniversary is 2019, not 2026 (the document date\'s year).');
    assert.deepStrictEqual(finding?.fixes?.[0]?.edits.map((e) => e.newText), ['77th']);
    const [words] = builtinRuleFindings('anniversary-claim', '2026-12-04')('It has been twenty years since the Budapest Memorandum.');
    assert.match(words?.message ?? '', /signed on 5 December 1994, 32 years before 2026/);
    assert.deepStrictEqual(words?.fixes?.[0]?.edits.map((e) => e.newText), ['thirty-two']);
  });
});

describe('ordinals', () => {
  it('reads and writes ordinals in digits and words', () => {
    assert.deepStrictEqual(['75th', '1st', '22nd', 'fiftieth', 'Seventy-fifth', 'twenty first', 'hundredth', 'one hundredth', 'fifty', 'zeroth'].map(ordinalValue), [75, 1, 22, 50, 75, 21, 100, 100, undefined, undefined]);
    assert.deepStrictEqual([ordinalLike(32, '70th'), ordinalLike(11, '2nd'), ordinalLike(23, '1st'), ordinalLike(77, 'Seventieth'), ordinalLike(40, 'fifth'), ordinalLike(100, 'fiftieth')], ['32nd', '11th', '23rd', 'Seventy-seventh', 'fortieth', 'hundredth']);
  });
});
