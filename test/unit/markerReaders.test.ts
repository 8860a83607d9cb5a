import * as assert from 'assert';
import { firstTwoSentences, listMarker } from '../../server/src/core/recognizers/proposalMarkers';

/** A seeded generator of strings made of `pieces`, one to `maxPieces` of them. */
function randomTexts(pieces: readonly string[], maxPieces: number, seed: number): () => string {
  let state = seed;
  const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
  return () => Array.from({ length: 1 + Math.floor(next() * maxPieces) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
}

// The patterns the character-code readers replaced, kept here as their specification.
const LIST_MARKER = /^\s*(?:([-*+•])|\(?(\d{1,3})[.)]|\(([a-z])\)|([a-z])[.)]|\(?(i{1,3}|iv|v|vi{1,3}|ix|x)[.)])\s+/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };
function listMarkerByPattern(text: string) {
  const m = LIST_MARKER.exec(text);
  if (!m) return undefined;
  const start = m[0].length - m[0].trimStart().length;
  const markerText = m[0].trim();
  const [style, value] = m[1] ? ['bullet', undefined] : m[2] ? ['number', Number(m[2])] : m[5] ? ['roman', ROMAN[m[5]]] : ['letter', (m[3] ?? m[4])!.charCodeAt(0) - 96];
  return { style, value, closes: false, text: markerText, start, end: start + markerText.length, bodyStart: m[0].length };
}

describe('proposal markers read by character codes', () => {
  it('reads a list item’s marker as the pattern it replaced did, on random openings', () => {
    const text = randomTexts([' ', ' ', '\t', '\n', '\u00a0', '(', ')', '.', '-', '*', '+', '•', '1', '2', '0', '9', 'i', 'v', 'x', 'a', 'b', 'z', 'I', 'A', 'ii', 'iv', 'vii', 'viii', 'ix', 'word', '\r\n'], 7, 3);
    let read = 0;
    for (let k = 0; k < 200_000; k++) {
      const t = text();
      const expected = listMarkerByPattern(t);
      assert.deepStrictEqual(listMarker(t), expected, JSON.stringify(t));
      if (expected) read++;
    }
    assert.ok(read > 5_000, `${read} markers read`);
  });

  it('cuts a body’s first two sentences where a split at white space between a stop and a capital would', () => {
    const text = randomTexts([' ', ' ', '\n', '\u00a0', '.', '!', '?', 'A', 'B', 'a', 'x', 'É', '1', ':', 'Word', ' the'], 14, 5);
    let two = 0;
    for (let k = 0; k < 100_000; k++) {
      const t = k % 1000 === 0 ? text().repeat(60) : text();
      const [first, second] = t.slice(0, 600).split(/(?<=[.!?])\s+(?=[A-Z])/, 2);
      assert.deepStrictEqual(firstTwoSentences(t), { first, second }, JSON.stringify(t));
      if (second !== undefined) two++;
    }
    assert.ok(two > 5_000, `${two} bodies with two sentences`);
    // a stop, white space and a capital around the 600th character, which the split does not see past
    for (let n = 590; n <= 602; n++) {
      for (const gap of [' ', '  ', '\n\n']) {
        const t = `${'x'.repeat(n)}.${gap}Asks. Second one.`;
        const [first, second] = t.slice(0, 600).split(/(?<=[.!?])\s+(?=[A-Z])/, 2);
        assert.deepStrictEqual(firstTwoSentences(t), { first, second }, `${n} ${JSON.stringify(gap)}`);
      }
    }
  });
});
