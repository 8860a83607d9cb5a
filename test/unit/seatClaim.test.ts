import * as assert from 'assert';
import { builtinRuleFindings, builtinRuleSpans } from './helpers';

describe('rule: seat-claim', () => {
  const flagged = builtinRuleSpans('seat-claim', '2026-12-04');
  const findings = builtinRuleFindings('seat-claim', '2026-12-04');

  it("flags a city given as an organization's seat that its record contradicts, on the city", () => {
    assert.deepStrictEqual(flagged('The Brussels-based OSCE and the Geneva-based IAEA will monitor.'), ['Brussels', 'Geneva']);
    assert.deepStrictEqual(flagged('OPEC, headquartered in Geneva, met. The IAEA, based in Geneva, agreed.'), ['Geneva', 'Geneva']);
    assert.deepStrictEqual(flagged("The IAEA's headquarters in Geneva were closed."), ['Geneva']);
    const [finding] = findings('The Geneva-based IAEA will monitor.');
    assert.strictEqual(finding!.message, 'The text gives Geneva as the seat of the International Atomic Energy Agency; its seat is Vienna.');
    assert.deepStrictEqual(finding!.fixes!.map((f) => [f.edits[0]!.newText, f.safe]), [['Vienna', false]]);
  });

  it('leaves alone the right seat, a seat of several cities, and a part of the organization after its name', () => {
    assert.deepStrictEqual(flagged('The Vienna-based IAEA agrees. The Hague-based ICC issued warrants. The OSCE, based in Vienna, sent observers.'), []);
    assert.deepStrictEqual(flagged('The Washington-based IMF lends. The Brussels-based NATO met. The Paris-based OECD said so.'), []);
    // the European Parliament sits in Strasbourg and in Brussels
    assert.deepStrictEqual(flagged('The Brussels-based European Parliament voted. The Strasbourg-based European Parliament voted.'), []);
    // the UN's agencies and regional offices sit elsewhere than the UN
    assert.deepStrictEqual(flagged('The Geneva-based UN agencies disagree. The Copenhagen-based WHO Regional Office for Europe agrees.'), []);
  });
});
