import * as assert from 'assert';
import { inForceFrom } from '../../server/src/core/rules/statusAnachronism';
import { random } from './helpers';

/** What status-anachronism's search for "in force" must find: this pattern's first match from `from`. */
function byPattern(text: string, from: number): number {
  const pattern = /\sin\s+force\b/g;
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}

describe('the search for "in force"', () => {
  it('finds where the pattern /\\sin\\s+force\\b/ first matches from an offset, on 20,000 random texts', () => {
    const next = random(40);
    // pieces that make and break the words: other white space, a word character after them, a letter the pattern's \b does not read as one
    const pieces = [' ', '  ', '\n', '\u00a0', 'in', ' in', ' in ', ' in force', 'force', 'force', 'forces', 'force_', 'forceé', 'enforce', 'x', ',', 'n', 'i'];
    let found = 0;
    for (let k = 0; k < 20_000; k++) {
      const text = Array.from({ length: Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const from = Math.floor(next() * (text.length + 1));
      const expected = byPattern(text, from);
      if (expected !== -1) found++;
      assert.strictEqual(inForceFrom(text, from), expected, JSON.stringify({ text, from }));
    }
    assert.ok(found > 1_000 && found < 19_000, `both answers are common enough: ${found} of 20,000 found one`);
  });
});
