/**
 * The fixture corpus (test/fixtures/corpus): every document is analysed with the built-in knowledge
 * base and compared with its `.expected.json` snapshot. `UPDATE_EXPECT=1 npm run test:unit`
 * rewrites the snapshots; review the diff before committing it. The hand-written `.labels.json`
 * files are the truth the accuracy script (`npm run accuracy`) measures against; this file only
 * checks that they are well formed.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtinKbFiles, createAnalyzer, defaultSettings, loadKnowledgeBase, type Analysis, type Analyzer } from '../../server/src/core/index';

/** Tests run from out/test/unit; the fixtures stay in the source tree. */
const CORPUS = path.resolve(__dirname, '../../../test/fixtures/corpus');
/** The fallback document date for fixtures without front matter `date:` or a dateline. */
const TODAY = '2025-06-01';
const UPDATE = process.env['UPDATE_EXPECT'] === '1';

/**
 * The fields a snapshot keeps: enough to see any change in recognition, nothing incidental. A
 * sub-proposal's `parent` is written as the parent's ordinal, which reads better than an index.
 */
function snapshotOf(analysis: Analysis): unknown {
  return {
    date: analysis.date,
    mentions: analysis.mentions.map(({ text, id, form, start, end }) => ({ text, id, form, start, end })),
    proposals: analysis.proposals.map(({ ordinal, marker, title, entityIds, parent, exchange, conditions }) => ({
      ordinal,
      marker,
      title,
      entityIds,
      // the structure fields of issue 4, kept only where present so that snapshots stay short
      ...(parent !== undefined && { parent: analysis.proposals[parent]!.ordinal }),
      ...(exchange && { exchange }),
      ...(conditions.length > 0 && { conditions }),
    })),
    findings: analysis.findings.map(({ code, severity, message, start, end }) => ({ code, severity, message, start, end })),
  };
}

/** The documents of the corpus: `.md` and `.txt` files, by name. */
function corpusDocuments(): string[] {
  return fs
    .readdirSync(CORPUS)
    .filter((name) => /\.(md|txt)$/.test(name))
    .sort();
}

function corpusAnalyzer(): Analyzer {
  const { kb, problems } = loadKnowledgeBase(builtinKbFiles);
  assert.deepStrictEqual(problems, [], 'the built-in knowledge base loads without problems');
  return createAnalyzer({ kb, today: () => TODAY });
}

/**
 * A unified-style diff of two texts by lines (longest common subsequence), with two lines of
 * context around each change, so a failing snapshot shows only what changed.
 */
function lineDiff(before: string, after: string, context = 2): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const ops: { sign: ' ' | '-' | '+'; line: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ sign: ' ', line: a[i++]! });
      j++;
    } else if (j < b.length && (i >= a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) ops.push({ sign: '+', line: b[j++]! });
    else ops.push({ sign: '-', line: a[i++]! });
  }
  const near = (k: number) => ops.slice(Math.max(0, k - context), k + context + 1).some((op) => op.sign !== ' ');
  const shown = ops.map((op, k) => (near(k) ? `${op.sign} ${op.line}` : undefined));
  return shown.filter((line, k) => line !== undefined || shown[k - 1] !== undefined).map((line) => line ?? '  …').join('\n');
}

const stem = (name: string) => name.replace(/\.(md|txt)$/, '');

interface Label {
  readonly ordinal: number;
  readonly marker: string;
  readonly title: string;
  readonly context?: string;
  readonly parent?: number;
}

describe('fixture corpus', () => {
  const documents = corpusDocuments();
  const analyzer = corpusAnalyzer();

  it('has at least 30 documents of 150–600 words, each with labels and a snapshot', () => {
    assert.ok(documents.length >= 30, `only ${documents.length} documents`);
    for (const name of documents) {
      const words = fs.readFileSync(path.join(CORPUS, name), 'utf8').split(/\s+/).filter(Boolean).length;
      assert.ok(words >= 150 && words <= 600, `${name}: ${words} words`);
      assert.ok(fs.existsSync(path.join(CORPUS, stem(name) + '.labels.json')), `${name} has no .labels.json`);
    }
  });

  it('has well-formed labels: titles of at most 90 characters, markers present in the text', () => {
    for (const name of documents) {
      const text = fs.readFileSync(path.join(CORPUS, name), 'utf8');
      const labels = JSON.parse(fs.readFileSync(path.join(CORPUS, stem(name) + '.labels.json'), 'utf8')) as {
        proposals: Label[];
        notes: string;
        style: string;
      };
      assert.ok(labels.notes.length > 0 && labels.style.length > 0, `${name}: notes and style`);
      for (const label of labels.proposals) {
        assert.ok(label.title.length <= 90, `${name}: label title over 90 characters: ${label.title}`);
        assert.ok(Number.isInteger(label.ordinal) && label.ordinal > 0, `${name}: ordinal ${label.ordinal}`);
        assert.ok(text.includes(label.context ?? label.marker), `${name}: marker "${label.context ?? label.marker}" not in the text`);
      }
    }
  });

  for (const name of documents) {
    it(`matches its snapshot: ${name}`, () => {
      const text = fs.readFileSync(path.join(CORPUS, name), 'utf8');
      const analysis = analyzer.analyze({ uri: `file:///corpus/${name}`, version: 1, getText: () => text }, defaultSettings);
      assert.deepStrictEqual(analysis.problems, []);
      const actual = JSON.stringify(snapshotOf(analysis), null, 2) + '\n';
      const file = path.join(CORPUS, stem(name) + '.expected.json');
      if (UPDATE) {
        fs.writeFileSync(file, actual);
        return;
      }
      assert.ok(fs.existsSync(file), `${name} has no snapshot; run UPDATE_EXPECT=1 npm run test:unit`);
      const expected = fs.readFileSync(file, 'utf8');
      if (actual !== expected) {
        assert.fail(`${name} differs from its snapshot (- snapshot, + now; UPDATE_EXPECT=1 npm run test:unit to accept):\n${lineDiff(expected, actual)}`);
      }
    });
  }
});
