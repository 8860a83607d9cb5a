import type { Exchange, Proposal, ProposalParties, Span } from '../types';
import { movedSpanBy, type ItemMover } from './movedItems';

/**
 * How far on in the sequences and in the proposals a moved proposal lies: one object shared by every
 * proposal an edit moves alike (see `renumbering`).
 */
interface Renumbering {
  readonly sequences: number;
  readonly indices: number;
}

const NOT_RENUMBERED: Renumbering = { sequences: 0, indices: 0 };

/** The last renumbering made, with what it was made of: the proposals an edit moves come in runs from the same source. */
let lastComposed: { readonly from: Renumbering; readonly sequences: number; readonly indices: number; readonly to: Renumbering } | undefined;

/** `from` taken `sequences` sequences and `indices` proposals further on, shared while the same move repeats. */
function renumbering(from: Renumbering, sequences: number, indices: number): Renumbering {
  if (sequences === 0 && indices === 0) return from;
  const last = lastComposed;
  if (last && last.from === from && last.sequences === sequences && last.indices === indices) return last.to;
  const to = { sequences: from.sequences + sequences, indices: from.indices + indices };
  lastComposed = { from, sequences, indices, to };
  return to;
}

/**
 * A proposal `by` characters later than the one it was moved from, and some sequences and proposals
 * further on (see `features/spliceStructure.ts`). A keystroke moves every proposal after it, and a
 * treaty text has thousands, a long list tens of thousands: copying each, its marker's span
 * included, was a fifth of what a keystroke near its start allocated, and every copy lived until the
 * next keystroke, long enough to be copied by the young generation's collections, whose pauses set
 * the slowest keystrokes. So a moved proposal holds only its source, how far it moved, and its
 * renumbering, shared with the others the edit moved alike; everything else, its offsets included,
 * is read from the source. Moving a moved proposal again moves its source by the sum, so no chain of
 * versions builds up. Read it as a `Proposal`, by property; `toJSON` gives plain data. Since a
 * version's proposals became a `MovedItems`, a keystroke makes none: one is made when a pass or a
 * host reads a proposal the edits moved (`PROPOSAL_MOVER`), and by a splice for the proposals after it.
 */
class ShiftedProposal implements Proposal {
  readonly #source: Proposal;
  readonly #by: number;
  readonly #renumbering: Renumbering;
  #markerSpan: Span | undefined;

  constructor(source: Proposal, by: number, renumbered: Renumbering) {
    this.#source = source;
    this.#by = by;
    this.#renumbering = renumbered;
  }

  get start(): number {
    return this.#source.start + this.#by;
  }
  get end(): number {
    return this.#source.end + this.#by;
  }
  get ordinal(): number {
    return this.#source.ordinal;
  }
  get marker(): string {
    return this.#source.marker;
  }
  get markerSpan(): Span {
    const span = this.#source.markerSpan;
    return (this.#markerSpan ??= { start: span.start + this.#by, end: span.end + this.#by });
  }
  get title(): string {
    return this.#source.title;
  }
  get entityIds(): readonly string[] {
    return this.#source.entityIds;
  }
  get sequence(): number {
    return this.#source.sequence + this.#renumbering.sequences;
  }
  get parent(): number | undefined {
    const parent = this.#source.parent;
    return parent === undefined ? undefined : parent + this.#renumbering.indices;
  }
  get parties(): ProposalParties {
    return this.#source.parties;
  }
  get exchange(): Exchange | undefined {
    return this.#source.exchange;
  }
  get conditions(): readonly string[] {
    return this.#source.conditions;
  }

  toJSON(): Proposal {
    return plainProposal(this);
  }

  static of(p: Proposal, by: number, sequences: number, indices: number): ShiftedProposal {
    return p instanceof ShiftedProposal
      ? new ShiftedProposal(p.#source, p.#by + by, renumbering(p.#renumbering, sequences, indices))
      : new ShiftedProposal(p, by, renumbering(NOT_RENUMBERED, sequences, indices));
  }
}

/** A proposal moved whole, `by` characters later and `sequences` sequences and `indices` proposals further on. */
export const shiftedProposal = (p: Proposal, by: number, sequences = 0, indices = 0): Proposal => ShiftedProposal.of(p, by, sequences, indices);

/** A proposal as a plain literal, as one made afresh is: what `JSON.stringify` gives, as an object. */
export const plainProposal = (p: Proposal): Proposal => proposalSpanning(p, p.start, p.end, { start: p.markerSpan.start, end: p.markerSpan.end });

/** How a proposal moves with the text (see `MovedItems`). */
export const PROPOSAL_MOVER: ItemMover<Proposal> = {
  whole: (p, by) => ShiftedProposal.of(p, by, 0, 0),
  renumbered: (p, by, sequences, indices) => ShiftedProposal.of(p, by, sequences, indices),
  // the proposal that holds an edit: its end moves, and its marker's offsets as the edit moved them
  across: (p, shift) => proposalSpanning(p, shift.of(p.start), shift.of(p.end), movedSpanBy(p.markerSpan, shift)),
};

/**
 * A proposal as a plain literal from `start` to `end`, its marker at `markerSpan`. Written out
 * field by field: a spread of an object this size is a slow path in V8.
 */
function proposalSpanning(p: Proposal, start: number, end: number, markerSpan: Span): Proposal {
  const plain: { -readonly [K in keyof Proposal]: Proposal[K] } = {
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
  if (p.parent !== undefined) plain.parent = p.parent;
  if (p.exchange) plain.exchange = p.exchange;
  return plain;
}
