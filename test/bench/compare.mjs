// npm run bench:compare -- REV [FILE ...]: compares this build's analysis with the one at git
// revision REV, in one process. The machine drifts 2× between minutes, so separate runs cannot
// show a 5 % change: both cores run in alternation, one call each per round, and the ratio is the
// median of the rounds' ratios. It also checks that both give the same findings, mentions,
// proposals, outline and folds on generated texts with injected typos and on each FILE. Each ratio
// comes with a 95 % interval for its median: a change whose interval spans 1 is not measured.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { generate, random } from './corpus.mjs';
import { generateTreaty } from './treatyCorpus.mjs';
import { interleaved, MB, pairedRatio, pairedRatioInterval, percentile, tuneAsTheServerDoes } from './measure.mjs';
import { buildRevision, root } from './revisionBuild.mjs';

const [revision, ...files] = process.argv.slice(2);
const ROUNDS = Number(process.env.ROUNDS ?? 60);
const require = createRequire(import.meta.url);
tuneAsTheServerDoes();

// the revision's core, compiled in a worktree of its own, removed when this process exits
const tree = buildRevision(revision, 'usage: npm run bench:compare -- REV [FILE ...]   (REV: a git revision to compare this build with)');
const before = require(path.join(tree, 'out/server/src/core/index.js'));
const after = require(path.join(root, 'out/server/src/core/index.js'));

const TODAY = '2026-11-30';
const analyzerOf = (core) => {
  const { kb } = core.loadKnowledgeBase(core.builtinKbFiles);
  return (text) => core.createAnalyzer({ kb, today: () => TODAY }).analyze({ uri: 'compare.md', version: 1, getText: () => text });
};
const analyzeBefore = analyzerOf(before);
const analyzeAfter = analyzerOf(after);

// --- same output (the texts are generated from fixed seeds, so a difference can be reproduced) ---
function withTypos(text, count, next) {
  const chars = [...text];
  const pieces = 'abcdefghijklmnopqrstuvwxyzAEIOU’“”—-.:(),1';
  for (let k = 0; k < count; k++) {
    const i = Math.floor(next() * chars.length);
    const roll = next();
    if (roll < 0.3) chars.splice(i, 1);
    else if (roll < 0.6) chars.splice(i, 0, pieces[Math.floor(next() * pieces.length)]);
    else if (roll < 0.8) [chars[i], chars[i + 1]] = [chars[i + 1] ?? chars[i], chars[i]];
    else chars.splice(i, 0, '\n\n');
  }
  return chars.join('');
}
// mentions are read by property: the core keeps them as records with getters
const outputOf = (analysis) =>
  JSON.stringify({
    mentions: analysis.mentions.map((m) => [m.start, m.end, m.text, m.id, m.kind, m.category, m.form, m.name, m.alternatives, m.variant, m.placeId, m.title]),
    findings: analysis.findings,
    proposals: analysis.proposals,
    outline: analysis.outline,
    folds: analysis.folds,
    date: analysis.date,
  });
const next = random(20261130);
const texts = Array.from({ length: 40 }, (_, i) => [`generated text ${i + 1} with 200 typos`, withTypos(generate(20_000, i + 1), 200, next)]);
for (let i = 0; i < 10; i++) texts.push([`generated treaty text ${i + 1} with 200 typos`, withTypos(generateTreaty(20_000, i + 1), 200, next)]);
for (const file of files) texts.push([file, readFileSync(file, 'utf8')], [`${file} with 300 typos`, withTypos(readFileSync(file, 'utf8'), 300, next)]);
const differing = texts.filter(([, text]) => outputOf(analyzeBefore(text)) !== outputOf(analyzeAfter(text))).map(([name]) => name);
console.log(differing.length === 0 ? `Same output on ${texts.length} texts.` : `Different output on ${differing.length} of ${texts.length} texts: ${differing.join('; ')}`);

// --- speed --------------------------------------------------------------------------------------
const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'theta'];
const workloads = {
  'full analysis of 1 MB': generate(MB),
  // fifteen times as many proposals per megabyte, many of them sub-items
  'full analysis of a 1 MB treaty text': generateTreaty(MB),
  // the per-paragraph costs alone, which the full analysis hides in its noise
  '3,775 paragraphs that name nothing': Array.from({ length: 3775 }, (_, i) => `The plain ${words[i % 7]} paragraph number ${i} says nothing at all.`).join('\n\n'),
};
// each FILE too: text as users write it costs more per megabyte than the generated prose
for (const file of files) workloads[`full analysis of ${file}`] = readFileSync(file, 'utf8');
for (const [name, text] of Object.entries(workloads)) {
  const times = await interleaved({ before: () => analyzeBefore(text), after: () => analyzeAfter(text) }, ROUNDS);
  const fmt = (list) => `median ${percentile(list, 0.5).toFixed(1)} ms, fastest ${Math.min(...list).toFixed(1)} ms`;
  const { low, high } = pairedRatioInterval(times.after, times.before);
  const verdict = low > 1 ? 'slower' : high < 1 ? 'faster' : 'not told apart';
  console.log(
    `${name}: this build takes ${pairedRatio(times.after, times.before).toFixed(3)} of ${revision}'s time (median of ${ROUNDS} rounds; 95 % interval ${low.toFixed(3)}–${high.toFixed(3)}, ${verdict}; ${revision}: ${fmt(times.before)}; this build: ${fmt(times.after)})`,
  );
}
if (differing.length > 0) process.exitCode = 1;
