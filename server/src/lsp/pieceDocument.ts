import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextPieces } from '../core/index';
import { firstAbove, LineStarts } from './lineStarts';

/** Most parts a version is kept in; beyond, they are joined into one string. */
const MAX_PARTS = 64;
/** Parts shorter than this are joined with a new neighbour as it is made: typing adds a character at a time. */
const SHORT_PART = 1024;
/** How many earlier versions a version knows how it was made from (see `sharedWith`). */
const MAX_ANCESTORS = 32;

/** An earlier version, by number, with the characters this one shares with it at the start and at the end. */
interface Ancestor {
  readonly id: number;
  readonly prefix: number;
  readonly suffix: number;
}

/** Which lines of an earlier version an edit changed (see `PieceDocument.editedLinesSince`). */
export interface EditedLines {
  readonly first: number;
  readonly last: number;
  readonly lineDelta: number;
}

/** Whether the edits stayed on one line and typed or removed no line break: every position off that line is where it was. */
export const onOneLine = (lines: EditedLines | undefined): lines is EditedLines => lines !== undefined && lines.first === lines.last && lines.lineDelta === 0;

let nextId = 1;

const isLineBreak = (c: number) => c === 10 || c === 13;

/**
 * An open document, one object per version, kept as the parts the edits left: slices of the text as
 * opened and the text typed since. The stock `TextDocument` makes each version one string from the
 * last one's parts and reads a character of it, and V8 then copies the whole string into fresh
 * memory: about 1 ms per megabyte at every keystroke, and garbage that lives until the next one.
 * This one reads only the parts asked for (see `TextSource.pieces`), and makes the whole text only
 * for `getText()`. Its positions follow the stock document's: a line ends at "\n", "\r\n" or "\r".
 */
export class PieceDocument implements TextDocument, TextPieces {
  readonly length: number;
  readonly #id = nextId++;
  #parts: readonly string[];
  /** Where each part ends. */
  #ends: readonly number[];
  /** Where each line starts; the first at 0. */
  readonly #lineStarts: LineStarts;
  readonly #ancestors: readonly Ancestor[];

  private constructor(
    readonly uri: string,
    readonly languageId: string,
    readonly version: number,
    parts: readonly string[],
    lineStarts: LineStarts,
    ancestors: readonly Ancestor[],
  ) {
    this.#parts = parts;
    this.#ends = endsOf(parts);
    this.length = this.#ends.at(-1) ?? 0;
    this.#lineStarts = lineStarts;
    this.#ancestors = ancestors;
  }

  /** For `TextDocuments`: a document as opened. */
  static create(uri: string, languageId: string, version: number, content: string): PieceDocument {
    return new PieceDocument(uri, languageId, version, content ? [content] : [], LineStarts.of(content), []);
  }

  /** For `TextDocuments`: the version the changes make, in order, each on the text the one before left. */
  static update(document: PieceDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): PieceDocument {
    let doc = document;
    // what the new version shares with this one, at least
    let prefix = document.length;
    let suffix = document.length;
    for (const change of changes) {
      // a client's malformed change (no text) inserts nothing rather than failing the update
      const text = typeof change.text === 'string' ? change.text : '';
      const range = 'range' in change ? change.range : undefined;
      if (!range) {
        doc = new PieceDocument(doc.uri, doc.languageId, version, text ? [text] : [], LineStarts.of(text), []);
        prefix = suffix = 0;
        continue;
      }
      const a = doc.offsetAt(range.start);
      const b = doc.offsetAt(range.end);
      const start = Math.min(a, b);
      const end = Math.max(a, b);
      prefix = Math.min(prefix, start);
      suffix = Math.min(suffix, doc.length - end);
      doc = doc.#replaced(start, end, text, version);
    }
    const shared: Ancestor = { id: document.#id, prefix, suffix };
    const ancestors = [shared];
    for (const a of document.#ancestors) {
      if (ancestors.length === MAX_ANCESTORS) break;
      ancestors.push({ id: a.id, prefix: Math.min(a.prefix, prefix), suffix: Math.min(a.suffix, suffix) });
    }
    return new PieceDocument(doc.uri, doc.languageId, version, doc.#parts, doc.#lineStarts, prefix === 0 && suffix === 0 ? [] : ancestors);
  }

  get pieces(): TextPieces {
    return this;
  }

  get lineCount(): number {
    return this.#lineStarts.count;
  }

  sharedWith(earlier: TextPieces): { readonly prefix: number; readonly suffix: number } | undefined {
    if (earlier === this) return { prefix: this.length, suffix: this.length };
    if (!(earlier instanceof PieceDocument)) return undefined;
    const made = this.#ancestors.find((a) => a.id === earlier.#id);
    if (made) return made;
    // an earlier version made from this one (an edit analysed by a warm-up, see `warmUp.ts`, before
    // the open version again): what two texts share does not depend on which came first
    const madeFromThis = earlier.#ancestors.find((a) => a.id === this.#id);
    if (madeFromThis) return madeFromThis;
    // both made from one version: they share at least what both share with it
    for (const mine of this.#ancestors) {
      const theirs = earlier.#ancestors.find((a) => a.id === mine.id);
      if (theirs) return { prefix: Math.min(mine.prefix, theirs.prefix), suffix: Math.min(mine.suffix, theirs.suffix) };
    }
    return undefined;
  }

  /**
   * Where this version's text differs from `earlier`'s, by lines: `earlier`'s lines `first` to
   * `last` became this version's `first` to `last + lineDelta`. Every line before `first` holds the
   * text it held, and every line after `last` too, `lineDelta` lines on: a position there moved by
   * whole lines, its character stayed. Undefined when the relation of the two versions is unknown
   * (see `sharedWith`).
   */
  editedLinesSince(earlier: TextDocument): EditedLines | undefined {
    if (!(earlier instanceof PieceDocument)) return undefined;
    const shared = this.sharedWith(earlier);
    if (!shared) return undefined;
    // the shared start and end may overlap, where the edits repeat the text around them
    const prefix = Math.min(shared.prefix, this.length, earlier.length);
    const suffix = Math.min(shared.suffix, this.length - prefix, earlier.length - prefix);
    const first = earlier.lineAt(prefix);
    const last = earlier.lineAt(earlier.length - suffix);
    const lineDelta = this.lineCount - earlier.lineCount;
    // read in both texts: "\r\n" is one break, which an edit's ends may split
    if (this.lineAt(prefix) !== first || this.lineAt(this.length - suffix) !== last + lineDelta) return undefined;
    return { first, last, lineDelta };
  }

  getText(range?: Range): string {
    if (range) return this.slice(this.offsetAt(range.start), this.offsetAt(range.end));
    if (this.#parts.length > 1) {
      // joined once: later versions take their parts from the one string
      this.#parts = [this.#parts.join('')];
      this.#ends = [this.length];
    }
    return this.#parts[0] ?? '';
  }

  slice(start: number, end: number): string {
    return sliceOfParts(this.#parts, this.#ends, start, end);
  }

  /** The character code at `offset`, NaN outside the text. */
  charCodeAt(offset: number): number {
    if (offset < 0 || offset >= this.length) return NaN;
    const k = partAt(this.#ends, offset);
    return this.#parts[k]!.charCodeAt(offset - (k === 0 ? 0 : this.#ends[k - 1]!));
  }

  positionAt(offset: number): Position {
    const line = this.lineAt(offset);
    const at = Math.max(0, Math.min(offset, this.length));
    const starts = this.#lineStarts;
    const lineStart = starts.at(line);
    // a line's break is its last one or two characters ("\r\n"), and the last line has none: an
    // offset two or more before the next line's start is read without looking at the text
    const next = line + 1 < starts.count ? starts.at(line + 1) : this.length + 2;
    const end = at <= next - 2 ? at : this.#beforeLineBreak(at, lineStart);
    return { line, character: end - lineStart };
  }

  /** The line last found by `lineAt`: a diagnostic's start and end usually share one, and are converted one after the other. */
  #lastLine = 0;

  /** The line of `offset`, as `positionAt` gives it, without making a position. */
  lineAt(offset: number): number {
    const at = Math.max(0, Math.min(offset, this.length));
    const starts = this.#lineStarts;
    const last = this.#lastLine;
    if (last < starts.count && starts.at(last) <= at && (last + 1 === starts.count || at < starts.at(last + 1))) return last;
    return (this.#lastLine = starts.lineOf(at));
  }

  offsetAt(position: Position): number {
    const starts = this.#lineStarts;
    if (position.line >= starts.count) return this.length;
    if (position.line < 0) return 0;
    const lineStart = starts.at(position.line);
    if (position.character <= 0) return lineStart;
    const nextLineStart = position.line + 1 < starts.count ? starts.at(position.line + 1) : this.length;
    return this.#beforeLineBreak(Math.min(lineStart + position.character, nextLineStart), lineStart);
  }

  /** Where line `line` starts; the length of the text past the last line. */
  lineStart(line: number): number {
    return line < this.#lineStarts.count ? this.#lineStarts.at(line) : this.length;
  }

  /** Where line `line`'s content ends, before its line break. */
  lineEnd(line: number): number {
    return this.#beforeLineBreak(this.lineStart(line + 1), this.lineStart(line));
  }

  getLineRange(line: number): Range {
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const at = Math.min(line, this.lineCount - 1);
    const start = this.lineStart(at);
    // past the last line, the range runs to the end of the text, as the stock document's does
    const end = line >= this.lineCount ? this.length : this.lineEnd(at);
    return { start: { line: at, character: 0 }, end: { line: at, character: end - start } };
  }

  getEOLCharacters(line: number): string {
    if (line < 0 || line >= this.lineCount) return '';
    return this.slice(this.lineEnd(line), this.lineStart(line + 1));
  }

  /** The offset moved back over line-break characters, not before `lineStart`. */
  #beforeLineBreak(offset: number, lineStart: number): number {
    let at = offset;
    while (at > lineStart && isLineBreak(this.charCodeAt(at - 1))) at--;
    return at;
  }

  /** This text with `[start, end)` replaced by `text`. */
  #replaced(start: number, end: number, text: string, version: number): PieceDocument {
    const parts: string[] = [];
    const ends = this.#ends;
    let k = 0;
    for (; k < ends.length && ends[k]! <= start; k++) parts.push(this.#parts[k]!);
    // the part the edit starts in, up to the edit
    if (k < ends.length) {
      const partStart = k === 0 ? 0 : ends[k - 1]!;
      if (start > partStart) parts.push(this.#parts[k]!.slice(0, start - partStart));
    }
    if (text) pushJoiningShort(parts, text);
    let j = k;
    while (j < ends.length && ends[j]! <= end) j++;
    if (j < ends.length) {
      const partStart = j === 0 ? 0 : ends[j - 1]!;
      pushJoiningShort(parts, this.#parts[j]!.slice(end - partStart));
      for (j++; j < ends.length; j++) parts.push(this.#parts[j]!);
    }
    const joined = parts.length > MAX_PARTS ? [parts.join('')] : parts;
    const lineStarts = this.#lineStarts.replaced(start, end, text.length, (from, to) => sliceOfParts(joined, endsOf(joined), from, to));
    return new PieceDocument(this.uri, this.languageId, version, joined, lineStarts, []);
  }
}

/** The index of the part that holds `offset` (the last part for the end of the text). */
function partAt(ends: readonly number[], offset: number): number {
  return Math.min(firstAbove(ends, offset), ends.length - 1);
}

/** The text of `[start, end)` of the parts that end at `ends`. */
function sliceOfParts(parts: readonly string[], ends: readonly number[], start: number, end: number): string {
  const from = Math.max(0, start);
  const to = Math.min(ends.at(-1) ?? 0, end);
  if (from >= to) return '';
  let k = partAt(ends, from);
  let partStart = k === 0 ? 0 : ends[k - 1]!;
  if (to <= ends[k]!) return parts[k]!.slice(from - partStart, to - partStart);
  let text = parts[k]!.slice(from - partStart);
  while (ends[k]! < to) {
    partStart = ends[k++]!;
    text += parts[k]!.slice(0, to - partStart);
  }
  return text;
}

/** Adds `text` to `parts`, joined with the last part when both are short. */
function pushJoiningShort(parts: string[], text: string): void {
  if (!text) return;
  const last = parts.length - 1;
  if (last >= 0 && parts[last]!.length < SHORT_PART && text.length < SHORT_PART) parts[last] += text;
  else parts.push(text);
}

function endsOf(parts: readonly string[]): number[] {
  const ends: number[] = new Array(parts.length);
  let end = 0;
  for (let k = 0; k < parts.length; k++) ends[k] = end += parts[k]!.length;
  return ends;
}
