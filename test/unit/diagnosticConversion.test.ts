import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { convertDiagnostics } from '../../server/src/lsp/diagnosticConversion';
import { toDiagnostic } from '../../server/src/lsp/convert';
import { PieceDocument } from '../../server/src/lsp/pieceDocument';
import { createAnalyzer, parseSettings, type Finding } from '../../server/src/core/index';
import { shiftedFinding } from '../../server/src/core/rules/shiftedFinding';
import { joinLines, random } from './helpers';
import { testKb } from './testKb';

describe('diagnostics, version to version', () => {
  const kb = testKb();
  const { settings } = parseSettings({ documentDate: '2022-01-20' });
  const fresh = (text: string) => createAnalyzer({ kb, today: () => '2026-11-24' }).analyze({ uri: 'memory://fresh.md', version: 1, getText: () => text }, settings);
  // findings in most paragraphs; inconsistent-naming's point at a spelling elsewhere, before or after the edits
  const block = (k: number) =>
    joinLines(
      `## Part ${k}`,
      '',
      `The International Court of Justice (ICC) ruled on case ${k}.`,
      '',
      k % 3 === 0 ? 'Kyiv said yes.' : 'Kiev said no.',
      '',
      'First, NATO should act. Second, the EU should pay. Fourth, Russia should leave.',
      '',
    );

  it('gives each edited version the diagnostics its findings convert to, carrying those the edits did not reach', () => {
    const next = random(20261203);
    const warm = createAnalyzer({ kb, today: () => '2026-11-24' });
    let text = Array.from({ length: 14 }, (_, k) => block(k + 1)).join('\n');
    let doc = PieceDocument.create('memory://diagnostics.md', 'markdown', 1, text);
    let converted = convertDiagnostics(doc, warm.analyze(doc, settings).findings, undefined);
    let carried = 0;
    let moved = 0;
    let partly = 0;
    const typed = ['x', 'x', 'x', '\n', '\n\n', ' Kiev', ' (ICC)', '\r\n'];
    for (let version = 2; version <= 160; version++) {
      // an offset inside a "\r\n" is no position: read both ends as the document reads them
      const at = doc.offsetAt(doc.positionAt(Math.floor(next() * text.length)));
      const insert = next() < 0.25 ? '' : typed[Math.floor(next() * typed.length)]!;
      const end = insert === '' ? doc.offsetAt(doc.positionAt(Math.min(text.length, at + 1 + Math.floor(next() * 3)))) : at;
      doc = PieceDocument.update(doc, [{ range: { start: doc.positionAt(at), end: doc.positionAt(end) }, text: insert }], version);
      text = text.slice(0, at) + insert + text.slice(end);
      // now and then a warm-up's edit, analysed on a version the document never becomes
      if (version % 9 === 0) warm.analyze(PieceDocument.update(doc, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: 'y' }], version), settings);
      const findings = warm.analyze(doc, settings).findings;
      // a host pulls the diagnostics of most versions, not of every one
      if (version % 6 === 5) continue;
      const last = converted;
      converted = convertDiagnostics(doc, findings, last);
      const expected = fresh(text).findings.map((f) => toDiagnostic(TextDocument.create(doc.uri, 'markdown', version, text), f));
      assert.deepStrictEqual(converted.diagnostics, expected, `version ${version}`);
      const same = converted.diagnostics.filter((d) => last.diagnostics.includes(d)).length;
      carried += same;
      if (same > 0 && same < converted.diagnostics.length) partly++;
      const lines = doc.editedLinesSince(last.doc);
      if (lines && lines.lineDelta !== 0) moved += converted.diagnostics.filter((d) => d.range.start.line > lines.last + lines.lineDelta).length;
    }
    // most diagnostics are carried as the same objects, in versions that convert some of theirs again
    assert.ok(carried > 2000 && partly > 60, `${carried} diagnostics carried, ${partly} versions carrying part of their list`);
    assert.ok(moved > 500, `${moved} diagnostics after an added or removed line`);
  });

  it('converts again a finding that says something else, or whose spans the edits moved otherwise, and moves related spans one by one', () => {
    const text = joinLines('zero line', 'one line here', 'two line here', 'three line', 'four line here', 'five line');
    const v1 = PieceDocument.create('memory://cases.md', 'markdown', 1, text);
    const lineStart = (line: number) => v1.offsetAt({ line, character: 0 });
    const finding = (start: number, end: number, extra: Partial<Finding> = {}): Finding => ({ start, end, code: 'treaty-date', severity: 'warning', message: 'm', ...extra });
    const line5 = finding(lineStart(5), lineStart(5) + 4);
    // each case: findings of version 1, the edit, findings of version 2 (offsets in version 2)
    const insertAt = (offset: number, insert: string) => PieceDocument.update(v1, [{ range: { start: v1.positionAt(offset), end: v1.positionAt(offset) }, text: insert }], 2);
    const cases: { name: string; before: Finding[]; doc: PieceDocument; after: Finding[] }[] = [
      { name: 'message changed', before: [finding(0, 4)], doc: insertAt(lineStart(4) + 2, 'x'), after: [finding(0, 4, { message: 'n' })] },
      { name: 'severity changed', before: [finding(lineStart(5), lineStart(5) + 4)], doc: insertAt(lineStart(2), 'x'), after: [finding(lineStart(5) + 1, lineStart(5) + 5, { severity: 'error' })] },
      {
        name: 'related message changed',
        before: [finding(0, 4, { related: [{ start: 5, end: 9, message: 'a' }] })],
        doc: insertAt(lineStart(3), 'x'),
        after: [finding(0, 4, { related: [{ start: 5, end: 9, message: 'b' }] })],
      },
      { name: 'start moved otherwise', before: [finding(lineStart(5), lineStart(5) + 4)], doc: insertAt(lineStart(1), 'x'), after: [finding(lineStart(5) + 2, lineStart(5) + 5)] },
      { name: 'code changed', before: [finding(lineStart(4), lineStart(4) + 4)], doc: insertAt(lineStart(1), '\n'), after: [finding(lineStart(4) + 1, lineStart(4) + 5, { code: 'unknown-treaty' })] },
      // a line break typed at a line's start: the finding from the line before into it keeps its offsets, not its positions
      { name: 'across the edited line', before: [finding(lineStart(2) - 3, lineStart(2) + 1)], doc: insertAt(lineStart(2), '\n'), after: [finding(lineStart(2) - 3, lineStart(2) + 1)] },
      {
        name: 'related before, finding after',
        before: [finding(lineStart(5), lineStart(5) + 4, { related: [{ start: 0, end: 4, message: 'a' }, { start: lineStart(4), end: lineStart(4) + 4, message: 'b' }] })],
        doc: insertAt(lineStart(2) + 1, 'x\ny\n'),
        after: [finding(lineStart(5) + 4, lineStart(5) + 8, { related: [{ start: 0, end: 4, message: 'a' }, { start: lineStart(4) + 4, end: lineStart(4) + 8, message: 'b' }] })],
      },
      // one finding, or a copy of it moved whole, standing elsewhere than the edits moved the text
      { name: 'the same finding in the moved text', before: [line5], doc: insertAt(lineStart(1), 'x'), after: [line5] },
      { name: 'a copy moved further', before: [line5], doc: insertAt(lineStart(1), 'x'), after: [shiftedFinding(line5, 2)] },
      {
        name: 'finding before, related after',
        before: [finding(0, 4, { related: [{ start: lineStart(5), end: lineStart(5) + 4, message: 'a' }] })],
        doc: insertAt(lineStart(2) + 1, '\n'),
        after: [finding(0, 4, { related: [{ start: lineStart(5) + 1, end: lineStart(5) + 5, message: 'a' }] })],
      },
    ];
    for (const { name, before, doc, after } of cases) {
      const converted = convertDiagnostics(doc, after, convertDiagnostics(v1, before, undefined));
      assert.deepStrictEqual(converted.diagnostics, after.map((f) => toDiagnostic(doc, f)), name);
    }
  });

  it('answers the same conversion for the same version, and converts whole without a version to build on', () => {
    const text = block(1);
    const doc = PieceDocument.create('memory://same.md', 'markdown', 1, text);
    const findings = fresh(text).findings;
    const first = convertDiagnostics(doc, findings, undefined);
    assert.ok(first.diagnostics.length >= 3);
    assert.strictEqual(convertDiagnostics(doc, findings, first), first);
    // a stock document says nothing of its edits: everything is converted again, equal but not the same
    const stock = TextDocument.create('memory://same.md', 'markdown', 2, text);
    const again = convertDiagnostics(stock, findings, first);
    assert.deepStrictEqual(again.diagnostics, first.diagnostics);
    assert.ok(again.diagnostics.every((d, i) => d !== first.diagnostics[i]));
  });
});
