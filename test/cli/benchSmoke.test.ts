import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');
const RESULTS = path.join(root, 'bench/RESULTS.md');

// The benchmark (`npm run bench`) takes minutes and CI does not run it, so it once broke unnoticed
// (its start-up document stopped getting diagnostics). A smoke run measures everything once on
// small texts: this checks that it still runs to its end, never what it measures.
describe('the benchmark, in a smoke run', function () {
  this.timeout(180_000);

  it('runs every measurement to its end, prints every table and leaves bench/RESULTS.md alone', () => {
    const before = fs.readFileSync(RESULTS, 'utf8');
    const run = spawnSync(process.execPath, ['--expose-gc', 'test/bench/bench.mjs'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, POLICY_LENS_BENCH_SMOKE: '1' },
      maxBuffer: 1 << 24,
    });
    assert.strictEqual(run.status, 0, run.stderr);
    const headings = run.stdout.split('\n').filter((line) => line.startsWith('## '));
    assert.deepStrictEqual(headings, [
      '## Full analysis of a 32 KB document',
      '## Editing a 32 KB document, in process',
      '## A treaty text of 32 KB',
      '## Through the server over stdio',
      '## Scaling with text size',
      '## Scaling with the shape of the text',
      '## The samples',
      '## Scaling with knowledge-base size',
      "## The server's V8 tuning",
      '## Start-up in process',
    ]);
    // a measurement that failed quietly shows as a figure that is not one
    assert.deepStrictEqual(run.stdout.split('\n').filter((line) => /\bNaN\b|undefined|Infinity/.test(line)), []);
    assert.strictEqual(fs.readFileSync(RESULTS, 'utf8'), before);
  });

  it('measures what a keystroke allocates (npm run bench:alloc), and refuses an unknown text', () => {
    const run = spawnSync(process.execPath, ['test/bench/allocation.mjs', 'prose', '0.5'], { cwd: root, encoding: 'utf8' });
    assert.strictEqual(run.status, 0, run.stderr);
    const total = /^prose, typing 0\.5 of the way in: (\d+\.\d+) MB allocated per keystroke$/m.exec(run.stdout);
    assert.ok(total && Number(total[1]) > 0, run.stdout);
    const refused = spawnSync(process.execPath, ['test/bench/allocation.mjs', 'poetry'], { cwd: root, encoding: 'utf8' });
    assert.strictEqual(refused.status, 2);
    assert.match(refused.stderr, /usage: npm run bench:alloc/);
  });

  it('splits an analysis into stages that add up to it, and one stage into its functions (npm run bench:stages), and refuses an unknown text or stage', () => {
    const run = spawnSync(process.execPath, ['test/bench/stages.mjs', 'prose'], { cwd: root, encoding: 'utf8', env: { ...process.env, WARM_UP: '1', PROFILED: '1' } });
    assert.strictEqual(run.status, 0, run.stderr);
    assert.match(run.stdout, /^prose, 1 MB: \d+\.\d ms an analysis while profiled \(1 analyses after 1\)$/m);
    const rows = [...run.stdout.matchAll(/^\s*(\d+\.\d) %\s+\d+\.\d\d ms {2}(.+)$/gm)].map((m) => ({ share: Number(m[1]), stage: m[2]! }));
    assert.strictEqual(rows.length, 13, run.stdout);
    const total = rows.reduce((sum, row) => sum + row.share, 0);
    assert.ok(Math.abs(total - 100) < 1, `the shares add up to ${total}`);
    assert.ok(rows.find((row) => row.stage === 'name scan')!.share > 0, run.stdout);
    // one stage's functions, named by the start of its name: the rules inside the block rules
    const within = spawnSync(process.execPath, ['test/bench/stages.mjs', '--within', 'block', 'prose'], { cwd: root, encoding: 'utf8', env: { ...process.env, WARM_UP: '1', PROFILED: '1' } });
    assert.strictEqual(within.status, 0, within.stderr);
    assert.match(within.stdout, /^\s*\d+\.\d %\s+\d+\.\d\d ms {2}block rules, of which/m);
    assert.match(within.stdout, /^\s*\d+\.\d %\s+\d+\.\d\d ms {4}runBlockRules rules\/runRules\.js:\d+$/m);
    // a text of another size, the option anywhere among the texts
    const sized = spawnSync(process.execPath, ['test/bench/stages.mjs', 'drafts', '--size', '0.25'], { cwd: root, encoding: 'utf8', env: { ...process.env, WARM_UP: '1', PROFILED: '1' } });
    assert.strictEqual(sized.status, 0, sized.stderr);
    assert.match(sized.stdout, /^drafts, 0\.25 MB: \d+\.\d ms an analysis/m);
    for (const args of [['poetry'], ['--within', 'poetry', 'prose'], ['--within'], ['--size', 'big', 'prose'], ['--size']]) {
      const refused = spawnSync(process.execPath, ['test/bench/stages.mjs', ...args], { cwd: root, encoding: 'utf8' });
      assert.strictEqual(refused.status, 2, args.join(' '));
      assert.match(refused.stderr, /usage: npm run bench:stages/);
    }
  });

  it('has a lowercase prose among its named texts, which names next to nothing', () => {
    // what `npm run bench:stages -- lowercase` reads: the prose in small letters, analysed here at 32 KB
    const script = `
      const core = require('./out/server/src/core/index.js');
      import('./test/bench/namedTexts.mjs').then(({ NAMED_TEXTS }) => {
        const { kb } = core.loadKnowledgeBase(core.builtinKbFiles);
        const counts = (text) => {
          const analysis = core.createAnalyzer({ kb, today: () => '2026-11-30' }).analyze({ uri: 'file:///t.md', version: 1, getText: () => text });
          return { mentions: analysis.mentions.length, proposals: analysis.proposals.length };
        };
        const prose = NAMED_TEXTS.prose(32768), lowercase = NAMED_TEXTS.lowercase(32768);
        console.log(JSON.stringify({ same: lowercase === prose.toLowerCase(), prose: counts(prose), lowercase: counts(lowercase) }));
      });`;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    assert.strictEqual(run.status, 0, run.stderr);
    const { same, prose, lowercase } = JSON.parse(run.stdout) as { same: boolean; prose: { mentions: number; proposals: number }; lowercase: { mentions: number; proposals: number } };
    assert.ok(same, 'the lowercase text is the prose in small letters');
    assert.ok(prose.mentions > 500 && lowercase.mentions < prose.mentions / 10, JSON.stringify({ prose, lowercase }));
    // its proposals mostly stay: numbered lists and modal sentences open them without a capital
    assert.ok(lowercase.proposals > prose.proposals / 2, JSON.stringify({ prose, lowercase }));
  });

  it("reports the collections during the analyses bench:instructions counts, so that a count holding one more full collection is told apart", () => {
    // the worker that bench:instructions runs under valgrind, run here without it: two treaty analyses, counted at once
    const worker = spawnSync(process.execPath, ['test/bench/instructionsWorker.mjs', root, 'treaty', '0', '2'], { cwd: root, encoding: 'utf8', input: 'go\n' });
    assert.strictEqual(worker.status, 0, worker.stderr);
    const lines = worker.stdout.trim().split('\n');
    assert.deepStrictEqual(lines.slice(0, 2), ['ready', 'done'], worker.stdout);
    const reported = /^collections (\d+) (\d+)$/.exec(lines[2] ?? '');
    assert.ok(reported, worker.stdout);
    // a treaty analysis of 1 MB allocates tens of megabytes: the young generation is collected several times
    assert.ok(Number(reported[1]) >= 1, worker.stdout);
  });

  it('times the start step by step, in process and over stdio (npm run bench:startup), and refuses an option or a second revision', () => {
    const run = spawnSync(process.execPath, ['test/bench/startup.mjs'], { cwd: root, encoding: 'utf8', env: { ...process.env, STARTS: '1' } });
    assert.strictEqual(run.status, 0, run.stderr);
    const rows = run.stdout.split('\n').filter((line) => /^\| (in process|over stdio): /.test(line));
    assert.strictEqual(rows.length, 6, run.stdout);
    for (const row of rows) assert.match(row, /\| \d+\.\d \|$/, row);
    // the first diagnostics wait for the knowledge base's load, which the start to `initialize` does not
    const column = (label: string) => Number(/\| ([\d.]+) \|$/.exec(rows.find((row) => row.includes(label))!)![1]);
    assert.ok(column('the first diagnostics') > column('`initialize`'), run.stdout);
    assert.match(run.stdout, /^Findings in the 2 KB document: [1-9]\d* \(this build\)\.$/m);
    for (const bad of [['--runs', '3'], ['HEAD', 'HEAD~1']]) {
      const refused = spawnSync(process.execPath, ['test/bench/startup.mjs', ...bad], { cwd: root, encoding: 'utf8' });
      assert.strictEqual(refused.status, 2, bad.join(' '));
      assert.match(refused.stderr, /usage: npm run bench:startup/);
    }
  });

  it('reads what the collector does during analyses (npm run bench:gc), and refuses an unknown text', () => {
    const run = spawnSync(process.execPath, ['test/bench/collector.mjs', 'treaty'], { cwd: root, encoding: 'utf8', env: { ...process.env, WARM_UP: '1', MEASURED: '2' } });
    assert.strictEqual(run.status, 0, run.stderr);
    const line = /^treaty, 1 MB, per analysis \(2 after 1\): (\d+\.\d\d) scavenges, (\d+\.\d\d) MB copied \((\d+\.\d\d) MB of it into the old generation\), \d+\.\d ms in scavenges; \d+\.\d\d full collections, \d+\.\d ms$/m.exec(run.stdout);
    assert.ok(line, run.stdout);
    // a treaty text of 1 MB keeps megabytes of proposals and outline nodes: scavenges copy some
    const [scavenges, copied, promoted] = [line[1], line[2], line[3]].map(Number);
    assert.ok(scavenges! > 0 && copied! > 0 && promoted! <= copied!, run.stdout);
    const refused = spawnSync(process.execPath, ['test/bench/collector.mjs', 'HEAD', 'poetry'], { cwd: root, encoding: 'utf8' });
    assert.strictEqual(refused.status, 2);
    assert.match(refused.stderr, /usage: npm run bench:gc/);
  });
});
