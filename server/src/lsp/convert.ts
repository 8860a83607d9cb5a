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
  type Range,
  type TextEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { movedFrom, safeEdits, type Finding, type Fix, type Fold, type HoverInfo, type OutlineNode, type Problem, type SemanticSpan, type Severity, type Span, type TokenType } from '../core/index';

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

export function toDiagnostic(doc: TextDocument, finding: Finding): Diagnostic {
  return {
    range: toRange(doc, finding),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: RULE_DOCS_URL + finding.code },
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

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** The symbol of the node `node` was moved from, when it still holds for `node`. */
function movedSymbol(node: OutlineNode, range: Range, selectionRange: Range): DocumentSymbol | undefined {
  const source = movedFrom(node);
  const symbol = source && symbolsByNode.get(source);
  if (!symbol || node.start - source.start !== node.end - source.end) return undefined;
  return sameRange(symbol.range, range) && sameRange(symbol.selectionRange, selectionRange) ? symbol : undefined;
}

export function toDocumentSymbols(doc: TextDocument, nodes: readonly OutlineNode[]): DocumentSymbol[] {
  return nodes.map((node) => {
    let symbol = symbolsByNode.get(node);
    if (!symbol) {
      const range = toRange(doc, node);
      const selectionRange = toRange(doc, node.selection);
      symbol = movedSymbol(node, range, selectionRange) ?? {
        name: node.name,
        detail: node.detail,
        kind: SYMBOL_KIND[node.kind === 'entity' ? (node.entityKind ?? 'actor') : node.kind] ?? SymbolKind.Object,
        range,
        selectionRange,
        children: toDocumentSymbols(doc, node.children),
      };
      symbolsByNode.set(node, symbol);
    }
    return symbol;
  });
}

export function toFoldingRanges(doc: TextDocument, folds: readonly Fold[]): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const fold of folds) {
    const startLine = doc.positionAt(fold.start).line;
    const endLine = doc.positionAt(fold.end).line;
    if (endLine > startLine) ranges.push({ startLine, endLine, ...(fold.kind === 'frontmatter' ? { kind: FoldingRangeKind.Comment } : { kind: FoldingRangeKind.Region }) });
  }
  return ranges;
}

export function toHover(doc: TextDocument, info: HoverInfo): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: info.markdown }, range: toRange(doc, info) };
}

/**
 * Semantic tokens in LSP's relative encoding. A span that crosses a line break (a name broken
 * across lines) becomes one token per line, since a token may not span lines.
 */
/** Each token type's number in the legend. */
const TOKEN_TYPE_NUMBERS = new Map(TOKEN_TYPES.map((type, k) => [type, k]));

export function encodeSemanticTokens(doc: TextDocument, spans: readonly SemanticSpan[]): number[] {
  // five numbers a token; a span broken across lines makes more, which are pushed
  const data: number[] = new Array(spans.length * 5);
  let length = 0;
  const text = doc.getText();
  let previousLine = 0;
  let previousChar = 0;
  // the line a token lies on and the line break after it, found by walking on from the token before:
  // spans come in order, and a binary search of the document's lines for each of 21,000 tokens, with
  // a search from each to the end of its paragraph, took half of a request in 1 MB. The walk counts
  // "\n" only: a text with a carriage return, which ends a line alone too, asks the document for
  // positions. The numbers are written by index, and a `Map` gives each type's number
  const countsLines = !text.includes('\r');
  let line = 0;
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    const type = TOKEN_TYPE_NUMBERS.get(span.type)!;
    let start = span.start;
    for (;;) {
      if (start < lineStart) {
        // a span out of order: the walk starts again from the document's own position
        const position = doc.positionAt(start);
        line = position.line;
        lineStart = start - position.character;
        nextBreak = text.indexOf('\n', lineStart);
      }
      while (nextBreak !== -1 && nextBreak < start) {
        line++;
        lineStart = nextBreak + 1;
        nextBreak = text.indexOf('\n', lineStart);
      }
      const lineBreak = nextBreak === -1 ? Infinity : nextBreak;
      // the part of the span on this line (without a carriage return), then the rest after the break
      const end = lineBreak < span.end ? (lineBreak > start && text.charCodeAt(lineBreak - 1) === 13 ? lineBreak - 1 : lineBreak) : span.end;
      if (end > start) {
        const position = countsLines ? undefined : doc.positionAt(start);
        const tokenLine = position?.line ?? line;
        const character = position?.character ?? start - lineStart;
        const deltaLine = tokenLine - previousLine;
        data[length++] = deltaLine;
        data[length++] = deltaLine === 0 ? character - previousChar : character;
        data[length++] = end - start;
        data[length++] = type;
        data[length++] = 0;
        previousLine = tokenLine;
        previousChar = character;
      }
      if (lineBreak >= span.end) break;
      start = lineBreak + 1;
      while (start < span.end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
    }
  }
  data.length = length;
  return data;
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
  const edits = safeEdits(findings).map((e) => ({ range: toRange(doc, e), newText: e.newText }));
  if (edits.length === 0) return undefined;
  return { title: `Policy Lens: fix all (${edits.length})`, kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: edits } } };
}
