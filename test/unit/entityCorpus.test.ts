/**
 * The entity corpus (test/fixtures/entities): its labels must be well formed, and recognition on it
 * must not fall below the floors here. The figures themselves are measured and reported by
 * `npm run accuracy`; the floors sit a little under the last measurement, so that a change that
 * loses names or readings fails here instead of passing unnoticed.
 */
import * as assert from 'assert';
import * as path from 'path';
import { builtinKbFiles, createAnalyzer, defaultSettings, loadKnowledgeBase, ruleInfos } from '../../server/src/core/index';
import { locateInOrder, matchFindings, matchMentions, readEntityCorpus, tallyMentions, type EntityDoc } from '../accuracy/entityLabels';

/** Tests run from out/test/unit; the fixtures stay in the source tree. */
const ROOT = path.resolve(__dirname, '../../..');
const { kb } = loadKnowledgeBase(builtinKbFiles);
const analyzer = createAnalyzer({ kb });
const docs = readEntityCorpus(ROOT);
const analyse = (doc: EntityDoc) =>
  analyzer.analyze({ uri: `file:///entities/${doc.name}`, version: 1, getText: () => doc.text }, { ...defaultSettings, documentDate: doc.labels.date });

/** Floors under the last measured figures (see the Accuracy section of the README). */
const FLOOR = { precision: 0.98, recall: 0.97, seededRecall: 0.97 };

describe('entity corpus', () => {
  it('has drafts', () => {
    assert.ok(docs.length >= 322, `only ${docs.length} drafts in the entity corpus`);
  });

  const rules = new Set<string>(ruleInfos.map((r) => r.id));
  for (const doc of docs) {
    it(`${doc.name}: labels are well formed`, () => {
      assert.match(doc.labels.date, /^\d{4}-\d{2}-\d{2}$/, 'date');
      assert.ok(doc.labels.mentions.length > 0, 'no mention labels');
      for (const label of doc.labels.mentions) {
        if (label.id === null) assert.ok(['treaty', 'actor', 'place'].includes(label.kind ?? ''), `"${label.text}": a name the knowledge base lacks needs a kind`);
        else assert.ok(kb.get(label.id), `"${label.text}": no entry "${label.id}" in the knowledge base`);
      }
      for (const finding of doc.labels.findings) assert.ok(rules.has(finding.code), `unknown rule "${finding.code}"`);
      // throws, naming the label, when one is not in the text in order
      locateInOrder(doc, doc.labels.mentions);
    });
  }

  it('recognizes names and finds seeded errors above the floors', function () {
    // analyses 300-odd drafts: seconds on a busy machine, so a guard against a hang and no timing
    this.timeout(60_000);
    const analyses = docs.map((doc) => ({ doc, analysis: analyse(doc) }));
    const { overall } = tallyMentions(
      analyses.map(({ doc, analysis }) => matchMentions(doc, analysis.mentions)),
      (id) => kb.get(id)?.kind,
    );
    const precision = overall.right / overall.predicted;
    const recall = overall.right / overall.labelled;
    assert.ok(precision >= FLOOR.precision, `precision ${precision.toFixed(3)} < ${FLOOR.precision}`);
    assert.ok(recall >= FLOOR.recall, `recall ${recall.toFixed(3)} < ${FLOOR.recall}`);
    let seeded = 0;
    let found = 0;
    // a warning or worse where no error was seeded: the corpus has none, and the README says so
    const falseAlarms: string[] = [];
    for (const { doc, analysis } of analyses) {
      const match = matchFindings(doc, analysis.findings);
      seeded += match.found.length + match.missed.length;
      found += match.found.length;
      for (const f of match.unexpected) if (f.severity !== 'hint') falseAlarms.push(`${doc.name}: ${f.code}: ${f.message}`);
    }
    assert.ok(seeded > 0, 'no seeded errors');
    assert.ok(found / seeded >= FLOOR.seededRecall, `seeded errors found ${found}/${seeded} < ${FLOOR.seededRecall}`);
    assert.deepStrictEqual(falseAlarms, []);
  });
});
