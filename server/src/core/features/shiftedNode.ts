import type { EntityKind, OutlineNode, Span } from '../types';

/**
 * An outline node and everything in it, `by` characters later than the node it was moved from. A
 * keystroke moves every node after it; copying each one took nearly half of what a keystroke near
 * the start of a 20,000-node treaty outline allocated, and the host rarely reads the copies' insides:
 * a moved node whose lines did not change reuses its source's symbol, children included (see
 * `lsp/convert.ts`). So the node's own fields are moved at once and its children only when first
 * read, each a moved node in turn. Moving a moved node again moves its source by the sum, so no
 * chain of versions builds up. Read it as an `OutlineNode`, by property; `toJSON` gives plain data.
 * Since a version's outline became a `MovedItems`, a top-level node is moved when it is read
 * (`NODE_MOVER` in `features/reuseStructure.ts`), not at each keystroke.
 */
class ShiftedNode implements OutlineNode {
  readonly start: number;
  readonly end: number;
  readonly #source: OutlineNode;
  readonly #by: number;
  #selection: Span | undefined;
  #children: readonly OutlineNode[] | undefined;
  /** The previous version's node this one was moved from, when recorded (see `movedWhole`). */
  #previous: OutlineNode | undefined;

  constructor(source: OutlineNode, by: number) {
    this.start = source.start + by;
    this.end = source.end + by;
    this.#source = source;
    this.#by = by;
  }

  get kind(): OutlineNode['kind'] {
    return this.#source.kind;
  }
  get name(): string {
    return this.#source.name;
  }
  get detail(): string | undefined {
    return this.#source.detail;
  }
  get entityKind(): EntityKind | undefined {
    return this.#source.entityKind;
  }
  get selection(): Span {
    const own = this.#source.selection;
    return (this.#selection ??= { start: own.start + this.#by, end: own.end + this.#by });
  }

  get children(): readonly OutlineNode[] {
    const own = this.#source.children;
    return (this.#children ??= own.length === 0 ? own : own.map((child) => shiftedNode(child, this.#by)));
  }

  /** The node as a plain literal of its kind's shape, as a node made afresh has it. */
  toJSON(): OutlineNode {
    return plainNode(this);
  }

  /** The same node `by` characters later, from this one's own source. */
  static of(node: OutlineNode, by: number): ShiftedNode {
    return node instanceof ShiftedNode ? new ShiftedNode(node.#source, node.#by + by) : new ShiftedNode(node, by);
  }

  /** `node` moved whole by an edit, recording it as the moved node's previous version and dropping its own record. */
  static movedWhole(node: OutlineNode, by: number): ShiftedNode {
    const moved = ShiftedNode.of(node, by);
    moved.#previous = node;
    if (node instanceof ShiftedNode) node.#previous = undefined;
    return moved;
  }

  static previousOf(node: OutlineNode): OutlineNode | undefined {
    return node instanceof ShiftedNode ? node.#previous : undefined;
  }
}

/** A node and everything in it `by` characters later. */
export const shiftedNode = (node: OutlineNode, by: number): OutlineNode => ShiftedNode.of(node, by);

/**
 * A node moved whole by an edit (it starts after it) inside one that did not, with a record of the
 * node of the previous version it was moved from, so that a host that converted that node can reuse
 * its conversion, children included, when the position did not change (see `lsp/convert.ts`). Not
 * recorded for the children of a node that moved whole: they move with it, and where its conversion
 * no longer holds (the edit added a line), neither does theirs. One generation only: moving a node
 * drops its own record, so no chain of versions stays alive. Kept in the node: a weak map's entries
 * for the 2,000 sections a keystroke moves in a treaty text took a tenth of the keystroke.
 */
export const movedWhole = (node: OutlineNode, by: number): OutlineNode => ShiftedNode.movedWhole(node, by);

/** The node of the previous version that `node` was moved from, if it was moved whole. */
export const movedFrom = (node: OutlineNode): OutlineNode | undefined => ShiftedNode.previousOf(node);

/** A node and everything in it as plain literals, each of its kind's shape: what `JSON.stringify` gives, as objects. */
export function plainNode(n: OutlineNode): OutlineNode {
  const selection = { start: n.selection.start, end: n.selection.end };
  const children = n.children.map(plainNode);
  if (n.kind === 'entity') return { kind: n.kind, name: n.name, detail: n.detail, start: n.start, end: n.end, selection, children, entityKind: n.entityKind };
  if (n.kind === 'proposal') return { kind: n.kind, name: n.name, detail: n.detail, start: n.start, end: n.end, selection, children };
  return { kind: n.kind, name: n.name, start: n.start, end: n.end, selection, children };
}
