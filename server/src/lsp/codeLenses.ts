import type { CodeLens } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, KnowledgeBase } from '../core/index';
import { toRange } from './convert';

/** The client command a lens runs; clients without it still show the lens as a label. */
export const SHOW_SUMMARY_COMMAND = 'policyLens.showProposalSummary';

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Above the first proposal of each top-level list: "5 proposals · 4 treaties · 9 actors". */
export function proposalCodeLenses(doc: TextDocument, analysis: Analysis, kb: KnowledgeBase): CodeLens[] {
  const lenses: CodeLens[] = [];
  const sequences = new Map<number, Analysis['proposals'][number][]>();
  for (const p of analysis.proposals) {
    if (p.parent !== undefined) continue;
    // pushed, not copied with each new item: a copy per item took a list of 17,000 items a second
    const items = sequences.get(p.sequence);
    if (items) items.push(p);
    else sequences.set(p.sequence, [p]);
  }
  for (const items of sequences.values()) {
    const ids = new Set(items.flatMap((p) => p.entityIds));
    const count = (kind: string) => [...ids].filter((id) => kb.get(id)?.kind === kind).length;
    const title = `${counted(items.length, 'proposal', 'proposals')} · ${counted(count('treaty'), 'treaty', 'treaties')} · ${counted(count('actor'), 'actor', 'actors')}`;
    const first = items[0]!;
    lenses.push({ range: toRange(doc, first.markerSpan), command: { title, command: SHOW_SUMMARY_COMMAND, arguments: [doc.uri] } });
  }
  return lenses;
}
