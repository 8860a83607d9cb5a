import * as assert from 'assert';
import { CALL_ON, CALL_ON_TOO, callOpening, RECOMMEND_THAT, THAT_ITEM, THAT_YOU } from '../../server/src/core/recognizers/proposalTitle';
import { random } from './helpers';

/** The five patterns tried in turn, as the readers of titles and subjects did before `callOpening`. */
const inTurn = (text: string) => CALL_ON.exec(text) ?? CALL_ON_TOO.exec(text) ?? RECOMMEND_THAT.exec(text) ?? THAT_YOU.exec(text) ?? THAT_ITEM.exec(text);

describe('callOpening', () => {
  it('finds what the five opening patterns tried in turn find', () => {
    const texts = [
      'We call on Russia to reciprocate.',
      'we also urge the parties to refrain from …',
      'The European Council calls upon the Commission to act.',
      'the leaders instructed their ministers to explore …',
      '**Calls upon** Member States to cooperate',
      'and on all parties to refrain from attacks',
      'We recommend that the Government press for talks.',
      'Demands that all parties comply',
      'That you agree to announce the review.',
      '**That** you note the brief.',
      'that the Security Council convene a meeting;',
      'That the talks failed is plain.',
      'Each Party shall notify the other.',
      'Weapons must be withdrawn.',
      'THAT YOU agree',
      '',
    ];
    for (const text of texts) assert.deepStrictEqual(callOpening(text), inTurn(text), text);
  });

  it('agrees with the five patterns on random openings', () => {
    const next = random(65);
    const pieces = ['we', 'We', 'I', 'i', 'also', 'call', 'on', 'upon', 'urge', 'recommend', 'that', 'That', 'THAT', 'you', 'the', 'Council', 'calls', 'and', '**', '_', ' ', '  ', '\n', 'Urges', 'ministers', 'instructed', 'to', 'x'];
    for (let k = 0; k < 20000; k++) {
      const text = Array.from({ length: Math.floor(next() * 7) }, () => pieces[Math.floor(next() * pieces.length)]).join(next() < 0.8 ? ' ' : '');
      assert.deepStrictEqual(callOpening(text), inTurn(text), JSON.stringify(text));
    }
  });
});
