// npm run bench:instructions -- REV [prose|treaty|drafts|lowercase ...]: the machine instructions
// a full analysis of 1 MB takes with this build and with git revision REV's, counted by valgrind's
// callgrind. `npm run bench:instructions -- --functions [prose|treaty|drafts|lowercase ...]`: this
// build's instructions function by function, JavaScript and regular expressions named.
// Timings on these machines swing 2× with the load, and under a load of ten they say nothing
// about a 3 % change; instruction counts hardly move with it (see the README), and the same build
// gives the same count to about half a percent. Each count runs in a process of its own, with V8
// on one thread (`--single-threaded`), counting only the analyses after a warm-up
// (`callgrind_control -i on/off`): the collector's work falls on that thread and is counted, so a
// change that makes the analysis keep more can move a collection into the counted analyses and
// the count up by a step (each comparison prints the collections of both sides). The optimizing
// compiler's jobs, which V8 otherwise runs on a background thread, are taken out (see
// callgrindCounts.mjs). Counts miss what costs time without instructions (cache misses), so a
// change they favour is then timed with bench:compare. Needs valgrind (`apt-get install
// valgrind`); about four minutes for the three corpora.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { instructionsByFunction, instructionTotals } from './callgrindCounts.mjs';
import { namedTextsAsked } from './namedTexts.mjs';
import { buildRevision, root } from './revisionBuild.mjs';

const usage = 'usage: npm run bench:instructions -- REV [prose|treaty|drafts|lowercase ...]   (REV: a git revision to compare this build with)\n       npm run bench:instructions -- --functions [prose|treaty|drafts|lowercase ...]';
const [revision, ...asked] = process.argv.slice(2);
/** `--functions`: this build's table of functions instead of a comparison. */
const byFunction = revision === '--functions';
/** The texts instructionsWorker.mjs makes, by name. */
const corpora = namedTextsAsked(asked, 'bench:instructions', usage);
try {
  execFileSync('callgrind_control', ['--version'], { stdio: 'ignore' });
} catch {
  console.error('bench:instructions needs valgrind (on Debian: apt-get install valgrind).');
  process.exit(2);
}
/**
 * Analyses before counting: V8 optimizes most of the analysis of 1 MB over its first ten calls,
 * and what it still compiles after them is left out of the counts (see callgrindCounts.mjs).
 */
const WARM_UP = Number(process.env.WARM_UP ?? 10);
/** Analyses counted; the count is divided by them. */
const COUNTED = Number(process.env.COUNTED ?? 5);
/** Rows of the table of functions. */
const TOP = Number(process.env.TOP ?? 40);
const tree = byFunction ? undefined : buildRevision(revision, usage);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'policy-lens-instructions-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/**
 * Callgrind's profile of `COUNTED` analyses of `corpus` by the build at `buildRoot`, with V8's map
 * of its code when `named` (`--perf-basic-prof`, which V8 writes to /tmp/perf-PID.map).
 */
function profileOf(buildRoot, corpus, named) {
  const worker = new URL('./instructionsWorker.mjs', import.meta.url).pathname;
  const out = path.join(scratch, `${path.basename(buildRoot)}-${corpus}.out`);
  const args = ['--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${out}`, process.execPath, ...(named ? ['--perf-basic-prof'] : []), '--single-threaded', worker, buildRoot, corpus, String(WARM_UP), String(COUNTED)];
  // in the scratch folder: with `--perf-basic-prof` V8 also writes a log where it runs
  const child = spawn('valgrind', args, { cwd: scratch, stdio: ['pipe', 'pipe', 'pipe'] });
  let log = '';
  child.stderr.on('data', (chunk) => (log += chunk));
  const instrument = (state) => execFileSync('callgrind_control', ['-i', state, String(child.pid)], { stdio: 'ignore' });
  // the collections during the counted analyses, young-generation and full, as the worker reports them
  let collections;
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'ready') {
        instrument('on');
        child.stdin.write('go\n');
      } else if (line === 'done') {
        instrument('off');
        child.stdin.end();
      } else if (line.startsWith('collections ')) collections = line.slice('collections '.length).split(' ').map(Number);
    });
    child.on('exit', (code) => {
      if (code === 0) resolve({ profile: out, perfMap: `/tmp/perf-${child.pid}.map`, collections });
      else reject(new Error(`callgrind of ${corpus} at ${buildRoot} ended with ${code}:\n${log.slice(-2000)}`));
    });
  });
}

/** Main-thread instructions per analysis of `corpus` by the build at `buildRoot`, and the collections of the counted analyses ([young-generation, full]). */
async function countOf(buildRoot, corpus) {
  const { profile, collections } = await profileOf(buildRoot, corpus, false);
  const { all, backgroundCompile } = instructionTotals(profile);
  return { perAnalysis: (all - backgroundCompile) / COUNTED, collections };
}

/** This build's table of functions for `corpus`, the first `TOP` rows. */
async function printFunctions(corpus) {
  const { profile, perfMap } = await profileOf(root, corpus, true);
  try {
    const { all, backgroundCompile } = instructionTotals(profile);
    const rows = instructionsByFunction(profile, perfMap, root.replace(/\/$/, ''));
    console.log(`${corpus}, 1 MB: ${millions(all / COUNTED)} instructions an analysis, ${millions(backgroundCompile / COUNTED)} of them the compiler's background jobs; each function's own:`);
    for (const { name, count } of rows.slice(0, TOP)) console.log(`${millions(count / COUNTED).padStart(8)} ${((100 * count) / all).toFixed(2).padStart(6)} %  ${name.length > 140 ? `${name.slice(0, 139)}…` : name}`);
  } finally {
    if (existsSync(perfMap)) rmSync(perfMap);
  }
}

const millions = (n) => `${(n / 1e6).toFixed(1)}M`;
for (const corpus of corpora) {
  if (byFunction) {
    await printFunctions(corpus);
    continue;
  }
  // the two builds at once, one on each core: a count hardly depends on what else runs
  const [before, after] = await Promise.all([countOf(tree, corpus), countOf(root, corpus)]);
  console.log(`${corpus}, 1 MB: this build ${millions(after.perAnalysis)} instructions an analysis, ${revision} ${millions(before.perAnalysis)}: ${(after.perAnalysis / before.perAnalysis).toFixed(3)}`);
  // a collection's work is counted with the analyses it falls in: a full collection in one build's
  // counted analyses and not in the other's moved a count of the drafts by 75–79M an analysis (round 78)
  const [minorAfter, majorAfter] = after.collections;
  const [minorBefore, majorBefore] = before.collections;
  const collections = `collections in the ${COUNTED} counted analyses (young-generation, full): this build ${minorAfter}, ${majorAfter}; ${revision} ${minorBefore}, ${majorBefore}`;
  console.log(majorAfter === majorBefore ? `  ${collections}` : `  ${collections}. A full collection more on one side holds tens of millions of instructions an analysis: count again`);
}
