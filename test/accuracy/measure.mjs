// Measures proposal detection, title quality and rule false positives on the fixture corpus
// (test/fixtures/corpus) against the hand-written `.labels.json` files. Runs the compiled core
// in out/ with the built-in knowledge base: `npm run accuracy` (which builds first).
// Prints a Markdown report and writes it to test/accuracy/RESULTS.md.
//
// Matching (documented in RESULTS.md too):
// - A label's marker span is located in its document: at `context` if the label gives one (the
//   marker's offset inside the context), otherwise at the first occurrence of `marker`, at or after
//   the previous label's marker, that stands where a marker can stand (only whitespace, `#`, `*` or
//   `_` before it on its line, or the end of a sentence before it) and is not followed by a letter.
// - A predicted proposal matches a label when both are in the same document, have the same ordinal,
//   and the predicted marker span overlaps the label's marker span. Matching is one-to-one, greedy
//   in document order. Matches are true positives; unmatched predictions are false positives;
//   unmatched labels are false negatives.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { entityDifferences, entitySections, measureEntities } from './entityReport.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const core = require(path.join(root, 'out/server/src/core/index.js'));
const CORPUS = path.join(root, 'test/fixtures/corpus');
const TODAY = '2025-06-01';
const verbose = process.argv.includes('--verbose');

/** Finds the label's marker span in the text, starting the search at `from`. */
function locate(text, label, from) {
  if (label.context) {
    let at = text.indexOf(label.context, from);
    if (at < 0) at = text.indexOf(label.context);
    if (at < 0) return undefined;
    const start = at + Math.max(0, label.context.indexOf(label.marker));
    return { start, end: start + label.marker.length };
  }
  for (let at = text.indexOf(label.marker, from); at >= 0; at = text.indexOf(label.marker, at + 1)) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const before = text.slice(lineStart, at);
    const after = text.charAt(at + label.marker.length);
    const opensLine = /^[\s#*_]*$/.test(before);
    const opensSentence = /[.!?]["”’)]?\s+[*_]{0,2}$/.test(before);
    if ((opensLine || opensSentence) && !/\p{L}/u.test(after)) return { start: at, end: at + label.marker.length };
  }
  return undefined;
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const tokens = (s) => (s.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []);
const normal = (s) => tokens(s).join(' ');

/** Token-overlap F1 between two titles (multiset of lower-cased word tokens). */
function tokenF1(predicted, wanted) {
  const p = tokens(predicted);
  const w = tokens(wanted);
  if (p.length === 0 || w.length === 0) return p.length === w.length ? 1 : 0;
  const counts = new Map();
  for (const t of w) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of p) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / p.length;
  const recall = common / w.length;
  return (2 * precision * recall) / (precision + recall);
}

/** A title that starts with a bare subject and a modal ("The United States should …"). */
const BARE_SUBJECT_MODAL =
  /^(?:(?!that\b|which\b|who\b|to\b|if\b|whether\b)[\p{L}\p{N}.’'-]+\s+){1,6}?(?:should|must|ought to|shall|will|would|needs? to|has to|have to)\b/iu;
const goodShape = (title) => title.length <= 90 && !BARE_SUBJECT_MODAL.test(title);

function readCorpus() {
  return fs
    .readdirSync(CORPUS)
    .filter((name) => /\.(md|txt)$/.test(name))
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(CORPUS, name), 'utf8');
      const labels = JSON.parse(fs.readFileSync(path.join(CORPUS, name.replace(/\.(md|txt)$/, '.labels.json')), 'utf8'));
      return { name, text, labels };
    });
}

/** Matches one document's predictions to its labels. */
function matchDocument(doc, analysis) {
  let from = 0;
  const wanted = doc.labels.proposals.map((label) => {
    const span = locate(doc.text, label, from);
    if (!span) throw new Error(`${doc.name}: cannot locate label marker "${label.context ?? label.marker}"`);
    from = span.start + 1;
    return { ...label, span, sub: label.parent !== undefined };
  });
  const used = new Set();
  const pairs = [];
  const falsePositives = [];
  for (const p of analysis.proposals) {
    const i = wanted.findIndex((w, k) => !used.has(k) && w.ordinal === p.ordinal && overlaps(w.span, p.markerSpan));
    if (i < 0) {
      const near = wanted.find((w) => overlaps(w.span, p.markerSpan));
      falsePositives.push({ p, wrongOrdinal: near?.ordinal });
      continue;
    }
    used.add(i);
    pairs.push({ p, w: wanted[i] });
  }
  const falseNegatives = wanted.filter((_, k) => !used.has(k));
  return { wanted, pairs, falsePositives, falseNegatives };
}

function newTally() {
  return { docs: 0, labels: 0, predicted: 0, tp: 0 };
}
const ratio = (a, b) => (b === 0 ? '—' : (a / b).toFixed(2));
const pct = (a, b) => (b === 0 ? '—' : `${Math.round((100 * a) / b)}%`);
const f1 = (t) => {
  const p = t.predicted === 0 ? (t.labels === 0 ? 1 : 0) : t.tp / t.predicted;
  const r = t.labels === 0 ? 1 : t.tp / t.labels;
  return p + r === 0 ? '0.00' : ((2 * p * r) / (p + r)).toFixed(2);
};

function measure() {
  const { kb } = core.loadKnowledgeBase(core.builtinKbFiles);
  const analyzer = core.createAnalyzer({ kb, today: () => TODAY });
  const byStyle = new Map();
  const overall = newTally();
  const sub = { labels: 0, tp: 0 };
  const nesting = { pairs: 0, right: 0, wrong: [] };
  const titles = { pairs: 0, exact: 0, f1: 0, predicted: 0, goodShape: 0 };
  const clean = { docs: 0, findings: 0, byCode: new Map() };
  const seeded = [];
  const perDoc = [];
  for (const doc of readCorpus()) {
    const analysis = analyzer.analyze({ uri: `file:///corpus/${doc.name}`, version: 1, getText: () => doc.text }, core.defaultSettings);
    const m = matchDocument(doc, analysis);
    const style = doc.labels.style;
    const tally = byStyle.get(style) ?? newTally();
    byStyle.set(style, tally);
    for (const t of [tally, overall]) {
      t.docs++;
      t.labels += m.wanted.length;
      t.predicted += analysis.proposals.length;
      t.tp += m.pairs.length;
    }
    sub.labels += m.wanted.filter((w) => w.sub).length;
    sub.tp += m.pairs.filter(({ w }) => w.sub).length;
    for (const { p, w } of m.pairs) {
      const parentOrdinal = p.parent === undefined ? undefined : analysis.proposals[p.parent]?.ordinal;
      nesting.pairs++;
      if (parentOrdinal === w.parent) nesting.right++;
      else nesting.wrong.push(`${doc.name}: "${p.marker}" ${p.ordinal} has parent ${parentOrdinal ?? 'none'}, label says ${w.parent ?? 'none'}`);
    }
    for (const { p, w } of m.pairs) {
      titles.pairs++;
      if (normal(p.title) === normal(w.title)) titles.exact++;
      titles.f1 += tokenF1(p.title, w.title);
    }
    for (const p of analysis.proposals) {
      titles.predicted++;
      if (goodShape(p.title)) titles.goodShape++;
    }
    if (doc.labels.clean) {
      clean.docs++;
      clean.findings += analysis.findings.length;
      for (const f of analysis.findings) clean.byCode.set(f.code, [...(clean.byCode.get(f.code) ?? []), { doc: doc.name, severity: f.severity }]);
    } else {
      const codes = analysis.findings.map((f) => f.code);
      for (const code of doc.labels.expectedFindings ?? []) seeded.push({ doc: doc.name, code, found: codes.includes(code) });
    }
    perDoc.push({ doc, analysis, m });
  }
  return { byStyle, overall, sub, nesting, titles, clean, seeded, perDoc };
}

function describeDoc({ doc, analysis, m }) {
  const lines = [];
  for (const { p, wrongOrdinal } of m.falsePositives) {
    const why = wrongOrdinal !== undefined ? ` (label says ordinal ${wrongOrdinal})` : '';
    lines.push(`  - FP ${p.ordinal}. "${p.marker}" → ${p.title}${why}`);
  }
  for (const w of m.falseNegatives) lines.push(`  - FN ${w.sub ? 'sub-item ' : ''}${w.ordinal}. "${w.marker}" — ${w.title}`);
  for (const { p, w } of m.pairs) {
    if (normal(p.title) !== normal(w.title)) lines.push(`  - title ${p.ordinal}: got "${p.title}" — wanted "${w.title}" (F1 ${tokenF1(p.title, w.title).toFixed(2)})`);
  }
  if (doc.labels.clean) for (const f of analysis.findings) lines.push(`  - finding on clean text: ${f.code} (${f.severity}): ${f.message}`);
  return lines;
}

function report(r, entities) {
  const out = [];
  out.push('# Accuracy on the fixture corpus', '');
  out.push(`Generated by \`npm run accuracy\` (test/accuracy/measure.mjs) over ${r.overall.docs} documents in test/fixtures/corpus, built-in knowledge base, fallback date ${TODAY}.`, '');
  out.push('## Proposal detection', '');
  out.push('| Style | Docs | Labelled | Predicted | Matched | Precision | Recall | F1 |', '|---|---:|---:|---:|---:|---:|---:|---:|');
  const row = (name, t) => `| ${name} | ${t.docs} | ${t.labels} | ${t.predicted} | ${t.tp} | ${ratio(t.tp, t.predicted)} | ${ratio(t.tp, t.labels)} | ${f1(t)} |`;
  for (const [style, t] of [...r.byStyle].sort(([a], [b]) => a.localeCompare(b))) out.push(row(style, t));
  out.push(row('**overall**', r.overall), '');
  out.push(`Sub-proposals (nested items labelled with a parent): ${r.sub.tp} of ${r.sub.labels} found (recall ${ratio(r.sub.tp, r.sub.labels)}).`);
  out.push(`Nesting: ${r.nesting.right} of ${r.nesting.pairs} matched proposals have the labelled parent (or none when the label has none).`, '');
  for (const w of r.nesting.wrong) out.push(`- ${w}`);
  if (r.nesting.wrong.length > 0) out.push('');
  out.push('## Title quality', '');
  out.push('| Measure | Value |', '|---|---:|');
  out.push(`| Matched proposals compared | ${r.titles.pairs} |`);
  out.push(`| Exact title match (case and punctuation ignored) | ${pct(r.titles.exact, r.titles.pairs)} |`);
  out.push(`| Mean token-overlap F1 with the labelled title | ${ratio(r.titles.f1, r.titles.pairs)} |`);
  out.push(`| Predicted titles ≤ 90 chars and not "subject + modal" | ${pct(r.titles.goodShape, r.titles.predicted)} (${r.titles.goodShape}/${r.titles.predicted}) |`, '');
  out.push('## Drafting rules', '');
  const hints = [...r.clean.byCode.values()].flat().filter((f) => f.severity === 'hint').length;
  out.push(
    `Findings on the ${r.clean.docs} documents labelled clean (each one a false positive): **${r.clean.findings}**, of which ${hints} hints and ${r.clean.findings - hints} information, warnings or errors.`,
    '',
  );
  if (r.clean.byCode.size > 0) out.push('| Rule | Severity | Findings on clean text | Documents |', '|---|---|---:|---:|');
  for (const [code, list] of [...r.clean.byCode].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`| \`${code}\` | ${[...new Set(list.map((f) => f.severity))].join(', ')} | ${list.length} | ${new Set(list.map((f) => f.doc)).size} |`);
  }
  if (r.seeded.length > 0) {
    out.push('', 'Seeded errors in documents labelled not clean:', '');
    for (const s of r.seeded) out.push(`- ${s.doc}: \`${s.code}\` ${s.found ? 'found' : '**missed**'}`);
  }
  out.push('', ...entitySections(entities));
  out.push('## Per document', '', '| Document | Style | Labelled | Predicted | Matched | Findings |', '|---|---|---:|---:|---:|---:|');
  for (const { doc, analysis, m } of r.perDoc) {
    out.push(`| ${doc.name} | ${doc.labels.style} | ${m.wanted.length} | ${analysis.proposals.length} | ${m.pairs.length} | ${analysis.findings.length} |`);
  }
  out.push('', '## Differences from the labels', '');
  for (const d of r.perDoc) {
    const lines = describeDoc(d);
    if (lines.length > 0) out.push(`- **${d.doc.name}**`, ...lines);
  }
  out.push('', '## Differences from the entity labels', '', ...entityDifferences(entities));
  out.push('', '## How matching works', '');
  out.push(
    '- A label\'s marker span is found in its document: inside `context` when the label gives one, otherwise at the first occurrence of `marker` after the previous label\'s marker that stands where a marker can stand (start of a line after whitespace, `#`, `*`, `_`, or after the end of a sentence) and is not followed by a letter.',
    '- A predicted proposal matches a label when it is in the same document, has the same ordinal, and its marker span overlaps the label\'s marker span. Matching is one-to-one, greedy in document order; unmatched predictions are false positives, unmatched labels false negatives. A prediction at the right place with the wrong ordinal counts as both.',
    '- Titles are compared on matched pairs only: exact match after lower-casing and dropping punctuation; token F1 over lower-cased word tokens (multiset overlap).',
    '- "Subject + modal" means the title begins with one to six words (none of them *that, which, who, to, if, whether*) followed by *should, must, ought to, shall, will, would, need(s) to, has/have to*.',
  );
  return out.join('\n') + '\n';
}

const results = measure();
const { kb } = core.loadKnowledgeBase(core.builtinKbFiles);
const text = report(results, measureEntities(root, core, kb));
fs.writeFileSync(path.join(here, 'RESULTS.md'), text);
if (verbose) console.log(text);
else console.log(text.slice(0, text.indexOf('## Per document')).trimEnd() + '\n\n(per-document details in test/accuracy/RESULTS.md)');
