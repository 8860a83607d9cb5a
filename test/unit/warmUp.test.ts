import * as assert from 'assert';
import { createAnalyzer } from '../../server/src/core/index';
import { PieceDocument } from '../../server/src/lsp/pieceDocument';
import { typingSpreadOver, WarmUps, type WarmUpHost } from '../../server/src/lsp/warmUp';
import { assertSameAnalysis, changeBetween, joinLines } from './helpers';
import { testKb } from './testKb';

const PARAGRAPH = joinLines(
  'Kyiv and Moscow should agree on a ceasefire under the Minsk agreements.',
  'NATO should keep its door open; the European Union should fund reconstruction.',
);
const LONG_TEXT = Array.from({ length: 40 }, (_, i) => (i % 7 === 3 ? `## Section ${i}` : i % 5 === 2 ? `${(i % 4) + 1}. Washington should talk to Beijing.` : PARAGRAPH)).join('\n\n');
const open = (uri: string, text = LONG_TEXT) => PieceDocument.create(uri, 'markdown', 1, text);

/** A host that records what it is asked to analyse and lets a test act at the nth analysis. */
class RecordingHost implements WarmUpHost {
  readonly docs = new Map<string, PieceDocument>();
  readonly analysed: { uri: string; version: PieceDocument }[] = [];
  readonly logged: string[] = [];
  /** How many analyses had been asked for at each garbage collection. */
  readonly collectedAfter: number[] = [];
  #waiting: { ready: () => boolean; resolve: () => void }[] = [];
  onAnalyse: (count: number) => void = () => {};

  document(uri: string): PieceDocument | undefined {
    return this.docs.get(uri);
  }

  async analyze(uri: string, version: PieceDocument): Promise<boolean> {
    this.analysed.push({ uri, version });
    this.onAnalyse(this.analysed.length);
    this.#check();
    return true;
  }

  log(message: string): void {
    this.logged.push(message);
    this.#check();
  }

  error(message: string): void {
    this.logged.push(`error: ${message}`);
    this.#check();
  }

  collectGarbage(): void {
    this.collectedAfter.push(this.analysed.length);
  }

  /** How many analyses had been asked for each time the knowledge base's indexes were asked for. */
  readonly preparedAfter: number[] = [];

  prepareKnowledge(): void {
    this.preparedAfter.push(this.analysed.length);
    this.#check();
  }

  /** Resolves once the knowledge base's indexes have been asked for `count` times. */
  prepared(count: number): Promise<void> {
    return this.#until(() => this.preparedAfter.length >= count);
  }

  /** Resolves once `count` analyses have been asked for in all. */
  analyses(count: number): Promise<void> {
    return this.#until(() => this.analysed.length >= count);
  }

  /** Resolves once `count` messages have been logged. */
  logs(count: number): Promise<void> {
    return this.#until(() => this.logged.length >= count);
  }

  #until(ready: () => boolean): Promise<void> {
    return ready() ? Promise.resolve() : new Promise((resolve) => this.#waiting.push({ ready, resolve }));
  }

  #check(): void {
    this.#waiting = this.#waiting.filter((w) => (w.ready() ? (w.resolve(), false) : true));
  }

  of(uri: string) {
    return this.analysed.filter((a) => a.uri === uri).map((a) => a.version);
  }
}

describe('the warm-up of long documents', () => {
  it('types at places in lines that hold text, spread over the document: at their end, and at every other place after their longest capitalized word', () => {
    const doc = open('memory://spread.md');
    // more places than paragraphs: some fall on blank lines, and move back to the line before
    const typing = typingSpreadOver(doc, 60, 3);
    assert.strictEqual(typing.length, 60);
    const text = doc.getText();
    const at: number[] = [];
    const inside: string[] = [];
    for (const [k, versions] of typing.entries()) {
      // keystroke after keystroke at one place: "x", "xx", "xxx", each version made from the one before
      assert.strictEqual(versions.length, 3);
      const change = changeBetween(text, versions[0]!.getText());
      assert.deepStrictEqual({ removed: change.end - change.start, typed: change.text }, { removed: 0, typed: 'x' });
      for (const [n, version] of versions.entries()) {
        assert.strictEqual(version.getText(), text.slice(0, change.start) + 'x'.repeat(n + 1) + text.slice(change.start), `place ${k}, keystroke ${n}`);
        // an analysis of each version after the one before, and of the open version after the last, knows what the two share
        assert.ok((versions[n - 1] ?? doc).sharedWith(version) && version.sharedWith(doc), `place ${k}, keystroke ${n} shares its text`);
      }
      const line = doc.lineAt(change.start);
      assert.ok(doc.lineEnd(line) > doc.lineStart(line), `line ${line} holds text`);
      const atEnd = change.start === doc.lineEnd(line) || text.slice(change.start, doc.lineEnd(line)) === 'x'.repeat(doc.lineEnd(line) - change.start);
      if (k % 2 === 0) {
        // the "x" sits just before a line break or at the end
        assert.ok(atEnd, `place ${k} at the end of line ${line}`);
      } else {
        // the "x" lengthens the line's longest capitalized word after its first word
        assert.ok(!atEnd, `place ${k} inside line ${line}`);
        inside.push(/\p{L}+$/u.exec(text.slice(doc.lineStart(line), change.start))?.[0] ?? '');
      }
      at.push(line);
    }
    assert.deepStrictEqual([...at].sort((a, b) => a - b), at, 'in document order');
    assert.ok(new Set(at).size > 40, `on many lines: ${at.join(' ')}`);
    assert.ok(at[0]! < 3 && at.at(-1)! > doc.lineCount - 4, `spread over the document: ${at.join(' ')}`);
    assert.deepStrictEqual([...new Set(inside)].sort(), ['European', 'Moscow', 'Section', 'Washington'], 'inside the lines: the longest capitalized word after the first');
    // mostly blank lines: every place is still after text; a line with no capitalized word after its first is typed at its end
    const sparse = PieceDocument.create('memory://sparse.md', 'markdown', 1, 'Kyiv.\n\n\n\n\n\nMoscow.\n\n\n');
    assert.deepStrictEqual(
      typingSpreadOver(sparse, 5, 1).map(([edited]) => edited!.getText()),
      ['Kyiv.x\n\n\n\n\n\nMoscow.\n\n\n', 'Kyiv.x\n\n\n\n\n\nMoscow.\n\n\n', 'Kyiv.x\n\n\n\n\n\nMoscow.\n\n\n', 'Kyiv.\n\n\n\n\n\nMoscow.x\n\n\n', 'Kyiv.\n\n\n\n\n\nMoscow.x\n\n\n'],
    );
  });

  it('looks for the word inside a line near its place: a line may be the whole document', () => {
    // one line of 60,000 characters, its capitalized words growing longer towards its end
    const words = Array.from({ length: 6_000 }, (_, i) => (i % 3 === 0 ? `Kyiv${'a'.repeat(Math.floor(i / 600))}` : 'and'));
    const joined = words.join(' ');
    // and a long one across the edge of the second place's reach, which a window cuts: the "x" must not go inside it
    const across = joined.indexOf(' ', Math.floor((1.5 / 4) * joined.length) + 1_965) + 1;
    const line = joined.slice(0, across) + 'K' + 'y'.repeat(100) + joined.slice(across + 101);
    const doc = PieceDocument.create('memory://one-line.md', 'markdown', 1, line);
    for (const [k, [edited]] of typingSpreadOver(doc, 4, 1).entries()) {
      const { start } = changeBetween(line, edited!.getText());
      const place = Math.floor(((k + 0.5) / 4) * line.length);
      if (k % 2 === 0) {
        assert.strictEqual(start, line.length, `place ${k} at the line's end`);
        continue;
      }
      // within reach of its place, at the end of a whole capitalized word: not the line's longest, far on
      assert.ok(Math.abs(start - place) <= 2_000, `place ${k}: typed at ${start}, ${start - place} from ${place}`);
      assert.match(line.slice(0, start), /(?:^| )Kyiva*$/, `place ${k}`);
      assert.match(line.slice(start), /^ /, `place ${k}: after the whole word`);
    }
  });

  it('analyses the keystrokes at each place and then the open version, once a long document is left alone; a short one is left cold', async () => {
    const host = new RecordingHost();
    const warmUps = new WarmUps(host, { minLength: 1000, places: 3, keystrokes: 2, idleMs: 0 });
    host.docs.set('memory://short.md', open('memory://short.md', PARAGRAPH));
    host.docs.set('memory://long.md', open('memory://long.md'));
    warmUps.opened('memory://short.md', PARAGRAPH.length);
    warmUps.opened('memory://long.md', LONG_TEXT.length);
    await host.analyses(9);
    const doc = host.docs.get('memory://long.md')!;
    const asked = host.of('memory://long.md');
    assert.deepStrictEqual(
      asked.map((v) => (v === doc ? 'open' : v.length === doc.length + 1 ? 'x' : v.length === doc.length + 2 ? 'xx' : 'other')),
      ['x', 'xx', 'open', 'x', 'xx', 'open', 'x', 'xx', 'open'],
    );
    assert.deepStrictEqual(host.of('memory://short.md'), []);
    // said once it is done, with what it took
    await host.logs(1);
    assert.match(host.logged.join('\n'), /^Policy Lens: warmed up memory:\/\/long\.md for its first keystrokes: 6 keystrokes at 3 places analysed in \d+ ms, then \d+ ms of garbage collection\.$/);
    // the young generation collected once, after the last analysis; the knowledge base's indexes built
    // before the first, once for each document (the short one's, at its pause, with nothing typed)
    assert.deepStrictEqual(host.collectedAfter, [9]);
    assert.deepStrictEqual(host.preparedAfter, [0, 0]);
  });

  it("builds the knowledge base's indexes at a short document's pause, typing nothing; a change starts the wait again, and closing ends it", async () => {
    const host = new RecordingHost();
    const warmUps = new WarmUps(host, { minLength: 1000, idleMs: 0 });
    host.docs.set('memory://short.md', open('memory://short.md', PARAGRAPH));
    host.docs.set('memory://closed.md', open('memory://closed.md', PARAGRAPH));
    warmUps.opened('memory://short.md', PARAGRAPH.length);
    warmUps.opened('memory://closed.md', PARAGRAPH.length);
    // typed at and closed before its pause: the wait the change started is the one closing ends
    warmUps.changed('memory://closed.md');
    warmUps.closed('memory://closed.md');
    await host.prepared(1);
    // past the timers due with it
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepStrictEqual(host.preparedAfter, [0]);
    assert.deepStrictEqual(host.analysed, []);
  });

  it('leaves the open version last analysed at the end of each turn of the event loop, so that a keystroke typed meanwhile edits it', async () => {
    const host = new RecordingHost();
    const warmUps = new WarmUps(host, { minLength: 1000, places: 4, keystrokes: 2, idleMs: 0 });
    const uri = 'memory://turns.md';
    const doc = open(uri);
    host.docs.set(uri, doc);
    warmUps.opened(uri, doc.length);
    // what a request or a keystroke handled between two turns would find analysed last
    const seen: string[] = [];
    while (host.analysed.length < 12) {
      await new Promise((resolve) => setImmediate(resolve));
      const last = host.analysed.at(-1)?.version;
      if (last) seen.push(last === doc ? 'open' : 'edit');
    }
    assert.ok(seen.length >= 4, `seen at ${seen.length} turns`);
    assert.deepStrictEqual([...new Set(seen)], ['open']);
  });

  it('stops at a change and takes up the edits it has left at the next pause, on the changed text', async () => {
    const host = new RecordingHost();
    const warmUps = new WarmUps(host, { minLength: 1000, places: 4, keystrokes: 1, idleMs: 0 });
    const uri = 'memory://typed.md';
    const first = open(uri);
    host.docs.set(uri, first);
    let typed: PieceDocument | undefined;
    // the user types while the second edit is analysed
    host.onAnalyse = (count) => {
      if (count !== 3) return;
      typed = PieceDocument.update(first, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'A' }], 2);
      host.docs.set(uri, typed);
      warmUps.changed(uri);
    };
    warmUps.opened(uri, first.length);
    // an edit of the first version and the version, another edit; then the three edits left and
    // their open versions on the typed one, and nothing more (the warm-up takes a turn of the event
    // loop per analysis: ten more turns would see more)
    await host.analyses(9);
    for (let turn = 0; turn < 10; turn++) await new Promise((resolve) => setImmediate(resolve));
    const asked = host.of(uri);
    assert.deepStrictEqual(
      asked.map((v) => (v === first ? 'open' : v === typed ? 'open typed' : v.length === first.length + 1 ? 'edit' : v.length === typed!.length + 1 ? 'edit typed' : 'other')),
      ['edit', 'open', 'edit', 'edit typed', 'open typed', 'edit typed', 'open typed', 'edit typed', 'open typed'],
    );
    // collected once, when the warm-up was done, not when the typing stopped it
    assert.deepStrictEqual(host.collectedAfter, [9]);
  });

  it('stops when the document is closed', async () => {
    const host = new RecordingHost();
    const warmUps = new WarmUps(host, { minLength: 1000, places: 5, keystrokes: 1, idleMs: 0 });
    host.docs.set('memory://closed.md', open('memory://closed.md'));
    host.docs.set('memory://kept.md', open('memory://kept.md'));
    // closed while the open version is analysed, after an edit
    host.onAnalyse = () => {
      if (host.of('memory://closed.md').length === 2 && host.docs.has('memory://closed.md')) {
        host.docs.delete('memory://closed.md');
        warmUps.closed('memory://closed.md');
      }
    };
    warmUps.opened('memory://closed.md', LONG_TEXT.length);
    warmUps.opened('memory://kept.md', LONG_TEXT.length);
    // the other document's ten analyses take ten turns of the event loop: the closed one had them too
    await host.analyses(12);
    assert.strictEqual(host.of('memory://closed.md').length, 2);
    assert.strictEqual(host.of('memory://kept.md').length, 10);
    // the young generation collected for the document warmed up, not for the closed one
    await host.logs(1);
    assert.deepStrictEqual(host.collectedAfter, [12]);
  });

  it('leaves the analyzer so that the next keystroke reads as a full analysis, even when the warm-up stopped after an edit', async () => {
    for (const stopAfter of [undefined, 1, 2, 3]) {
      const analyzer = createAnalyzer({ kb: testKb(), today: () => '2026-11-24' });
      const uri = `memory://real-${stopAfter}.md`;
      const docs = new Map([[uri, open(uri)]]);
      let analyses = 0;
      let done!: () => void;
      const finished = new Promise<void>((resolve) => (done = resolve));
      const warmUps = new WarmUps(
        {
          document: (u) => docs.get(u),
          analyze: async (u, version) => {
            analyzer.analyze(version);
            analyses++;
            if (analyses === stopAfter) {
              docs.delete(u);
              warmUps.closed(u);
            }
            if (analyses === (stopAfter ?? 9)) done();
            return true;
          },
          prepareKnowledge: () => analyzer.prepare(),
          log: () => {},
          error: (message) => assert.fail(message),
          collectGarbage: () => {},
        },
        { minLength: 1000, places: 3, keystrokes: 2, idleMs: 0 },
      );
      const opened = open(uri);
      analyzer.analyze(opened);
      docs.set(uri, opened);
      warmUps.opened(uri, opened.length);
      await finished;
      const keystroke = PieceDocument.update(opened, [{ range: { start: { line: 4, character: 10 }, end: { line: 4, character: 10 } }, text: 'Kiev ' }], 2);
      const fresh = createAnalyzer({ kb: testKb(), today: () => '2026-11-24' });
      assertSameAnalysis(analyzer.analyze(keystroke), fresh.analyze({ uri, version: 2, getText: () => keystroke.getText() }), `stopped after ${stopAfter ?? 'none'}`);
    }
  });
});
