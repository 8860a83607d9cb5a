import * as assert from 'assert';
import { editDistance, shareOneDeletion } from '../../server/src/core/text/editDistance';
import { random } from './helpers';

/** A word and every form of it with one letter deleted: what a symmetric-delete index lists for it. */
const formsOf = (word: string) => new Set([word, ...Array.from({ length: word.length }, (_, i) => word.slice(0, i) + word.slice(i + 1))]);
const shareAForm = (a: string, b: string) => [...formsOf(a)].some((form) => formsOf(b).has(form));

describe('words one deletion apart', () => {
  it('are those whose forms with at most one letter deleted meet, as an index of the forms finds them', () => {
    const next = random(39);
    const word = (alphabet: string) => Array.from({ length: Math.floor(next() * 7) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    let shared = 0;
    // few letters, so that the words often repeat and differ by a letter or a shifted stretch
    for (let k = 0; k < 20_000; k++) {
      const a = word('abc');
      // half the pairs are a word and an edit of it
      const b = next() < 0.5 ? word('abc') : edited(a, next);
      const expected = shareAForm(a, b);
      if (expected) shared++;
      assert.strictEqual(shareOneDeletion(a, b), expected, `"${a}" and "${b}"`);
      assert.strictEqual(shareOneDeletion(b, a), expected, `"${b}" and "${a}"`);
    }
    assert.ok(shared > 5_000 && shared < 15_000, `both answers are common: ${shared} of 20,000 share a form`);
  });

  it('are near misses of names, but two substituted letters are not', () => {
    // "u" for "oo" is two edits, and no one deletion in each word makes them the same
    assert.ok(!shareOneDeletion('netanyahu', 'netanyahoo'));
    assert.ok(shareOneDeletion('mattis', 'matits'));
    assert.ok(shareOneDeletion('guterres', 'guterrez'));
    assert.ok(shareOneDeletion('zelensky', 'zelenskyy'));
    assert.ok(!shareOneDeletion('zelensky', 'zelencki'));
    assert.ok(!shareOneDeletion('blinken', 'blinkenxx'));
    assert.strictEqual(editDistance('netanyahu', 'netanyahoo', 2), 2);
  });
});

/** `word` with one letter changed, deleted, inserted, or two swapped, or a stretch shifted by one. */
function edited(word: string, next: () => number): string {
  const at = Math.floor(next() * (word.length + 1));
  const letter = 'abc'[Math.floor(next() * 3)]!;
  switch (Math.floor(next() * 5)) {
    case 0:
      return word.slice(0, at) + letter + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + letter + word.slice(at);
    case 3:
      return word.slice(0, at) + word.slice(at + 1, at + 2) + word.slice(at, at + 1) + word.slice(at + 2);
    default: {
      // a letter taken out at one place and put in at another
      const to = Math.floor(next() * word.length);
      const without = word.slice(0, at) + word.slice(at + 1);
      return without.slice(0, to) + letter + without.slice(to);
    }
  }
}
