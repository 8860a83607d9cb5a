import * as assert from 'assert';
import type { BlockScan } from '../../server/src/core/blocks/blockScan';
import { ChunkedList } from '../../server/src/core/blocks/chunkedList';
import { DocumentWords, foldedCase } from '../../server/src/core/features/documentWords';
import { anchorOf, anyOfPattern, WordPresence } from '../../server/src/core/features/wordPresence';
import { random } from './helpers';

/** A document of blocks that hold only their text, which is all `WordPresence` reads of them. */
const documentOf = (blocks: readonly string[]) => ChunkedList.of(blocks.map((text) => ({ text }) as BlockScan));

/** Which of `words` the document holds, each with the text of its first witness, asked one by one or all at once. */
function presence(blocks: readonly string[], words: readonly string[], together: boolean): string[] {
  const presence = WordPresence.of(documentOf(blocks), undefined, undefined, undefined);
  if (together) presence.lookFor(words);
  return words.map((word) => `${word}: ${presence.has(word)}`);
}

describe('the words a document holds', () => {
  it('are found all at once as one by one: whole words, in any case, across a line break, one inside another', () => {
    const blocks = ['The Bushehr plant and New Yorkers.', 'George W. bush spoke in new\nYork.', 'Żółć, STARMER’s team; Iraqi forces.', '2003—invasion'];
    const words = ['Bush', 'Bushehr', 'New York', 'Starmer', 'Iraq', 'invasion', '2003', 'żółć', 'Macron', 'York', 'plant and'];
    const expected = [
      'Bush: true', 'Bushehr: true', 'New York: true', 'Starmer: true', 'Iraq: false', 'invasion: true', '2003: true', 'żółć: true',
      'Macron: false', 'York: true', 'plant and: true',
    ];
    assert.deepStrictEqual(presence(blocks, words, false), expected);
    assert.deepStrictEqual(presence(blocks, words, true), expected);
  });

  it('hold an acronym only in its own case: "who" is not the WHO', () => {
    const blocks = ['The president, who spoke, met us.', 'A plan for the U.S. and Nato.'];
    const words = ['WHO', 'US', 'U.S.', 'PLAN', 'NATO', 'Plan'];
    const expected = ['WHO: false', 'US: false', 'U.S.: true', 'PLAN: false', 'NATO: false', 'Plan: true'];
    assert.deepStrictEqual(presence(blocks, words, false), expected);
    assert.deepStrictEqual(presence(blocks, words, true), expected);
  });

  it('agree with the search one word at a time on random texts', () => {
    const pieces = ['Bush', 'bushehr', 'Bushehr', 'new', 'York', 'Yorker', ' ', '\n', '-', 'é', '’s', 'Iraq', 'i', 'Kyiv', 'kyivan', '2003', '0', 'WHO', 'who'];
    const words = ['Bush', 'Bushehr', 'New York', 'York', 'Iraq', 'Kyiv', '2003', 'é', 'WHO'];
    const next = random(5);
    for (let round = 0; round < 400; round++) {
      const blocks = Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
        Array.from({ length: Math.floor(next() * 10) }, () => pieces[Math.floor(next() * pieces.length)]).join(''),
      );
      assert.deepStrictEqual(presence(blocks, words, true), presence(blocks, words, false), JSON.stringify(blocks));
    }
  });

  it('are each found at their rarest letter or digit among the ASCII ones they open with', () => {
    assert.deepStrictEqual(
      ['Starmer', 'Iraq', '2003', 'Élysée', 'New York', 'U.S.', 'Kyiv', 'x'].map(anchorOf),
      [4, 3, 0, 0, 2, 0, 0, 0],
    );
  });

  it('are searched for by one pattern that puts a shared anchor letter or digit in front once, and finds what each word finds, at its anchor', () => {
    assert.strictEqual(
      anyOfPattern(['Bush', 'Iraq', 'blair', 'Élysée', 'New York', '2003', 'invasion']).source,
      'Élysée|b(?:ush|lair)|q(?<=Iraq)|w(?<=New)\\s+York|2003|v(?<=inv)asion',
    );
    const words = ['Bush', 'bushehr', 'Blair', 'Iraq', 'invasion', 'Kyiv', 'Sea', 'Starmer', '2003', 'New York', 'é', 'Kassel', 'US'];
    const pieces = ['Bush', 'BUSHEHR', 'blair', 'iraq', 'INVASION', 'ſea', 'Kyiv', 'kyiv', 'KyiV', 'ſtarmer', 'new', 'York', ' ', '\n', '-', 'é', 'É', '2003', 'x', 'Kaſſel', 'uſ'];
    const places = (pattern: RegExp, text: string, anchor = 0) => {
      const found: number[] = [];
      let hit: RegExpExecArray | null;
      while ((hit = pattern.exec(text)) !== null) {
        found.push(hit.index + anchor);
        pattern.lastIndex = hit.index + 1;
      }
      return found;
    };
    const next = random(11);
    for (let round = 0; round < 500; round++) {
      const text = Array.from({ length: Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const some = words.filter(() => next() < 0.6);
      // each word's places as a pattern of its own finds them, moved to its anchor
      const expected = new Set(some.flatMap((word) => places(new RegExp(word.replace(/ /g, '\\s+'), 'giu'), text, anchorOf(word))));
      assert.deepStrictEqual(places(anyOfPattern(some), text), [...expected].sort((a, b) => a - b), JSON.stringify([some, text]));
    }
  });

  it('are found one by one as all at once after many searches, when the index of the document\'s words answers', () => {
    // fifty blocks, asked about one absent word after another: the fourth search on reads an index
    const blocks = Array.from({ length: 50 }, (_, k) => `Paragraph ${k} on the talks in Geneva.`);
    blocks[37] = 'The ſanctions on Iraq, and \u212Aassel.';
    const words = ['Macron', 'Starmer', 'Blair', 'Bushehr', 'Iraq', 'sanctions', 'Kassel', 'Geneva', 'Yerevan', 'paragraph 49', 'paragraph 50'];
    const expected = words.map((word) => `${word}: ${['Iraq', 'sanctions', 'Kassel', 'Geneva', 'paragraph 49'].includes(word)}`);
    assert.deepStrictEqual(presence(blocks, words, false), expected);
    assert.deepStrictEqual(presence(blocks, words, true), expected);
    // asked all at once once the index is made: the words it does not rule out are searched together
    const indexed = WordPresence.of(documentOf(blocks), undefined, undefined, undefined);
    for (const absent of ['Lisbon', 'Oslo', 'Rome', 'Vienna']) assert.strictEqual(indexed.has(absent), false);
    indexed.lookFor(words);
    assert.deepStrictEqual(words.map((word) => `${word}: ${indexed.has(word)}`), expected);
  });
});

describe('the words a document holds, from version to version', () => {
  it('are looked for again, all in one search, when the block that held them is taken away', () => {
    const before = ['Talks in Geneva.', 'Kinshasa, Goma and the M23 in 2015.', 'Goma again, later.', 'The end.'];
    const words = ['Kinshasa', 'Goma', 'M23', '2015', 'Geneva', 'Lisbon'];
    const previousScans = documentOf(before);
    const presence = WordPresence.of(previousScans, undefined, undefined, undefined);
    presence.lookFor(words);
    // the second block taken away: Goma's witness is now the third, the others it alone held are gone
    const scans = ChunkedList.of([0, 2, 3].map((k) => previousScans.at(k)!));
    const updated = WordPresence.of(scans, presence, previousScans, { added: [], removed: [1] });
    assert.deepStrictEqual(
      words.map((word) => `${word}: ${updated.has(word)}`),
      ['Kinshasa: false', 'Goma: true', 'M23: false', '2015: false', 'Geneva: true', 'Lisbon: false'],
    );
    // and typed back in a new block, each is found there
    const again = ChunkedList.of([scans.at(0)!, { text: 'Kinshasa in 2015.' } as BlockScan, scans.at(1)!, scans.at(2)!]);
    const typedBack = WordPresence.of(again, updated, scans, { added: [1], removed: [] });
    assert.deepStrictEqual(
      words.map((word) => `${word}: ${typedBack.has(word)}`),
      ['Kinshasa: true', 'Goma: true', 'M23: false', '2015: true', 'Geneva: true', 'Lisbon: false'],
    );
  });
});

describe("the index of a document's words", () => {
  /** The first of `blocks` that holds `word` as `WordPresence` searches for it, or -1. */
  const firstHolding = (blocks: readonly string[], word: string) => {
    const acronym = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u.test(word);
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, acronym ? 'u' : 'iu');
    return blocks.findIndex((block) => pattern.test(block));
  };

  it('never starts the search for a word past its first block, and rules out the words no block holds', () => {
    const pieces = ['Bush', 'bush', 'BUSH', 'ehr', 'New', 'york', ' ', '\n', '-', '.', 'é', 'É', '\u212A', 'ſ', 'yiv', 'Kyiv', 'Kaſſel', '2003', '😀', '𝐀', '\ud835', 'U.S.', 'WHO', 'who', '’s',
      'Bogot', 'á', 'Á', 'ÉLYSÉE', 'élysée', 'ω', 'ι', 'Ι', '\u0345', 'ς', 'Σ', 'ΐ', '\u1fd3', 'ﬅ', 'ﬆ'];
    const words = ['Bush', 'Bushehr', 'New York', 'York', 'Kyiv', 'kyiv', 'Kassel', '2003', 'é', 'É', 'WHO', 'U.S.', 'US', 'Macron', 'sea', 'Bogotá', 'Élysée', 'ω', 'ωι', 'σ', 'ΐ', 'ﬆ'];
    const next = random(17);
    let ruledOut = 0;
    for (let round = 0; round < 500; round++) {
      const blocks = Array.from({ length: 1 + Math.floor(next() * 5) }, () =>
        Array.from({ length: Math.floor(next() * 10) }, () => pieces[Math.floor(next() * pieces.length)]).join(''),
      );
      const index = DocumentWords.of(documentOf(blocks));
      for (const word of words) {
        const first = firstHolding(blocks, word);
        const from = index.firstBlockFor(word);
        const where = JSON.stringify([word, blocks]);
        if (first === -1) {
          if (from === -1) ruledOut++;
        } else assert.ok(from !== -1 && from <= first, where);
      }
    }
    // most absent words are ruled out without a search
    assert.ok(ruledOut > 4_000, `${ruledOut} ruled out`);
  });

  it('reads the letters a search in any case takes for one another as one: the Kelvin sign and the long s as ASCII letters, capitals outside ASCII as small ones', () => {
    const index = DocumentWords.of(documentOf(['Nothing here.', 'In \u212Aassel and ſochi.', 'Kyiv 😀 talks at the ÉLYSÉE', 'ΣΟΦΊΑ, 𝐀bc']));
    const words = ['Kassel', 'Sochi', 'kyiv', 'talks', 'Kyiv talks', 'Macron', 'Élysée', 'Bogotá', 'σοφία', 'ι', '𝐀bc'];
    assert.deepStrictEqual(words.map((word) => index.firstBlockFor(word)), [1, 1, 2, 2, 2, -1, 2, -1, 3, 0, 0]);
  });

  it('fold each letter as every character a search in any case takes for it, in the scripts policy texts write', () => {
    // all of the Basic Multilingual Plane was checked so once; here Latin, Greek, Cyrillic and letter-like symbols
    let plane = '';
    for (let code = 0; code < 0x10000; code++) if (code < 0xd800 || code > 0xdfff) plane += String.fromCharCode(code);
    const ranges = [[0xc0, 0x24f], [0x370, 0x4ff], [0x1e00, 0x1fff], [0x2100, 0x214f], [0xfb00, 0xfb06]];
    for (const [from, to] of ranges) {
      for (let code = from!; code <= to!; code++) {
        const letter = String.fromCharCode(code);
        if (!/^[\p{L}\p{N}]$/u.test(letter)) continue;
        for (const [same] of plane.matchAll(new RegExp(`\\u{${code.toString(16)}}`, 'giu'))) {
          const folded = same.charCodeAt(0) < 128 ? same.toLowerCase().charCodeAt(0) : foldedCase(same);
          assert.strictEqual(folded, foldedCase(letter), `${code.toString(16)} and ${same.charCodeAt(0).toString(16)}`);
        }
      }
    }
  });
});
