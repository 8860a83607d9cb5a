import type { TextPieces, TextSource } from '../types';

/** What reads stretches of a text: a string, or a `DocumentText`, which need not make the whole text to. */
export interface TextReader {
  readonly length: number;
  slice(start: number, end: number): string;
}

/** The characters two versions share at their start and, after that, at their end. */
export interface SharedText {
  readonly prefix: number;
  readonly suffix: number;
}

/**
 * One version of a document as the analysis reads it: its length, any part of it, and the whole
 * text only when a pass needs all of it. A source with pieces (see `TextSource.pieces`) is read in
 * parts, so that a keystroke need not make the whole new text; any other source is read whole at
 * once, as a host's document may change after the call.
 */
export class DocumentText implements TextReader {
  readonly length: number;
  readonly #pieces: TextPieces | undefined;
  #whole: string | undefined;

  private constructor(whole: string | undefined, pieces: TextPieces | undefined) {
    this.#whole = whole;
    this.#pieces = pieces;
    this.length = pieces ? pieces.length : whole!.length;
  }

  static of(source: TextSource): DocumentText {
    return source.pieces ? new DocumentText(undefined, source.pieces) : new DocumentText(source.getText(), undefined);
  }

  static ofString(text: string): DocumentText {
    return new DocumentText(text, undefined);
  }

  /** The whole text, made on first use. */
  whole(): string {
    return (this.#whole ??= this.#pieces!.slice(0, this.length));
  }

  slice(start: number, end: number): string {
    return this.#whole !== undefined ? this.#whole.slice(start, end) : this.#pieces!.slice(start, end);
  }

  /**
   * What this version shares with `earlier`: the longest common start, then the longest common end
   * of the rest. From what the host knows of the edits, checked and extended at their edges; else
   * by comparing the two texts.
   */
  sharedWith(earlier: DocumentText): SharedText {
    const most = Math.min(this.length, earlier.length);
    const known = this.#pieces && earlier.#pieces ? this.#pieces.sharedWith(earlier.#pieces) : undefined;
    if (!known) {
      const a = earlier.whole();
      const b = this.whole();
      const prefix = commonPrefix(a, b);
      return { prefix, suffix: commonSuffix(a, b, prefix) };
    }
    // the host's figures are lower bounds: the edit may have typed what was there
    let prefix = Math.max(0, Math.min(known.prefix, most));
    while (prefix < most) {
      const step = Math.min(EDGE_STEP, most - prefix);
      const same = sameStart(earlier.slice(prefix, prefix + step), this.slice(prefix, prefix + step));
      prefix += same;
      if (same < step) break;
    }
    let suffix = Math.max(0, Math.min(known.suffix, most - prefix));
    while (suffix < most - prefix) {
      const step = Math.min(EDGE_STEP, most - prefix - suffix);
      const same = sameEnd(earlier.slice(earlier.length - suffix - step, earlier.length - suffix), this.slice(this.length - suffix - step, this.length - suffix));
      suffix += same;
      if (same < step) break;
    }
    return { prefix, suffix };
  }
}

/** How many characters the edges of two versions are compared by at a time, beyond what the host vouches for. */
const EDGE_STEP = 256;

function sameStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function sameEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** How many characters two texts share at the start; compared in chunks, then one by one. */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (i + step <= max && a.slice(i, i + step) === b.slice(i, i + step)) i += step;
  }
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** How many characters two texts share at the end, not reaching into the first `floor` of either. */
function commonSuffix(a: string, b: string, floor: number): number {
  const max = Math.min(a.length, b.length) - floor;
  let n = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (n + step <= max && a.slice(a.length - n - step, a.length - n) === b.slice(b.length - n - step, b.length - n)) n += step;
  }
  while (n < max && a.charCodeAt(a.length - n - 1) === b.charCodeAt(b.length - n - 1)) n++;
  return n;
}
