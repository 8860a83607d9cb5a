import * as assert from 'assert';
import { analyze, testAnalyzer } from './helpers';

/** A deterministic pseudo-random generator, so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

const PIECES = ['First, ', 'Second', '1. ', '(', ')', '[', '](', '`', '<!--', '-->', '---\n', '# ', '\n', '\r\n', '\n\n', 'NATO', 'U.S.', 'Moscow', '\u00a0', '\ud800', '\udfff', '’s', 'Treaty', ':', 'Recommendation 3:', '```', '\u0000', '🇺🇦', 'date: ', 'Intermediate-Range', 'in ', 'should '];

describe('analysis never throws', () => {
  it('survives random fragments of policy text and markup', () => {
    const next = random(42);
    for (let round = 0; round < 300; round++) {
      let text = '';
      const length = Math.floor(next() * 60);
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      const result = analyze(text);
      assert.deepStrictEqual(result.problems, [], `problems for ${JSON.stringify(text)}`);
      for (const m of result.mentions) assert.strictEqual(text.slice(m.start, m.end), m.text);
      for (let offset = 0; offset <= text.length; offset += 7) testAnalyzer().hover(result, offset);
    }
  });

  it('handles binary-looking, empty and half-typed input', () => {
    for (const text of ['', '\u0000\u0001\u0002', 'First,', '1.', '---', '---\ndate: ', 'Recommendation', '((((((((', '\ud83c']) {
      assert.deepStrictEqual(analyze(text).problems, []);
    }
  });

  it('declines a document over the size limit with a message', () => {
    const result = analyze('NATO '.repeat(100), { maxDocumentLength: 50 });
    assert.strictEqual(result.mentions.length, 0);
    assert.match(result.problems[0]!.message, /over the limit of 50/);
  });

  it('analyses a long document without deep recursion', () => {
    const text = 'First, the United States should act.\n\n'.repeat(20_000);
    assert.strictEqual(analyze(text).mentions.length, 20_000);
  });
});
