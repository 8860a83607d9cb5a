/**
 * The entity corpus (test/fixtures/entities): drafts with hand-written labels of every name an
 * expert reader sees in them, and of the drafting errors seeded in them. Read by the accuracy
 * script (`npm run accuracy`), which reports precision and recall, and by a unit test, which checks
 * that the labels are well formed and that accuracy does not fall below its floor.
 *
 * Matching:
 * - each label's text is found in the draft at or after the end of the previous label's, as a whole
 *   word (no letter or digit on either side);
 * - a mention the analysis reports matches a label when their spans overlap ("the INF Treaty" and
 *   "INF Treaty") and they name the same entry; one-to-one, in document order;
 * - a mention overlapping a label with another entry is a wrong reading: a false positive and a
 *   false negative at once ("Moscow" read as the city where the text has the government act);
 * - labels with `id: null` name something the knowledge base lacks: they count for coverage only,
 *   and a mention overlapping one is neither right nor wrong;
 * - a finding matches a seeded error when its rule is the same and it overlaps any occurrence of
 *   the error's text.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Finding, Mention } from '../../server/src/core/index';

export type LabelKind = 'treaty' | 'actor' | 'place';

export interface MentionLabel {
  readonly text: string;
  /** The knowledge-base entry an expert reader gives the name; null when the knowledge base lacks it. */
  readonly id: string | null;
  /** The entity's kind, for names the knowledge base lacks. */
  readonly kind?: LabelKind;
}

export interface FindingLabel {
  /** The rule that should report the seeded error. */
  readonly code: string;
  /** The text the finding should cover (the misspelled name, the wrong acronym …). */
  readonly text: string;
}

export interface EntityLabels {
  /** The document date the draft is analysed with. */
  readonly date: string;
  readonly notes: string;
  readonly mentions: readonly MentionLabel[];
  readonly findings: readonly FindingLabel[];
}

export interface EntityDoc {
  readonly name: string;
  readonly text: string;
  readonly labels: EntityLabels;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface LocatedLabel<L> {
  readonly label: L;
  readonly span: Span;
}

/** The folder of the entity corpus, from the repository root. */
export const ENTITY_CORPUS = 'test/fixtures/entities';

/** Reads every draft of the corpus under `root` with its labels, in name order. */
export function readEntityCorpus(root: string): EntityDoc[] {
  const dir = path.join(root, ENTITY_CORPUS);
  return fs
    .readdirSync(dir)
    .filter((name) => /\.(md|txt)$/.test(name))
    .sort()
    .map((name) => ({
      name,
      text: fs.readFileSync(path.join(dir, name), 'utf8'),
      labels: JSON.parse(fs.readFileSync(path.join(dir, name.replace(/\.(md|txt)$/, '.labels.json')), 'utf8')) as EntityLabels,
    }));
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** The first whole-word occurrence of `needle` in `text` at or after `from`, if any. */
export function findWord(text: string, needle: string, from: number): Span | undefined {
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (!isWordChar(text[at - 1]) && !isWordChar(text[end])) return { start: at, end };
  }
  return undefined;
}

/** Finds each label in order; throws, naming the document and the label, when one is not there. */
export function locateInOrder<L extends { readonly text: string }>(doc: EntityDoc, labels: readonly L[]): LocatedLabel<L>[] {
  let from = 0;
  return labels.map((label) => {
    const span = findWord(doc.text, label.text, from);
    if (!span) throw new Error(`${doc.name}: the label "${label.text}" is not in the text after offset ${from}`);
    from = span.end;
    return { label, span };
  });
}

/**
 * Every whole-word occurrence of each finding label's text: a seeded error may be on a later
 * occurrence of a name ("the INF Treaty" spoken of as in force the second time it is named).
 */
function locateEach(doc: EntityDoc, labels: readonly FindingLabel[]): { label: FindingLabel; spans: Span[] }[] {
  return labels.map((label) => {
    const spans: Span[] = [];
    for (let span = findWord(doc.text, label.text, 0); span; span = findWord(doc.text, label.text, span.end)) spans.push(span);
    if (spans.length === 0) throw new Error(`${doc.name}: the finding label "${label.text}" is not in the text`);
    return { label, spans };
  });
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export interface MentionMatch {
  /** Labels with an id that a mention of the same entry overlaps. */
  readonly right: readonly LocatedLabel<MentionLabel>[];
  /** Labels with an id that no mention of that entry overlaps, with the mention found there instead, if any. */
  readonly missed: readonly { readonly located: LocatedLabel<MentionLabel>; readonly instead?: Mention }[];
  /** Mentions that overlap no label of their entry (nor a label the knowledge base lacks). */
  readonly spurious: readonly Mention[];
  /** Labels the knowledge base lacks, and whether some mention overlaps them anyway. */
  readonly unknown: readonly { readonly located: LocatedLabel<MentionLabel>; readonly touched: boolean }[];
}

/** Compares the analysis's mentions with the draft's mention labels. */
export function matchMentions(doc: EntityDoc, mentions: readonly Mention[]): MentionMatch {
  const located = locateInOrder(doc, doc.labels.mentions);
  const used = new Set<number>();
  const right: LocatedLabel<MentionLabel>[] = [];
  const spurious: Mention[] = [];
  for (const m of mentions) {
    const k = located.findIndex((l, i) => !used.has(i) && l.label.id === m.id && overlaps(l.span, m));
    if (k >= 0) {
      used.add(k);
      right.push(located[k]!);
    } else if (!located.some((l) => l.label.id === null && overlaps(l.span, m))) spurious.push(m);
  }
  const missed = located
    .filter((l, i) => l.label.id !== null && !used.has(i))
    .map((l) => {
      const instead = mentions.find((m) => overlaps(l.span, m));
      return instead ? { located: l, instead } : { located: l };
    });
  const unknown = located.filter((l) => l.label.id === null).map((l) => ({ located: l, touched: mentions.some((m) => overlaps(l.span, m)) }));
  return { right, missed, spurious, unknown };
}

export interface FindingMatch {
  readonly found: readonly { readonly label: FindingLabel }[];
  readonly missed: readonly { readonly label: FindingLabel }[];
  /** Findings that match no seeded error; hints (proposal-actor, unknown-treaty) are kept apart. */
  readonly unexpected: readonly Finding[];
}

/** Compares the analysis's findings with the draft's seeded errors: same rule, overlapping an occurrence of the error's text. */
export function matchFindings(doc: EntityDoc, findings: readonly Finding[]): FindingMatch {
  const located = locateEach(doc, doc.labels.findings);
  const used = new Set<number>();
  const unexpected: Finding[] = [];
  for (const f of findings) {
    const k = located.findIndex((l, i) => !used.has(i) && l.label.code === f.code && l.spans.some((span) => overlaps(span, f)));
    if (k >= 0) used.add(k);
    else unexpected.push(f);
  }
  return { found: located.filter((_, i) => used.has(i)), missed: located.filter((_, i) => !used.has(i)), unexpected };
}

/** The entity kind a label stands for: its entry's kind, or the kind it states. */
export function labelKind(label: MentionLabel, kindOf: (id: string) => string | undefined): string {
  return label.id === null ? (label.kind ?? 'unknown') : (kindOf(label.id) ?? 'unknown');
}

/** Counts of one entity kind, or of all: labels with an entry, those found right, mentions reported. */
export interface EntityTally {
  labelled: number;
  right: number;
  predicted: number;
}

/** Tallies matched documents per entity kind (a wrong reading counts as missed and as spurious). */
export function tallyMentions(matches: readonly MentionMatch[], kindOf: (id: string) => string | undefined) {
  const byKind = new Map<string, EntityTally>();
  const overall: EntityTally = { labelled: 0, right: 0, predicted: 0 };
  const add = (kind: string, labelled: number, right: number, predicted: number) => {
    let t = byKind.get(kind);
    if (!t) byKind.set(kind, (t = { labelled: 0, right: 0, predicted: 0 }));
    for (const each of [t, overall]) {
      each.labelled += labelled;
      each.right += right;
      each.predicted += predicted;
    }
  };
  for (const match of matches) {
    for (const l of match.right) add(labelKind(l.label, kindOf), 1, 1, 1);
    for (const { located } of match.missed) add(labelKind(located.label, kindOf), 1, 0, 0);
    for (const m of match.spurious) add(m.kind, 0, 0, 1);
  }
  return { byKind, overall };
}
