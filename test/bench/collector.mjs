// npm run bench:gc -- [REV] [prose|treaty|drafts|lowercase ...]: what V8's garbage collector
// does during a full analysis of 1 MB, per analysis after a warm-up: how many young-generation
// collections (scavenges) run, how many megabytes they copy, and how long they pause the analysis.
// With REV (a git revision), the same figures for that revision's build, and the ratio of the two.
// Why a tool of its own: a scavenge copies every young object still alive, so its cost follows
// the bytes an analysis keeps (each kept object is copied about twice, once inside the young
// generation and once out of it), and those copies miss the cache. bench:instructions counts
// few instructions for them, and timings swing with the machine's load; the bytes copied are
// near the same from run to run (within half a percent over forty analyses), so a change to what
// the analysis keeps can be judged by them. Read from V8's own trace (`--trace-gc-nvp`), in a process per build and corpus.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { isTextName, namedTextsAsked } from './namedTexts.mjs';
import { buildRevision, root } from './revisionBuild.mjs';

const USAGE = 'usage: npm run bench:gc -- [REV] [prose|treaty|drafts|lowercase ...]   (REV: a git revision to compare this build with)';
const args = process.argv.slice(2);
/** The revision to compare with: a first argument that names no corpus. */
const revision = args.length > 0 && !isTextName(args[0]) ? args[0] : undefined;
const asked = revision === undefined ? args : args.slice(1);
const corpora = namedTextsAsked(asked, 'bench:gc', USAGE);
/** Analyses before measuring, as bench:instructions: V8 optimizes most of the analysis over the first ten. */
const WARM_UP = Number(process.env.WARM_UP ?? 10);
/** Analyses measured; the figures are divided by them. A scavenge more or less in the run moves the bytes by one scavenge's share, so forty. */
const MEASURED = Number(process.env.MEASURED ?? 40);

/**
 * The figures of one V8 trace line (`key=value` pairs after the time stamp), or undefined for
 * another line.
 */
function traceFields(line) {
  if (!line.includes(' gc=')) return undefined;
  const fields = {};
  for (const pair of line.split(/\s+/)) {
    const at = pair.indexOf('=');
    if (at > 0) fields[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return fields;
}

/**
 * The collections during `MEASURED` analyses of `corpus` by the build at `buildRoot`, per analysis.
 * The worker (instructionsWorker.mjs) writes its lines to the same pipe as V8's trace, and in order:
 * Node writes to a pipe synchronously.
 */
function collectionsOf(buildRoot, corpus) {
  const worker = new URL('./instructionsWorker.mjs', import.meta.url).pathname;
  const child = spawn(process.execPath, ['--trace-gc-nvp', worker, buildRoot, corpus, String(WARM_UP), String(MEASURED)], { stdio: ['pipe', 'pipe', 'pipe'] });
  let log = '';
  child.stderr.on('data', (chunk) => (log += chunk));
  const totals = { scavenges: 0, copied: 0, promoted: 0, scavengeMs: 0, fullCollections: 0, fullMs: 0 };
  let measuring = false;
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'ready') {
        measuring = true;
        child.stdin.write('go\n');
        return;
      }
      if (line === 'done') {
        measuring = false;
        child.stdin.end();
        return;
      }
      const fields = measuring ? traceFields(line) : undefined;
      if (!fields) return;
      if (fields.gc === 's') {
        totals.scavenges++;
        totals.copied += Number(fields.new_space_survived) + Number(fields.promoted);
        totals.promoted += Number(fields.promoted);
        totals.scavengeMs += Number(fields.pause);
      } else {
        totals.fullCollections++;
        totals.fullMs += Number(fields.pause);
      }
    });
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`bench:gc: the analyses of ${corpus} at ${buildRoot} ended with ${code}:\n${log.slice(-2000)}`));
      const per = (n) => n / MEASURED;
      resolve({
        scavenges: per(totals.scavenges),
        copiedMb: per(totals.copied) / 1e6,
        promotedMb: per(totals.promoted) / 1e6,
        scavengeMs: per(totals.scavengeMs),
        fullCollections: per(totals.fullCollections),
        fullMs: per(totals.fullMs),
      });
    });
  });
}

const summary = (c) =>
  `${c.scavenges.toFixed(2)} scavenges, ${c.copiedMb.toFixed(2)} MB copied (${c.promotedMb.toFixed(2)} MB of it into the old generation), ${c.scavengeMs.toFixed(1)} ms in scavenges; ${c.fullCollections.toFixed(2)} full collections, ${c.fullMs.toFixed(1)} ms`;

const tree = revision === undefined ? undefined : buildRevision(revision, USAGE);
for (const corpus of corpora) {
  // one build after the other: scavenges run on both cores, and each build's would slow the other's
  const now = await collectionsOf(root, corpus);
  console.log(`${corpus}, 1 MB, per analysis (${MEASURED} after ${WARM_UP}): ${summary(now)}`);
  if (tree === undefined) continue;
  const before = await collectionsOf(tree, corpus);
  console.log(`  ${revision}: ${summary(before)}`);
  console.log(`  this build's bytes copied: ${(now.copiedMb / before.copiedMb).toFixed(3)} of ${revision}'s`);
}
