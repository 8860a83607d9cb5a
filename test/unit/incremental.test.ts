/**
 * The incremental analysis must equal a full one. An analyzer that has seen earlier versions of a
 * document reuses per-block results; after every random edit its analysis is compared with that of
 * a fresh analyzer, which has nothing to reuse.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import { builtinKbFiles, createAnalyzer, loadKnowledgeBase, parseSettings, type Analysis, type Analyzer, type TextPieces } from '../../server/src/core/index';
import { resplit } from '../../server/src/core/blocks/resplit';
import { splitBlocks } from '../../server/src/core/blocks/splitBlocks';
import { DocumentText } from '../../server/src/core/text/documentText';
import { PieceDocument } from '../../server/src/lsp/pieceDocument';
import { NamingTally } from '../../server/src/core/rules/namingTally';
import { ChunkedList } from '../../server/src/core/blocks/chunkedList';
import { movedFrom } from '../../server/src/core/features/shiftedNode';
import { hoverAt } from '../../server/src/core/features/hover';
import { assertSameAnalysis, changeBetween, joinLines, random } from './helpers';
import { convertFolds, convertOutline, liesAt, toDocumentSymbols, toFoldingRanges, type ConvertedFolds, type ConvertedOutline } from '../../server/src/lsp/convert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver';
import type { Mention } from '../../server/src/core/types';

const CORPUS = path.resolve(__dirname, '../../../test/fixtures/corpus');
const SAMPLES = path.resolve(__dirname, '../../../samples');
const ENTITY_DRAFTS = path.resolve(__dirname, '../../../test/fixtures/entities');
const TODAY = '2026-11-24';

/** Text that edits insert: names, markers, blank lines, fences, comments and half-typed words. */
const SNIPPETS = [
  '\n\n', '\n', ' ', 'x', 'Kiev', 'Kyiv', 'Moscow insists', ' in Moscow', 'Sergei Lavrov', 'Sergey Lavrov', 'Anthony Blinken', 'Antony Blinken',
  'First, ', 'Second, ', 'Fourth, ', '\n\n1. ', '\n- ', '\n\n## Recommendations\n\n', '\n```\n', '\n~~~\n', '<!-- ', ' -->',
  'policy-lens-disable-next-line\n', 'International Court of Justice (ICC)', 'the INF Treaty remains in force', '\n---\n',
  'We recommend that we:\n\n', 'Recommendations for the delegation:\n\n', 'Minsk agreements', ' 2015 ', 'date: 2019-05-01\n', 'Foreign Minister Dmytro Kuleba', '(', ')', ':', 'Treaty of Nowhere',
  ' the EU ', 'the Commission', 'African Union Commission', 'We propose that NATO pay. ', '\n\nI recommend a summit.',
];

function edit(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const roll = next();
  if (roll < 0.45) return text.slice(0, at) + SNIPPETS[Math.floor(next() * SNIPPETS.length)] + text.slice(at);
  if (roll < 0.8) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 40)));
  // move a stretch, which shifts many blocks at once
  const end = Math.min(text.length, at + Math.floor(next() * 300));
  const piece = text.slice(at, end);
  const rest = text.slice(0, at) + text.slice(end);
  const to = Math.floor(next() * (rest.length + 1));
  return rest.slice(0, to) + piece + rest.slice(to);
}

/** Counts the positions `doc` converts, offsets to positions and back, until `restore`. */
function countPositions(doc: PieceDocument): { readonly count: number; restore(): void } {
  const counter = {
    count: 0,
    restore: () => ['offsetAt', 'positionAt'].forEach((name) => Reflect.deleteProperty(doc, name)),
  };
  Object.defineProperty(doc, 'offsetAt', { configurable: true, value: (position: Position) => (counter.count++, PieceDocument.prototype.offsetAt.call(doc, position)) });
  Object.defineProperty(doc, 'positionAt', { configurable: true, value: (offset: number) => (counter.count++, PieceDocument.prototype.positionAt.call(doc, offset)) });
  return counter;
}

const documentsOf = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((name) => /\.(md|txt)$/.test(name))
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'));

/** An edit typed a character at a time after its anchor, or removed a character at a time from the anchor's end back. */
interface TypedEdit {
  readonly after: string;
  readonly type?: string;
  readonly remove?: string;
}

/**
 * A treaty text of `articles` articles of numbered paragraphs, some with lettered sub-items:
 * thousands of proposals in a long text, in hundreds of sequences, which the document rules count
 * per sequence. A number is skipped or repeated now and then, for proposal-numbering.
 */
function treatyLines(next: () => number, articles: number): string[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const parties = ['Each Party', 'The Russian Federation', 'Ukraine', 'The Commission', 'The United States'];
  const duties = ['shall notify', 'shall consult', 'may request data from', 'shall not deploy forces near'];
  const named = ['NATO', 'the OSCE', 'Poland', 'Georgia', 'the other Party'];
  const lines: string[] = ['Five proposals follow.', ''];
  for (let article = 1; article <= articles; article++) {
    lines.push(`## Article ${article}`, '');
    for (let p = 1; p <= 1 + Math.floor(next() * 3); p++) {
      const number = next() < 0.1 ? p + 1 : p;
      if (next() < 0.5) {
        lines.push(`${number}. ${pick(parties)} ${pick(duties)} ${pick(named)}, including:`);
        for (const letter of 'abc'.slice(0, 1 + Math.floor(next() * 3))) lines.push(`   (${letter}) the forces stationed in ${pick(named)};`);
      } else lines.push(`${number}. ${next() < 0.2 ? 'The data' : pick(parties)} ${pick(duties)} ${pick(named)} within thirty days.`);
      lines.push('');
    }
  }
  return lines;
}

describe('incremental analysis', () => {
  const { kb } = loadKnowledgeBase(builtinKbFiles);
  const full = (text: string): Analysis => createAnalyzer({ kb, today: () => TODAY }).analyze({ uri: 'memory://full.md', version: 1, getText: () => text });
  /**
   * Joins two documents at random, `rounds` times, and makes `edits` edits in each session: a cut of
   * up to 40 characters (a share `deletions` of them) or a snippet of `typed` a character at a time,
   * at a random place; checks every version against a full analysis. Returns how many it compared.
   */
  function typeIntoPairs(documents: readonly string[], typed: readonly string[], seed: number, rounds: number, edits: number, deletions: number): number {
    const next = random(seed);
    let compared = 0;
    for (let round = 0; round < rounds; round++) {
      const warm: Analyzer = createAnalyzer({ kb, today: () => TODAY });
      let text = `${documents[Math.floor(next() * documents.length)]!}\n\n${documents[Math.floor(next() * documents.length)]!}`;
      let version = 1;
      warm.analyze({ uri: 'memory://typed.md', version: version++, getText: () => text });
      for (let edit = 0; edit < edits; edit++) {
        let at = Math.floor(next() * (text.length + 1));
        if (next() < deletions) {
          // a deletion, which may join blocks
          text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 40)));
          const current = text;
          assertSameAnalysis(warm.analyze({ uri: 'memory://typed.md', version: version++, getText: () => current }), full(current), `round ${round}, deletion ${edit}`);
          compared++;
          continue;
        }
        for (const char of typed[Math.floor(next() * typed.length)]!) {
          text = text.slice(0, at) + char + text.slice(at);
          at++;
          const current = text;
          assertSameAnalysis(warm.analyze({ uri: 'memory://typed.md', version: version++, getText: () => current }), full(current), `round ${round}, edit ${edit}, at ${at}`);
          compared++;
        }
      }
    }
    return compared;
  }
  /**
   * Types each insertion a character at a time right after the first occurrence of its words in
   * `text`, each into a fresh session of `text`, and checks every version against a full analysis.
   */
  function typeEachAfter(text: string, typed: readonly (readonly [string, string])[]): void {
    for (const [after, insertion] of typed) {
      const warm: Analyzer = createAnalyzer({ kb, today: () => TODAY });
      let current = text;
      warm.analyze({ uri: 'memory://typed.md', version: 1, getText: () => current });
      for (let k = 1; k <= insertion.length; k++) {
        const at = text.indexOf(after) + after.length;
        current = text.slice(0, at) + insertion.slice(0, k) + text.slice(at);
        assertSameAnalysis(warm.analyze({ uri: 'memory://typed.md', version: k + 1, getText: () => current }), full(current), `${JSON.stringify(insertion.slice(0, k))} after "${after}"`);
      }
    }
  }
  /**
   * Types each edit into `text` a character at a time after its anchor (or removes one at a time from
   * the anchor's end back), comparing every keystroke's analysis with a full one; `seen` gets each
   * analysis, the one before it and the keystroke's label. Returns the last analysis.
   */
  const typeEdits = (text: string, edits: readonly TypedEdit[], seen: (now: Analysis, before: Analysis, label: string) => void): Analysis => {
    const warm: Analyzer = createAnalyzer({ kb, today: () => TODAY });
    let current = text;
    let version = 1;
    let previous = warm.analyze({ uri: 'memory://typed-edits.md', version: version++, getText: () => current });
    const keystroke = (next: string, label: string) => {
      current = next;
      const now = current;
      const incremental = warm.analyze({ uri: 'memory://typed-edits.md', version: version++, getText: () => now });
      assertSameAnalysis(incremental, full(now), label);
      seen(incremental, previous, label);
      previous = incremental;
    };
    for (const { after, type, remove } of edits) {
      const at = current.indexOf(after) + after.length;
      assert.ok(at >= after.length, after);
      for (let k = 1; k <= (type ?? '').length; k++) keystroke(current.slice(0, at + k - 1) + type![k - 1] + current.slice(at + k - 1), `${JSON.stringify(type!.slice(0, k))} after "${after}"`);
      for (let k = 1; k <= (remove ?? '').length; k++) keystroke(current.slice(0, at - k) + current.slice(at - k + 1), `${k} removed before the end of "${after}"`);
    }
    return previous;
  };
  /** Whether a keystroke changed the proposals and the outline after the edit was moved, not built again: the splice was used. */
  const splicedAt = (now: Analysis, before: Analysis) => now.proposals.length !== before.proposals.length && movedFrom(now.outline.at(-1)!) !== undefined;

  it('reads a suppression directive typed, kept through edits elsewhere, and removed, a character at a time', () => {
    const text = joinLines('The International Court of Justice (ICC) ruled.', '', 'Moscow insists on talks.', '', 'The ICJ and the ICC met.');
    const directive = '<!-- policy-lens-disable-next-line acronym-mismatch -->\n';
    const edits: TypedEdit[] = [
      { after: '', type: directive },
      // the directive's block is kept as it is: only the edited paragraph is scanned again
      { after: 'Moscow insists', type: ' again' },
      { after: 'policy-lens-disable-next-line acronym-mismatch', remove: ' acronym-mismatch' },
      { after: 'policy-lens-disable-next-line', remove: 'policy-lens-disable-next-line' },
    ];
    const mismatches = new Map<string, number>();
    typeEdits(text, edits, (now, _before, label) => mismatches.set(label, now.findings.filter((f) => f.code === 'acronym-mismatch').length));
    assert.strictEqual(mismatches.get(`${JSON.stringify(directive)} after ""`), 0);
    assert.strictEqual(mismatches.get('" again" after "Moscow insists"'), 0);
    assert.strictEqual(mismatches.get('17 removed before the end of "policy-lens-disable-next-line acronym-mismatch"'), 0);
    assert.strictEqual(mismatches.get('29 removed before the end of "policy-lens-disable-next-line"'), 1);
  });

  /**
   * Makes 39 or 40 random edits in each of `rounds` rounds, each round over a few of the test
   * documents, and compares each version's analysis with a full one. `open` starts a round with an
   * analyzer and its text, and returns what analyses each edited text.
   */
  const compareRandomEdits = (seed: number, rounds: number, open: (warm: Analyzer, text: string) => (edited: string, version: number) => Analysis): number => {
    const documents = [...documentsOf(CORPUS), ...documentsOf(SAMPLES)];
    const next = random(seed);
    let compared = 0;
    for (let round = 0; round < rounds; round++) {
      let text = documents.slice(round * 3, round * 3 + 3).join('\n\n') || documents.join('\n\n');
      const analyzeEdited = open(createAnalyzer({ kb, today: () => TODAY }), text);
      for (let version = 2; version <= 40; version++) {
        text = edit(text, next);
        assertSameAnalysis(analyzeEdited(text, version), full(text), `round ${round}, version ${version}`);
        compared++;
      }
    }
    return compared;
  };

  it('reads an ambiguous name by the words of the whole document as they are typed away, block by block', () => {
    // "2015" makes the Minsk agreements Minsk II; the first paragraph that holds it vouches for it
    // until an edit takes it away there, and then the others are searched (see `WordPresence`)
    const text = joinLines('The Minsk agreements failed.', '', 'In 2015 the leaders met.', '', 'Talks resumed in 2015 too.');
    const readings: string[] = [];
    const last = typeEdits(
      text,
      [
        { after: 'In 2015', remove: '2015' },
        { after: 'resumed in 2015', remove: '2015' },
        { after: 'resumed in ', type: '2015' },
      ],
      (now) => readings.push(now.mentions.find((m) => m.text === 'Minsk agreements')!.id),
    );
    assert.deepStrictEqual(readings, [...Array(4).fill('minsk-ii'), ...Array(7).fill('minsk-protocol'), 'minsk-ii']);
    assert.strictEqual(last.mentions[0]!.id, 'minsk-ii');
  });

  it('places the findings a paragraph without any gains when a word typed elsewhere makes it read a name anew', () => {
    // on 1 December 2014 Minsk II was not yet signed: read as Minsk II once "2015" stands in another
    // paragraph, the first paragraph's call to withdraw from it is wrong; it had no finding before
    const { settings } = parseSettings({ documentDate: '2014-12-01' });
    const warm = createAnalyzer({ kb, today: () => TODAY });
    const fullWith = (text: string) => createAnalyzer({ kb, today: () => TODAY }).analyze({ uri: 'memory://full.md', version: 1, getText: () => text }, settings);
    const aside = ['', 'Nothing else changed.', '', 'The weather held.', '', 'The rooms were cold.', ''];
    let text = joinLines('Both sides should withdraw from the Minsk agreements.', ...aside, 'Talks went on.', ...aside, 'The end.');
    warm.analyze({ uri: 'memory://reread.md', version: 1, getText: () => text }, settings);
    const typed = ' in 2015';
    const at = text.indexOf('went on') + 'went on'.length;
    const counts: number[] = [];
    for (let k = 1; k <= typed.length; k++) {
      const now = text.slice(0, at + k - 1) + typed[k - 1] + text.slice(at + k - 1);
      text = now;
      const incremental = warm.analyze({ uri: 'memory://reread.md', version: k + 1, getText: () => now }, settings);
      assertSameAnalysis(incremental, fullWith(now), JSON.stringify(typed.slice(0, k)));
      counts.push(incremental.findings.filter((f) => f.code === 'status-anachronism').length);
    }
    assert.deepStrictEqual(counts, [0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('equals a full analysis after every one of many random edits', function () {
    this.timeout(60_000);
    const compared = compareRandomEdits(20261125, 12, (warm, text) => {
      warm.analyze({ uri: 'memory://doc.md', version: 1, getText: () => text });
      return (edited, version) => {
        // two documents open in one analyzer, as in the server
        const incremental = warm.analyze({ uri: 'memory://doc.md', version, getText: () => edited });
        warm.analyze({ uri: 'memory://other.md', version, getText: () => edited.slice(edited.length >> 1) });
        return incremental;
      };
    });
    assert.strictEqual(compared, 468);
  });

  it('equals a full analysis after every one of many random edits to a document kept in parts, as the server keeps it', function () {
    this.timeout(60_000);
    const compared = compareRandomEdits(20261202, 8, (warm, text) => {
      let doc = PieceDocument.create('memory://pieces.md', 'markdown', 1, text);
      warm.analyze(doc);
      return (edited, version) => {
        // the edit as a client sends it: the range it replaced, in the text before it
        const change = changeBetween(doc.slice(0, doc.length), edited);
        doc = PieceDocument.update(doc, [{ range: { start: doc.positionAt(change.start), end: doc.positionAt(change.end) }, text: change.text }], version);
        // read by slices, not by `getText()`, which would join the version's parts into one
        assert.strictEqual(doc.slice(0, doc.length), edited);
        return warm.analyze(doc);
      };
    });
    assert.strictEqual(compared, 312);
  });

  it('makes every analysis of one class, its mentions read through the class and written out as JSON', () => {
    const warm: Analyzer = createAnalyzer({ kb, today: () => TODAY });
    const first = warm.analyze({ uri: 'memory://shape.md', version: 1, getText: () => 'Moscow insists.\n\nKyiv refuses.' });
    const second = warm.analyze({ uri: 'memory://shape.md', version: 2, getText: () => 'Moscow insists.\n\nKyiv refuses again.' });
    // a getter of each analysis's own was a new function each time, and V8 made each analysis a
    // hidden class of its own, which young-generation collections kept with the version it read
    assert.strictEqual(Object.getPrototypeOf(first), Object.getPrototypeOf(second));
    assert.strictEqual(Object.getOwnPropertyDescriptor(second, 'mentions'), undefined);
    assert.deepStrictEqual(
      (JSON.parse(JSON.stringify(second)) as Analysis).mentions.map((m) => m.text),
      ['Moscow', 'Kyiv'],
    );
  });

  it('reads only the text around a keystroke in a paragraph of a document kept in parts', () => {
    const warm: Analyzer = createAnalyzer({ kb, today: () => TODAY });
    const paragraphs = Array.from({ length: 400 }, (_, i) => `Paragraph ${i}: Moscow insists that NATO and the EU should reopen talks in Geneva.`);
    let doc = PieceDocument.create('memory://parts.md', 'markdown', 1, ['# Talks', 'We recommend:', '1. NATO should fund the mission.', ...paragraphs].join('\n\n'));
    let longest = 0;
    /** The document as the core sees it, with the length of each stretch it reads noted. */
    const watched = (version: PieceDocument) => ({
      uri: version.uri,
      version: version.version,
      getText: () => assert.fail('the whole text was asked for'),
      pieces: {
        length: version.length,
        slice: (start: number, end: number) => ((longest = Math.max(longest, end - start)), version.slice(start, end)),
        sharedWith: (earlier: TextPieces) => version.sharedWith(watchedOf.get(earlier) ?? earlier),
      },
    });
    const watchedOf = new Map<TextPieces, PieceDocument>();
    let source = watched(doc);
    watchedOf.set(source.pieces, doc);
    warm.analyze(source);
    longest = 0;
    for (let k = 0; k < 20; k++) {
      const at = doc.positionAt(doc.getText().indexOf('Paragraph 200') + 13 + k);
      doc = PieceDocument.update(doc, [{ range: { start: at, end: at }, text: 'x' }], k + 3);
      source = watched(doc);
      watchedOf.set(source.pieces, doc);
      const analysis = warm.analyze(source);
      assert.strictEqual(analysis.problems.length, 0);
      assertSameAnalysis(analysis, full(doc.getText()), `keystroke ${k}`);
    }
    // the edited paragraph and its neighbours, not the 40,000 characters of the document
    assert.ok(longest > 0 && longest < 400, `read ${longest} characters at once`);
  });

  it('converts the outline and folds of each edited version as a fresh conversion would, reusing what the edits did not reach', function () {
    this.timeout(30_000);
    const documents = documentsOf(SAMPLES);
    const next = random(20261201);
    const warm: Analyzer = createAnalyzer({ kb, today: () => TODAY });
    // a long list first, each item a top-level node over two sub-items, as in the benchmark's nested list
    const list = Array.from({ length: 60 }, (_, k) => `- NATO should fund mission ${k + 1}:\n  - in Poland\n  - in Georgia\n`).join('');
    let text = `${list}\n${documents.join('\n\n')}`;
    let doc = PieceDocument.create('memory://doc.md', 'markdown', 1, text);
    warm.analyze(doc);
    let reused = 0;
    let placed = 0;
    let linesMoved = 0;
    let readFew = 0;
    // the outline and folds last converted, as the server keeps them for the next version's conversion
    let outline: ConvertedOutline | undefined;
    let folds: ConvertedFolds | undefined;
    for (let version = 2; version <= 120; version++) {
      // typing in the first half moves most of the outline, on the same lines or (a line break in a
      // paragraph) not; a space overtyped with a line break moves lines and no offset
      const at = Math.floor(next() * (text.length >> 1));
      const space = text.indexOf(' ', at);
      const paragraphEnd = text.indexOf('\n\n', at);
      // a character deleted shortens its line: a symbol kept from before must not be taken for one past the line's end
      if (version % 7 === 0 && space !== -1) text = `${text.slice(0, space)}\n${text.slice(space + 1)}`;
      // a section put in or taken out: the top-level nodes after it change their index
      else if (version % 11 === 0 && paragraphEnd !== -1) text = `${text.slice(0, paragraphEnd)}\n\n# Added\n\n1. NATO should fund the mission.${text.slice(paragraphEnd)}`;
      else if (version % 13 === 0) text = text.replace('\n\n# Added\n\n1. NATO should fund the mission.', '');
      else if (version % 3 === 0) text = text.slice(0, at) + text.slice(at + 1);
      else text = text.slice(0, at) + (version % 5 === 0 ? '\n' : 'x') + text.slice(at);
      const change = changeBetween(doc.getText(), text);
      doc = PieceDocument.update(doc, [{ range: { start: doc.positionAt(change.start), end: doc.positionAt(change.end) }, text: change.text }], version);
      // now and then a warm-up's edit, analysed on a version the document never becomes (see `lsp/warmUp.ts`)
      if (version % 9 === 0) warm.analyze(PieceDocument.update(doc, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: 'x' }], version));
      const analysis = warm.analyze(doc);
      // a host asks for the outline of most versions, not of every one
      if (version % 4 === 2) continue;
      const expected = full(text);
      const all = countPositions(doc);
      const fresh = toDocumentSymbols(doc, expected.outline);
      all.restore();
      const last = outline;
      const positions = countPositions(doc);
      outline = convertOutline(doc, analysis, last);
      positions.restore();
      assert.deepStrictEqual(outline.symbols, fresh, `version ${version}, converted after the last version converted`);
      if (last) reused += outline.symbols.filter((symbol, i) => symbol === last.symbols[i]).length;
      // edits the document places by lines: the symbols off those lines are taken as they were, or
      // moved by whole lines, their positions not read
      const edited = last && doc.editedLinesSince(last.doc);
      if (edited) {
        placed++;
        if (edited.lineDelta !== 0) linesMoved++;
        if (positions.count < all.count / 4) readFew++;
      }
      assert.deepStrictEqual(toDocumentSymbols(doc, analysis.outline), fresh, `version ${version}`);
      folds = convertFolds(doc, analysis, folds);
      assert.deepStrictEqual(folds.ranges, toFoldingRanges(doc, expected.folds), `version ${version}: folds`);
    }
    assert.ok(reused > 0, 'no symbol was reused');
    assert.ok(placed >= 40 && linesMoved >= 10 && readFew >= placed / 2, `${readFew} of ${placed} versions placed by lines (${linesMoved} moving lines) converted only the nodes there`);
  });

  it('converts again a section the core only moved whose end lies on the line typed on', () => {
    const warm: Analyzer = createAnalyzer({ kb, today: () => TODAY });
    let doc = PieceDocument.create('memory://end.md', 'markdown', 1, '# One\n\nSome text about NATO.\n\n# Two\n\nMore text.\n');
    let outline = convertOutline(doc, warm.analyze(doc), undefined);
    // typing at the end of the first section's last paragraph, then inside it: its end moves along the line
    for (const [version, character] of [[2, 21], [3, 22], [4, 5]] as const) {
      doc = PieceDocument.update(doc, [{ range: { start: { line: 2, character }, end: { line: 2, character } }, text: 'x' }], version);
      assert.deepStrictEqual(doc.editedLinesSince(outline.doc), { first: 2, last: 2, lineDelta: 0 });
      outline = convertOutline(doc, warm.analyze(doc), outline);
      assert.deepStrictEqual(outline.symbols, toDocumentSymbols(doc, full(doc.getText()).outline), `version ${version}`);
    }
  });

  it('takes a kept symbol\'s position for an offset only where that position lies, not past its line\'s end', () => {
    const doc = TextDocument.create('memory://lines.md', 'markdown', 1, 'ab\ncd');
    assert.strictEqual(liesAt(doc, { line: 0, character: 2 }, 2), true);
    assert.strictEqual(liesAt(doc, { line: 1, character: 1 }, 4), true);
    // a character past the line's end, which offsetAt clamps to the line's end
    assert.strictEqual(liesAt(doc, { line: 0, character: 5 }, 2), false);
    assert.strictEqual(liesAt(doc, { line: 1, character: 1 }, 3), false);
  });

  it('converts a proposal kept through a version whose edit moved lines and no offset to the lines of the new text', () => {
    const warm: Analyzer = createAnalyzer({ kb, today: () => TODAY });
    let text = 'NATO and the EU met in Brussels for talks.\n\nWe recommend the following:\n\n1. NATO should fund the mission.\n2. The EU should reopen talks.\n';
    const versions = [
      // typing in the second proposal makes the proposals and the outline again
      (t: string) => t.replace('reopen', 'reopenx'),
      // a space overtyped with a line break in the first paragraph: every line after it moves, no offset does
      (t: string) => t.replace('EU met', 'EU\nmet'),
      // typing in the second proposal again: the first one's node may be kept, its old conversion not
      (t: string) => t.replace('reopenx', 'reopenxx'),
    ];
    const first = text;
    warm.analyze({ uri: 'memory://kept.md', version: 1, getText: () => first });
    versions.forEach((change, i) => {
      text = change(text);
      const doc = TextDocument.create('memory://kept.md', 'markdown', i + 2, text);
      const symbols = toDocumentSymbols(doc, warm.analyze({ uri: doc.uri, version: i + 2, getText: () => text }).outline);
      assert.deepStrictEqual(symbols, toDocumentSymbols(doc, full(text).outline), `version ${i + 2}`);
    });
  });

  it('equals a full analysis at every keystroke typed into the proposals of the corpus', function () {
    this.timeout(60_000);
    // words that make an item recommend or stop, names, an exchange, a time frame, a colon, a line break, a deletion
    const WORDS = ['should ', 'must ', 'not ', 'Russia ', 'NATO ', 'the ', ':', ' ', 'x', 'Sergey Lavrov ', 'in return for ', 'for 20 years', '.', ', ', 'i.', '\n'];
    const documents = [...documentsOf(CORPUS), ...documentsOf(SAMPLES)];
    const next = random(20261201);
    let compared = 0;
    for (let round = 0; round < 30; round++) {
      const warm: Analyzer = createAnalyzer({ kb, today: () => TODAY });
      let text = documents[Math.floor(next() * documents.length)]!;
      const first = warm.analyze({ uri: 'memory://typed.md', version: 1, getText: () => text });
      if (first.proposals.length === 0) continue;
      let version = 2;
      for (let burst = 0; burst < 4; burst++) {
        const proposal = first.proposals[Math.floor(next() * first.proposals.length)]!;
        let at = Math.min(text.length, proposal.start + Math.floor(next() * Math.max(1, proposal.end - proposal.start)));
        for (let k = 0; k < 10; k++) {
          if (next() < 0.2 && at > 0) text = text.slice(0, --at) + text.slice(at + 1);
          else {
            const word = WORDS[Math.floor(next() * WORDS.length)]!;
            text = text.slice(0, at) + word + text.slice(at);
            at += word.length;
          }
          const current = text;
          assertSameAnalysis(warm.analyze({ uri: 'memory://typed.md', version: version++, getText: () => current }), full(current), `round ${round}, version ${version - 1}`);
          compared++;
        }
      }
    }
    assert.ok(compared >= 400, `only ${compared} keystrokes compared`);
  });

  it('equals a full analysis, hovers included, when most versions go unread, so that the moves of many keystrokes at many places pile up', function () {
    this.timeout(60_000);
    // a host reads a version's proposals, outline and folds only when it asks: until then each
    // keystroke only adds its move to the lists' shift (see `features/movedItems.ts`); typing, line
    // breaks, deletions and a stretch cut somewhere else, at more places than the shift keeps
    const WORDS = ['x', ' ', 'NATO ', '\n', ':', 'should '];
    const documents = [...documentsOf(CORPUS), ...documentsOf(SAMPLES)];
    const next = random(20261203);
    let compared = 0;
    for (let round = 0; round < 12; round++) {
      const warm: Analyzer = createAnalyzer({ kb, today: () => TODAY });
      let text = documents.slice(round * 2, round * 2 + 2).join('\n\n');
      let version = 1;
      warm.analyze({ uri: 'memory://unread.md', version: version++, getText: () => text });
      let at = Math.floor(next() * text.length);
      for (let k = 0; k < 120; k++) {
        const roll = next();
        if (roll < 0.15) at = Math.floor(next() * text.length);
        if (roll < 0.3 && at > 3) {
          const removed = 1 + Math.floor(next() * 3);
          text = text.slice(0, at - removed) + text.slice(at);
          at -= removed;
        } else if (roll < 0.33) text = edit(text, next);
        else {
          const word = WORDS[Math.floor(next() * WORDS.length)]!;
          text = text.slice(0, at) + word + text.slice(at);
          at += word.length;
        }
        at = Math.min(at, text.length);
        const current = text;
        const incremental = warm.analyze({ uri: 'memory://unread.md', version: version++, getText: () => current });
        if (next() < 0.1 || k === 119) {
          const fresh = full(current);
          // hovers first, which search the version's lists without reading them whole, against
          // those of the full analysis read as plain lists, at every marker and mention and between
          const plain: Analysis = { ...fresh, date: fresh.date, mentions: fresh.mentions, proposals: fresh.proposals, outline: fresh.outline, folds: fresh.folds };
          const offsets = [...plain.proposals.map((p) => p.markerSpan.start + 1), ...plain.mentions.map((m) => m.start), ...Array.from({ length: 50 }, () => Math.floor(next() * current.length))];
          for (const offset of offsets) assert.deepStrictEqual(hoverAt(kb, incremental, offset), hoverAt(kb, plain, offset), `round ${round}, version ${version - 1}, hover at ${offset}`);
          assertSameAnalysis(incremental, fresh, `round ${round}, version ${version - 1}`);
          compared++;
        }
      }
    }
    assert.ok(compared >= 100, `only ${compared} versions compared`);
  });

  it('equals a full analysis at every keystroke typed into a treaty text of many short sequences', function () {
    this.timeout(60_000);
    // articles of numbered paragraphs, some with lettered sub-items: thousands of proposals in a long
    // text, in hundreds of sequences, which the document rules count per sequence
    const next = random(20261202);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const lines = treatyLines(next, 40);
    const WORDS = ['shall ', 'not ', 'Russia ', 'x', ' ', '\n', ', ', 'within 20 days', 'Sergey Lavrov '];
    const warm: Analyzer = createAnalyzer({ kb, today: () => TODAY });
    let text = lines.join('\n');
    const first = warm.analyze({ uri: 'memory://treaty.md', version: 1, getText: () => text });
    assert.ok(first.proposals.length > 100, `only ${first.proposals.length} proposals`);
    let version = 2;
    for (let burst = 0; burst < 12; burst++) {
      const proposal = first.proposals[Math.floor(next() * first.proposals.length)]!;
      let at = Math.min(text.length, proposal.start + Math.floor(next() * (proposal.end - proposal.start)));
      for (let k = 0; k < 8; k++) {
        if (next() < 0.2 && at > 0) text = text.slice(0, --at) + text.slice(at + 1);
        else {
          const word = pick(WORDS);
          text = text.slice(0, at) + word + text.slice(at);
          at += word.length;
        }
        const current = text;
        assertSameAnalysis(warm.analyze({ uri: 'memory://treaty.md', version: version++, getText: () => current }), full(current), `burst ${burst}, version ${version - 1}`);
      }
      // and an edit anywhere: a marker, a blank line, a fence, a moved stretch …
      text = edit(text, next);
      const current = text;
      assertSameAnalysis(warm.analyze({ uri: 'memory://treaty.md', version: version++, getText: () => current }), full(current), `edit after burst ${burst}`);
    }
  });

  it('equals a full analysis after new numbered items typed and taken away in a treaty text, most versions unread', function () {
    this.timeout(60_000);
    // each new item splices the proposals, the outline and the folds (see `features/spliceStructure.ts`);
    // unread, the splices pile up as layers over the lists, and the items after each are renumbered
    // when read, through every layer (see `features/splicedBase.ts`)
    const next = random(20261206);
    const warm: Analyzer = createAnalyzer({ kb, today: () => TODAY });
    let text = treatyLines(next, 60).join('\n');
    let version = 1;
    const analyze = () => {
      const current = text;
      return warm.analyze({ uri: 'memory://items.md', version: version++, getText: () => current });
    };
    const first = analyze();
    const typedItems: { start: number; length: number }[] = [];
    let compared = 0;
    for (let k = 0; k < 90; k++) {
      if (typedItems.length > 0 && next() < 0.25) {
        // an item typed earlier taken away whole, blank line included
        const [item] = typedItems.splice(Math.floor(next() * typedItems.length), 1);
        text = text.slice(0, item!.start) + text.slice(item!.start + item!.length);
        for (const other of typedItems) if (other.start > item!.start) other.start -= item!.length;
        analyze();
      } else {
        // a new item after a paragraph, a character at a time: the blank line, its number, its words
        const ends = [...text.matchAll(/[.;:]\n\n/g)].map((m) => m.index! + 1);
        let at = ends[Math.floor(next() * ends.length)]!;
        const start = at;
        const item = `\n\n${1 + Math.floor(next() * 5)}. The Commission shall notify NATO`;
        for (const key of item) {
          text = text.slice(0, at) + key + text.slice(at);
          at++;
          analyze();
        }
        for (const other of typedItems) if (other.start >= start) other.start += item.length;
        typedItems.push({ start, length: item.length });
      }
      if (next() < 0.15 || k === 89) {
        const incremental = analyze();
        const fresh = full(text);
        for (const p of fresh.proposals) assert.deepStrictEqual(hoverAt(kb, incremental, p.markerSpan.start + 1), hoverAt(kb, fresh, p.markerSpan.start + 1), `step ${k}, hover at ${p.markerSpan.start + 1}`);
        assertSameAnalysis(incremental, fresh, `step ${k}`);
        compared++;
      }
    }
    assert.ok(compared >= 8, `only ${compared} versions compared`);
    assert.ok(first.proposals.length > 150, `only ${first.proposals.length} proposals`);
  });

  it('makes again only the proposals between the headings around a keystroke that changes the sequences, as a full analysis would', function () {
    this.timeout(30_000);
    const text = joinLines(
      '# Part I',
      '',
      'Five proposals follow.',
      '',
      '## Article 1',
      '',
      '1. Each Party shall notify NATO.',
      '2. The Commission shall consult the OSCE, including:',
      '   (a) the forces in Georgia;',
      '   (b) the forces in Poland;',
      '',
      'The delegations should agree on the following',
      '',
      '## Article 2',
      '',
      // items that propose only where something introduces them
      '- a withdrawal of forces;',
      '- elections within a year.',
      '',
      'A closing paragraph on the talks in Vienna.',
      '',
      // ordinals that are no proposals, one skipped: proposal-numbering flags it
      'First, the talks stalled in May.',
      '',
      'Second, the envoys left Vienna.',
      '',
      'Fourth, the talks resumed.',
      '',
      '## Article 3',
      '',
      '1. NATO shall consult Poland.',
      '',
      '# Part II',
      '',
      'The parties met in Geneva.',
      '',
      '## Article 4',
      '',
      '1. The EU should fund the mission.',
    );
    const edits: TypedEdit[] = [
      // a new item inside a list, renumbering it
      { after: 'notify NATO.', type: '\n3. The EU shall pay.' },
      // a new numbered item after a section's last block, which moves the section's end and its part's
      { after: 'consult Poland.', type: '\n\n2. Russia shall leave.' },
      // the paragraph before a heading comes to introduce the list after it; the list grows; the paragraph stops introducing it
      { after: 'agree on the following', type: ':' },
      { after: 'elections within a year.', type: '\n- a ceasefire line.' },
      { after: 'agree on the following:', remove: ':' },
      // a sub-item removed, and a list item added after the last block of the document
      { after: '   (b) the forces in Poland;', remove: '\n   (b) the forces in Poland;' },
      { after: 'fund the mission.', type: '\n2. NATO should pay.' },
      // a paragraph that comes to open a list, and a new heading, which makes the structure again
      { after: 'talks in Vienna.', type: '\n\n- Poland should host it.' },
      { after: 'consult Poland.', type: '\n\n## Article 3a' },
      // words typed into headings: one after an introduction, one that comes to introduce its section's paragraphs, one that stops heading a part
      { after: '## Article 2', type: ' on withdrawal' },
      { after: '## Article 4', type: ': recommendations' },
      { after: 'Part II', remove: '# ' },
    ];
    let spliced = 0;
    let retitled = 0;
    const last = typeEdits(text, edits, (now, before, label) => {
      if (splicedAt(now, before)) spliced++;
      if (label.endsWith('after "## Article 2"') && movedFrom(now.outline.at(-1)!)) retitled++;
    });
    assert.ok(spliced >= 3, `the proposals were spliced at ${spliced} keystrokes`);
    assert.ok(retitled >= 10, `a section was renamed in the spliced structure at ${retitled} keystrokes`);
    assert.ok(last.findings.some((f) => f.code === 'proposal-numbering' && /"Fourth"/.test(f.message)), 'the skipped ordinal is not flagged');
  });

  it('equals a full analysis at every keystroke of list items, ordinals, headings and introductions typed anywhere', function () {
    this.timeout(60_000);
    // typed a character at a time, so that the sequences change at some keystrokes and not at others
    const TYPED = ['\n\n1. ', '\n2. NATO should pay.', '\n\n- Russia should leave.', '\n   (a) the forces;', 'Second, the EU should act. ', 'Fourth, ', '\n\n## Heading\n\n', 'the following:', 'We recommend:\n\n', '\n\n'];
    const compared = typeIntoPairs([...documentsOf(CORPUS), ...documentsOf(SAMPLES)], TYPED, 20261201, 8, 12, 0.25);
    assert.ok(compared >= 600, `only ${compared} keystrokes compared`);
  });

  it('equals a full analysis at every keystroke of snippets typed a character at a time into the drafts of both corpora', function () {
    this.timeout(60_000);
    // a character at a time, so that the edit passes through every half-typed state: a character
    // typed right after a marker ("Third:" to "Third,:") once stretched the marker in the
    // incremental analysis, which whole snippets inserted at once never showed
    const documents = [...documentsOf(CORPUS), ...documentsOf(ENTITY_DRAFTS), ...documentsOf(SAMPLES)];
    const typed = [...SNIPPETS, ',', '.', ':\n\n- a;\n- b.\n\n', '\n\nThird, NATO should pay.', 'President Biden said', 'in 2019'];
    const compared = typeIntoPairs(documents, typed, 20261202, 6, 8, 0);
    assert.ok(compared >= 300, `only ${compared} keystrokes compared`);
  });

  it('makes again only the proposals between the fresh starts of lists around a keystroke, in a text without headings', function () {
    this.timeout(30_000);
    const article = (n: number, items: string[]) => [`Article ${n} sets out what the parties owe each other.`, '', ...items.map((item, i) => `${i + 1}. ${item}`), ''];
    const text = joinLines(
      // a run of ordinals that are no proposals, across the lists: proposal-numbering flags "Fourth"
      'First, the talks stalled in May.',
      '',
      ...article(1, ['Each Party shall notify NATO.', 'The Commission shall consult the OSCE, including:']),
      '   (a) the forces in Georgia;',
      '   (b) the forces in Poland;',
      '',
      'Second, the envoys left Vienna.',
      '',
      ...article(2, ['Russia shall withdraw its forces.', 'Ukraine shall hold elections.']),
      'Fourth, the talks resumed.',
      '',
      'The delegations agree on the following:',
      '',
      // items that propose only where something introduces them
      '1. a withdrawal of forces;',
      '2. elections within a year.',
      '',
      ...article(3, ['NATO shall consult Poland.', 'The EU shall fund the mission.']),
      ...article(4, ['Each Party shall report yearly.', 'The Depositary shall circulate the reports.']),
      // a section that introduces nothing, then a list that proposes only where something introduces it
      '## Background',
      '',
      'The talks went on through the winter.',
      '',
      'The envoys met twice in Oslo.',
      '',
      '1. a withdrawal of forces;',
      '2. a ceasefire line.',
      '',
      // a section whose heading says who must act in the list past a fresh start
      '## What NATO should do',
      '',
      'The talks went on through the spring.',
      '',
      'The envoys met twice in Bergen.',
      '',
      '1. a pull-back of artillery;',
      '2. a hotline.',
      '',
      // a section whose paragraphs are its proposals, one of them far enough from the first to start afresh
      '## Recommendations',
      '',
      'The parties should meet again in Geneva.',
      '',
      ...Array.from({ length: 7 }, (_, i) => [`The talks of round ${i + 1} went on late.`, '']).flat(),
      'The envoys should report by June.',
    );
    const edits: TypedEdit[] = [
      // a new item in a list, and a sub-item removed
      { after: 'notify NATO.', type: '\n3. The EU shall pay.' },
      { after: '   (b) the forces in Poland;', remove: '\n   (b) the forces in Poland;' },
      // the introduction loses its colon and gets it back; the list it introduces grows
      { after: 'agree on the following:', remove: ':' },
      { after: 'agree on the following', type: ':' },
      { after: 'elections within a year.', type: '\n3. a ceasefire line.' },
      // a new list after an article's last item, and one in the section whose paragraphs are its proposals
      { after: 'circulate the reports.', type: '\n\n1. NATO shall pay.' },
      // a list typed after the second one, which makes neither a proposal (the section now marks its proposals)
      { after: 'report by June.', type: '\n\n- Poland should host it.' },
      // headings typed into: one comes to introduce the list of its section, past a fresh start; one
      // comes to name another who must act there
      { after: '## Background', type: ' and recommendations' },
      { after: '## What NATO', type: ' and the EU' },
      // the skipped ordinal is filled in, far from the run's start
      { after: 'Second, the envoys left Vienna.', type: '\n\nThird, they met in Rome.' },
    ];
    assert.ok(full(text).findings.some((f) => f.code === 'proposal-numbering' && /"Fourth"/.test(f.message)), 'the skipped ordinal is not flagged');
    let spliced = 0;
    const last = typeEdits(text, edits, (now, before) => {
      if (splicedAt(now, before)) spliced++;
    });
    assert.ok(spliced >= 3, `the proposals were spliced at ${spliced} keystrokes`);
    assert.ok(!last.findings.some((f) => f.code === 'proposal-numbering' && /"Fourth"/.test(f.message)), 'the filled-in ordinal is still flagged');
  });

  it('finds the skips among ordinals again only as far as a run of them may reach from a keystroke that makes a new item', () => {
    const filler = Array.from({ length: 8 }, (_, i) => [`The talks of round ${i + 1} went on late.`, '']).flat();
    const text = joinLines(
      // a run of ordinals that skips "Third", then more blocks without an ordinal than a run may span
      'First, the talks stalled in May.',
      '',
      'Second, the envoys left Vienna.',
      '',
      'Fourth, the talks resumed.',
      '',
      ...filler,
      'We propose two steps:',
      '',
      '1. NATO shall consult Poland.',
      '2. The EU shall fund the mission.',
      '',
      ...filler,
      // a second run, which starts after the list
      'First, the envoys met in Oslo.',
      '',
      'Third, they met in Bergen.',
      '',
      ...filler,
      // proposals after it all, which the keystrokes move
      'We also propose:',
      '',
      '1. Poland shall host the talks.',
    );
    const skips = (analysis: Analysis) => analysis.findings.filter((f) => f.code === 'proposal-numbering' && f.message.startsWith('Numbering skips'));
    const steps: string[] = [];
    let spliced = 0;
    typeEdits(text, [{ after: 'fund the mission.', type: '\n3. Kyiv' }], (now, before, label) => {
      if (splicedAt(now, before)) spliced++;
      const [far, after] = skips(now);
      steps.push(`${label}: ${skips(now).length}, ${before.findings.includes(far!) ? 'kept' : 'found'}, ${before.findings.includes(after!) ? 'kept' : 'moved'}`);
    });
    assert.ok(spliced >= 1, 'no keystroke made the proposals again');
    // the first run's skip lies before the edit and out of its reach, the second one's after it, moved
    for (const step of steps) assert.match(step, /: 2, kept, moved$/);
    // a run that spans the list: its skip, after the list, is found again from the run's start
    const spanning = joinLines(
      'First, the talks stalled in May.',
      '',
      'The envoys waited in Vienna.',
      '',
      'We propose two steps:',
      '',
      '1. NATO shall consult Poland.',
      '2. The EU shall fund the mission.',
      '',
      'Third, the talks resumed.',
      '',
      ...filler,
      'We also propose:',
      '',
      '1. Poland shall host the talks.',
    );
    spliced = 0;
    const last = typeEdits(spanning, [{ after: 'fund the mission.', type: '\n3. Kyiv' }], (now, before) => {
      if (splicedAt(now, before)) spliced++;
    });
    assert.ok(spliced >= 1, 'no keystroke made the proposals again');
    assert.deepStrictEqual(skips(last).map((f) => f.message), ['Numbering skips: "Third" follows "First"; "Second" is missing.']);
  });

  it('drops the proposals of text a deletion took, wherever the deletion leaves them', () => {
    // cutting from an introduction into the list item after it, just before a heading: the old item's
    // proposal began inside the cut, past where the shortened window now ends
    const before = joinLines(
      '## Article 1',
      '',
      'The talks went on.',
      '',
      'The United States should offer:',
      '',
      '- limits.',
      '',
      '## Article 2',
      '',
      'Russia should withdraw its forces.',
    );
    const after = before.replace('ited States should offer:\n\n- ', '');
    const warm: Analyzer = createAnalyzer({ kb, today: () => TODAY });
    const first = warm.analyze({ uri: 'memory://cut.md', version: 1, getText: () => before });
    assert.strictEqual(first.proposals.length, 1);
    const incremental = warm.analyze({ uri: 'memory://cut.md', version: 2, getText: () => after });
    assertSameAnalysis(incremental, full(after));
    assert.ok(movedFrom(incremental.outline.at(-1)!), 'the structure was made again, not spliced');
  });

  it("reads a list again with its section's heading as introduction after blocks came and went between them", () => {
    // the heading introduces both lists; a paragraph split between them is made again without the
    // second list, three blocks on, whose count of blocks back to the heading then no longer held:
    // typing in its first item read the first list's item as its introduction
    const text = joinLines(
      '## Recommendations',
      '',
      '- NATO should fund the mission.',
      '- The EU should reopen talks.',
      '',
      'Talks resume in June.',
      '',
      'The summit follows.',
      '',
      'Markets wait.',
      '',
      '1. Ratify the treaty.',
      '2. Lift the sanctions.',
    );
    const last = typeEdits(
      text,
      [
        { after: 'Talks resume', type: '\n\n' },
        { after: '1. Ratify', type: ' now' },
        { after: 'Talks resume\n\n', remove: '\n\n' },
        { after: '2. Lift', type: ' all' },
      ],
      () => {},
    );
    assert.deepStrictEqual(
      last.proposals.map((p) => [p.title, p.parties.actor]),
      [
        ['Fund the mission', ['nato']],
        ['Reopen talks', ['eu']],
        ['Ratify now the treaty', []],
        ['Lift all the sanctions', []],
      ],
    );
  });

  it('names a section anew at each keystroke in its heading and moves its proposals, until the heading introduces them or changes level', () => {
    // a heading that only names its section: its keystrokes had made the section's proposals again
    const text = joinLines(
      '# Ending the war',
      '',
      '## Background',
      '',
      'We recommend the following:',
      '',
      '1. NATO should fund the mission.',
      '2. The EU should reopen talks with Moscow.',
      '',
      '### Outlook',
      '',
      'Talks may resume in Geneva.',
    );
    const edits: TypedEdit[] = [
      { after: '## Background', type: ' and context' },
      { after: '### Outlook', type: ' for 2027' },
      { after: '## Background and context', remove: ' and context' },
      // "next steps" makes the heading introduce proposals, and a fourth "#" makes it another level
      { after: '## Background', type: ' and next steps' },
      { after: '#', type: '##' },
    ];
    // a proposal moved by the edit, not made again, is a moved one: no plain object
    const movedProposals = (now: Analysis) => now.proposals.every((p) => Object.getPrototypeOf(p) !== Object.prototype);
    const renamedAndMoved: string[] = [];
    const madeAgain: string[] = [];
    const last = typeEdits(text, edits, (now, _before, label) => (movedProposals(now) ? renamedAndMoved : madeAgain).push(label));
    // " and next step" only names the section; its last "s" makes the heading introduce proposals
    assert.strictEqual(renamedAndMoved.length, ' and context'.length + ' for 2027'.length + ' and context'.length + ' and next step'.length);
    assert.ok(madeAgain.every((label) => label.endsWith('after "## Background"') || label.endsWith('after "#"')), madeAgain.join('; '));
    assert.deepStrictEqual(
      last.outline.map((node) => [node.name, node.children.map((child) => child.name)]),
      [['Ending the war', []], ['Background and next steps', ['1. Fund the mission', '2. Reopen talks with Moscow', 'Outlook for 2027']]],
    );
    // headings whose words the proposals read: one that says who must act in the list under it, and
    // numbered headings, each a proposal; every keystroke in them makes the proposals again
    const readHeadings = joinLines('## What NATO should do', '', '- Fund the mission.', '- Reopen talks.', '', '### 1. Restore inspections', '', '### 2. Reopen the embassies');
    const readEdits: TypedEdit[] = [
      { after: 'What NATO should do', remove: ' do' },
      { after: '1. Restore', type: ' nuclear' },
      { after: '2. Reopen the', type: ' closed' },
    ];
    let read = 0;
    typeEdits(readHeadings, readEdits, (now, _before, label) => {
      // (once "do" is gone, the heading no longer says who must act, and only names its section)
      if (label.startsWith('2 removed') || label.startsWith('3 removed')) return;
      assert.ok(!movedProposals(now), `${label}: the proposals were moved`);
      read++;
    });
    assert.strictEqual(read, 1 + ' nuclear'.length + ' closed'.length);
  });

  it('reads again only the proposals of a list item that ends with a colon over its sub-items, and those of an introduction with what it introduces', () => {
    // one list and no heading: until the nineteenth round each keystroke in "fund the mission:" made
    // every proposal of the list again
    const list = joinLines(
      '- NATO should fund the mission:',
      '  - in Poland',
      '  - in Georgia',
      '- The EU should lift the sanctions:',
      '  - on Belarus',
      '- Kyiv should hold elections.',
      '',
      'We recommend that we:',
      '',
      '1. Fund the OSCE monitoring mission.',
      '2. Reopen the embassies.',
    );
    const edits: TypedEdit[] = [
      { after: 'fund the mission', type: ' in Latvia' },
      { after: 'lift the', type: ' remaining' },
      { after: 'in Poland', type: ' and Romania' },
      // words the numbered proposals read to find who must act: they are read again too
      { after: 'We recommend that', type: ' the allies and' },
      { after: 'We recommend that the allies and we', remove: ' the allies and we' },
    ];
    let movedAfterItem = 0;
    const last = typeEdits(list, edits, (now, _before, label) => {
      // the list's later proposals were moved, not made again: their outline nodes moved whole
      if (label.endsWith('after "fund the mission"') || label.endsWith('after "lift the"')) {
        assert.ok(movedFrom(now.outline.find((n) => n.name.endsWith('Hold elections'))!), `${label}: the list's proposals were made again`);
        movedAfterItem++;
      }
    });
    assert.strictEqual(movedAfterItem, ' in Latvia'.length + ' remaining'.length);
    assert.deepStrictEqual(
      last.proposals.map((p) => p.title),
      ['Fund the mission in Latvia', 'In Poland and Romania', 'In Georgia', 'Lift the remaining sanctions', 'On Belarus', 'Hold elections', 'Fund the OSCE monitoring mission', 'Reopen the embassies'],
    );
  });

  it('reads a proposal again at each keystroke typed into it, as a full analysis does', () => {
    const text = joinLines(
      '# Ending the war',
      '',
      'We recommend the following:',
      '',
      '1. The United States should reopen talks with Moscow.',
      '2. NATO should fund the mission',
      '   - in Poland',
      '',
      'First, the EU should lift the sanctions. Second, Kyiv should hold elections.',
      '',
      '## Recommendations',
      '',
      'Fund the OSCE monitoring mission.',
      '',
      'Reopen the embassies.',
      '',
      '## Background',
      '',
      'The record is mixed.',
      '',
      'First, Berlin should act. Second, Paris should act',
      '',
      '- in Europe',
      '- in Africa',
      '',
      'The talks covered three points.',
      '',
      '- Kyiv should get guarantees.',
      '- The ceasefire held in May.',
      '- Moscow reviewed the terms.',
      '',
      'The envoys agreed on the following:',
      '',
      'i. Berlin should host the talks.',
      'ii. Warsaw should chair them.',
    );
    // names, words that make an item recommend or stop, a colon that hangs the next list from an item
    const typed: [string, string][] = [
      ['with Moscow', ' and Sergey Lavrov'],
      ['reopen talks', ' with China'],
      ['fund the mission', ':'],
      ['lift the sanctions', ' on Minsk'],
      ['hold elections', ' under OSCE eyes'],
      ['monitoring mission', ' in Donbas'],
      ['The United States should', ' not'],
      ['Reopen the embassies', ' in Tehran'],
      // a colon hangs the list after it from "Second"; "should" makes a plain list recommend
      ['Paris should act', ':'],
      ['The ceasefire', ' should hold'],
      // a letter read as a roman numeral
      ['Warsaw should chair', ' and close'],
      // a proposal with a sub-item, and the sub-item
      ['NATO should fund', ' and staff'],
      ['in Poland', ' and Romania'],
    ];
    typeEachAfter(text, typed);
  });

  it('drops and keeps the findings under "Conclusions and recommendations" as a full analysis does, at every keystroke', () => {
    const text = joinLines(
      '## Conclusions and recommendations',
      '',
      "1. The Government's engagement has been sporadic.",
      '',
      '2. The Foreign Office should publish a strategy.',
      '',
      '3. The Ministry of Defence should plan for Duqm.',
    );
    // a finding that stops stating one ("haxs"), one that comes to recommend, and a recommendation that stops
    typeEachAfter(text, [
      ['engagement ha', 'x'],
      ['engagement', ' should grow; it'],
      ['Ministry of Defence s', 'x'],
      ['2. The Foreign Office ', 'is slow and '],
    ]);
  });

  it('reads the marker of a proposal read again where the block puts it, not where the edit moved it', () => {
    // a character typed right after "Third" moved the old marker's end with it ("Third,:" read as a
    // six-character marker), where a full analysis reads "Third"
    const text = joinLines('We recommend the following:', '', 'First, the EU should act.', '', 'Third:', '', '- limits on exercises;', '- notice of flights.', '', 'Fourth: NATO should pay.');
    typeEachAfter(text, [['Third', ','], ['Fourth', ','], ['NATO', ' and the EU']]);
  });

  it('runs the proposal rules again for the lists an edit reaches, and keeps the findings of the others', () => {
    const filler = 'The envoys met again in Vienna and talked late into the night. '.repeat(12);
    const text = joinLines(
      'We make three proposals.',
      '',
      '1. NATO should fund the mission.',
      '2. The EU should reopen talks.',
      '',
      filler,
      '',
      '```',
      'the old plan',
      '```',
      '',
      filler,
      '',
      '10. Russia should withdraw.',
      '11. Ukraine should hold elections.',
      '',
      filler,
      '',
      'We propose four steps:',
      '',
      '- Cut the tariffs.',
      '- Open the border.',
    );
    const codes = (analysis: Analysis) => analysis.findings.filter((f) => f.code.startsWith('proposal-')).map((f) => `${f.code}: ${f.message}`);
    const warm: Analyzer = createAnalyzer({ kb, today: () => TODAY });
    let version = 1;
    const first = warm.analyze({ uri: 'memory://rules.md', version: version++, getText: () => text });
    const versions: [string, (t: string) => string][] = [
      // the number announced before the first list, in a paragraph that makes no proposal
      ['three → five', (t) => t.replace('three proposals', 'five proposals')],
      // a line "9." typed into the code more than 600 characters before the list that starts at 10, which then goes on with its numbering
      ['9. typed', (t) => t.replace('the old plan', '9. the old plan')],
      // an edit between the lists, more than 600 characters from the last one's announcement
      ['far edit', (t) => t.replace('Vienna', 'Geneva, Vienna')],
    ];
    let current = text;
    let previous = first;
    for (const [label, change] of versions) {
      current = change(current);
      const now = current;
      const incremental = warm.analyze({ uri: 'memory://rules.md', version: version++, getText: () => now });
      assertSameAnalysis(incremental, full(now), label);
      if (label === 'far edit') {
        // the first list's findings, before the edit, are the very objects of the last version
        const kept = incremental.findings.filter((f) => f.code === 'proposal-count' && f.start < 100);
        assert.strictEqual(kept.length, 1);
        assert.ok(previous.findings.includes(kept[0]!), 'the first list was counted again');
      }
      previous = incremental;
    }
    assert.deepStrictEqual(codes(first), [
      'proposal-count: The text announces three proposals, but 2 follow.',
      'proposal-numbering: This sequence of proposals starts at 10 ("10."), not 1.',
      'proposal-count: The text announces four steps, but 2 follow.',
      'proposal-actor: None of proposals 1–2 says who must act, and nothing before them says whom they address.',
    ]);
    assert.deepStrictEqual(codes(previous), [
      'proposal-count: The text announces five proposals, but 2 follow.',
      'proposal-count: The text announces four steps, but 2 follow.',
      'proposal-actor: None of proposals 1–2 says who must act, and nothing before them says whom they address.',
    ]);
  });

  it("moves the stretch each list's rules read with the list, so that a keystroke later inside it runs them again", () => {
    // a preface longer than the rules read back from the list (`ANNOUNCEMENT_REACH`)
    const preface = 'The envoys met again in Vienna and talked late into the night. '.repeat(12);
    const text = joinLines(`A preface. ${preface}`, '', 'We propose:', '', '1. NATO should fund the mission.', '2. The EU should reopen talks.');
    // the list moved 36 characters on from far before it, then its last item's actor taken away
    // within 36 characters of its end, the item still recommending (read again, not made again)
    const last = typeEdits(text, [{ after: 'A', type: ' short and, we hope, uncontroversial' }, { after: '2. The EU', remove: 'EU' }], () => {});
    assert.deepStrictEqual(
      last.findings.filter((f) => f.code === 'proposal-actor').map((f) => f.message),
      ['Proposal 2 ("Reopen talks") does not say who must act.'],
    );
  });

  it('reads again whom an edited introduction addresses, though it names no entry', () => {
    const warm = createAnalyzer({ kb, today: () => TODAY });
    const list = '\n\n- back the request;\n- agree a common line.';
    const actors = ['We recommend that we:', 'Recommendations for the delegation:'].map((intro, i) => {
      const text = intro + list;
      const analysis = warm.analyze({ uri: 'memory://intro.md', version: i + 1, getText: () => text });
      assertSameAnalysis(analysis, full(text), `version ${i + 1}`);
      return analysis.proposals.map((p) => p.parties.actorText);
    });
    assert.deepStrictEqual(actors, [['we', 'we'], ['the delegation', 'the delegation']]);
  });

  it('reads an item that only introduces the items under it again as it turns into a proposal and back', () => {
    const memo = joinLines(
      'RECOMMENDATION',
      '',
      '6. The Embassy should brief the press.',
      '7. That you:',
      '   1. agree option (c);',
      '   2. agree to call the Foreign Secretary.',
      '',
      '## Recommendations',
      '',
      '9. We recommend that the Government:',
      '1. join the agreement at the first opportunity;',
      '2. support the conversion of the Register of Damage.',
    );
    typeEachAfter(memo, [
      ['7. That you', ' agree'],
      ['9. We recommend that the Government', ' act'],
      ['7. That', ' the Board'],
      ['the Foreign Secretary.', '\n8. That we should act.'],
    ]);
    assert.deepStrictEqual(full(memo).proposals.map((p) => `${p.ordinal}. ${p.title}`), ['6. Brief the press', '1. Agree option (c)', '2. Agree to call the Foreign Secretary', '1. Join the agreement at the first opportunity', '2. Support the conversion of the Register of Damage']);
  });

  it('reads a list again when the paragraph before it starts or stops announcing tests rather than proposals', () => {
    const text = joinLines('## Recommendations', '', 'Three tests lie ahead:', '', '1. **Bougainville.** The agreement promised a referendum.', '2. **New Caledonia.** The accord promised three referendums.', '', 'Some words follow.');
    typeEachAfter(text, [
      ['Three tests', ' and steps'],
      ['Three', ' more'],
      ['lie ahead', ' for us'],
    ]);
    typeEachAfter(text.replace('Three tests lie ahead:', 'Three things lie ahead:'), [['Three t', 'ests and t']]);
  });

  it('reads a list again when the paragraph before it starts or stops saying what a resolution does', () => {
    const text = joinLines('The resolution adopted today does two things.', '', '1. It requests the Director General to report every 90 days.', '2. It calls upon Iran to provide access to Fordow.', '', 'Some words follow.');
    typeEachAfter(text, [
      ['The resolution', ' should'],
      ['adopted today', ' falls short. It'],
    ]);
    typeEachAfter(text.replace('does two things', 'falls short'), [['falls short', '. It does two things']]);
  });

  it('reads a bare surname again when an edit elsewhere names its bearer in full, or stops naming them', () => {
    const warm = createAnalyzer({ kb, today: () => TODAY });
    const versions = [
      'Taipei held drills.\n\nLai spoke later.',
      'President Lai Ching-te held drills.\n\nLai spoke later.',
      'Taipei held drills.\n\nLai spoke later.',
    ];
    const bare = versions.map((text, i) => {
      const analysis = warm.analyze({ uri: 'memory://bare.md', version: i + 1, getText: () => text });
      assertSameAnalysis(analysis, full(text), `version ${i + 1}`);
      return analysis.mentions.filter((m) => m.text === 'Lai').map((m) => m.id);
    });
    assert.deepStrictEqual(bare, [[], ['lai-ching-te'], []]);
  });

  it('reads an organization\'s one-word name again when an edit elsewhere names in full a person of that surname, or names the organization otherwise', () => {
    const warm = createAnalyzer({ kb, today: () => TODAY });
    const versions = [
      'Kinshasa held talks.\n\nWagner said no.',
      'Foreign Minister Thérèse Kayikwamba Wagner held talks.\n\nWagner said no.',
      'Foreign Minister Thérèse Kayikwamba Wagner held talks with the Wagner Group.\n\nWagner said no.',
      'Kinshasa held talks.\n\nWagner said no.',
    ];
    const read = versions.map((text, i) => {
      const analysis = warm.analyze({ uri: 'memory://wagner.md', version: i + 1, getText: () => text });
      assertSameAnalysis(analysis, full(text), `version ${i + 1}`);
      return analysis.mentions.filter((m) => m.text === 'Wagner').map((m) => m.id);
    });
    assert.deepStrictEqual(read, [['wagner-group'], ['therese-kayikwamba-wagner'], ['wagner-group'], ['wagner-group']]);
  });

  it('reports a name written a second way in an edited paragraph, and forgets it when the edit is undone', () => {
    const warm = createAnalyzer({ kb, today: () => TODAY });
    const versions = [
      'Sergey Lavrov spoke first.\n\nMoscow replied.\n\nA third paragraph.',
      'Sergey Lavrov spoke first.\n\nMoscow replied through Sergei Lavrov.\n\nA third paragraph.',
      'Sergey Lavrov spoke first.\n\nMoscow replied.\n\nA third paragraph.',
    ];
    const naming = versions.map((text, i) => {
      const analysis = warm.analyze({ uri: 'memory://naming.md', version: i + 1, getText: () => text });
      assertSameAnalysis(analysis, full(text), `version ${i + 1}`);
      return analysis.findings.filter((f) => f.code === 'inconsistent-naming').length;
    });
    assert.deepStrictEqual(naming, [0, 1, 0]);
  });

  it('keeps the inconsistent-naming findings through keystrokes that touch no name written two ways, and finds them again at those that do', () => {
    const text = joinLines('Kyiv asked for air defence.', '', 'The talks in Kiev went on.', '', 'The envoys talked late into the night.', '', 'Kyiv said no.');
    const naming = (analysis: Analysis) => analysis.findings.filter((f) => f.code === 'inconsistent-naming');
    const steps: string[] = [];
    const last = typeEdits(
      text,
      [
        // after the finding on "Kiev", in a paragraph that names nobody
        { after: 'late into the', type: ' cold' },
        // "Kiev" written a second time
        { after: 'late into the cold', type: ' Kiev' },
        // the first "Kiev" taken away, a character at a time
        { after: 'The talks in Kiev', remove: 'Kiev' },
      ],
      (now, before, label) => {
        // kept: every finding is the very object of the last version, not found again
        const kept = naming(now).every((f) => before.findings.includes(f));
        steps.push(`${label}: ${naming(now).length}${kept ? ' kept' : ''}`);
      },
    );
    assert.deepStrictEqual(steps, [
      '" " after "late into the": 1 kept',
      '" c" after "late into the": 1 kept',
      '" co" after "late into the": 1 kept',
      '" col" after "late into the": 1 kept',
      '" cold" after "late into the": 1 kept',
      '" " after "late into the cold": 1 kept',
      '" K" after "late into the cold": 1 kept',
      '" Ki" after "late into the cold": 1 kept',
      '" Kie" after "late into the cold": 1 kept',
      '" Kiev" after "late into the cold": 2',
      '1 removed before the end of "The talks in Kiev": 1',
      '2 removed before the end of "The talks in Kiev": 1',
      '3 removed before the end of "The talks in Kiev": 1',
      '4 removed before the end of "The talks in Kiev": 1',
    ]);
    assert.deepStrictEqual(
      naming(last).map((f) => last.mentions.find((m) => m.start === f.start)?.text),
      ['Kiev'],
    );
  });

  it('moves the inconsistent-naming findings through keystrokes in a paragraph that names a name written two ways, away from its names, and reads them again when its names change', () => {
    const text = joinLines('Kyiv asked for air defence.', '', 'The talks in Kiev went on.', '', 'Kyiv said no.');
    const naming = (analysis: Analysis) => analysis.findings.filter((f) => f.code === 'inconsistent-naming');
    const steps: string[] = [];
    typeEdits(
      text,
      [
        // after "Kiev", in its own paragraph: the finding stands before the edit, the very object of the last version
        { after: 'went on.', type: ' Late.' },
        // before "Kiev" in that paragraph: the finding moves with the text
        { after: 'The talks', type: ' then' },
        // "Kiev" itself edited, then a new "Kiev" in the last paragraph: read again
        { after: 'in Kiev', remove: 'v' },
        { after: 'Kyiv said', type: ' Kiev' },
      ],
      (now, before, label) => {
        const kept = naming(now).length > 0 && naming(now).every((f) => before.findings.includes(f));
        steps.push(`${label}: ${naming(now).length}${kept ? ' kept' : ''}`);
      },
    );
    assert.deepStrictEqual(steps, [
      '" " after "went on.": 1 kept',
      '" L" after "went on.": 1 kept',
      '" La" after "went on.": 1 kept',
      '" Lat" after "went on.": 1 kept',
      '" Late" after "went on.": 1 kept',
      '" Late." after "went on.": 1 kept',
      '" " after "The talks": 1',
      '" t" after "The talks": 1',
      '" th" after "The talks": 1',
      '" the" after "The talks": 1',
      '" then" after "The talks": 1',
      '1 removed before the end of "in Kiev": 0',
      '" " after "Kyiv said": 0',
      '" K" after "Kyiv said": 0',
      '" Ki" after "Kyiv said": 0',
      '" Kie" after "Kyiv said": 0',
      '" Kiev" after "Kyiv said": 1',
    ]);
  });

  it('reads a proposal typed into again with the heading that introduces its sequence, not with a heading of the sequence after it (found by a long random session)', () => {
    const { kb } = loadKnowledgeBase(builtinKbFiles);
    // "Recommendation 2:" over a "-" line is a heading, and proposal 2; the sequence's introduction is the first heading
    const before = "# Recommendations to sponsors\nRecommendation 1.\n\nRecommendation 2:\n-\n'\n\nRecommendation 3: m";
    const text = before.replace('3: m', '3: and Kiev m');
    const warm = createAnalyzer({ kb, today: () => TODAY });
    warm.analyze({ uri: 'memory://intro.md', version: 1, getText: () => before });
    const incremental = warm.analyze({ uri: 'memory://intro.md', version: 2, getText: () => text });
    const fresh = createAnalyzer({ kb, today: () => TODAY }).analyze({ uri: 'memory://intro.md', version: 1, getText: () => text });
    assertSameAnalysis(incremental, fresh);
    assert.deepStrictEqual(incremental.proposals.map((p) => p.parties.actorText), ['sponsors', 'sponsors', 'sponsors']);
  });

  it('keeps a moved finding where it ends when a space, a comma or a line break is typed right after it (found by a long random session)', () => {
    const { kb } = loadKnowledgeBase(builtinKbFiles);
    for (const [before, after] of [['Kyiv asked. Kiev', ''], ['Kyiv asked. Kiev', ' said no.']]) {
      for (const typed of ['\n', ' ', ',', '\n\n### Article 9\n\n']) {
        const warm = createAnalyzer({ kb, today: () => TODAY });
        warm.analyze({ uri: 'memory://end.md', version: 1, getText: () => before + after });
        const text = before + typed + after;
        const incremental = warm.analyze({ uri: 'memory://end.md', version: 2, getText: () => text });
        const fresh = createAnalyzer({ kb, today: () => TODAY }).analyze({ uri: 'memory://end.md', version: 1, getText: () => text });
        assertSameAnalysis(incremental, fresh, JSON.stringify(text));
        assert.deepStrictEqual(incremental.findings.map((f) => [f.code, text.slice(f.start, f.end)]), [['inconsistent-naming', 'Kiev']], JSON.stringify(text));
      }
    }
  });

  it("keeps a block's findings while the block stays where it was, and places them again when an edit moves it", () => {
    // (a block at offset 0 has its findings placed as they are: the first paragraph names nobody)
    const text = joinLines('The talks opened.', '', 'Talks with Lavorv went on.', '', 'The envoys met again.', '', 'Antony Blinnken replied.');
    const slips = (analysis: Analysis) => analysis.findings.filter((f) => f.code === 'misspelled-name');
    const steps: string[] = [];
    typeEdits(text, [{ after: 'met', type: ' late' }], (now, before, label) => {
      // the finding before the edit is the very object of the last version; the one after it moved
      const [first, second] = slips(now);
      steps.push(`${label}: ${before.findings.includes(first!) ? 'kept' : 'placed'}, ${before.findings.includes(second!) ? 'kept' : 'placed'}`);
    });
    assert.deepStrictEqual(steps, ['" " after "met": kept, placed', '" l" after "met": kept, placed', '" la" after "met": kept, placed', '" lat" after "met": kept, placed', '" late" after "met": kept, placed']);
  });

  it('analyses in full, and alike, a document edited after the analyzer has forgotten its last version', () => {
    const warm = createAnalyzer({ kb, today: () => TODAY });
    const first = 'Sergey Lavrov spoke first.\n\nMoscow replied.';
    warm.analyze({ uri: 'memory://old.md', version: 1, getText: () => first });
    // more documents than the analyzer remembers, each analysed after it
    for (let i = 0; i < 40; i++) warm.analyze({ uri: `memory://other-${i}.md`, version: 1, getText: () => `Kyiv and NATO, ${i}.` });
    const edited = first.replace('Moscow replied.', 'Moscow replied through Sergei Lavrov.');
    const analysis = warm.analyze({ uri: 'memory://old.md', version: 2, getText: () => edited });
    assertSameAnalysis(analysis, full(edited));
    assert.strictEqual(analysis.findings.filter((f) => f.code === 'inconsistent-naming').length, 1);
  });

  it('does not keep earlier versions of the text alive through what it memoizes', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const paragraph = 'Sergey Lavrov met Antony Blinken in Geneva to discuss New START and the INF Treaty.';
    let text = Array.from({ length: 6000 }, (_, i) => `${paragraph} Paragraph ${i}.`).join('\n\n');
    const warm = createAnalyzer({ kb, today: () => TODAY });
    warm.analyze({ uri: 'memory://long.md', version: 1, getText: () => text });
    gc();
    const before = process.memoryUsage().heapUsed;
    const at = text.length >> 1;
    for (let i = 0; i < 40; i++) {
      // a new name in the edited paragraph each time, so every keystroke scans it afresh
      text = text.slice(0, at) + ` Kyiv${i} ` + text.slice(at);
      warm.analyze({ uri: 'memory://long.md', version: i + 2, getText: () => text });
    }
    gc();
    const grown = (process.memoryUsage().heapUsed - before) / 2 ** 20;
    // each version is half a megabyte: keeping them would add about 20 MB
    assert.ok(grown < 8, `the heap grew by ${grown.toFixed(1)} MB over 40 edits`);
  });

  it('keeps the naming tally exact as blocks come and go', () => {
    const block = (text: string) => ({ mentions: full(text).mentions });
    const [sergey, sergei, moscow] = [block('Sergey Lavrov'), block('Sergei Lavrov'), block('Moscow')];
    // the tally updates only when told the very block list it counted last
    const [first, second, third] = [[sergey, moscow], [sergey, sergei], [sergey, moscow]].map((blocks) => ChunkedList.of(blocks));
    let tally = NamingTally.of(first, undefined, undefined, undefined, kb);
    assert.strictEqual(tally.mixed.size, 0);
    const updated = NamingTally.of(second, tally, first, { added: [sergei], removed: [moscow] }, kb);
    assert.strictEqual(updated, tally);
    assert.strictEqual(tally.mixed.size, 1);
    tally = NamingTally.of(third, tally, second, { added: [moscow], removed: [sergei] }, kb);
    assert.strictEqual(tally, updated);
    assert.strictEqual(tally.mixed.size, 0);
  });
});

describe('the naming tally', () => {
  const { kb } = loadKnowledgeBase(builtinKbFiles);
  const full = (text: string): Analysis => createAnalyzer({ kb, today: () => TODAY }).analyze({ uri: 'memory://full.md', version: 1, getText: () => text });

  it('counts a written form the same whether its mentions share one string or each hold a copy', () => {
    const [sergey] = full('Sergey Lavrov').mentions;
    const [sergei] = full('Sergei Lavrov').mentions;
    /** The mention as a plain record, its text a string of its own (a count remembers keys by the very string). */
    const copied = (m: Mention): Mention => ({ start: m.start, end: m.end, id: m.id, kind: m.kind, category: m.category, form: m.form, name: m.name, text: (' ' + m.text).slice(1), placeId: m.placeId });
    const tallied = (...blocks: Mention[][]) => NamingTally.of(ChunkedList.of(blocks.map((mentions) => ({ mentions }))), undefined, undefined, undefined, kb).mixed.size;
    assert.strictEqual(tallied([sergey!], [sergey!], [copied(sergey!)]), 0);
    assert.strictEqual(tallied([sergey!], [copied(sergei!)], [sergey!]), 1);
    assert.strictEqual(tallied([copied(sergei!)], [sergey!, copied(sergey!)], [sergei!]), 1);
  });
});

describe('re-splitting an edited text', () => {
  const before = Array.from({ length: 6 }, (_, i) => `Paragraph ${i} names Moscow.`).join('\n\n');
  /** For each block of the edited text, the old block it repeats (its scan and results are kept), or -1. */
  const origins = (text: string, old = before) => [...resplit(DocumentText.ofString(old), splitBlocks(old), DocumentText.ofString(text))!.origins];

  it("keeps every block but the edited one, the edited one's neighbours included", () => {
    assert.deepStrictEqual(origins(before.replace('Paragraph 3', 'Paragraph 3 and Kyiv')), [0, 1, 2, -1, 4, 5]);
    assert.deepStrictEqual(origins(before.replace('Paragraph 0', 'Paragraph 0 and Kyiv')), [-1, 1, 2, 3, 4, 5]);
    assert.deepStrictEqual(origins(before.replace('Paragraph 5', 'Paragraph 5 and Kyiv')), [0, 1, 2, 3, 4, -1]);
  });

  it('names the blocks an edit made and those it took away, for both kinds of split', () => {
    const changes = (text: string) => {
      const { added, removed } = resplit(DocumentText.ofString(before), splitBlocks(before), DocumentText.ofString(text))!;
      return { added, removed };
    };
    assert.deepStrictEqual(changes(before.replace('Paragraph 3', 'Paragraph 3 and Kyiv')), { added: [3], removed: [3] });
    // a paragraph split in two, and two joined into one
    assert.deepStrictEqual(changes(before.replace('Paragraph 3 names', 'Paragraph 3.\n\nIt names')), { added: [3, 4], removed: [3] });
    assert.deepStrictEqual(changes(before.replace('Moscow.\n\nParagraph 4', 'Moscow, and paragraph 4')), { added: [3], removed: [3, 4] });
    // the last paragraph deleted
    assert.deepStrictEqual(changes(before.replace('\n\nParagraph 5 names Moscow.', '')), { added: [], removed: [5] });
    // split whole again: a comment typed between two paragraphs takes nothing away
    assert.deepStrictEqual(changes(before.replace('\n\nParagraph 3', '\n\n<!-- a note -->\n\nParagraph 3')), { added: [3], removed: [] });
  });

  it('gives the blocks of a fresh split, each the edit left where it was at the old offsets, each after it moved', () => {
    /** For each block of the edited text, the index of the old block it repeats at the same offsets, or -1. */
    const same = (text: string) => {
      const old = splitBlocks(before);
      const { blocks, origins } = resplit(DocumentText.ofString(before), old, DocumentText.ofString(text))!;
      assert.deepStrictEqual([...blocks], [...splitBlocks(text)]);
      return [...origins].map((origin, i) => (origin >= 0 && old.start(origin) === blocks.start(i) && old.end(origin) === blocks.end(i) ? origin : -1));
    };
    // its neighbours, split again, are the old blocks too
    assert.deepStrictEqual(same(before.replace('Paragraph 3', 'Paragraph 3 and Kyiv')), [0, 1, 2, -1, -1, -1]);
    assert.deepStrictEqual(same(before.replace('Paragraph 3', 'Paragraph 9')), [0, 1, 2, -1, 4, 5]);
    // split whole again, near a comment
    assert.deepStrictEqual(same(before.replace('Paragraph 4 names', '<!-- a -->\n\nParagraph 4 names')), [0, 1, 2, 3, -1, -1, -1]);
    assert.deepStrictEqual(same(before.replace('Paragraph 4 names Moscow.', '<!-- note of 25 chars -->')), [0, 1, 2, 3, -1, 5]);
    // a list item typed into, and a heading, a list and front matter around it
    const listed = `---\ndate: 2024-01-01\n---\n\n# Title\n\n- one\n  - two\n- three\n\n${before}`;
    const old = splitBlocks(listed);
    const edited = listed.replace('two', 'two more');
    const { blocks } = resplit(DocumentText.ofString(listed), old, DocumentText.ofString(edited))!;
    assert.deepStrictEqual([...blocks], [...splitBlocks(edited)]);
  });

  it('splits the whole text again near code, comments and front matter, and still keeps the blocks the change left alone', () => {
    assert.deepStrictEqual(origins(before.replace('\n\nParagraph 3', '\n\n<!-- a note -->\n\nParagraph 3')), [0, 1, 2, -1, 3, 4, 5]);
    assert.deepStrictEqual(origins(before.replace('\n\nParagraph 3', '\n\n```\ncode\n```\n\nParagraph 3')), [0, 1, 2, -1, 3, 4, 5]);
    const dated = `---\ndate: 2024-01-01\n---\n\n${before}`;
    assert.deepStrictEqual(origins(dated.replace('2024', '2025'), dated), [-1, 1, 2, 3, 4, 5, 6]);
    // an opened fence turns every later paragraph into code: none of them is kept
    assert.deepStrictEqual(origins(before.replace('\n\nParagraph 3', '\n\n```\nParagraph 3')), [0, 1, 2, -1]);
  });
});
