import type { CodeLens } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, KnowledgeBase, Proposal } from '../core/index';
import { analysisCode } from './analysisCode';
import { editsSince, rangeMovedByLines, toRange } from './convert';

/** The client command a lens runs; clients without it still show the lens as a label. */
export const SHOW_SUMMARY_COMMAND = 'policyLens.showProposalSummary';

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A version's code lenses, which the server keeps for the next version's (see `convertLenses`). */
export interface ConvertedLenses {
  readonly doc: TextDocument;
  readonly analysis: Analysis;
  readonly kb: KnowledgeBase;
  readonly lenses: CodeLens[];
  /** Each lens's first proposal, by index into the proposals. */
  readonly firsts: readonly number[];
}

/** Above the first proposal of each top-level list: "5 proposals · 4 treaties · 9 actors". */
export function proposalCodeLenses(doc: TextDocument, analysis: Analysis, kb: KnowledgeBase): CodeLens[] {
  return lensesOf(doc, analysis, kb).lenses;
}

/**
 * `analysis`'s code lenses, with the document's lenses as last made at hand: the same titles, and
 * their ranges kept or moved by lines, when the core made no proposal again in a way that changes
 * a count (see `lensesAfterEdits`); else made afresh.
 */
export function convertLenses(doc: TextDocument, analysis: Analysis, kb: KnowledgeBase, previous: ConvertedLenses | undefined): ConvertedLenses {
  if (previous?.analysis === analysis && previous.doc === doc && previous.kb === kb) return previous;
  return (previous && lensesAfterEdits(doc, analysis, kb, previous)) ?? lensesOf(doc, analysis, kb);
}

function lensesOf(doc: TextDocument, analysis: Analysis, kb: KnowledgeBase): ConvertedLenses {
  const lenses: CodeLens[] = [];
  const firsts: number[] = [];
  const sequences = new Map<number, { readonly first: number; readonly items: Proposal[] }>();
  analysis.proposals.forEach((p, i) => {
    if (p.parent !== undefined) return;
    // pushed, not copied with each new item: a copy per item took a list of 17,000 items a second
    const sequence = sequences.get(p.sequence);
    if (sequence) sequence.items.push(p);
    else sequences.set(p.sequence, { first: i, items: [p] });
  });
  for (const { first, items } of sequences.values()) {
    const ids = new Set(items.flatMap((p) => p.entityIds));
    const count = (kind: string) => [...ids].filter((id) => kb.get(id)?.kind === kind).length;
    const title = `${counted(items.length, 'proposal', 'proposals')} · ${counted(count('treaty'), 'treaty', 'treaties')} · ${counted(count('actor'), 'actor', 'actors')}`;
    lenses.push({ range: toRange(doc, items[0]!.markerSpan), command: { title, command: SHOW_SUMMARY_COMMAND, arguments: [doc.uri] } });
    firsts.push(first);
  }
  return { doc, analysis, kb, lenses, firsts };
}

/** Whether a proposal made again counts as it did: in the same list, under the same parent, naming the same entities. */
const countsAsBefore = (now: Proposal, before: Proposal): boolean =>
  now.sequence === before.sequence &&
  now.parent === before.parent &&
  now.entityIds.length === before.entityIds.length &&
  now.entityIds.every((id, k) => id === before.entityIds[k]);

/**
 * The lenses of a version whose edits since `previous` the document can place by lines (see
 * `PieceDocument.editedLinesSince`), or undefined. Every proposal is the one at its index there
 * moved on (the core says which may not be, see `MovedItems.changedSince`), and those made again
 * still count as they did, so the lists and their titles are `previous`'s: only the ranges move, a
 * lens before the edited lines staying, one after them moving by whole lines, one on them read again
 * from its first proposal's marker. Reading every proposal took a keystroke's lenses in a 1 MB list
 * of 17,190 items 8–9 ms.
 */
function lensesAfterEdits(doc: TextDocument, analysis: Analysis, kb: KnowledgeBase, previous: ConvertedLenses): ConvertedLenses | undefined {
  const edits = kb === previous.kb ? editsSince(doc, analysis, previous, 'proposals') : undefined;
  if (!edits) return undefined;
  const { lines, changed } = edits;
  const { itemsOf } = analysisCode();
  const items = itemsOf(analysis, 'proposals');
  const earlier = itemsOf(previous.analysis, 'proposals');
  for (const i of changed) if (!countsAsBefore(items.at(i)!, earlier.at(i)!)) return undefined;
  const lenses = previous.lenses.map((lens, k) => {
    if (lens.range.end.line < lines.first) return lens;
    if (lens.range.start.line > lines.last) return lines.lineDelta === 0 ? lens : { range: rangeMovedByLines(lens.range, lines.lineDelta), command: lens.command };
    return { range: toRange(doc, items.at(previous.firsts[k]!)!.markerSpan), command: lens.command };
  });
  return { doc, analysis, kb, lenses, firsts: previous.firsts };
}
