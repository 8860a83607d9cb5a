import * as assert from 'assert';
import { builtinRuleFindings, builtinRuleSpans } from './helpers';

const flaggedOn = (today: string) => builtinRuleSpans('age-claim', today);

describe('rule: age-claim', () => {
  const flagged = flaggedOn('2026-12-04');

  it('flags an age that the date of birth contradicts, in each way of giving it', () => {
    assert.deepStrictEqual(flagged('John Kerry, 80, said nothing.'), ['John Kerry, 80']);
    assert.deepStrictEqual(flagged('John Kerry (80) said nothing.'), ['John Kerry (80)']);
    assert.deepStrictEqual(flagged('John Kerry, now 80, said nothing. John Kerry, aged 80, said nothing.'), ['John Kerry, now 80', 'John Kerry, aged 80']);
    assert.deepStrictEqual(flagged('The 80-year-old former secretary of state John Kerry spoke.'), ['80-year-old former secretary of state John Kerry']);
    assert.deepStrictEqual(flagged('The eighty-year-old John Kerry spoke.'), ['eighty-year-old John Kerry']);
  });

  it('accepts the age on the document date, to the day of the birthday', () => {
    assert.deepStrictEqual(flagged('John Kerry, 82, said nothing. Hillary Clinton (79) agreed.'), []);
    assert.deepStrictEqual(flaggedOn('2026-12-10')('John Kerry, 83, said nothing.'), ['John Kerry, 83']);
    assert.deepStrictEqual(flaggedOn('2026-12-11')('John Kerry, 83, said nothing.'), []);
    // born in a month the knowledge base knows no day of: either age in that month
    assert.deepStrictEqual(flagged('Michael Flynn, 67, spoke. Michael Flynn, 68, spoke.'), []);
  });

  it('reads the year the sentence names, and leaves an undated past alone', () => {
    assert.deepStrictEqual(flagged('In 2004, John Kerry, 60, ran for president.'), []);
    assert.deepStrictEqual(flagged('In 2004, John Kerry, 65, ran for president.'), ['John Kerry, 65']);
    assert.deepStrictEqual(flagged('When he was secretary, John Kerry, 70, was tireless.'), []);
    // an age in apposition is today's too, whatever year the rest of the part names
    const on2025 = flaggedOn('2025-06-01');
    assert.deepStrictEqual(on2025('Recep Tayyip Erdoğan, 71, has ruled since 2003. Luiz Inácio Lula da Silva, 79, who was jailed in 2018, won again.'), []);
    // a year dates only its part of the sentence
    assert.deepStrictEqual(flaggedOn('2026-02-15')('Hillary Clinton took over the State Department in 2009, and Jake Sullivan, 49, is teaching again.'), []);
    assert.deepStrictEqual(flagged('In 1989, James Baker, 59, became secretary of state; today the 74-year-old former secretary of state James Baker is quoted.'), [
      '74-year-old former secretary of state James Baker',
    ]);
  });

  it('reads the age of someone who has died at death, and flags another', () => {
    assert.deepStrictEqual(flagged('Dick Cheney, 84, died on Monday. Madeleine Albright, 84, said so.'), []);
    const [finding] = builtinRuleFindings('age-claim', '2026-12-04')('Dick Cheney, 85, said so.');
    assert.strictEqual(finding?.message, '"Dick Cheney, 85": Dick Cheney was born on 30 January 1941 and died on 3 November 2025, aged 84, before the document date (4 December 2026).');
  });

  it('flags a year of death that the record contradicts', () => {
    assert.deepStrictEqual(flagged('Madeleine Albright, who died in 2021, wrote about it. Madeleine Albright died in March 2022.'), ['Madeleine Albright, who died in 2021']);
  });

  it('flags "the late" before someone alive, but not a time named after them', () => {
    assert.deepStrictEqual(flaggedOn('2026-11-01')('The late John Kerry warned of it.'), ['The late John Kerry']);
    assert.deepStrictEqual(flagged('The late Madeleine Albright warned of it. In the late Clinton era, nothing moved.'), []);
    // long after the entry's review, a death may have gone unrecorded
    assert.deepStrictEqual(flaggedOn('2030-01-01')('The late John Kerry warned of it.'), []);
  });

  it('reads no age in other numbers after a name', () => {
    assert.deepStrictEqual(flagged('Kerry, 12 May. Kerry, 12, 14 and 16 votes. John Kerry, 2004, was the nominee.'), []);
  });

  it('fixes the age as the text wrote it', () => {
    const [finding] = builtinRuleFindings('age-claim', '2026-12-04')('John Kerry, 80, said nothing.');
    assert.strictEqual(finding?.message, '"John Kerry, 80": John Kerry was born on 11 December 1943: 82 on the document date (4 December 2026), not 80.');
    assert.deepStrictEqual(finding?.fixes?.[0]?.edits.map((e) => e.newText), ['82']);
  });
});
