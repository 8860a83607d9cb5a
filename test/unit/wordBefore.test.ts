import * as assert from 'assert';
import { foldWord } from '../../server/src/core/kb/names';
import { asciiWordHash, asciiWordHashes, lastWordHash, wordStartHashed } from '../../server/src/core/kb/wordHash';
import { mayBeWordBefore, secondWordBefore, wordBefore, wordBeforeArticle, wordStartAt } from '../../server/src/core/text/wordBefore';
import { random } from './helpers';

/** The folded word before `offset` with white space between, read the plain way: '' when there is none. */
function plainWordBefore(text: string, offset: number): string {
  const found = /([\p{L}\p{N}\p{M}]*)\s+$/u.exec(text.slice(0, offset));
  return found ? foldWord(found[1]!) : '';
}

describe('the word before an offset', () => {
  it('is the folded word before the white space, or none', () => {
    const text = 'Talks with the PRIME Minister\nin Türkiye, 2025 —  Kyiv';
    assert.strictEqual(wordBefore(text, text.indexOf('Minister')), 'prime');
    assert.strictEqual(wordBefore(text, text.indexOf('\nin') + 1), 'minister');
    assert.strictEqual(wordBefore(text, text.indexOf('Türkiye')), 'in');
    assert.strictEqual(wordBefore(text, text.indexOf('2025')), '');
    assert.strictEqual(wordBefore(text, text.indexOf('Kyiv')), '');
    assert.strictEqual(wordBefore(text, text.indexOf('PRIME')), 'the');
    assert.strictEqual(wordBefore(text, text.indexOf('PRIME') - 1), '');
    assert.strictEqual(secondWordBefore(text, text.indexOf('Minister')), 'the');
    assert.strictEqual(wordBeforeArticle(text, text.indexOf('PRIME')), 'with');
  });

  it('tells apart words that share a slot of its table ("the" and "q")', () => {
    for (let round = 0; round < 3; round++) {
      assert.strictEqual(wordBefore('by the way', 7), 'the');
      assert.strictEqual(wordBefore('a Q b', 4), 'q');
      assert.strictEqual(wordBefore('THE end', 4), 'the');
    }
  });

  it('agrees with the plain reading on random texts, at every offset', () => {
    const pieces = ['the', 'The', 'THE', 'Minister', 'Türkiye', 'ŁÓDŹ', 'é', 'ı', 'a1', '2025', 'q', '’', "'", '-', ',', ' ', '  ', '\n', '\u00a0', '\u2009'];
    const next = random(17);
    for (let round = 0; round < 3_000; round++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      for (let offset = 0; offset <= text.length; offset++) assert.strictEqual(wordBefore(text, offset), plainWordBefore(text, offset), JSON.stringify([text, offset]));
    }
  });
});

describe('whether the word before an offset may be one of a few (mayBeWordBefore)', () => {
  const titles = ['minister', 'president', 'king', 'q'];
  const hashes = asciiWordHashes(titles);

  it('rules out no word and other ASCII words, and leaves words past ASCII to wordBefore', () => {
    const text = 'Talks with Prime MINISTER Rutte, after King Charles; Präsident Steinmeier';
    assert.strictEqual(mayBeWordBefore(text, text.indexOf('Rutte'), hashes), true);
    assert.strictEqual(mayBeWordBefore(text, text.indexOf('Charles'), hashes), true);
    assert.strictEqual(mayBeWordBefore(text, text.indexOf('MINISTER'), hashes), false);
    assert.strictEqual(mayBeWordBefore(text, text.indexOf('King'), hashes), false);
    assert.strictEqual(mayBeWordBefore(text, text.indexOf('Präsident'), hashes), false);
    assert.strictEqual(mayBeWordBefore(text, text.indexOf('Steinmeier'), hashes), true);
    assert.strictEqual(mayBeWordBefore(text, 0, hashes), false);
  });

  it('never rules out a word that wordBefore gives, on random texts, at every offset', () => {
    const pieces = ['minister', 'Minister', 'KING', 'king2', 'kingé', 'Präsident', 'q', 'Q', 'the', 'ı', 'é', '’', "'", '-', ',', '_', ' ', '  ', '\n', '\u00a0', '\u2009'];
    const next = random(41);
    for (let round = 0; round < 3_000; round++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      for (let offset = 0; offset <= text.length; offset++) {
        if (titles.includes(wordBefore(text, offset))) assert.ok(mayBeWordBefore(text, offset, hashes), JSON.stringify([text, offset]));
      }
    }
  });
});

describe('the start and hash of the word that ends at an offset (wordStartHashed)', () => {
  it('gives wordStartAt and the asciiWordHash of the word, read back from its end', () => {
    const text = 'By THE 1994 Memorandum, São Tomé';
    const end = text.indexOf(' 1994');
    assert.strictEqual(wordStartHashed(text, end), text.indexOf('THE'));
    assert.strictEqual(lastWordHash(), asciiWordHash('the', 0, 3));
    assert.strictEqual(wordStartHashed(text, text.length), text.indexOf('Tomé'));
    assert.strictEqual(lastWordHash(), -1);
    assert.strictEqual(wordStartHashed(text, text.indexOf(',')), text.indexOf('Memorandum'));
    assert.strictEqual(wordStartHashed(text, 0), 0);
  });

  it('agrees with wordStartAt and asciiWordHash on random texts, at every offset', () => {
    const pieces = ['the', 'The', 'THE', 'Minister', 'Türkiye', 'é', 'ı', 'a1', '2025', 'q', '’', "'", '-', ',', ' ', '\n', '\u00a0', '_', 'zz9'];
    const next = random(29);
    for (let round = 0; round < 3_000; round++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      for (let end = 0; end <= text.length; end++) {
        const start = wordStartHashed(text, end);
        assert.strictEqual(start, wordStartAt(text, end), JSON.stringify([text, end]));
        assert.strictEqual(lastWordHash(), asciiWordHash(text, start, end), JSON.stringify([text, end]));
      }
    }
  });
});
