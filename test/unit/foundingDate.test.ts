import * as assert from 'assert';
import { builtinRuleFindings, builtinRuleSpans } from './helpers';

describe('rule: founding-date', () => {
  const flagged = builtinRuleSpans('founding-date', '2026-12-04');
  const findings = builtinRuleFindings('founding-date', '2026-12-04');

  it("flags a founding dated against the organization's record, on the date as written, in each way of writing it", () => {
    assert.deepStrictEqual(flagged('NATO, founded in 1948, met.'), ['1948']);
    assert.deepStrictEqual(flagged('The United Nations was founded in 1946.'), ['1946']);
    assert.deepStrictEqual(flagged('NATO, which was established in April 1948, met. The UN (created in 1944) met.'), ['April 1948', '1944']);
    assert.deepStrictEqual(flagged('Since the founding of ASEAN in 1976 it grew. The OSCE’s founding in 1994 mattered.'), ['1976', '1994']);
    assert.deepStrictEqual(flagged('ECOWAS was officially launched on 28 May 1976.'), ['28 May 1976']);
    // a phrase that opens the sentence, before the name
    assert.deepStrictEqual(flagged('Founded in 1948, NATO grew. Established in August 1967, ASEAN grew. In 1949, NATO met.'), ['1948']);
    // hard-wrapped text breaks the line anywhere
    assert.deepStrictEqual(flagged('The United Nations\r\nwas founded in\n1946. NATO\n(founded in 1948) met.'), ['1946', '1948']);
    const [finding] = findings('NATO, founded in 1948, met.');
    assert.strictEqual(finding!.message, 'NATO was founded on 4 April 1949, not in 1948.');
    assert.deepStrictEqual(finding!.fixes!.map((f) => [f.edits[0]!.newText, f.safe]), [['1949', false]]);
    // the fix keeps the text's precision and order
    assert.strictEqual(findings('NATO was founded on April 14, 1949.')[0]!.fixes![0]!.edits[0]!.newText, 'April 4, 1949');
  });

  it('says when the date was that of a body the organization continues, and accepts it for a former name', () => {
    assert.deepStrictEqual(
      findings('The EU, founded in 1957, grew.').map((f) => f.message),
      ['The EU was founded on 1 November 1993, not in 1957 (1957 is when a body it continues was founded).'],
    );
    assert.deepStrictEqual(flagged('The African Union, founded in 1963, met.'), ['1963']);
    // "the EEC" is a former name of the EU's entry: the forerunner's founding is its own
    assert.deepStrictEqual(flagged('The EEC, founded in 1957, grew. The European Economic Community was created in 1958.'), []);
    // an act of the year before the founding: the OECD's convention of December 1960, the WTO's Marrakesh Agreement of 1994
    assert.deepStrictEqual(flagged('The OECD, established in 1960, met. The WTO, established in 1994, met.'), []);
  });

  it('leaves alone the right dates, other verbs and other dates after the name, lists and bodies with no recorded founding', () => {
    assert.deepStrictEqual(flagged('NATO, founded in 1949, met. The UN was founded on 24 October 1945. ASEAN was set up in August 1967.'), []);
    assert.deepStrictEqual(flagged('NATO, in 1990, met. NATO was enlarged in 2004. NATO, which was re-established in 1950, met. The Commission, formed in 2019, met.'), []);
    assert.deepStrictEqual(flagged('NATO and the Warsaw Pact, founded in 1949 and 1955, faced each other.'), []);
    assert.deepStrictEqual(flagged('The G20, founded in 2005, met.'), []);
  });
});
