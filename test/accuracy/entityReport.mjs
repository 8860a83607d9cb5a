// The entity corpus's part of the accuracy report: recognition of names per entity kind, and the
// seeded drafting errors found. The matching rules live in entityLabels.ts (compiled to out/).
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const ratio = (a, b) => (b === 0 ? '—' : (a / b).toFixed(2));
const f1 = (right, predicted, labelled) => {
  const p = predicted === 0 ? 0 : right / predicted;
  const r = labelled === 0 ? 0 : right / labelled;
  return p + r === 0 ? '0.00' : ((2 * p * r) / (p + r)).toFixed(2);
};
/** Hints ask a question rather than report an error; they are counted apart. */
const isHint = (f) => f.severity === 'hint';

/** Analyses every draft of the entity corpus on its labelled date and matches it with its labels. */
export function measureEntities(root, core, kb) {
  const labels = require(path.join(root, 'out/test/accuracy/entityLabels.js'));
  const analyzer = core.createAnalyzer({ kb });
  const docs = labels.readEntityCorpus(root).map((doc) => {
    const settings = { ...core.defaultSettings, documentDate: doc.labels.date };
    const analysis = analyzer.analyze({ uri: `file:///entities/${doc.name}`, version: 1, getText: () => doc.text }, settings);
    return { doc, analysis, mentions: labels.matchMentions(doc, analysis.mentions), findings: labels.matchFindings(doc, analysis.findings) };
  });
  const kindOf = (id) => kb.get(id)?.kind;
  return { docs, ...labels.tallyMentions(docs.map((d) => d.mentions), kindOf) };
}

/** Whether some mention covers the whole labelled span. */
const coversLabel = (mentions, span) => mentions.some((m) => m.start <= span.start && m.end >= span.end);

const quote = (text) => `"${text.replace(/\s+/g, ' ')}"`;

/** The report's sections on the entity corpus, as Markdown lines. */
export function entitySections(r) {
  const out = [];
  const unknown = r.docs.flatMap((d) => d.mentions.unknown);
  out.push('## Entity recognition', '');
  out.push(
    `${r.docs.length} drafts in \`test/fixtures/entities\`, each analysed on its labelled date. Every name an expert reader sees is labelled with the knowledge-base entry it stands for (a capital that acts is its government, a demonym its state). A mention is right when it overlaps a label and names the same entry; one that names another entry counts as both a false positive and a false negative.`,
    '',
  );
  out.push('| Kind | Labelled | Reported | Right | Precision | Recall | F1 |', '|---|---:|---:|---:|---:|---:|---:|');
  const row = (name, t) => `| ${name} | ${t.labelled} | ${t.predicted} | ${t.right} | ${ratio(t.right, t.predicted)} | ${ratio(t.right, t.labelled)} | ${f1(t.right, t.predicted, t.labelled)} |`;
  for (const [kind, t] of [...r.byKind].sort(([a], [b]) => a.localeCompare(b))) out.push(row(kind, t));
  out.push(row('**overall**', r.overall), '');
  const wrongReadings = r.docs.flatMap((d) => d.mentions.missed.filter((m) => m.instead)).length;
  out.push(`Wrong readings (a mention of another entry where the label is): ${wrongReadings}.`);
  // a name the knowledge base lacks, read whole as one of its entries: "Rada", a Libyan armed group, as Ukraine's parliament
  const readAsKnown = r.docs.reduce((n, d) => n + d.mentions.unknown.filter((u) => u.touched && coversLabel(d.analysis.mentions, u.located.span)).length, 0);
  out.push(
    `Names the knowledge base lacks: ${unknown.length} of ${unknown.length + r.overall.labelled} labelled names (coverage ${ratio(r.overall.labelled, unknown.length + r.overall.labelled)}); they are left out of the table above. Of them, ${readAsKnown} were read whole as one of its entries all the same (another state's Senate as the U.S. Senate): wrong readings the table cannot count.`,
    '',
  );
  out.push('## Seeded drafting errors', '');
  const byCode = new Map();
  const entry = (code) => byCode.get(code) ?? byCode.set(code, { seeded: 0, found: 0, unexpected: 0 }).get(code);
  for (const d of r.docs) {
    for (const l of d.findings.found) {
      entry(l.label.code).seeded++;
      entry(l.label.code).found++;
    }
    for (const l of d.findings.missed) entry(l.label.code).seeded++;
    for (const f of d.findings.unexpected) if (!isHint(f)) entry(f.code).unexpected++;
  }
  const hints = r.docs.flatMap((d) => d.findings.unexpected.filter(isHint));
  out.push(
    'Each draft lists the errors seeded in it. A finding matches a seeded error when its rule is the same and its span overlaps an occurrence of the error\'s text. Any other finding that is not a hint is a false alarm.',
    '',
  );
  out.push('| Rule | Seeded | Found | Recall | False alarms |', '|---|---:|---:|---:|---:|');
  let seeded = 0;
  let found = 0;
  let unexpected = 0;
  for (const [code, t] of [...byCode].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`| \`${code}\` | ${t.seeded} | ${t.found} | ${ratio(t.found, t.seeded)} | ${t.unexpected} |`);
    seeded += t.seeded;
    found += t.found;
    unexpected += t.unexpected;
  }
  out.push(`| **overall** | ${seeded} | ${found} | ${ratio(found, seeded)} | ${unexpected} |`, '');
  out.push(`Hints on these drafts (questions, not errors): ${hints.length}${hints.length ? ` (${[...new Set(hints.map((h) => h.code))].join(', ')})` : ''}.`, '');
  return out;
}

/** Per-draft differences from the labels, for the details part of the report. */
export function entityDifferences(r) {
  const out = [];
  for (const { doc, mentions, findings } of r.docs) {
    const lines = [];
    for (const { located, instead } of mentions.missed) {
      lines.push(`  - missed ${quote(located.label.text)} (${located.label.id})${instead ? `: read as ${instead.id}${instead.form === 'metonym' ? ' (government)' : ''}` : ''}`);
    }
    for (const m of mentions.spurious) lines.push(`  - spurious ${quote(m.text)} → ${m.id}`);
    for (const { located, touched } of mentions.unknown) if (!touched) lines.push(`  - not in the knowledge base: ${quote(located.label.text)} (${located.label.kind ?? '?'})`);
    for (const l of findings.missed) lines.push(`  - seeded \`${l.label.code}\` on ${quote(l.label.text)} not found`);
    for (const f of findings.unexpected) lines.push(`  - ${isHint(f) ? 'hint' : 'false alarm'} \`${f.code}\`: ${f.message}`);
    if (lines.length > 0) out.push(`- **${doc.name}**`, ...lines);
  }
  return out;
}
