import * as assert from 'assert';
import { builtinKbFiles, createAnalyzer, defaultSettings, loadKnowledgeBase, parseSettings, type Analysis, type Analyzer, type Finding, type KnowledgeBase } from '../../server/src/core/index';
import { plainNode } from '../../server/src/core/features/shiftedNode';
import { plainProposal } from '../../server/src/core/features/shiftedProposal';
import { plainFinding } from '../../server/src/core/rules/shiftedFinding';
import { testEntries, testKb } from './testKb';

/** Joins lines with LF, so fixtures read as the document they stand for. */
export const joinLines = (...lines: string[]): string => lines.join('\n');

/** The change that turns `before` into `after`: the stretch `[start, end)` of `before` replaced by `text`, the longest common start and then the longest common end left out. */
export function changeBetween(before: string, after: string): { start: number; end: number; text: string } {
  const most = Math.min(before.length, after.length);
  let start = 0;
  while (start < most && before[start] === after[start]) start++;
  let suffix = 0;
  while (suffix < most - start && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { start, end: before.length - suffix, text: after.slice(start, after.length - suffix) };
}

/** Asserts that an incremental analysis reads as a full one; outline nodes are compared by property, as moved ones are read (see `features/shiftedNode.ts`). */
export function assertSameAnalysis(actual: Analysis, expected: Analysis, message?: string): void {
  const readable = (analysis: Analysis) => ({
    ...analysis,
    mentions: analysis.mentions,
    proposals: analysis.proposals.map(plainProposal),
    outline: analysis.outline.map(plainNode),
    // (read through a getter, as the lists above are, which a spread leaves out)
    folds: analysis.folds,
    findings: analysis.findings.map(plainFinding),
  });
  assert.deepStrictEqual(readable(actual), readable(expected), message);
}

/**
 * A small deterministic generator, so that a failure can be replayed: the C library's linear
 * congruential step in 32-bit integer arithmetic (`Math.imul`). In plain doubles the product
 * passed 2^53 and lost its low bits, and one seed gave 15,000 distinct values in 100,000 draws.
 */
export function random(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
}

/** The cursor marker in test input. */
export const CURSOR = '|';

let analyzer: Analyzer | undefined;

/** One analyzer over the test knowledge base, with a fixed "today". */
export function testAnalyzer(): Analyzer {
  return (analyzer ??= createAnalyzer({ kb: testKb(), today: () => '2026-11-24' }));
}

/** An analyzer over the test knowledge base and `extra` entries, which must load without problems, on `today`. */
export function analyzerOver(extra: readonly object[], today: string): Analyzer {
  const { kb, problems } = loadKnowledgeBase([{ name: 'test', data: { entries: [...testEntries, ...extra] } }]);
  assert.deepStrictEqual(problems, []);
  return createAnalyzer({ kb, today: () => today });
}

let version = 0;

/** Analyses text as an in-memory document, with optional raw settings. */
export function analyze(text: string, rawSettings?: unknown): Analysis {
  const settings = rawSettings === undefined ? defaultSettings : parseSettings(rawSettings).settings;
  return testAnalyzer().analyze({ uri: 'memory://test.md', version: ++version, getText: () => text }, settings);
}

/** Splits `a|b` into the text without the marker and the marker's offset. */
export function withCursor(input: string): { text: string; offset: number } {
  const offset = input.indexOf(CURSOR);
  if (offset === -1) throw new Error('test input has no cursor marker');
  return { text: input.slice(0, offset) + input.slice(offset + 1), offset };
}

/** The recognized mentions as `text→id/form` strings, for compact assertions. */
export function mentionsOf(text: string, rawSettings?: unknown): string[] {
  return analyze(text, rawSettings).mentions.map((m) => `${m.text}→${m.id}/${m.form}`);
}

/** The built-in knowledge base, loaded once for the tests that read it. */
let builtinKb: KnowledgeBase | undefined;

/** An analyzer over the built-in knowledge base (loaded once) on `today`. */
export function builtinAnalyzer(today: string): Analyzer {
  return createAnalyzer({ kb: (builtinKb ??= loadKnowledgeBase(builtinKbFiles).kb), today: () => today });
}

/** The mentions of a text read on `today` over the built-in knowledge base, as `text→id` strings. */
export function builtinReadings(today: string): (text: string) => string[] {
  const analyzer = builtinAnalyzer(today);
  return (text) => analyzer.analyze({ uri: 'memory://builtin.md', version: 1, getText: () => text }).mentions.map((m) => `${m.text}→${m.id}`);
}

/** The findings of one rule in a text read on `today`, over the built-in knowledge base. */
export function builtinRuleFindings(code: string, today: string): (text: string) => Finding[] {
  const analyzer = builtinAnalyzer(today);
  return (text) => analyzer.analyze({ uri: 'memory://builtin.md', version: 1, getText: () => text }).findings.filter((f) => f.code === code);
}

/** The words each finding of one rule covers, over the built-in knowledge base. */
export function builtinRuleSpans(code: string, today: string): (text: string) => string[] {
  const read = builtinRuleFindings(code, today);
  return (text) => read(text).map((f) => text.slice(f.start, f.end));
}
