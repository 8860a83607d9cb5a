/**
 * Hard-wrapped text: many drafts in plain text or Markdown break their paragraphs into lines of 60
 * to 80 characters, so a name, a title or a claim about a treaty can stand on two lines, and a
 * Windows editor ends each line with CRLF. Each draft of the entity corpus, wrapped so, must give the
 * findings it gives on long lines.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtinKbFiles, createAnalyzer, defaultSettings, loadKnowledgeBase } from '../../server/src/core/index';
import { readEntityCorpus, type EntityDoc } from '../accuracy/entityLabels';

/** Tests run from out/test/unit; the fixtures stay in the source tree. */
const ROOT = path.resolve(__dirname, '../../..');

/** A line that Markdown reads as something other than a paragraph's text, left as it is. */
const STRUCTURE = /^\s*(?:#|>|\||[-*+•]\s|\d+[.)]\s|\([a-z\d]+\)\s|```|~~~)/;

/**
 * The text with each paragraph line longer than `width` broken at spaces into lines of at most
 * `width` characters (a word longer than that stands alone), as an editor's hard wrap does; code
 * fences and Markdown structure are left alone.
 */
function hardWrapped(text: string, width: number): string {
  let fenced = false;
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
      if (fenced || line.length <= width || STRUCTURE.test(line)) return line;
      const lines: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current !== '' && current.length + 1 + word.length > width) {
          lines.push(current);
          current = word;
        } else current = current === '' ? word : `${current} ${word}`;
      }
      lines.push(current);
      return lines.join('\n');
    })
    .join('\n');
}

describe('hard-wrapped text', () => {
  const { kb } = loadKnowledgeBase(builtinKbFiles);
  const analyzer = createAnalyzer({ kb });
  const findingsOf = (doc: EntityDoc, text: string, width: number | string) =>
    analyzer
      .analyze({ uri: `file:///wrapped/${width}/${doc.name}`, version: 1, getText: () => text }, { ...defaultSettings, documentDate: doc.labels.date })
      .findings.map((f) => `${f.code}: ${f.message}`)
      .sort();

  it('wraps at spaces, keeps every word, and leaves Markdown structure and code alone', () => {
    const text = ['# A heading that is long enough to wrap if it were text', '', 'one two three four five six', '- an item that is long enough', '```', 'code that is long enough to wrap', '```'].join('\n');
    assert.strictEqual(hardWrapped(text, 10), ['# A heading that is long enough to wrap if it were text', '', 'one two', 'three four', 'five six', '- an item that is long enough', '```', 'code that is long enough to wrap', '```'].join('\n'));
  });

  it('gives each draft of the entity corpus the findings it gives on long lines, with LF or CRLF line ends', function () {
    this.timeout(60_000);
    const docs = readEntityCorpus(ROOT);
    let wrappedDocs = 0;
    let findings = 0;
    const differences: string[] = [];
    for (const doc of docs) {
      const long = findingsOf(doc, doc.text, 0);
      findings += long.length;
      // at 60 and 72 columns with LF line ends, and at 72 with CRLF, as Windows editors write them
      for (const [width, lineEnd] of [[60, '\n'], [72, '\n'], [72, '\r\n']] as const) {
        const text = hardWrapped(doc.text, width).replace(/\n/g, lineEnd);
        if (text === doc.text) continue;
        wrappedDocs++;
        const wrapped = findingsOf(doc, text, `${width}${lineEnd === '\n' ? '' : '-crlf'}`);
        const missing = long.filter((f) => !wrapped.includes(f));
        const extra = wrapped.filter((f) => !long.includes(f));
        if (missing.length > 0 || extra.length > 0) differences.push(`${doc.name} at ${width}${lineEnd === '\n' ? '' : ' with CRLF'}: missing ${JSON.stringify(missing)}, extra ${JSON.stringify(extra)}`);
      }
    }
    // the comparison means something only if most drafts wrap and have findings to keep
    assert.ok(wrappedDocs >= 800, `only ${wrappedDocs} wrapped versions`);
    assert.ok(findings >= 600, `only ${findings} findings`);
    assert.deepStrictEqual(differences, []);
  });

  it('gives the samples and the fixture corpus the findings they give on long lines', () => {
    const files = ['samples', 'test/fixtures/corpus'].flatMap((dir) =>
      fs
        .readdirSync(path.join(ROOT, dir))
        .filter((name) => /\.(?:md|txt)$/.test(name))
        .map((name) => path.join(ROOT, dir, name)),
    );
    const findingsIn = (uri: string, text: string) =>
      analyzer
        .analyze({ uri, version: 1, getText: () => text })
        .findings.map((f) => `${f.code}: ${f.message}`)
        .sort();
    let compared = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const wrapped = hardWrapped(text, 60);
      if (wrapped === text) continue;
      compared++;
      assert.deepStrictEqual(findingsIn(`file:///wrapped/${path.basename(file)}`, wrapped), findingsIn(`file:///long/${path.basename(file)}`, text), path.basename(file));
    }
    assert.ok(compared >= 30, `only ${compared} files wrapped`);
  });
});
