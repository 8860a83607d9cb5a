import * as assert from 'assert';
import { namesStateBesideCity } from '../../server/src/core/rules/capitalClaim';
import type { Mention } from '../../server/src/core/types';
import { builtinRuleFindings, builtinRuleSpans } from './helpers';

const capitalFindings = (today = '2026-12-04') => builtinRuleFindings('capital-claim', today);
const flaggedOn = (today = '2026-12-04') => builtinRuleSpans('capital-claim', today);

describe('rule: capital-claim', () => {
  const flagged = flaggedOn();

  it('flags a city called the capital of a state whose capital it is not, in each way of saying so', () => {
    assert.deepStrictEqual(flagged('Talks were held in Istanbul, the Turkish capital.'), ['Istanbul, the Turkish capital']);
    assert.deepStrictEqual(flagged("Turkey's capital, Istanbul, hosted talks."), ["Turkey's capital, Istanbul"]);
    assert.deepStrictEqual(flagged("Istanbul, Turkey's capital, hosted talks."), ["Istanbul, Turkey's capital"]);
    assert.deepStrictEqual(flagged('Istanbul is the capital of Turkey.'), ['Istanbul is the capital of Turkey']);
    assert.deepStrictEqual(flagged('The capital of Turkey, Istanbul, hosted talks.'), ['capital of Turkey, Istanbul']);
    assert.deepStrictEqual(flagged('Geneva, the Swiss capital, hosted talks.'), ['Geneva, the Swiss capital']);
    assert.deepStrictEqual(flagged("Karachi, Pakistan's capital city, is crowded."), ["Karachi, Pakistan's capital city"]);
  });

  it('leaves the right capital alone, and a capital of another kind', () => {
    assert.deepStrictEqual(flagged("Talks in Ankara, the Turkish capital. Bern, Switzerland's capital, agreed."), []);
    assert.deepStrictEqual(flagged("Istanbul, Turkey's economic capital, hosted talks. Istanbul, the former Turkish capital, hosted talks."), []);
    assert.deepStrictEqual(flagged("Turkey's capital markets are in Istanbul. Istanbul, Turkey's capital markets hub, grew."), []);
  });

  it('accepts a seat of government, and a former one in a sentence about the past', () => {
    assert.deepStrictEqual(flagged('The Hague, the Dutch capital, hosts the court.'), []);
    assert.deepStrictEqual(flagged("Rio de Janeiro, Brazil's capital, hosted the G20."), ["Rio de Janeiro, Brazil's capital"]);
    assert.deepStrictEqual(flagged("In 1950 Rio de Janeiro, Brazil's capital, was crowded. Rio de Janeiro, then Brazil's capital, was crowded."), []);
    // a year the sentence names sets its time: Rio was no longer the seat in 2024
    assert.deepStrictEqual(flagged("Rio de Janeiro, Brazil's capital, hosted the G20 summit in November 2024."), ["Rio de Janeiro, Brazil's capital"]);
    assert.deepStrictEqual(flagged("Almaty, then Kazakhstan's capital, hosted talks in 1994. Almaty, Kazakhstan's capital, hosted talks in 1994."), []);
    assert.deepStrictEqual(flagged("Almaty, Kazakhstan's capital, hosted talks."), ["Almaty, Kazakhstan's capital"]);
    assert.deepStrictEqual(flaggedOn('1955-01-01')("Rio de Janeiro, Brazil's capital, hosted the talks."), []);
  });

  it('leaves states with a disputed or shared capital alone', () => {
    assert.deepStrictEqual(flagged("Cape Town, South Africa's capital, hosted talks. Tel Aviv, the Israeli capital, answered."), []);
  });

  it('names the capital of the document date and offers it, not as a safe fix', () => {
    const text = 'Talks were held in Istanbul, the Turkish capital.';
    const [finding] = capitalFindings()(text);
    assert.strictEqual(finding!.message, '"Istanbul, the Turkish capital": the capital of Türkiye on the document date (4 December 2026) was Ankara, not Istanbul.');
    assert.deepStrictEqual(finding!.fixes!.map((f) => [text.slice(f.edits[0]!.start, f.edits[0]!.end), f.edits[0]!.newText, f.safe]), [['Istanbul', 'Ankara', false]]);
    const [named] = capitalFindings()('Istanbul is the capital of Turkey.');
    assert.match(named!.message, /the capital of Turkey on the document date/);
  });
});

describe("capital-claim's gate on the mentions", () => {
  const mention = (kind: string, category: string, form = 'name', placeId?: string) => ({ id: category, kind, category, form, placeId }) as unknown as Mention;
  const state = mention('actor', 'state');
  const city = mention('place', 'city');
  const capitalAsGovernment = mention('actor', 'state', 'metonym', 'ankara');
  const organization = mention('actor', 'organization');
  it('passes a state with a city, or a capital read as its government, right before or after it', () => {
    assert.ok(namesStateBesideCity([state, city]));
    assert.ok(namesStateBesideCity([organization, city, state]));
    assert.ok(namesStateBesideCity([state, capitalAsGovernment]));
  });
  it('stops a block with no state beside a city', () => {
    assert.ok(!namesStateBesideCity([]));
    assert.ok(!namesStateBesideCity([state]));
    assert.ok(!namesStateBesideCity([city, organization, state]));
    // a capital read as its government is a city, not a state
    assert.ok(!namesStateBesideCity([capitalAsGovernment, city]));
    assert.ok(!namesStateBesideCity([state, organization, city]));
  });
});
