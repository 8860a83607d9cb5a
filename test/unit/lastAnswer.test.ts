import * as assert from 'assert';
import { lastAnswer } from '../../server/src/core/text/lastAnswer';

describe('lastAnswer', () => {
  it('computes again only for a text other than the last, an equal string cut anew included', () => {
    const asked: string[] = [];
    const lengthOf = lastAnswer((text) => {
      asked.push(text);
      return text.length === 0 ? undefined : text.length;
    });
    const source = 'the Parties shall notify;';
    assert.strictEqual(lengthOf(source.slice(0, 11)), 11);
    assert.strictEqual(lengthOf(source.slice(0, 11)), 11);
    assert.strictEqual(lengthOf(''), undefined);
    assert.strictEqual(lengthOf(''), undefined);
    assert.strictEqual(lengthOf('the Parties'), 11);
    assert.deepStrictEqual(asked, ['the Parties', '', 'the Parties']);
  });
});
