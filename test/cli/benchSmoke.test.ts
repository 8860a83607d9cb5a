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
});
