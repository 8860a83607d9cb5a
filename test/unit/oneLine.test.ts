import * as assert from 'assert';
import { oneLine } from '../../server/src/core/text/oneLine';
import { random } from './helpers';

describe('oneLine', () => {
  it('makes each run of white space one space, as replacing every run would, on random texts', () => {
    const next = random(47);
    const pieces = ['a', 'Bc', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2028', '.', ''];
    for (let k = 0; k < 5000; k++) {
      const text = Array.from({ length: Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      assert.strictEqual(oneLine(text), text.replace(/\s+/g, ' '), JSON.stringify(text));
    }
  });

  it('returns a text on one line with single spaces as it is', () => {
    const text = 'Finish the talks on the Black Sea before the summit.';
    assert.strictEqual(oneLine(text), text);
    assert.strictEqual(oneLine('Finish\n  the talks'), 'Finish the talks');
  });
});
