import * as assert from 'assert';
import { LineStarts } from '../../server/src/lsp/lineStarts';
import { random } from './helpers';

/** Every line start of `text`, the plain way: after "\n", after a "\r" not followed by "\n". */
function expectedStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

/** Asserts that `lines` holds the starts of `text`, and finds the line of every offset. */
function assertStarts(lines: LineStarts, text: string, label: string): void {
  const expected = expectedStarts(text);
  assert.strictEqual(lines.count, expected.length, `${label}: count`);
  // read out of order too, so that the remembered chunk is sometimes the wrong one
  const order = expected.map((_, line) => line).sort((a, b) => ((a * 7919) % 13) - ((b * 7919) % 13));
  for (const line of order) assert.strictEqual(lines.at(line), expected[line], `${label}: start of line ${line}`);
  for (let offset = -1; offset <= text.length + 1; offset++) {
    let line = 0;
    while (line + 1 < expected.length && expected[line + 1]! <= offset) line++;
    assert.strictEqual(lines.lineOf(offset), line, `${label}: line of offset ${offset}`);
  }
}

const TYPED = ['x', '\n', '\r', '\r\n', '\n\n\n', 'a\nb\nc\nd\ne\nf\ng\n', '\r\r\n\n', ''];

describe('line starts kept in chunks', () => {
  it('reads as the starts found again from the text, after each of many random edits, whatever the chunk size', () => {
    const next = random(20261203);
    for (const chunkLines of [1, 2, 3, 5, 512]) {
      let text = 'one\ntwo\r\nthree\rfour\n\nsix\nseven\neight\nnine\nten';
      let lines = LineStarts.of(text, chunkLines);
      assertStarts(lines, text, `chunks of ${chunkLines}, as made`);
      for (let edit = 0; edit < 300; edit++) {
        const start = Math.floor(next() * (text.length + 1));
        // mostly short edits, sometimes a stretch of many lines taken out
        const end = Math.min(text.length, start + (next() < 0.7 ? Math.floor(next() * 3) : Math.floor(next() * 40)));
        const typed = next() < 0.05 ? TYPED[5]!.repeat(1 + Math.floor(next() * 8)) : TYPED[Math.floor(next() * TYPED.length)]!;
        const edited = text.slice(0, start) + typed + text.slice(end);
        lines = lines.replaced(start, end, typed.length, (from, to) => edited.slice(Math.max(0, from), to));
        text = edited;
        if (edit % 10 === 0 || chunkLines < 3) assertStarts(lines, text, `chunks of ${chunkLines}, edit ${edit}`);
      }
      assertStarts(lines, text, `chunks of ${chunkLines}, at the end`);
    }
  });

  it('leaves the version it was made from as it was', () => {
    const text = 'a\nb\nc\nd\ne\nf';
    const before = LineStarts.of(text, 2);
    const edited = 'a\nb\nXY\nZ\nc\nd\ne\nf';
    const after = before.replaced(4, 4, 5, (from, to) => edited.slice(Math.max(0, from), to));
    assertStarts(after, edited, 'the new version');
    assertStarts(before, text, 'the old version');
  });
});
