// A git revision's build, for the scripts that compare this build with an earlier one
// (compare.mjs, instructions.mjs, collector.mjs, startup.mjs): the revision checked out and
// compiled in a temporary worktree, removed when this process exits.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** This checkout's root. */
export const root = new URL('../..', import.meta.url).pathname;

/**
 * The root of a worktree holding `revision`, compiled (`tsc -b`), with this checkout's
 * node_modules; with `bundle`, its shipped bundles made too (`dist/`, as `npm run build` makes
 * them). Exits with 2 and a message when git cannot check the revision out.
 */
export function buildRevision(revision, usage, { bundle = false } = {}) {
  if (!revision) {
    console.error(usage);
    process.exit(2);
  }
  const tree = mkdtempSync(path.join(os.tmpdir(), 'policy-lens-compare-'));
  process.on('exit', () => {
    try {
      execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: root, stdio: 'ignore' });
    } catch {
      // no worktree was added (an unknown revision)
    }
    rmSync(tree, { recursive: true, force: true });
  });
  // Ctrl-C ends the process without 'exit' handlers unless it exits itself
  process.on('SIGINT', () => process.exit(130));
  try {
    execFileSync('git', ['worktree', 'add', '--detach', tree, revision], { cwd: root, stdio: 'ignore' });
  } catch {
    console.error(`git cannot check out "${revision}" here.`);
    process.exit(2);
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(tree, 'node_modules'));
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b'], { cwd: tree, stdio: 'inherit' });
  if (bundle) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: tree, stdio: ['ignore', 'ignore', 'inherit'] });
  return tree;
}
