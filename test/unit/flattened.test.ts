import * as assert from 'assert';
import { flattened } from '../../server/src/core/text/flattened';

describe('flattened', () => {
  it('returns the text it is given, empty or built by concatenation', () => {
    assert.strictEqual(flattened(''), '');
    let built = 'The Treaty of Rome';
    for (let i = 0; i < 20; i++) built += ` and protocol ${i}`;
    const copy = built.split('').join('');
    assert.strictEqual(flattened(built), copy);
    assert.strictEqual(flattened('é'), 'é');
  });
});
