// npm run bench:startup -- [REV]: where the time from the server's start to its first diagnostics
// goes. Each start is a fresh process, as a user's is, with the flags and environment the client
// starts the server with: in process, the shipped bundles' steps (loading the analysis bundle,
// loading the knowledge base, the first analysis of a 2 KB document, then the knowledge base's
// other indexes, which `Analyzer.prepare` builds at a pause); over stdio, the start to the
// `initialize` answer and to the first diagnostics of that document. With REV (a git revision),
// the same for that revision's bundles, built in a worktree, the starts alternating, and for each
// step the median of the starts' ratios (this build's i-th start against REV's) with its 95 %
// interval, as bench:compare gives them: where the interval spans 1, the starts cannot tell the two
// builds apart. The round-81 change to the first analysis was read this way: it moves a few tens of
// milliseconds in a second that swings by more between minutes.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pairedRatio, pairedRatioInterval, percentile } from './measure.mjs';
import { SMALL_DOCUMENT, startToFirstDiagnostics } from './protocol.mjs';
import { buildRevision, root } from './revisionBuild.mjs';

const USAGE = 'usage: npm run bench:startup -- [REV]   (REV: a git revision to compare this build with)';
const args = process.argv.slice(2);
if (args.length > 1 || args.some((arg) => arg.startsWith('-'))) {
  console.error(USAGE);
  process.exit(2);
}
const revision = args[0];
/** Starts of each build, in each way: the first diagnostics swing by a tenth between starts. */
const STARTS = Number(process.env.STARTS ?? 10);
const { SERVER_ENV, SERVER_NODE_FLAGS } = createRequire(import.meta.url)('../../out/client/src/serverLaunch.js');

/** What one fresh process does with a build's bundles, timed step by step (CommonJS, for `node -e`). */
const IN_PROCESS = `
const tree = process.env.POLICY_LENS_TREE;
require(tree + '/out/server/src/runtimeTuning.js').tuneV8();
const t0 = performance.now();
const code = require(tree + '/dist/serverAnalysis.js');
const t1 = performance.now();
const { kb } = code.loadWorkspaceKb([]);
const t2 = performance.now();
const analyzer = code.createAnalyzer({ kb });
const analysis = analyzer.analyze({ uri: 'file:///bench/small.md', version: 1, getText: () => process.env.POLICY_LENS_DOCUMENT });
const t3 = performance.now();
analyzer.prepare();
const t4 = performance.now();
process.stdout.write(JSON.stringify({ bundle: t1 - t0, knowledge: t2 - t1, first: t3 - t2, prepare: t4 - t3, findings: analysis.findings.length }));
`;

const STEPS = [
  ['bundle', 'in process: loading the analysis bundle (`dist/serverAnalysis.js`)'],
  ['knowledge', 'in process: loading the knowledge base'],
  ['first', 'in process: the first analysis of a 2 KB document'],
  ['prepare', "in process: then the knowledge base's other indexes (`prepare`)"],
  ['startup', 'over stdio: start to the `initialize` answer'],
  ['firstDiagnostics', 'over stdio: start to the first diagnostics of that document'],
];

/** The builds to start: this one, and REV's when asked (whose bundles must have the analysis apart, as since round 79). */
const builds = [{ name: 'this build', tree: root }];
if (revision !== undefined) {
  const tree = buildRevision(revision, USAGE, { bundle: true });
  if (!existsSync(path.join(tree, 'dist/serverAnalysis.js'))) {
    console.error(`bench:startup: ${revision} has no dist/serverAnalysis.js (the server was one bundle before the seventy-ninth round)`);
    process.exit(2);
  }
  builds.push({ name: revision, tree });
}
for (const build of builds) build.times = Object.fromEntries(STEPS.map(([key]) => [key, []]));

const findings = new Map();
for (let i = 0; i < STARTS; i++) {
  // alternating, the first build first in even rounds, so that a slow minute hits both
  for (const build of i % 2 === 0 ? builds : [...builds].reverse()) {
    const steps = JSON.parse(
      execFileSync(process.execPath, [...SERVER_NODE_FLAGS, '-e', IN_PROCESS], {
        encoding: 'utf8',
        env: { ...process.env, ...SERVER_ENV, POLICY_LENS_TREE: build.tree, POLICY_LENS_DOCUMENT: SMALL_DOCUMENT },
      }),
    );
    findings.set(build.name, steps.findings);
    const timed = { ...steps, ...(await startToFirstDiagnostics(path.join(build.tree, 'dist/server.js'))) };
    for (const [key] of STEPS) build.times[key].push(timed[key]);
  }
}

const ms = (value) => value.toFixed(1);
console.log(`Start-up of the server, medians of ${STARTS} start${STARTS === 1 ? '' : 's'} of each build${builds.length > 1 ? ', alternating' : ''} (ms):`);
console.log();
console.log(`| Step | ${builds.map((b) => b.name).join(' | ')} |${builds.length > 1 ? ' ratio (95 % interval) |' : ''}`);
console.log(`| --- |${builds.map(() => ' ---: |').join('')}${builds.length > 1 ? ' ---: |' : ''}`);
for (const [key, label] of STEPS) {
  const medians = builds.map((b) => percentile(b.times[key], 0.5));
  let ratio = '';
  if (builds.length > 1) {
    const [mine, theirs] = builds.map((b) => b.times[key]);
    const { low, high } = pairedRatioInterval(mine, theirs);
    ratio = ` ${pairedRatio(mine, theirs).toFixed(3)} (${low.toFixed(3)}–${high.toFixed(3)}) |`;
  }
  console.log(`| ${label} | ${medians.map(ms).join(' | ')} |${ratio}`);
}
console.log();
console.log(`Findings in the 2 KB document: ${[...findings].map(([name, count]) => `${count} (${name})`).join(', ')}.`);
process.exit(0);
