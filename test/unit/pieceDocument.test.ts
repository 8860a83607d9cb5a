import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { onOneLine, PieceDocument } from '../../server/src/lsp/pieceDocument';
import { changeBetween, random } from './helpers';

/** Text edits type: line breaks of every kind, characters past the Basic Multilingual Plane, long stretches. */
const TYPED = ['x', ' ', '\n', '\r', '\r\n', '\n\n', 'é', '😀', 'Kyiv', '\r\r\n\n', 'a long stretch of words '.repeat(60)];

/** A change somewhere in `doc`, by range, as a client sends it; sometimes a range past the end or reversed. */
function randomChange(doc: TextDocument, next: () => number): TextDocumentContentChangeEvent {
  const at = Math.floor(next() * (doc.getText().length + 1));
  const to = Math.min(doc.getText().length, at + (next() < 0.5 ? 0 : Math.floor(next() * 30)));
  const text = next() < 0.3 ? '' : TYPED[Math.floor(next() * TYPED.length)]!;
  const start = doc.positionAt(at);
  const end = doc.positionAt(to);
  const roll = next();
  if (roll < 0.05) return { range: { start: end, end: start }, text };
  if (roll < 0.1) return { range: { start, end: { line: end.line + 3, character: 2 } }, text };
  if (roll < 0.15) return { range: { start: { line: start.line, character: start.character + 40 }, end: { line: start.line, character: start.character + 40 } }, text };
  return { range: { start, end }, text };
}

/** Asserts that `piece` reads as `stock` does, at every offset and at positions on and past each line. */
function assertSameDocument(piece: PieceDocument, stock: TextDocument, label: string): void {
  const text = stock.getText();
  assert.strictEqual(piece.length, text.length, label);
  assert.strictEqual(piece.slice(0, piece.length), text, label);
  assert.strictEqual(piece.lineCount, stock.lineCount, label);
  for (let offset = -1; offset <= text.length + 1; offset++) {
    assert.deepStrictEqual(piece.positionAt(offset), stock.positionAt(offset), `${label}: positionAt(${offset})`);
    assert.strictEqual(piece.lineAt(offset), stock.positionAt(offset).line, `${label}: lineAt(${offset})`);
  }
  for (let line = -1; line <= stock.lineCount; line++) {
    for (const character of [-1, 0, 1, 3, 500]) {
      const position = { line, character };
      assert.strictEqual(piece.offsetAt(position), stock.offsetAt(position), `${label}: offsetAt(${line}:${character})`);
    }
    assert.deepStrictEqual(piece.getLineRange(line), stock.getLineRange(line), `${label}: getLineRange(${line})`);
    assert.strictEqual(piece.getEOLCharacters(line), stock.getEOLCharacters(line), `${label}: getEOLCharacters(${line})`);
  }
  assert.strictEqual(piece.getText(), text, label);
}

describe('the piece document', () => {
  it('reads as the stock TextDocument after every one of many random changes, several to an event', () => {
    const next = random(20261201);
    for (let round = 0; round < 20; round++) {
      const opened = round % 2 ? 'First line\r\nSecond line\rThird\n\nFourth' : '';
      let piece = PieceDocument.create('memory://a.md', 'markdown', 1, opened);
      const stock = TextDocument.create('memory://a.md', 'markdown', 1, opened);
      for (let version = 2; version < 60; version++) {
        const changes: TextDocumentContentChangeEvent[] = [];
        for (let k = 0, n = 1 + Math.floor(next() * 3); k < n; k++) {
          // each change is made on the text the one before left
          const change = next() < 0.02 ? { text: TYPED[Math.floor(next() * TYPED.length)]! } : randomChange(stock, next);
          changes.push(change);
          TextDocument.update(stock, [change], version);
        }
        piece = PieceDocument.update(piece, changes, version);
        assert.strictEqual(piece.version, version);
        // a slice across parts, not only the whole text
        const from = Math.floor(next() * piece.length);
        assert.strictEqual(piece.slice(from, from + 50), stock.getText().slice(from, from + 50));
        if (version % 5 === 0) assertSameDocument(piece, stock, `round ${round}, version ${version}`);
      }
    }
  });

  it('knows, at least, what a version shares with each of its recent ancestors', () => {
    const next = random(7);
    const stock = TextDocument.create('memory://b.md', 'markdown', 1, 'Moscow insists on talks.\n\nKyiv refuses.\n');
    const versions = [{ doc: PieceDocument.create('memory://b.md', 'markdown', 1, stock.getText()), text: stock.getText() }];
    for (let version = 2; version < 50; version++) {
      const change = randomChange(stock, next);
      TextDocument.update(stock, [change], version);
      versions.push({ doc: PieceDocument.update(versions.at(-1)!.doc, [change], version), text: stock.getText() });
    }
    const last = versions.at(-1)!;
    let known = 0;
    for (const earlier of versions.slice(0, -1)) {
      const bounds = last.doc.sharedWith(earlier.doc);
      if (!bounds) continue;
      known++;
      // the bounds may be low (text typed back), never high: the text they cover is the same
      const most = Math.min(earlier.text.length, last.text.length);
      const prefix = Math.min(bounds.prefix, most);
      const suffix = Math.min(bounds.suffix, most);
      assert.ok(prefix <= changeBetween(earlier.text, last.text).start, `prefix ${prefix}`);
      assert.strictEqual(last.text.slice(last.text.length - suffix), earlier.text.slice(earlier.text.length - suffix), `suffix ${suffix}`);
    }
    // the last 32 versions are known, the oldest not
    assert.strictEqual(known, 32);
    assert.strictEqual(last.doc.sharedWith(versions[0]!.doc), undefined);
    // nor a version of another document, though its number is the same
    assert.strictEqual(last.doc.sharedWith(PieceDocument.create('memory://b.md', 'markdown', 48, last.text)), undefined);
  });

  it('knows, at least, what two versions share when one was made from the other or both from one version', () => {
    const next = random(11);
    const opened = 'Moscow insists on talks.\n\nKyiv refuses.\n\nBrussels waits for both.\n';
    const base = PieceDocument.create('memory://c.md', 'markdown', 1, opened);
    // two lines of versions from the same one, as an edit analysed by a warm-up and the keystrokes after it
    // whether an edit of a branch replaced the whole text: that version shares nothing with the ones
    // before it, and no longer knows them
    const branch = (length: number) => {
      const stock = TextDocument.create('memory://c.md', 'markdown', 1, opened);
      let doc = base;
      let replacedAll = false;
      for (let version = 2; version < 2 + length; version++) {
        const change = randomChange(stock, next);
        const ends = 'range' in change ? [stock.offsetAt(change.range.start), stock.offsetAt(change.range.end)] : [0, 0];
        replacedAll ||= Math.min(...ends) === 0 && Math.max(...ends) === stock.getText().length;
        TextDocument.update(stock, [change], version);
        doc = PieceDocument.update(doc, [change], version);
      }
      return { doc, text: stock.getText(), replacedAll };
    };
    let known = 0;
    const assertLowBounds = (later: ReturnType<typeof branch>, earlier: ReturnType<typeof branch>, label: string) => {
      const bounds = later.doc.sharedWith(earlier.doc);
      if (!bounds && (later.replacedAll || earlier.replacedAll)) return;
      assert.ok(bounds, label);
      known++;
      const most = Math.min(earlier.text.length, later.text.length);
      const prefix = Math.min(bounds.prefix, most);
      const suffix = Math.min(bounds.suffix, most);
      assert.strictEqual(later.text.slice(0, prefix), earlier.text.slice(0, prefix), `${label}: prefix ${prefix}`);
      assert.strictEqual(later.text.slice(later.text.length - suffix), earlier.text.slice(earlier.text.length - suffix), `${label}: suffix ${suffix}`);
    };
    const opening = { doc: base, text: opened, replacedAll: false };
    for (let round = 0; round < 200; round++) {
      const a = branch(1 + (round % 5));
      const b = branch(1 + Math.floor(next() * 5));
      assertLowBounds(a, b, `round ${round}: one branch against the other`);
      assertLowBounds(b, a, `round ${round}: the other against the one`);
      assertLowBounds(opening, a, `round ${round}: the opened version against a version made from it`);
    }
    assert.ok(known > 500, `bounds known in ${known} of 600 comparisons`);
    // a single edit and the version it was made from share all but the edit, either way round
    const typed = PieceDocument.update(base, [{ range: { start: { line: 2, character: 13 }, end: { line: 2, character: 13 } }, text: 'x' }], 1);
    const edges = (bounds: { prefix: number; suffix: number } | undefined) => bounds && { prefix: bounds.prefix, suffix: bounds.suffix };
    assert.deepStrictEqual(edges(base.sharedWith(typed)), { prefix: 39, suffix: opened.length - 39 });
    assert.deepStrictEqual(edges(typed.sharedWith(base)), { prefix: 39, suffix: opened.length - 39 });
  });

  it('names the lines two versions differ on, every line before them and after them holding the same text', () => {
    const next = random(29);
    const opened = 'Moscow insists on talks.\r\n\r\nKyiv refuses.\n\nBrussels waits\rfor both.\n';
    const lines = (stock: TextDocument) => Array.from({ length: stock.lineCount }, (_, line) => stock.getText(stock.getLineRange(line)) + stock.getText().slice(stock.offsetAt({ line, character: 1e9 }), stock.offsetAt({ line: line + 1, character: 0 })));
    let named = 0;
    let oneLine = 0;
    for (let round = 0; round < 300; round++) {
      const stock = TextDocument.create('memory://l.md', 'markdown', 1, opened);
      let doc = PieceDocument.create('memory://l.md', 'markdown', 1, opened);
      const first = { doc, lines: lines(stock) };
      // one to three edits, each a keystroke or a line break of any kind
      for (let version = 2; version < 3 + (round % 3); version++) {
        const change = randomChange(stock, next);
        TextDocument.update(stock, [change], version);
        doc = PieceDocument.update(doc, [change], version);
      }
      const edited = doc.editedLinesSince(first.doc);
      if (edited === undefined) continue;
      named++;
      if (onOneLine(edited)) oneLine++;
      const after = lines(stock);
      const label = `round ${round}: lines ${edited.first}-${edited.last} moved by ${edited.lineDelta}`;
      assert.strictEqual(after.length, first.lines.length + edited.lineDelta, `${label}: line count`);
      for (let k = 0; k < edited.first; k++) assert.strictEqual(after[k], first.lines[k], `${label}: line ${k}, before them`);
      for (let k = edited.last + 1; k < first.lines.length; k++) assert.strictEqual(after[k + edited.lineDelta], first.lines[k], `${label}: line ${k}, after them`);
    }
    assert.ok(named >= 250 && oneLine >= 30, `${named} of 300 edits placed by lines, ${oneLine} on one line`);
    // a character typed on a line; a line break typed, or one removed
    const base = PieceDocument.create('memory://l.md', 'markdown', 1, opened);
    const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });
    const edited = (change: TextDocumentContentChangeEvent) => PieceDocument.update(base, [change], 2).editedLinesSince(base);
    assert.deepStrictEqual(edited({ range: at(2, 4), text: 'x' }), { first: 2, last: 2, lineDelta: 0 });
    assert.deepStrictEqual(edited({ range: at(4, 3), text: '\n' }), { first: 4, last: 4, lineDelta: 1 });
    assert.deepStrictEqual(edited({ range: { start: { line: 2, character: 13 }, end: { line: 3, character: 0 } }, text: '' }), { first: 2, last: 3, lineDelta: -1 });
    assert.strictEqual(onOneLine(edited({ range: at(4, 3), text: '\n' })), false);
  });

  it('does not fail on a malformed change: one without text inserts nothing, one with a null range replaces the whole text', () => {
    let doc = PieceDocument.create('memory://d.md', 'markdown', 1, 'Moscow insists.');
    const at = { line: 0, character: 6 };
    doc = PieceDocument.update(doc, [{ range: { start: at, end: at } } as unknown as TextDocumentContentChangeEvent], 2);
    assert.strictEqual(doc.getText(), 'Moscow insists.');
    doc = PieceDocument.update(doc, [{ range: null, text: 'Kyiv refuses.' } as unknown as TextDocumentContentChangeEvent], 3);
    assert.strictEqual(doc.getText(), 'Kyiv refuses.');
  });

  it('reads text typed a character at a time at one place, and the whole text after it', () => {
    let doc = PieceDocument.create('memory://c.md', 'markdown', 1, 'word '.repeat(100_000));
    for (let k = 0; k < 500; k++) {
      const at = doc.positionAt(250_000 + k);
      doc = PieceDocument.update(doc, [{ range: { start: at, end: at }, text: 'x' }], k + 2);
    }
    assert.strictEqual(doc.slice(249_998, 250_502), 'd ' + 'x'.repeat(500) + 'wo');
    assert.strictEqual(doc.getText().length, 500_500);
  });
});
