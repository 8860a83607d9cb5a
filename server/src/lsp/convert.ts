/**
 * The one place where the core's offsets and records become LSP types. Offsets are UTF-16 code
 * units, which is LSP's default position encoding, so `TextDocument.positionAt` converts them.
 */
import {
  CodeActionKind,
  DiagnosticSeverity,
  FoldingRangeKind,
  MarkupKind,
  SymbolKind,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type Position,
  type Range,
  type TextEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { onOneLine, PieceDocument, type EditedLines } from './pieceDocument';
import type { Analysis, MovedListName, Finding, Fix, Fold, HoverInfo, OutlineNode, Problem, SemanticSpan, Severity, Span, TokenType } from '../core/index';
import { analysisCode } from './analysisCode';

/** Where each rule is documented; a diagnostic's code links there. */
export const RULE_DOCS_URL = 'https://github.com/policy-lens/policy-lens#rule-';

/** Source label on every diagnostic. */
export const DIAGNOSTIC_SOURCE = 'Policy Lens';

/** The code action kind of "fix all safe problems". */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.policyLens`;

/** Semantic token types, in legend order; package.json declares the same ids. */
export const TOKEN_TYPES: readonly TokenType[] = ['treaty', 'actor', 'person', 'place', 'proposalMarker'];

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** One link per rule, shared by its diagnostics: nothing changes them, and a long document has thousands. */
const codeDescriptions = new Map<string, { readonly href: string }>();
function codeDescriptionOf(code: string): { href: string } {
  let description = codeDescriptions.get(code);
  if (!description) codeDescriptions.set(code, (description = { href: RULE_DOCS_URL + code }));
  return description;
}

export function toDiagnostic(doc: TextDocument, finding: Finding): Diagnostic {
  return {
    range: toRange(doc, finding),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: codeDescriptionOf(finding.code),
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    ...(finding.related?.length
      ? { relatedInformation: finding.related.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r) }, message: r.message })) }
      : {}),
  };
}

/** A problem with the input itself (too long, cancelled, internal error), shown at its span or the top. */
export function problemDiagnostic(doc: TextDocument, problem: Problem): Diagnostic {
  return {
    range: toRange(doc, problem.span ?? { start: 0, end: 0 }),
    severity: DiagnosticSeverity.Information,
    code: 'policy-lens',
    source: DIAGNOSTIC_SOURCE,
    message: problem.message,
  };
}

/** A problem in one of the team's knowledge-base files, at the offending key. */
export function kbProblemDiagnostic(doc: TextDocument, problem: { message: string; span: Span }): Diagnostic {
  return { range: toRange(doc, problem.span), severity: DiagnosticSeverity.Error, code: 'knowledge-base', source: DIAGNOSTIC_SOURCE, message: problem.message };
}

const SYMBOL_KIND: Record<string, SymbolKind> = {
  section: SymbolKind.Namespace,
  proposal: SymbolKind.Event,
  treaty: SymbolKind.Interface,
  actor: SymbolKind.Object,
  place: SymbolKind.Field,
};

/**
 * Symbols by outline node. The analyzer keeps the node objects that end before an edit (see
 * `movedStructure`); the text before them did not change, so neither did their positions, and
 * their symbols, children included, are reused. A node moved whole (start and end by the same
 * amount) whose range and selection land where its source's symbol says reuses that symbol too:
 * the edit then changed no line break before it and lies on an earlier line, so its children did not
 * move either. A keystroke thus converts only the nodes around it.
 */
const symbolsByNode = new WeakMap<OutlineNode, DocumentSymbol>();

/**
 * Whether `position` is where `offset` lies in `doc`, read by offsets: a line's start and a
 * position's offset are looked up, where `positionAt` searches the lines. The first test alone
 * would pass for a character past the line's end, which `offsetAt` clamps.
 */
export const liesAt = (doc: TextDocument, position: Position, offset: number): boolean =>
  doc.offsetAt(position) === offset && doc.offsetAt({ line: position.line, character: 0 }) + position.character === offset;

/** Whether `range` is where `span` lies in `doc`. */
const spansAt = (doc: TextDocument, range: Range, span: Span): boolean => liesAt(doc, range.start, span.start) && liesAt(doc, range.end, span.end);

/** Whether `symbol`, made for `source`, holds for `node`, which was moved whole from it. */
const holdsWhenMoved = (doc: TextDocument, symbol: DocumentSymbol, node: OutlineNode, source: OutlineNode): boolean =>
  node.start - source.start === node.end - source.end && spansAt(doc, symbol.range, node) && spansAt(doc, symbol.selectionRange, node.selection);

/** The symbol of the node `node` was moved from, when it still holds for `node`. */
function movedSymbol(doc: TextDocument, node: OutlineNode): DocumentSymbol | undefined {
  const source = analysisCode().movedFrom(node);
  const symbol = source && symbolsByNode.get(source);
  return symbol && holdsWhenMoved(doc, symbol, node, source) ? symbol : undefined;
}

/**
 * A version's outline and the symbols it was converted to, which the server keeps for the next
 * version's conversion (see `convertOutline`).
 */
export interface ConvertedOutline {
  readonly doc: TextDocument;
  readonly analysis: Analysis;
  readonly symbols: DocumentSymbol[];
}

/**
 * `symbol`, made for `before`, when it holds for `node`: `node` is `before`, or was moved whole from
 * it, or both were moved whole from one node (no edit reached inside either), and the symbol's
 * range and selection lie where `node`'s do.
 */
function previousSymbol(doc: TextDocument, node: OutlineNode, before: OutlineNode | undefined, symbol: DocumentSymbol | undefined): DocumentSymbol | undefined {
  if (before === undefined || symbol === undefined) return undefined;
  if (before === node) return symbol;
  const { movedFrom } = analysisCode();
  const source = movedFrom(node);
  return source !== undefined && (source === before || source === movedFrom(before)) && holdsWhenMoved(doc, symbol, node, before) ? symbol : undefined;
}

/** The symbol of `node`: the one made for it, or for the node it was moved whole from where that still holds, or a new one. */
function symbolOf(doc: TextDocument, node: OutlineNode): DocumentSymbol {
  let symbol = symbolsByNode.get(node);
  if (!symbol) {
    const range = toRange(doc, node);
    symbol = movedSymbol(doc, node) ?? {
      name: node.name,
      detail: node.detail,
      kind: SYMBOL_KIND[node.kind === 'entity' ? (node.entityKind ?? 'actor') : node.kind] ?? SymbolKind.Object,
      range,
      // an entity's selection is its whole span: one range for both (the 8,949 entity symbols of the
      // 1 MB treaty text's outline, kept while it is open, held 1 MB in the second range's three objects)
      selectionRange: node.selection.start === node.start && node.selection.end === node.end ? range : toRange(doc, node.selection),
      children: toDocumentSymbols(doc, node.children),
    };
    symbolsByNode.set(node, symbol);
  }
  return symbol;
}

/**
 * `nodes`, top-level outline nodes or a node's children, converted. With `previous`, the outline
 * as last converted, a node that is the one at the same index there, or was moved whole from it,
 * takes its symbol after the checks above: typing moves no node to another index, and the weak
 * map's entries, one per moved node and keystroke, had been most of a conversion's time.
 */
export function toDocumentSymbols(doc: TextDocument, nodes: readonly OutlineNode[], previous?: ConvertedOutline): DocumentSymbol[] {
  const earlier = previous && analysisCode().itemsOf(previous.analysis, 'outline');
  return nodes.map((node, i) => (previous && previousSymbol(doc, node, earlier!.at(i), previous.symbols[i])) ?? symbolOf(doc, node));
}

/**
 * The symbols of a version whose edits since `previous` the document can place by lines (see
 * `PieceDocument.editedLinesSince`), or undefined. They are `previous`'s: as they were for the
 * top-level nodes that end before the edited lines, moved by whole lines for those that start after
 * them; the nodes on those lines, and those the core made again, are converted again. Every other
 * node is the one at its index in `previous` moved on (the core says which may not be, see
 * `MovedItems.changedSince`), on lines whose text did not change. In a 1 MB list of 17,190
 * top-level items typing on a line converts a node or two where the conversion by index moved and
 * checked each one (6–9 ms); a line break typed there took 175 ms, converting afresh every node
 * after it.
 */
function symbolsAfterEdits(doc: TextDocument, analysis: Analysis, previous: ConvertedOutline): DocumentSymbol[] | undefined {
  const edits = editsSince(doc, analysis, previous, 'outline');
  if (!edits) return undefined;
  const { lines, changed } = edits;
  const { itemsOf } = analysisCode();
  const items = itemsOf(analysis, 'outline');
  const earlier = itemsOf(previous.analysis, 'outline');
  const before = previous.symbols;
  const symbols = before.slice();
  // top-level nodes do not overlap, so their symbols' lines only go forward
  const from = firstSymbolEndingOnOrAfter(before, lines.first);
  let to = from;
  while (to < before.length && before[to]!.range.start.line <= lines.last) to++;
  if (lines.lineDelta !== 0) for (let i = to; i < symbols.length; i++) symbols[i] = movedByLines(before[i]!, lines.lineDelta);
  const convertAgain = (i: number) => {
    const node = items.at(i)!;
    symbols[i] = previousSymbol(doc, node, earlier.at(i), before[i]) ?? symbolOf(doc, node);
  };
  for (const i of changed) convertAgain(i);
  for (let i = from; i < to; i++) if (!changed.has(i)) convertAgain(i);
  return symbols;
}

/** A version a host converted: the document and its analysis. */
interface ConvertedVersion {
  readonly doc: TextDocument;
  readonly analysis: Analysis;
}

/**
 * What the edits since `previous`, another version of the same document, did to `list`: the lines
 * they changed (see `PieceDocument.editedLinesSince`) and the items the core may have made again
 * (see `MovedItems.changedSince`). Undefined when either is unknown: the list is converted whole.
 */
export function editsSince(
  doc: TextDocument,
  analysis: Analysis,
  previous: ConvertedVersion,
  list: MovedListName,
): { readonly lines: EditedLines; readonly changed: ReadonlySet<number> } | undefined {
  const lines = doc instanceof PieceDocument ? doc.editedLinesSince(previous.doc) : undefined;
  const changed = lines && analysisCode().changedSince(analysis, previous.analysis, list);
  return lines && changed ? { lines, changed } : undefined;
}

/** `symbol` and its children `lines` lines further on, at the same characters. */
function movedByLines(symbol: DocumentSymbol, lines: number): DocumentSymbol {
  const { name, detail, kind, range, selectionRange, children } = symbol;
  const moved = rangeMovedByLines(range, lines);
  return {
    name,
    detail,
    kind,
    range: moved,
    selectionRange: selectionRange === range ? moved : rangeMovedByLines(selectionRange, lines),
    children: children?.length ? children.map((child) => movedByLines(child, lines)) : children,
  };
}

/** `range` `lines` lines further on, at the same characters. */
export const rangeMovedByLines = ({ start, end }: Range, lines: number): Range => ({
  start: { line: start.line + lines, character: start.character },
  end: { line: end.line + lines, character: end.character },
});

/** The index of the first of `symbols`, in order and not overlapping, whose range ends on `line` or later. */
function firstSymbolEndingOnOrAfter(symbols: readonly DocumentSymbol[], line: number): number {
  let lo = 0;
  let hi = symbols.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (symbols[mid]!.range.end.line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `analysis`'s outline converted for `doc`, with the document's outline as last converted at hand. */
export function convertOutline(doc: TextDocument, analysis: Analysis, previous: ConvertedOutline | undefined): ConvertedOutline {
  if (previous?.analysis === analysis && previous.doc === doc) return previous;
  const symbols = (previous && symbolsAfterEdits(doc, analysis, previous)) ?? toDocumentSymbols(doc, analysis.outline, previous);
  return { doc, analysis, symbols };
}

/** The line of `offset` in `doc`: a piece document finds it without making a position. */
const lineOf = (doc: TextDocument, offset: number): number => (doc instanceof PieceDocument ? doc.lineAt(offset) : doc.positionAt(offset).line);

/**
 * A version's folds as folding ranges, kept for the next version's conversion. The ranges are kept
 * as numbers, three to a range (start line, end line, and 1 for a comment or 0 for a region), in a
 * typed array, whose contents lie outside V8's heap: the 3,709 folds of the 1 MB treaty text kept as
 * objects held 285 KB, which the young-generation collection after the host's opening requests
 * copied, among the first keystrokes when the requests came after the warm-up's collection. The
 * objects are made for each answer, and die young.
 */
export class ConvertedFolds {
  private constructor(
    readonly doc: TextDocument,
    readonly analysis: Analysis,
    private readonly lines: FoldLines,
  ) {}

  /** `analysis`'s folds that span lines, in `doc`. */
  static of(doc: TextDocument, analysis: Analysis): ConvertedFolds {
    return new ConvertedFolds(doc, analysis, foldLines(doc, analysis.folds));
  }

  /** The same ranges for another version, whose folds lie on the same lines. */
  for(doc: TextDocument, analysis: Analysis): ConvertedFolds {
    return new ConvertedFolds(doc, analysis, this.lines);
  }

  /** The folding ranges, made anew at each call. */
  get ranges(): FoldingRange[] {
    return rangesOf(this.lines);
  }
}

/**
 * `analysis`'s folds as folding ranges: `previous`'s ranges when the core moved every fold from there
 * and the edits since typed or removed no line break, so that each fold starts and ends on the
 * lines it did. Reading and converting the 17,190 folds of a 1 MB list took 4 ms a keystroke.
 */
export function convertFolds(doc: TextDocument, analysis: Analysis, previous: ConvertedFolds | undefined): ConvertedFolds {
  if (previous?.analysis === analysis && previous.doc === doc) return previous;
  const edits = previous && editsSince(doc, analysis, previous, 'folds');
  const kept = edits !== undefined && onOneLine(edits.lines) && edits.changed.size === 0;
  return kept ? previous!.for(doc, analysis) : ConvertedFolds.of(doc, analysis);
}

/** Folding ranges as numbers, three to a range: start line, end line, and 1 for a comment or 0 for a region. */
interface FoldLines {
  readonly numbers: Int32Array;
  readonly count: number;
}

/** The folds that span lines, as numbers (see `FoldLines`). */
function foldLines(doc: TextDocument, folds: readonly Fold[]): FoldLines {
  const numbers = new Int32Array(folds.length * 3);
  let n = 0;
  for (const fold of folds) {
    const startLine = lineOf(doc, fold.start);
    const endLine = lineOf(doc, fold.end);
    if (endLine <= startLine) continue;
    numbers[n++] = startLine;
    numbers[n++] = endLine;
    numbers[n++] = fold.kind === 'frontmatter' ? 1 : 0;
  }
  return { numbers, count: n / 3 };
}

/** The folding ranges that `FoldLines` holds as numbers, as new objects. */
function rangesOf({ numbers, count }: FoldLines): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (let k = 0; k < count; k++) {
    ranges.push({ startLine: numbers[3 * k]!, endLine: numbers[3 * k + 1]!, kind: numbers[3 * k + 2] === 1 ? FoldingRangeKind.Comment : FoldingRangeKind.Region });
  }
  return ranges;
}

/** The folds that span lines, as folding ranges. */
export const toFoldingRanges = (doc: TextDocument, folds: readonly Fold[]): FoldingRange[] => rangesOf(foldLines(doc, folds));

export function toHover(doc: TextDocument, info: HoverInfo): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: info.markdown }, range: toRange(doc, info) };
}

/** Each token type's number in the legend. */
const TOKEN_TYPE_NUMBERS = new Map(TOKEN_TYPES.map((type, k) => [type, k]));

/**
 * Semantic tokens in LSP's relative encoding, from spans added in document order. A span that
 * crosses a line break (a name broken across lines) becomes one token per line, since a token may
 * not span lines.
 */
export class SemanticTokenEncoder {
  private data: Int32Array;
  private length = 0;
  private readonly lines: PieceDocument;
  private previousLine = 0;
  private previousChar = 0;
  // the line a token lies on, found by walking on from the token before: spans come in order, and a
  // binary search of the document's lines for each of 21,000 tokens, with a search from each to the
  // end of its paragraph, took half of a request in 1 MB. The walk reads the document's line starts,
  // not its text, which a keystroke's version has not made whole (see `PieceDocument`). The numbers
  // are written by index, and a `Map` gives each type's number
  private line = 0;
  private lineStart = 0;
  /** Where the line's content ends, before its line break; the text's end on the last line. */
  private lineEnd = 0;
  private nextLineStart = 0;

  constructor(
    doc: TextDocument,
    /** How many spans are expected: room for them is made at once (five numbers a token), and grown if a span crosses lines. */
    expectedSpans: number,
    /**
     * Where to write the numbers, when it has room: a list the server no longer answers with. A
     * fresh list of 600,000 numbers (the 1 MB nested list) took 15 ms to make and fill, most of it
     * the system handing over new memory; written again, 0.8 ms.
     */
    reused?: Int32Array,
  ) {
    this.data = reused && reused.length >= expectedSpans * 5 ? reused : new Int32Array(expectedSpans * 5);
    this.lines = doc instanceof PieceDocument ? doc : PieceDocument.create(doc.uri, doc.languageId, doc.version, doc.getText());
    this.moveToLine(0);
  }

  add(spanStart: number, spanEnd: number, spanType: TokenType): void {
    const { lines } = this;
    const type = TOKEN_TYPE_NUMBERS.get(spanType)!;
    let start = spanStart;
    for (;;) {
      // a span out of order: the walk starts again from the document's own position
      if (start < this.lineStart) this.moveToLine(lines.positionAt(start).line);
      while (this.line + 1 < lines.lineCount && this.nextLineStart <= start) this.moveToLine(this.line + 1);
      // the part of the span on this line (without its line break), then the rest on the next
      const end = Math.min(spanEnd, this.lineEnd);
      if (end > start) {
        if (this.length + 5 > this.data.length) this.grow();
        const { data } = this;
        const character = start - this.lineStart;
        const deltaLine = this.line - this.previousLine;
        data[this.length++] = deltaLine;
        data[this.length++] = deltaLine === 0 ? character - this.previousChar : character;
        data[this.length++] = end - start;
        data[this.length++] = type;
        data[this.length++] = 0;
        this.previousLine = this.line;
        this.previousChar = character;
      }
      if (this.line + 1 >= lines.lineCount || spanEnd <= this.nextLineStart) break;
      start = this.nextLineStart;
      while (start < spanEnd && (lines.charCodeAt(start) === 32 || lines.charCodeAt(start) === 9)) start++;
    }
  }

  private moveToLine(line: number): void {
    this.line = line;
    this.lineStart = this.lines.lineStart(line);
    this.nextLineStart = this.lines.lineStart(line + 1);
    this.lineEnd = line + 1 >= this.lines.lineCount ? this.lines.length : this.lines.lineEnd(line);
  }

  /** Twice the room, for spans that cross lines beyond the room made at first. */
  private grow(): void {
    const data = new Int32Array(Math.max(40, this.data.length * 2));
    data.set(this.data);
    this.data = data;
  }

  /** The numbers written: the first `length` of `data`, which may be the list handed in. */
  get tokens(): EncodedTokens {
    return { data: this.data, length: this.length };
  }

  /** The numbers written, as a plain list (what LSP answers with). */
  finish(): number[] {
    return plainList(this.data, 0, this.length);
  }
}

/**
 * `data[start, end)` as a plain list, which LSP answers with: made at its length and filled by a
 * loop. (`Array.from` on a typed array took 13 ms for the 105,000 numbers of 1 MB of prose, and a
 * list grown by `push`, which `JSON.stringify` writes faster, 14 ms to grow. Made so, the whole
 * answer there, encoding included, takes 5–7 ms and its JSON 2–4, as before the thirty-seventh
 * round, when the encoder wrote into such a list itself.)
 */
export function plainList(data: Int32Array, start: number, end: number): number[] {
  const list: number[] = new Array(end - start);
  for (let i = start; i < end; i++) list[i - start] = data[i]!;
  return list;
}

/** Encoded semantic tokens: the first `length` numbers of `data`. */
export interface EncodedTokens {
  readonly data: Int32Array;
  readonly length: number;
}

/** The tokens of a list of spans in document order (see `SemanticTokenEncoder`). */
export function encodeSemanticTokens(doc: TextDocument, spans: readonly SemanticSpan[]): number[] {
  const encoder = new SemanticTokenEncoder(doc, spans.length);
  for (const span of spans) encoder.add(span.start, span.end, span.type);
  return encoder.finish();
}

function toTextEdits(doc: TextDocument, fix: Fix): TextEdit[] {
  return fix.edits.map((e) => ({ range: toRange(doc, e), newText: e.newText }));
}

/** Quick fixes for the findings that touch `range`, each with the diagnostic it fixes. */
export function toQuickFixes(doc: TextDocument, findings: readonly Finding[], range: Range): CodeAction[] {
  const start = doc.offsetAt(range.start);
  const end = doc.offsetAt(range.end);
  const actions: CodeAction[] = [];
  for (const finding of findings) {
    if (finding.end < start || finding.start > end) continue;
    finding.fixes?.forEach((fix, i) => {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [toDiagnostic(doc, finding)],
        isPreferred: i === 0 && fix.safe,
        edit: { changes: { [doc.uri]: toTextEdits(doc, fix) } },
      });
    });
  }
  return actions;
}

/** One action applying every safe fix in the document. */
export function toFixAll(doc: TextDocument, findings: readonly Finding[]): CodeAction | undefined {
  const edits = analysisCode().safeEdits(findings).map((e) => ({ range: toRange(doc, e), newText: e.newText }));
  if (edits.length === 0) return undefined;
  return { title: `Policy Lens: fix all (${edits.length})`, kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: edits } } };
}
