import type { Exchange, Proposal, ProposalParties, Span } from '../types';

/**
 * A proposal `by` characters later than the one it was moved from, and `sequences` sequences and
 * `indices` proposals further on (see `features/spliceStructure.ts`). A keystroke moves every
 * proposal after it, and a treaty text has thousands: copying each, its marker's span included, was
 * a fifth of what a keystroke near its start allocated, and every copy lived until the next
 * keystroke, long enough to be moved to the old generation, whose collections set the slowest
 * keystrokes. So the offsets are kept in the object, where searches read them, and the rest is read
 * from the source. Moving a moved proposal again moves its source by the sum, so no chain of
 * versions builds up. Read it as a `Proposal`, by property; `toJSON` gives plain data.
 */
class ShiftedProposal implements Proposal {
  readonly start: number;
  readonly end: number;
  readonly #source: Proposal;
  readonly #by: number;
  readonly #sequences: number;
  readonly #indices: number;
  #markerSpan: Span | undefined;

  constructor(source: Proposal, by: number, sequences: number, indices: number) {
    this.start = source.start + by;
    this.end = source.end + by;
    this.#source = source;
    this.#by = by;
    this.#sequences = sequences;
    this.#indices = indices;
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
    return this.#source.sequence + this.#sequences;
  }
  get parent(): number | undefined {
    const parent = this.#source.parent;
    return parent === undefined ? undefined : parent + this.#indices;
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
      ? new ShiftedProposal(p.#source, p.#by + by, p.#sequences + sequences, p.#indices + indices)
      : new ShiftedProposal(p, by, sequences, indices);
  }
}

/** A proposal moved whole, `by` characters later and `sequences` sequences and `indices` proposals further on. */
export const shiftedProposal = (p: Proposal, by: number, sequences = 0, indices = 0): Proposal => ShiftedProposal.of(p, by, sequences, indices);

/** A proposal as a plain literal, as one made afresh is: what `JSON.stringify` gives, as an object. */
export const plainProposal = (p: Proposal): Proposal => proposalEndingAt(p, p.end, { start: p.markerSpan.start, end: p.markerSpan.end });

/**
 * A proposal as a plain literal that ends at `end`, its marker at `markerSpan`: also the proposal
 * that holds an edit, its end moved (see `movedStructure`). Written out field by field: a spread of
 * an object this size is a slow path in V8.
 */
export function proposalEndingAt(p: Proposal, end: number, markerSpan: Span): Proposal {
  const plain: { -readonly [K in keyof Proposal]: Proposal[K] } = {
    ordinal: p.ordinal,
    marker: p.marker,
    markerSpan,
    title: p.title,
    start: p.start,
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
