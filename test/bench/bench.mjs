// npm run bench: measures Policy Lens against the single-pass floor and peers in one run, and
// writes bench/RESULTS.md. Figures are medians of several runs after a warm-up; ratios matter,
// because these machines are noisy.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import { generate } from './corpus.mjs';

const require = createRequire(import.meta.url);
const core = require('../../out/server/src/core/index.js');
const MarkdownIt = require('markdown-it');
const nlp = require('compromise');

const RUNS = 7;
const MB = 1024 * 1024;

function median(fn, runs = RUNS) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const { kb } = core.loadKnowledgeBase(core.builtinKbFiles);
const fresh = () => core.createAnalyzer({ kb, today: () => '2026-11-24' });
const doc = (text, version = 1) => ({ uri: 'bench.md', version, getText: () => text });
const mbps = (bytes, ms) => bytes / MB / (ms / 1000);
const fmt = (n, d = 1) => n.toFixed(d);

const lines = [];
const say = (line = '') => (console.log(line), lines.push(line));

say('# Benchmark results');
say();
say(`Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; knowledge base of ${kb.entries.size} entries and ${kb.matcher.size} names. Median of ${RUNS} runs after a warm-up. Reproduce with \`npm run bench\`.`);
say();

// 1 MB: Policy Lens against the floor and the peers
const text = generate(MB);
let sink = 0;
const floorLoop = median(() => { for (let i = 0; i < text.length; i++) sink += text.charCodeAt(i); });
const floorLower = median(() => { sink += text.toLowerCase().length; });
const full = median(() => fresh().analyze(doc(text)));
const md = new MarkdownIt();
const markdownIt = median(() => md.parse(text, {}));
const slice = text.slice(0, 50 * 1024);
const compromise = median(() => { const d = nlp(slice); d.people().out('array'); d.places().out('array'); d.organizations().out('array'); }, 3) * (text.length / slice.length);
say('## Full analysis of a 1 MB document');
say();
say('| What | ms | MB/s | Policy Lens is … |');
say('| --- | ---: | ---: | --- |');
say(`| floor: charCodeAt loop | ${fmt(floorLoop)} | ${fmt(mbps(text.length, floorLoop), 0)} | ${fmt(full / floorLoop)}× slower |`);
say(`| floor: toLowerCase | ${fmt(floorLower)} | ${fmt(mbps(text.length, floorLower), 0)} | ${fmt(full / floorLower)}× slower |`);
say(`| **Policy Lens: entities, proposals, outline, diagnostics** | **${fmt(full)}** | **${fmt(mbps(text.length, full))}** | — |`);
say(`| markdown-it parse | ${fmt(markdownIt)} | ${fmt(mbps(text.length, markdownIt))} | ${fmt(markdownIt / full, 2)}× its speed |`);
say(`| compromise people/places/organizations (50 KB slice, scaled) | ${fmt(compromise, 0)} | ${fmt(mbps(text.length, compromise), 2)} | ${fmt(compromise / full, 0)}× faster |`);
say();

// a keystroke: one paragraph changes, the others come from the block memo
const analyzer = fresh();
analyzer.analyze(doc(text));
const middle = text.indexOf('\n\n', text.length / 2);
let version = 2;
const keystroke = median(() => {
  const edited = text.slice(0, middle) + ` x${version}` + text.slice(middle);
  analyzer.analyze(doc(edited, version++));
});
const analysis = analyzer.analyze(doc(text, version++));
const offsets = Array.from({ length: 2000 }, (_, i) => Math.floor((i * 7919) % text.length));
const hoverTimes = offsets.map((o) => { const t = process.hrtime.bigint(); analyzer.hover(analysis, o); return Number(process.hrtime.bigint() - t) / 1e6; }).sort((a, b) => a - b);
say('## Editing a 1 MB document');
say();
say(`- A keystroke (one paragraph changed, everything re-derived, unchanged paragraphs from the memo): **${fmt(keystroke)} ms**, ${fmt(keystroke / full * 100, 0)} % of a full analysis.`);
say(`- Hover from the cached analysis: p95 **${fmt(hoverTimes[Math.floor(hoverTimes.length * 0.95)], 3)} ms** over ${offsets.length} positions.`);
say();

// scaling with text size
say('## Scaling with text size');
say();
say('| Size | ms | MB/s |');
say('| ---: | ---: | ---: |');
for (const size of [1024, 10 * 1024, 100 * 1024, MB, 10 * MB]) {
  const sample = generate(size, 7);
  const ms = median(() => fresh().analyze(doc(sample)), size >= 10 * MB ? 3 : RUNS);
  say(`| ${size >= MB ? `${size / MB} MB` : `${size / 1024} KB`} | ${fmt(ms, 2)} | ${fmt(mbps(size, ms))} |`);
}
say();

// start-up: loading the knowledge base and compiling the matcher
const load = median(() => core.loadKnowledgeBase(core.builtinKbFiles));
say('## Start-up');
say();
say(`- Loading and validating the built-in knowledge base and compiling the matcher: **${fmt(load)} ms**. Heap in use after loading: ${fmt(process.memoryUsage().heapUsed / MB, 0)} MB (the whole benchmark process).`);
say(`- Peak resident memory of this benchmark process: ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB.`);
say();
say('Not measured yet (issue "Speed"): vscode-markdown-languageservice document symbols as a peer, protocol-level keystroke-to-diagnostics latency through the server, KB-size scaling with synthetic names, 100 open documents.');
writeFileSync(new URL('../../bench/RESULTS.md', import.meta.url), lines.join('\n') + '\n');
if (sink === 42) console.log('');
