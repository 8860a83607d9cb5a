import * as assert from 'assert';
import { lastWordStart, NOT_TOLD } from '../../server/src/core/features/nameContext';

/** The pattern `lastWordStart` stands in for: a letter, then letters, apostrophes or hyphens, then white space to the end. */
const LAST_WORD = /([\p{L}][\p{L}'’-]*)\s*$/u;

describe('lastWordStart', () => {
  it('finds the last word past the white space after it, from its first letter', () => {
    const text = 'the International Chamber of Commerce  \n';
    assert.strictEqual(lastWordStart(text, 0, text.length), text.indexOf('Commerce'));
    assert.strictEqual(lastWordStart("the state's  ", 0, 13), 4);
    assert.strictEqual(lastWordStart('co-operation', 0, 12), 0);
    assert.strictEqual(lastWordStart("--'Xyz", 0, 6), 3);
  });

  it('reads nothing before `from`', () => {
    assert.strictEqual(lastWordStart('Chamber of Commerce', 14, 19), 14);
    assert.strictEqual(lastWordStart('Chamber', 3, 7), 3);
  });

  it('finds none after a digit, a stop or a bracket, or in white space alone', () => {
    for (const text of ['Resolution 2231', 'the Council.', 'the Council)', '   ', '']) assert.strictEqual(lastWordStart(text, 0, text.length), -1, text);
  });

  it('leaves to the pattern any text where it reads a character outside ASCII', () => {
    for (const text of ['the Conférence ', 'the State’s', 'the Council\u00a0', 'Ärzte']) assert.strictEqual(lastWordStart(text, 0, text.length), NOT_TOLD, text);
  });

  it('agrees with the pattern wherever it answers', () => {
    const alphabet = ['a', 'B', "'", '-', ' ', '\t', '\n', '\v', '\f', '\r', '\u001c', '1', '_', '.', '(', 'é'];
    let seed = 1;
    const next = (k: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % k;
    for (let i = 0; i < 5000; i++) {
      let text = '';
      for (let length = next(20); length > 0; length--) text += alphabet[next(alphabet.length)];
      const start = lastWordStart(text, 0, text.length);
      if (start === NOT_TOLD) continue;
      const match = LAST_WORD.exec(text);
      assert.strictEqual(start, match ? match.index : -1, JSON.stringify(text));
    }
  });
});
