import * as assert from 'assert';
import { builtinKbFiles, loadKnowledgeBase } from '../../server/src/core/index';
import { countOn, countsBetween, memberCountHistories } from '../../server/src/core/kb/memberCounts';
import { mayCountBefore } from '../../server/src/core/rules/memberCount';
import { countValue, writtenLike } from '../../server/src/core/text/numberWords';
import { builtinRuleFindings, builtinRuleSpans } from './helpers';

const kb = loadKnowledgeBase(builtinKbFiles).kb;
const countFindings = (today: string) => builtinRuleFindings('member-count', today);
const flaggedOn = (today: string) => builtinRuleSpans('member-count', today);

describe('rule: member-count', () => {
  const flagged = flaggedOn('2026-12-04');

  it('flags a count of all the members that the document date contradicts, in each way of writing it', () => {
    assert.deepStrictEqual(flagged("NATO's 30 members met in Brussels."), ["NATO's 30 members"]);
    assert.deepStrictEqual(flagged('The 30 NATO allies agreed.'), ['30 NATO allies']);
    assert.deepStrictEqual(flagged('All 28 EU member states signed.'), ['28 EU member states']);
    assert.deepStrictEqual(flagged('The 28 member states of the European Union agreed.'), ['28 member states of the European Union']);
    assert.deepStrictEqual(flagged('NATO now has thirty members.'), ['NATO now has thirty members']);
    assert.deepStrictEqual(flagged('The European Union, which has 28 member states, agreed.'), ['European Union, which has 28 member states']);
    assert.deepStrictEqual(flagged('NATO, which now counts 30 allies, met.'), ['NATO, which now counts 30 allies']);
    assert.deepStrictEqual(flagged('The EU, with its 28 member states, is large.'), ['EU, with its 28 member states']);
    // "its" after the name is the organization's own: it leaves no member out
    assert.deepStrictEqual(flagged('ASEAN, with its ten members, has stalled.'), ['ASEAN, with its ten members']);
    assert.deepStrictEqual(flagged('The EU, with its 26 member states, is large.'), ['EU, with its 26 member states']);
    assert.deepStrictEqual(flagged('The thirty-one NATO allies agreed.'), ['thirty-one NATO allies']);
    assert.deepStrictEqual(flagged('The 30-member NATO agreed.'), ['30-member NATO']);
    assert.deepStrictEqual(flagged('The 26 EU capitals agreed.'), ['26 EU capitals']);
  });

  it('leaves a right count alone, and a count of some of the members', () => {
    assert.deepStrictEqual(flagged("NATO's 32 allies agreed. The 27 EU member states met. The 193 UN member states voted."), []);
    assert.deepStrictEqual(flagged('The EU, which has 27 member states, agreed. NATO, which has 32 members, met.'), []);
    assert.deepStrictEqual(flagged('Three NATO allies objected.'), []);
    assert.deepStrictEqual(flagged('The 23 NATO allies that spend 2 % of GDP were praised.'), []);
    assert.deepStrictEqual(flagged('The ten EU members most exposed to Russian gas met.'), []);
    assert.deepStrictEqual(flagged('The 23 NATO allies at or above 2 % were praised. The 23 NATO allies now spending 2 % were praised.'), []);
    assert.deepStrictEqual(flagged('The two EU member states, Finland and Estonia, agreed.'), []);
    assert.deepStrictEqual(flagged('The 26 EU member states, without Hungary, agreed.'), []);
    // a vote counts some of the members
    assert.deepStrictEqual(flagged('The 13 members of the Security Council voted in favour.'), []);
    assert.deepStrictEqual(flagged('The 11 members of the Security Council met.'), ['11 members of the Security Council']);
    // its owner and the others: the whole alliance
    assert.deepStrictEqual(flagged('The United States and its 31 NATO allies agreed. Germany and its 26 EU partners agreed.'), []);
    assert.deepStrictEqual(flagged('The United States and its 29 NATO allies agreed.'), ['29 NATO allies']);
  });

  it("leaves another body's count alone", () => {
    assert.deepStrictEqual(flagged("The 54 members of the UN's Economic and Social Council met."), []);
    assert.deepStrictEqual(flagged('The 15-member UN panel met.'), []);
  });

  it('reads the count against a year the paragraph names, or any past count in a sentence about the past', () => {
    assert.deepStrictEqual(flagged("In 2019, NATO's 29 members met in London."), []);
    assert.deepStrictEqual(flagged("NATO met in London in 2019. NATO's 29 members agreed."), []);
    assert.deepStrictEqual(flagged("In 2019, NATO's 28 members met in London."), ["NATO's 28 members"]);
    assert.deepStrictEqual(flagged("When NATO's 30 allies met, they agreed."), []);
    assert.deepStrictEqual(flagged("NATO's 33 members were divided."), ["NATO's 33 members"]);
  });

  it('reads a clause that says "now" on the document date, and one that speaks of the past as the past, whatever else the sentence says', () => {
    const in2026 = flaggedOn('2026-10-30');
    assert.deepStrictEqual(in2026('The junta has been barred since 2021. The ten ASEAN members now face a harder question: Myanmar.'), ['ten ASEAN members']);
    assert.deepStrictEqual(in2026("ECOWAS's 15 members used to span the region; three of them now form their own confederation."), []);
    // "before the end of the year" is no past
    assert.deepStrictEqual(in2026("Ask the Council of Europe's 47 member states to pay before the end of the year."), ["Council of Europe's 47 member states"]);
  });

  it('reads the count on the document date', () => {
    assert.deepStrictEqual(flaggedOn('2021-06-01')("NATO's 30 members met in Brussels."), []);
    assert.deepStrictEqual(flaggedOn('2021-06-01')("NATO's 32 members met in Brussels."), ["NATO's 32 members"]);
    assert.deepStrictEqual(flaggedOn('2018-06-01')("The EU's 27 member states agreed."), ["EU's 27 member states"]);
  });

  it('leaves a count beside a change of membership alone', () => {
    const in2018 = flaggedOn('2018-06-01');
    assert.deepStrictEqual(in2018("The EU's 27 member states agreed the Brexit guidelines."), []);
    assert.deepStrictEqual(in2018("The EU's 27 member states talked to the United Kingdom."), []);
    assert.deepStrictEqual(flagged("NATO's 30 members met; Finland joined later."), []);
  });

  it('reads counts from `memberCount` and `memberCountSince`, and not before that date', () => {
    assert.deepStrictEqual(flagged('The ten ASEAN member states met in Kuala Lumpur.'), ['ten ASEAN member states']);
    assert.deepStrictEqual(flagged("ECOWAS's 15 members met in Abuja."), ["ECOWAS's 15 members"]);
    assert.deepStrictEqual(flagged('The 47 members of the Council of Europe met.'), ['47 members of the Council of Europe']);
    assert.deepStrictEqual(flaggedOn('2024-05-01')('The ten ASEAN member states met. The 11 ASEAN members met.'), []);
    assert.deepStrictEqual(flagged('In 2023, the ten ASEAN member states met.'), []);
  });

  it('says what the count was and offers it in the same style, not as a safe fix', () => {
    const [finding] = countFindings('2026-12-04')('The ten ASEAN member states met.');
    assert.strictEqual(finding!.message, '"ten ASEAN member states": ASEAN membership on the document date (4 December 2026) was 11, since 26 October 2025.');
    assert.deepStrictEqual(
      finding!.fixes!.map((f) => [f.edits[0]!.newText, f.safe]),
      [['eleven', false]],
    );
    const [dated] = countFindings('2026-12-04')("In 2019, NATO's 28 members met.");
    assert.match(dated!.message, /NATO membership from 2019 to the document date \(4 December 2026\) was 29, 30, 31 or 32\./);
    assert.strictEqual(dated!.fixes, undefined);
  });
});

describe('member-count histories', () => {
  it('reads NATO and the EU from the dated memberships, with every change', () => {
    const nato = memberCountHistories(kb).get('nato')!;
    assert.ok(nato.complete);
    assert.deepStrictEqual(nato.periods.map((p) => p.count), [12, 14, 15, 16, 19, 26, 28, 29, 30, 31, 32]);
    assert.strictEqual(countOn(nato, '2023-04-03'), 30);
    assert.strictEqual(countOn(nato, '2023-04-04'), 31);
    assert.deepStrictEqual(countsBetween(nato, '2019-01-01', '2021-01-01'), [29, 30]);
    assert.deepStrictEqual(memberCountHistories(kb).get('eu')!.periods.map((p) => p.count), [6, 9, 10, 12, 15, 25, 27, 28, 27]);
  });

  it('knows only the present count of an organization without dated memberships, and nothing before its date', () => {
    const asean = memberCountHistories(kb).get('asean')!;
    assert.ok(!asean.complete);
    assert.strictEqual(countOn(asean, '2025-10-25'), undefined);
    assert.strictEqual(countOn(asean, '2025-10-26'), 11);
    assert.strictEqual(countsBetween(asean, '2024-01-01', '2026-01-01'), undefined);
  });
});

describe("member-count's gate before a name", () => {
  const before = (words: string) => mayCountBefore(`${words} NATO`, words.length + 1);
  it('passes a count, a compound, "of" and "of the" before the name', () => {
    for (const words of ['The 30', 'the thirty', 'All twenty-eight', 'the 32-member', 'the 27-nation', 'members of', 'members OF', 'members of the', 'members of The']) assert.ok(before(words), words);
  });
  it('passes a word past ASCII, which only its folding can tell, and "the" after one', () => {
    for (const words of ['Mitglieder ö', 'about é the']) assert.ok(before(words), words);
  });
  it('stops the names that follow another word, or "the" after a word not ending in "f"', () => {
    for (const words of ['welcomed the', 'citing', 'on the', '', '(', 'the', ' the', 'the the']) assert.ok(!before(words), words);
    assert.ok(!mayCountBefore('NATO', 0));
  });
});

describe('count words', () => {
  it('reads digits and words up to ninety-nine', () => {
    assert.deepStrictEqual(['32', 'ten', 'Twenty-seven', 'thirty two', 'eleven', 'ninety-nine'].map(countValue), [32, 10, 27, 32, 11, 99]);
    assert.deepStrictEqual(['1000', 'twenty-ten', 'ten-one', 'new', 'two newest', 'one hundred'].map(countValue), [undefined, undefined, undefined, undefined, undefined, undefined]);
  });
  it('writes a count as the text wrote another', () => {
    assert.deepStrictEqual([writtenLike(32, '30'), writtenLike(11, 'ten'), writtenLike(32, 'Thirty-one'), writtenLike(27, 'twenty eight'), writtenLike(193, 'ten')], ['32', 'eleven', 'Thirty-two', 'twenty seven', '193']);
  });
});
