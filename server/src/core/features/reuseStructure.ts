import type { BlockScan } from '../blocks/blockScan';
import type { Fold, OutlineNode, Proposal, Span } from '../types';

/** What the structure passes produced for the previous version of a document. */
export interface PreviousStructure {
  readonly blocks: readonly Span[];
  readonly scans: readonly BlockScan[];
  /** Each block's results object: the same object while the block's mentions and findings are. */
  readonly results: readonly unknown[];
  readonly dateIso: string;
  readonly proposals: readonly Proposal[];
  readonly outline: readonly OutlineNode[];
  readonly folds: readonly Fold[];
}

/** A paragraph that can hold no proposal, introduce none and head nothing. */
const inert = (scan: BlockScan) =>
  scan.kind === 'paragraph' && !scan.introduces && scan.markers.length === 0 && !scan.paragraphMarker()?.recommends;

/**
 * Whether the proposals, outline and folds of the previous version still hold, moved by the edit:
 * true when the edit replaced paragraphs one for one with paragraphs that can make no proposal
 * (the usual keystroke), and every other block reads exactly as before (same results, same date).
 * Proposal sequences, their numbering and structure, sections and folds then cannot have changed.
 */
export function structureUnchanged(
  previous: PreviousStructure,
  current: { readonly blocks: readonly Span[]; readonly scans: readonly BlockScan[]; readonly results: readonly unknown[] },
  edit: { readonly origins: readonly number[]; readonly editEnd: number; readonly delta: number },
  dateIso: string,
): boolean {
  const { blocks, scans, results } = current;
  const { origins } = edit;
  if (previous.dateIso !== dateIso || scans.length !== previous.scans.length) return false;
  const kept = new Uint8Array(previous.scans.length);
  const added: number[] = [];
  for (let i = 0; i < scans.length; i++) {
    const origin = origins[i]!;
    if (origin < 0) added.push(i);
    else if (previous.results[origin] !== results[i]) return false;
    else kept[origin] = 1;
  }
  const removed: number[] = [];
  for (let j = 0; j < kept.length; j++) if (!kept[j]) removed.push(j);
  if (removed.length !== added.length) return false;
  const at = mover(edit.editEnd, edit.delta);
  for (let k = 0; k < added.length; k++) {
    // every re-split block sits where the edit moved it: not so when a stretch was cut and pasted
    const was = previous.blocks[removed[k]!]!;
    const is = blocks[added[k]!]!;
    if (is.start !== at(was.start) || is.end !== at(was.end)) return false;
    const before = previous.scans[removed[k]!]!;
    const after = scans[added[k]!]!;
    if (before === after) {
      if (previous.results[removed[k]!] !== results[added[k]!]) return false;
      continue;
    }
    if (!inert(before) || !inert(after)) return false;
  }
  return true;
}

/**
 * A proposal at new offsets, written out field by field: a spread of an object this size is a slow
 * path in V8, and hundreds of proposals move at each keystroke.
 */
function movedProposal(p: Proposal, start: number, end: number, markerSpan: Span): Proposal {
  const moved: { -readonly [K in keyof Proposal]: Proposal[K] } = {
    ordinal: p.ordinal,
    marker: p.marker,
    markerSpan,
    title: p.title,
    start,
    end,
    entityIds: p.entityIds,
    sequence: p.sequence,
    parties: p.parties,
    conditions: p.conditions,
  };
  if (p.parent !== undefined) moved.parent = p.parent;
  if (p.exchange) moved.exchange = p.exchange;
  return moved;
}

/**
 * The source in the previous version of each outline node that moved whole (it starts after the
 * edit) inside one that did not, so that a host that converted the source can reuse its conversion,
 * children included, when the position did not change (see `lsp/convert.ts`). Not kept for the
 * children of a node that moved whole: they move with it, and where its conversion no longer holds
 * (the edit added a line), neither does theirs. A keystroke in the middle of the benchmark's 1 MB
 * document thus records about 85 nodes instead of 900, whose weak entries took 15 % of its time.
 * One generation only: moving a node drops its own source's entry, so no chain of versions stays alive.
 */
const sources = new WeakMap<OutlineNode, OutlineNode>();

/** The node of the previous version that `node` was moved from, if it was moved. */
export function movedFrom(node: OutlineNode): OutlineNode | undefined {
  return sources.get(node);
}

/** Moves offsets at or after `editEnd` (in the old text) by `delta`. */
const mover = (editEnd: number, delta: number) => (offset: number) => (offset >= editEnd ? offset + delta : offset);

/** A node at new offsets: literals of each kind's own shape rather than spreads, as thousands move per keystroke. */
function movedNode(n: OutlineNode, start: number, end: number, selection: Span, children: readonly OutlineNode[]): OutlineNode {
  if (n.kind === 'entity') return { kind: n.kind, name: n.name, detail: n.detail, start, end, selection, children, entityKind: n.entityKind };
  if (n.kind === 'proposal') return { kind: n.kind, name: n.name, detail: n.detail, start, end, selection, children };
  return { kind: n.kind, name: n.name, start, end, selection, children };
}

/** A node and everything in it `by` characters later. */
export function shiftedNode(n: OutlineNode, by: number): OutlineNode {
  const children = n.children.length === 0 ? n.children : n.children.map((child) => shiftedNode(child, by));
  return movedNode(n, n.start + by, n.end + by, { start: n.selection.start + by, end: n.selection.end + by }, children);
}

/**
 * The previous version's structure, moved to the new text's offsets. Whatever ends before the
 * edit is reused as it is; the rest is copied with its offsets moved.
 */
export function movedStructure(previous: PreviousStructure, editEnd: number, delta: number) {
  const at = mover(editEnd, delta);
  const span = (s: Span): Span => (s.end < editEnd ? s : { start: at(s.start), end: at(s.end) });
  const node = (n: OutlineNode): OutlineNode => {
    if (n.end < editEnd) return n;
    if (n.start < editEnd) return movedNode(n, n.start, at(n.end), span(n.selection), n.kind === 'entity' ? n.children : n.children.map(node));
    // a node that starts after the edit moves whole, and so do its children
    const moved = shiftedNode(n, delta);
    sources.delete(n);
    sources.set(moved, n);
    return moved;
  };
  return {
    proposals: previous.proposals.map((p) => (p.end < editEnd ? p : movedProposal(p, at(p.start), at(p.end), span(p.markerSpan)))),
    outline: previous.outline.map(node),
    folds: previous.folds.map((f) => (f.end < editEnd ? f : { start: at(f.start), end: at(f.end), kind: f.kind })),
  };
}
