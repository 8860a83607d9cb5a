#!/usr/bin/env node
/**
 * The `policy-lens` command: the same core as the language server, for scripts and CI.
 * stdout carries only the requested output; messages go to stderr; never a stack trace.
 */
import * as fs from 'fs';
import {
  applyEdits,
  contract,
  contractFile,
  createAnalyzer,
  entryMarkdown,
  LineIndex,
  parseSettings,
  safeEdits,
  summaryMarkdown,
  summaryRows,
  type Analysis,
  type Analyzer,
  type KnowledgeBase,
} from '../core/index';
import { loadWorkspaceKb, type KbFileText } from '../workspaceKb/loadWorkspaceKb';
import { HELP, parseArgs, type CliArgs } from './args';
import { findEntries, listRow, problemLines } from './kbCommands';
import { readInput } from './readInput';
import { diagnosticsOf, findingLine, formatAnalysisText } from './formatText';
import { toSarif } from './sarif';
import { tuneV8 } from '../runtimeTuning';

declare const __POLICY_LENS_VERSION__: string | undefined;
const VERSION = typeof __POLICY_LENS_VERSION__ === 'string' ? __POLICY_LENS_VERSION__ : '0.0.0-dev';

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** Reads files as text; each unreadable one is reported on stderr and marks the run as failed. */
function readAll(paths: readonly string[], io: Io): { files: KbFileText[]; failed: boolean } {
  const files: KbFileText[] = [];
  let failed = false;
  for (const path of paths) {
    const input = readInput(path);
    if ('error' in input) {
      io.err(`policy-lens: ${input.error}`);
      failed = true;
      continue;
    }
    for (const note of input.notes) io.err(`policy-lens: note: ${note}`);
    files.push({ path, text: input.text });
  }
  return { files, failed };
}

/** Loads the built-in knowledge base plus `--kb` files; problems in those files are input errors. */
function loadKb(args: CliArgs, io: Io): { kb: KnowledgeBase; failed: boolean } {
  const { files, failed } = readAll(args.kbFiles, io);
  const texts = new Map(files.map((f) => [f.path, f.text]));
  const loaded = loadWorkspaceKb(files);
  for (const line of problemLines(loaded.problems, texts)) io.err(line);
  for (const message of loaded.builtinProblems) io.err(`policy-lens: built-in knowledge base: ${message}`);
  return { kb: loaded.kb, failed: failed || loaded.problems.length > 0 };
}

function settingsFrom(args: CliArgs, io: Io) {
  const { settings, problems } = parseSettings({ ...(args.date ? { documentDate: args.date } : {}), rules: args.rules });
  for (const problem of problems) io.err(`policy-lens: ${problem.replace('policyLens.rules.', '--rule ')}`);
  return { settings, bad: problems.length > 0 };
}

/** analyze and check: read every file, analyse it, print in the chosen format. */
function runDocuments(args: CliArgs, io: Io): number {
  const { kb, failed: kbFailed } = loadKb(args, io);
  const { settings, bad } = settingsFrom(args, io);
  if (bad) return EXIT_USAGE;
  const analyzer: Analyzer = createAnalyzer({ kb });
  const { files, failed: readFailed } = readAll(args.files, io);
  const inputFailed = kbFailed || readFailed;
  const results: { file: string; text: string; analysis: Analysis }[] = [];
  for (const { path: file, text: original } of files) {
    let text = original;
    let analysis = analyzer.analyze({ uri: file, version: 1, getText: () => text }, settings);
    if (args.fix) {
      const edits = safeEdits(analysis.findings);
      if (edits.length > 0 && file !== '-') {
        text = applyEdits(text, edits);
        fs.writeFileSync(file, text);
        io.err(`policy-lens: ${file}: applied ${edits.length} safe fix${edits.length === 1 ? '' : 'es'}`);
        analysis = analyzer.analyze({ uri: file, version: 2, getText: () => text }, settings);
      }
    }
    results.push({ file, text, analysis });
  }
  print(args, results, kb, io);
  if (inputFailed) return EXIT_USAGE;
  const hasErrors = results.some((r) => r.analysis.findings.some((f) => f.severity === 'error'));
  return args.command === 'check' && hasErrors ? EXIT_FINDINGS : EXIT_OK;
}

function print(args: CliArgs, results: { file: string; text: string; analysis: Analysis }[], kb: KnowledgeBase, io: Io): void {
  if (args.format === 'json') {
    const files = results.map((r) => contractFile(r.file, r.text, r.analysis));
    const json = args.command === 'check' ? { version: 1, files: files.map((f) => ({ file: f.file, diagnostics: f.diagnostics })) } : contract(files);
    io.out(`${JSON.stringify(json, null, 2)}\n`);
  } else if (args.format === 'sarif') {
    io.out(`${JSON.stringify(toSarif(results, VERSION), null, 2)}\n`);
  } else if (args.format === 'markdown') {
    for (const r of results) io.out(`## ${r.file}\n\n${summaryMarkdown(summaryRows(kb, r.analysis))}\n`);
  } else if (args.command === 'analyze') {
    for (const r of results) io.out(formatAnalysisText(r.file, r.text, r.analysis, kb));
  } else {
    for (const r of results) {
      const lines = new LineIndex(r.text);
      for (const d of diagnosticsOf(r.analysis)) io.out(`${findingLine(r.file, lines, d)}\n`);
    }
  }
}

/** kb validate / show / list. */
function runKb(args: CliArgs, io: Io): number {
  if (args.command === 'kb-validate') {
    const { failed } = loadKb({ ...args, kbFiles: args.files }, io);
    if (!failed) io.out(args.format === 'json' ? `${JSON.stringify({ valid: true, files: args.files })}\n` : `${args.files.join(', ')}: valid\n`);
    return failed ? EXIT_USAGE : EXIT_OK;
  }
  const { kb, failed } = loadKb(args, io);
  if (args.command === 'kb-list') {
    const rows = [...kb.entries.values()].filter((e) => !args.kind || e.kind === args.kind).map((e) => listRow(kb, e));
    io.out(args.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : rows.map((r) => `${r.id}\t${r.kind}\t${r.category}\t${r.name}`).join('\n') + '\n');
    return failed ? EXIT_USAGE : EXIT_OK;
  }
  const query = args.files.join(' ');
  const found = findEntries(kb, query);
  if (found.length === 0) {
    io.err(`policy-lens: no entry has the id or name "${query}"`);
    return EXIT_USAGE;
  }
  if (args.format === 'json') io.out(`${JSON.stringify(found, null, 2)}\n`);
  else {
    // each entry as its hover shows it, read on --date or today: offices held, treaty status, leaders
    const date = args.date ? { iso: args.date, source: 'setting' as const } : { iso: new Date().toISOString().slice(0, 10), source: 'today' as const };
    io.out(found.map((e) => `${entryMarkdown(kb, e, date)}\n\n_Read as of ${date.iso}._\n`).join('\n---\n\n'));
  }
  return failed ? EXIT_USAGE : EXIT_OK;
}

/** Runs the CLI with the given arguments; returns the exit code. */
export function run(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv);
  if ('error' in args) {
    io.err(`policy-lens: ${args.error}\nRun "policy-lens --help" for usage.\n`);
    return EXIT_USAGE;
  }
  if (args.command === 'help') return io.out(HELP), EXIT_OK;
  if (args.command === 'version') return io.out(`${VERSION}\n`), EXIT_OK;
  return args.command.startsWith('kb-') ? runKb(args, io) : runDocuments(args, io);
}

if (require.main === module) {
  tuneV8();
  // the reader went away (`policy-lens kb list | head`): nothing more can be said to it
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? EXIT_OK);
  });
  try {
    process.exitCode = run(process.argv.slice(2), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`) });
  } catch (error) {
    process.stderr.write(`policy-lens: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT_USAGE;
  }
}
