import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Analysis, Proposal } from '../types';
import { oneLine } from '../text/oneLine';

/** One row of the proposal summary, in plain strings, as the summary view, Markdown and CSV show it. */
export interface SummaryRow {
  readonly number: string;
  readonly title: string;
  readonly offer: string;
  readonly return: string;
  readonly actors: string;
  readonly treaties: string;
  readonly conditions: string;
  readonly start: number;
}

const COLUMNS: readonly [keyof SummaryRow, string][] = [
  ['number', '#'],
  ['title', 'Proposal'],
  ['offer', 'Offer'],
  ['return', 'In return'],
  ['actors', 'Who must act'],
  ['treaties', 'Treaties'],
  ['conditions', 'Conditions'],
];

/** The number as written in the outline: "2" for a top-level proposal, "2.1" for its first sub-item. */
function numberOf(proposals: readonly Proposal[], index: number): string {
  const p = proposals[index]!;
  return p.parent === undefined ? String(p.ordinal) : `${numberOf(proposals, p.parent)}.${p.ordinal}`;
}

/** The summary rows of an analysed document, one per proposal, in document order. */
export function summaryRows(kb: KnowledgeBase, analysis: Analysis): SummaryRow[] {
  const names = (ids: readonly string[]) => ids.map((id) => kb.get(id)?.name ?? id).join(', ');
  return analysis.proposals.map((p, i) => ({
    number: numberOf(analysis.proposals, i),
    title: p.title,
    offer: p.exchange?.offer ?? '',
    return: p.exchange?.return ?? '',
    // "Donors should fund …": words that name who must act, where no entry does; beside entries
    // too ("the Commission and the Member States": "European Commission, the Member States")
    actors: [names(p.parties.actor), p.parties.actorText ?? ''].filter((words) => words.length > 0).join(', '),
    treaties: names(p.entityIds.filter((id) => kb.get(id)?.kind === 'treaty')),
    conditions: p.conditions.join('; '),
    start: p.start,
  }));
}

const cell = (text: string) => oneLine(text.replace(/\|/g, '\\|')).trim();

/** The summary as a Markdown table. */
export function summaryMarkdown(rows: readonly SummaryRow[]): string {
  const header = `| ${COLUMNS.map(([, label]) => label).join(' | ')} |`;
  const rule = `| ${COLUMNS.map(() => '---').join(' | ')} |`;
  return [header, rule, ...rows.map((row) => `| ${COLUMNS.map(([key]) => cell(String(row[key]))).join(' | ')} |`)].join('\n') + '\n';
}

const csvField = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The summary as CSV (RFC 4180), with a header row. */
export function summaryCsv(rows: readonly SummaryRow[]): string {
  const lines = [COLUMNS.map(([, label]) => csvField(label)).join(','), ...rows.map((row) => COLUMNS.map(([key]) => csvField(String(row[key]))).join(','))];
  return lines.join('\r\n') + '\r\n';
}
