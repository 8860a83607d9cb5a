import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtinKbFiles, createAnalyzer, defaultSettings, loadKnowledgeBase } from '../../server/src/core/index';

const samplesDir = path.resolve(__dirname, '../../../samples');
const analyzer = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-11-24' });

function analyzeSample(name: string) {
  const text = fs.readFileSync(path.join(samplesDir, name), 'utf8');
  return { text, analysis: analyzer.analyze({ uri: name, version: 1, getText: () => text }, defaultSettings) };
}

/** Findings above hint level, as `code: covered text`. */
function seriousFindings(name: string): string[] {
  const { text, analysis } = analyzeSample(name);
  return analysis.findings.filter((f) => f.severity !== 'hint').map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);
}

describe('samples', () => {
  it('are at least four documents, each analysed without problems', () => {
    const names = fs.readdirSync(samplesDir).filter((n) => n !== 'README.md');
    assert.ok(names.length >= 4);
    assert.ok(names.some((n) => n.endsWith('.policy.md')) && names.some((n) => n.endsWith('.txt')));
    for (const name of names) assert.deepStrictEqual(analyzeSample(name).analysis.problems, [], name);
  });

  it('the memo is clean and lists its four proposals', () => {
    assert.deepStrictEqual(seriousFindings('arms-control-memo.md'), []);
    assert.strictEqual(analyzeSample('arms-control-memo.md').analysis.proposals.length, 4);
  });

  it('the brief shows a numbering gap and a variant spelling', () => {
    assert.deepStrictEqual(seriousFindings('european-security-brief.txt'), ['inconsistent-naming: Transdniestria', 'proposal-numbering: Fourth']);
  });

  it('the narrative makes no proposals and every deliberate error is found', () => {
    const { analysis } = analyzeSample('narrative-not-proposals.md');
    assert.deepStrictEqual(analysis.proposals, []);
    assert.deepStrictEqual(seriousFindings('narrative-not-proposals.md'), [
      'misspelled-name: Anthony Blinken',
      'inconsistent-naming: Sergei Lavrov',
      'capital-claim: Geneva, the\nSwiss capital',
      'member-count: 28 NATO\nallies',
      'office-anachronism: Secretary of State Pompeo',
      'age-claim: Madeleine Albright, 94',
      'status-anachronism: INF Treaty',
      'acronym-mismatch: ICC',
      'anniversary-claim: Budapest Memorandum,\nsigned twenty years ago',
      'former-name: FCO',
      'inconsistent-naming: Kiev',
    ]);
  });
});
