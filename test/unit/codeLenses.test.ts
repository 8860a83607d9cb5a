import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { convertLenses, proposalCodeLenses, SHOW_SUMMARY_COMMAND } from '../../server/src/lsp/codeLenses';
import { PieceDocument } from '../../server/src/lsp/pieceDocument';
import { createAnalyzer } from '../../server/src/core/index';
import { analyze, joinLines, random } from './helpers';
import { testKb } from './testKb';

describe('proposal code lenses', () => {
  it('puts one lens above the first proposal of each top-level list, counting its items, treaties and actors, not its sub-items', () => {
    const text = joinLines(
      'We recommend the following:',
      '',
      '1. NATO should fund the mission:',
      '   - in Poland',
      '   - in Georgia',
      '2. Russia should ratify the INF Treaty.',
      '3. The EU should reopen talks with Russia.',
      '',
      '## Next steps',
      '',
      'We also propose:',
      '',
      '- Ukraine should hold elections.',
      '- NATO should meet in Brussels.',
    );
    const doc = TextDocument.create('memory://lenses.md', 'markdown', 1, text);
    const lenses = proposalCodeLenses(doc, analyze(text), testKb());
    assert.deepStrictEqual(
      lenses.map((lens) => ({ line: lens.range.start.line, title: lens.command!.title, command: lens.command!.command })),
      [
        { line: 2, title: '3 proposals · 1 treaty · 3 actors', command: SHOW_SUMMARY_COMMAND },
        { line: 12, title: '2 proposals · 0 treaties · 2 actors', command: SHOW_SUMMARY_COMMAND },
      ],
    );
  });
});

describe('proposal code lenses, version to version', () => {
  it('gives each edited version the lenses a fresh analysis gives, keeping those the edits did not reach', () => {
    const next = random(20261203);
    const kb = testKb();
    const warm = createAnalyzer({ kb, today: () => '2026-11-24' });
    const fresh = (text: string) => createAnalyzer({ kb, today: () => '2026-11-24' }).analyze({ uri: 'memory://fresh.md', version: 1, getText: () => text });
    // lists with sub-items, a numbered list under a heading, plain paragraphs between them
    const block = (k: number) =>
      joinLines(`## Part ${k}`, '', 'We recommend the following:', '', `1. NATO should fund mission ${k}:`, '   - in Poland', '   - in Georgia', '2. Russia should ratify the INF Treaty.', '', 'Talks went on in Brussels.', '');
    let text = Array.from({ length: 12 }, (_, k) => block(k + 1)).join('\n');
    let doc = PieceDocument.create('memory://lenses.md', 'markdown', 1, text);
    let converted = convertLenses(doc, warm.analyze(doc), kb, undefined);
    let kept = 0;
    let placed = 0;
    // typing and deleting, line breaks, a name typed into a proposal (its list's count changes), a list item put in
    const typed = ['x', 'x', 'x', '\n', ' Ukraine', ' the EU', '\n3. Poland should act.'];
    for (let version = 2; version <= 150; version++) {
      const at = Math.floor(next() * text.length);
      const insert = next() < 0.25 ? '' : typed[Math.floor(next() * typed.length)]!;
      const end = insert === '' ? Math.min(text.length, at + 1) : at;
      doc = PieceDocument.update(doc, [{ range: { start: doc.positionAt(at), end: doc.positionAt(end) }, text: insert }], version);
      text = text.slice(0, at) + insert + text.slice(end);
      // now and then a warm-up's edit, analysed on a version the document never becomes
      if (version % 9 === 0) warm.analyze(PieceDocument.update(doc, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: 'y' }], version));
      const analysis = warm.analyze(doc);
      // a host asks for the lenses of most versions, not of every one
      if (version % 5 === 3) continue;
      const last = converted;
      converted = convertLenses(doc, analysis, kb, last);
      assert.deepStrictEqual(converted.lenses, proposalCodeLenses(doc, fresh(text), kb), `version ${version}`);
      if (doc.editedLinesSince(last.doc)) placed++;
      if (converted.firsts === last.firsts) kept++;
    }
    assert.ok(kept >= 30 && placed >= 60, `${kept} of ${placed} versions placed by lines kept the last lenses' lists`);
  });
});
