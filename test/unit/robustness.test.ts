import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Analysis } from '../../server/src/core/index';
import { analyze, analyzerOver, testAnalyzer } from './helpers';

/** That each mention starts where the previous one ended or later: one span of text is one mention at most. */
function assertMentionsApart(analysis: Analysis, label: string): void {
  const { mentions } = analysis;
  for (let k = 1; k < mentions.length; k++) {
    assert.ok(mentions[k]!.start >= mentions[k - 1]!.end, `${label}: mention ${k} at ${mentions[k]!.start} overlaps the one ending at ${mentions[k - 1]!.end}`);
  }
}

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
      assertMentionsApart(result, JSON.stringify(text));
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

describe('mention spans', () => {
  it('makes one mention at most of a span, a titled one too, in the samples and around titles', () => {
    const samplesDir = path.resolve(__dirname, '../../../samples');
    const texts = fs.readdirSync(samplesDir).map((name) => [name, fs.readFileSync(path.join(samplesDir, name), 'utf8')]);
    // a title before the name, and in apposition before and after it
    texts.push(['titles', "Foreign Minister Dmytro Kuleba met Lavrov. Ukraine's foreign minister, Dmytro Kuleba, says no. Dmytro Kuleba, Ukraine's foreign minister, says yes."]);
    for (const [name, text] of texts) {
      const result = analyze(text!);
      assert.ok(result.mentions.length > 0, name);
      assertMentionsApart(result, name!);
    }
    // a surname that names someone only after a title, in a paragraph that also names the person in full
    const person = { kind: 'actor', category: 'person', source: 'https://example.org/source', reviewed: '2026-11-24', summary: 'A test person whose surname names no one alone.' };
    const titled = analyzerOver([{ ...person, id: 'test-testman', name: 'Tarique Testman', person: { surnameAlone: false, offices: [{ title: 'Prime Minister', from: '2026-02-17' }] } }], '2026-11-24');
    const text = 'Tarique Testman spoke. Later Prime Minister Testman said no.';
    const result = titled.analyze({ uri: 'memory://titled.md', version: 1, getText: () => text });
    assert.deepStrictEqual(result.mentions.map((m) => [text.slice(m.start, m.end), m.title]), [['Tarique Testman', undefined], ['Testman', 'Prime Minister']]);
    assertMentionsApart(result, text);
  });
});
