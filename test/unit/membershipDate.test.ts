import * as assert from 'assert';
import { builtinRuleFindings, builtinRuleSpans } from './helpers';

describe('rule: membership-date', () => {
  const flagged = builtinRuleSpans('membership-date', '2026-12-04');
  const findings = builtinRuleFindings('membership-date', '2026-12-04');

  it("flags a joining or a leaving dated against the state's recorded membership, on the date as written", () => {
    assert.deepStrictEqual(flagged('Finland, which joined NATO in 2024, guards the Baltic.'), ['2024']);
    assert.deepStrictEqual(flagged('Poland acceded to the EU in 2005. Montenegro formally joined NATO in 2016.'), ['2005', '2016']);
    assert.deepStrictEqual(flagged('The United Kingdom left the EU in 2016.'), ['2016']);
    assert.deepStrictEqual(flagged("Croatia became the EU's 28th member state in 2012."), ['2012']);
    // two states before one date: the date is read for the state right before the verb
    assert.deepStrictEqual(flagged('Finland and Sweden joined NATO in 2023.'), ['2023']);
    const [finding] = findings('The United Kingdom left the EU in 2016.');
    assert.strictEqual(finding!.message, 'The United Kingdom left the EU on 31 January 2020, not in 2016.');
    assert.deepStrictEqual(finding!.fixes!.map((f) => [f.edits[0]!.newText, f.safe]), [['2020', false]]);
    // the organization named first
    assert.deepStrictEqual(flagged('NATO, which Sweden joined in 2023, grew. The EU, which the United Kingdom left in 2016, shrank.'), ['2023', '2016']);
    assert.deepStrictEqual(flagged('NATO, which Finland joined in April 2023, grew. The CSTO, which Azerbaijan left in 1999, shrank.'), []);
    // the fix keeps the text's precision
    assert.deepStrictEqual(findings('Sweden joined NATO on 7 March 2023.')[0]!.fixes![0]!.edits[0]!.newText, '7 March 2024');
  });

  it('leaves alone the right dates, a founding member dated by its founding, and what the record does not hold', () => {
    assert.deepStrictEqual(flagged('Sweden joined NATO in March 2024. Finland joined NATO on 4 April 2023. The UK left the European Union on 31 January 2020.'), []);
    // the CSTO grew out of the treaty of 1992; the EU's forerunner, the EEC, was founded by a treaty of March 1957, in force in 1958
    assert.deepStrictEqual(flagged('Armenia joined the CSTO in 2002. France joined the EU in 1957.'), []);
    assert.deepStrictEqual(flagged('Armenia joined the CSTO in 2005. Greece joined the EU in 1957.'), ['2005', '1957']);
    // a list of dates, one per state; a state the record holds as no member; a state that never left
    assert.deepStrictEqual(flagged('Finland and Sweden joined NATO in 2023 and 2024.'), []);
    assert.deepStrictEqual(flagged('Ukraine joined NATO in 2030. Hungary left NATO in 2020.'), []);
    // no date right after the organization, or another thing after it; a clause that is not the state's act
    assert.deepStrictEqual(flagged("Finland joined NATO's exercises in 2020. The UK left the EU customs union in 2021."), []);
    assert.deepStrictEqual(flagged('NATO, which Finland praised in 2020, grew. NATO, which Sweden and Finland joined in 2023 and 2024, grew.'), []);
  });
});
