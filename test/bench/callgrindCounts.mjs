// Reading a callgrind profile of the analysis (see instructions.mjs): the instructions the main
// thread spent, and the instructions of each function, JavaScript and regular expressions named
// through the map V8 writes with `--perf-basic-prof`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * The optimizing compiler's work on a function, which V8 runs on a background thread unless it is
 * told to keep to one (`--single-threaded`, which the counts need to be repeatable). Its
 * instructions are taken out of the counts: after ten warm-up analyses of 1 MB, V8 still compiled
 * during the counted ones, 9.4 % of what callgrind counted on prose.
 */
const BACKGROUND_COMPILE = 'v8::internal::compiler::PipelineCompilationJob::ExecuteJobImpl(';

/** `callgrind_annotate`'s lines: instruction count and function name. */
function annotated(profile, inclusive) {
  const text = execFileSync('callgrind_annotate', [`--inclusive=${inclusive ? 'yes' : 'no'}`, '--threshold=100', profile], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const rows = [];
  for (const line of text.split('\n')) {
    const row = /^\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$/.exec(line);
    if (row) rows.push({ count: Number(row[1].replaceAll(',', '')), name: row[2] });
  }
  return rows;
}

/** The instructions of `profile` in all, and those of the compiler's background jobs among them. */
export function instructionTotals(profile) {
  const rows = annotated(profile, true);
  const all = rows.find((r) => r.name.includes('PROGRAM TOTALS'))?.count;
  if (all === undefined) throw new Error(`callgrind_annotate found no totals in ${profile}`);
  return { all, backgroundCompile: rows.find((r) => r.name.includes(BACKGROUND_COMPILE))?.count ?? 0 };
}

/** The code ranges of a `--perf-basic-prof` map ("start size name" in hex), sorted by start. */
function codeRanges(perfMap) {
  const ranges = [];
  for (const line of readFileSync(perfMap, 'utf8').split('\n')) {
    const range = /^([0-9a-f]+) ([0-9a-f]+) (.*)$/.exec(line);
    if (range) ranges.push({ start: parseInt(range[1], 16), end: parseInt(range[1], 16) + parseInt(range[2], 16), name: range[3] });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** The name of the code at `address`: the last range that starts at or before it and holds it (V8 reuses freed code space). */
function nameAt(ranges, address) {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (ranges[middle].start <= address) low = middle + 1;
    else high = middle - 1;
  }
  // back over the ranges that start before it, as far as a code object's size can reach (under 1 MB)
  for (let k = high; k >= 0 && ranges[k].start > address - (1 << 20); k--) if (address < ranges[k].end) return ranges[k].name;
  return undefined;
}

/** A function's name for the table: the build's path and V8's markers cut, the compiler's functions as one. */
function shortName(name, buildRoot) {
  if (name.includes('v8::internal::compiler::')) return '[the optimizing compiler]';
  return name.replace(/^\?\?\?:/, '').replace(/ \[\/[^\]]*\]$/, '').replaceAll(`${buildRoot}/out/server/src/core/`, '').replace(/^JS:\*?/, '');
}

/**
 * Each function's own instructions in `profile` (not those of what it calls), most first:
 * JavaScript functions and regular expressions by the names in `perfMap`. The compiler's own
 * functions are one row, background jobs and all (the helpers they call, `malloc` and the like,
 * keep rows of their own).
 */
export function instructionsByFunction(profile, perfMap, buildRoot) {
  const ranges = codeRanges(perfMap);
  const byName = new Map();
  for (const { count, name } of annotated(profile, false)) {
    if (name.includes('PROGRAM TOTALS')) continue;
    const address = /^\?\?\?:0x([0-9a-f]+) \[\?\?\?\]$/.exec(name);
    const named = shortName((address && nameAt(ranges, parseInt(address[1], 16))) || name, buildRoot);
    byName.set(named, (byName.get(named) ?? 0) + count);
  }
  return [...byName].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count);
}
