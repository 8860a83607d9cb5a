/** A zero-based line and UTF-16 character, as LSP and the JSON contract count them. */
export interface LineCharacter {
  readonly line: number;
  readonly character: number;
}

/**
 * Converts offsets to lines and characters by binary search over line starts, computed once per
 * text. Lines end at LF; a CR before it belongs to the line it ends, as LSP counts.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** The position of an offset, clamped to the text. */
  positionAt(offset: number): LineCharacter {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: at - this.starts[lo]! };
  }
}
