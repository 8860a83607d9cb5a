import * as assert from 'assert';
import { builtinKbFiles, createAnalyzer, knowledgeIndexesOf, loadKnowledgeBase } from '../../server/src/core/index';

/**
 * A text that has every rule build the index it reads: a title before an unknown surname, an unknown
 * treaty, a word beside an unknown name, a slip in a word of a longer name (read beside its
 * neighbour), a count of NATO's members, a treaty's place of signing, an organization's seat; a
 * title its holder had left, whose holder on the date the finding names; and a hover on a state,
 * whose leaders on the date the hover lists.
 */
const TEXT =
  "President Qwertyuiop spoke about the Treaty of Xanadu. Engineers flush the Baglihar and Lavorv reservoirs. NATO's 30 members met. The INF Treaty, signed in Moscow, ended. The Geneva-based IAEA agreed. Secretary of State Antony Blinken says talks will resume. The Europen Union agreed. France agreed.";

// a knowledge base of its own for each case: the indexes are kept per knowledge base, and other tests' analyses built the shared one's
const freshKb = () => loadKnowledgeBase(builtinKbFiles).kb;
const analyse = (analyzer: ReturnType<typeof createAnalyzer>, uri: string) => {
  const analysis = analyzer.analyze({ uri, version: 1, getText: () => TEXT });
  analyzer.hover(analysis, TEXT.indexOf('France') + 1);
  return analysis;
};

describe("the knowledge base's indexes", () => {
  it('are built when a text first needs them, each once', () => {
    const kb = freshKb();
    const { declared } = knowledgeIndexesOf(kb);
    assert.ok(declared.length >= 4, `declared: ${declared.join(', ')}`);
    assert.deepStrictEqual(knowledgeIndexesOf(kb).built, []);
    const analyzer = createAnalyzer({ kb, today: () => '2026-11-24' });
    analyse(analyzer, 'memory://first.md');
    // the text needs them all: without that, the next case would prove nothing
    assert.deepStrictEqual([...knowledgeIndexesOf(kb).built].sort(), [...declared].sort());
    analyse(analyzer, 'memory://second.md');
    assert.strictEqual(knowledgeIndexesOf(kb).built.length, declared.length, 'not built again');
  });

  it('are all built by `prepare`, so that no analysis after it builds one', () => {
    const kb = freshKb();
    const analyzer = createAnalyzer({ kb, today: () => '2026-11-24' });
    analyzer.prepare();
    const { built, declared } = knowledgeIndexesOf(kb);
    assert.deepStrictEqual([...built].sort(), [...declared].sort());
    const findings = analyse(analyzer, 'memory://prepared.md').findings;
    assert.deepStrictEqual(knowledgeIndexesOf(kb).built, built);
    // the analysis reads the indexes prepared: the same findings as without `prepare`
    const unprepared = analyse(createAnalyzer({ kb: freshKb(), today: () => '2026-11-24' }), 'memory://prepared.md').findings;
    assert.deepStrictEqual(findings, unprepared);
    assert.ok(findings.some((f) => f.code === 'unknown-treaty'), findings.map((f) => f.code).join(', '));
  });
});

describe("the matcher's organizations that are also surnames", () => {
  it('are all aliases, which the block results test before looking one up', () => {
    const { organizationSurnames } = loadKnowledgeBase(builtinKbFiles).kb.matcher;
    assert.ok(organizationSurnames.size > 0);
    for (const target of organizationSurnames.keys()) assert.strictEqual(target.form, 'alias', target.entryId);
  });
});
