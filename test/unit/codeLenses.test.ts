import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { proposalCodeLenses, SHOW_SUMMARY_COMMAND } from '../../server/src/lsp/codeLenses';
import { analyze, joinLines } from './helpers';
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
