import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Span } from '../core/index';
import { analysisCode } from './analysisCode';
import { rangeMovedByLines, toDiagnostic } from './convert';
import { PieceDocument } from './pieceDocument';

/** A document's last diagnostics, with the version and the findings they were converted from. */
export interface ConvertedDiagnostics {
  readonly doc: TextDocument;
  readonly findings: readonly Finding[];
  /** One per finding, in the same order. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Where the edits since an earlier version lie, in offsets: text before `headEnd` is where it was,
 * text from `tailStart` on is the earlier text from `tailStart - lengthDelta`, `lineDelta` lines on.
 */
interface EditedOffsets {
  readonly headEnd: number;
  readonly tailStart: number;
  readonly lengthDelta: number;
  readonly lineDelta: number;
}

/** Where `doc` differs from `earlier`, by whole lines (see `PieceDocument.editedLinesSince`); undefined when unknown. */
function editedOffsetsSince(doc: TextDocument, earlier: TextDocument): EditedOffsets | undefined {
  if (!(doc instanceof PieceDocument) || !(earlier instanceof PieceDocument)) return undefined;
  const lines = doc.editedLinesSince(earlier);
  if (!lines) return undefined;
  const headEnd = doc.offsetAt({ line: lines.first, character: 0 });
  const lengthDelta = doc.length - earlier.length;
  const tailLine = lines.last + 1 + lines.lineDelta;
  if (tailLine >= doc.lineCount) return { headEnd, tailStart: Infinity, lengthDelta, lineDelta: lines.lineDelta };
  const tailStart = doc.offsetAt({ line: tailLine, character: 0 });
  // the line after the edits starts where the earlier one did, shifted by what the edits added
  if (tailStart - lengthDelta !== earlier.offsetAt({ line: lines.last + 1, character: 0 })) return undefined;
  return { headEnd, tailStart, lengthDelta, lineDelta: lines.lineDelta };
}

/** Where a span of the new version stands to the span of the earlier one its finding came from. */
const enum Place {
  /** At the same positions. */
  Same,
  /** At the same characters, `lineDelta` lines on. */
  Moved,
  /** Not known without converting it. */
  Unknown,
}

function placeOf(now: Span, was: Span, at: EditedOffsets): Place {
  if (now.end <= at.headEnd) return now.start === was.start && now.end === was.end ? Place.Same : Place.Unknown;
  if (now.start >= at.tailStart) return now.start - at.lengthDelta === was.start && now.end - at.lengthDelta === was.end ? Place.Moved : Place.Unknown;
  return Place.Unknown;
}

const NO_RELATED: NonNullable<Finding['related']> = [];

/** Whether two findings say the same thing, wherever they stand (their severity aside, which `carried` compares first). */
function sameWords(now: Finding, was: Finding): boolean {
  if (now.code !== was.code || now.message !== was.message) return false;
  const a = now.related ?? NO_RELATED;
  const b = was.related ?? NO_RELATED;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k]!.message !== b[k]!.message) return false;
  return true;
}

/**
 * The diagnostic of `now` taken from `diagnostic`, the earlier version's diagnostic of `was`: itself
 * where every span stands at the same positions, a copy with ranges moved by lines where some moved;
 * undefined where the finding says something else or a span needs converting.
 */
function carried(now: Finding, was: Finding, diagnostic: Diagnostic, at: EditedOffsets): Diagnostic | undefined {
  if (now.severity !== was.severity) return undefined;
  // the usual case, one finding moved whole: its spans are read without reading its related spans
  const { movedApart, lastOffset, firstOffset } = analysisCode();
  const apart = movedApart(now, was);
  if (apart === 0 && lastOffset(now) <= at.headEnd) return diagnostic;
  if (apart === at.lengthDelta && firstOffset(now) >= at.tailStart) return at.lineDelta === 0 ? diagnostic : movedByLines(diagnostic, at.lineDelta);
  return carriedSpanBySpan(now, was, diagnostic, at);
}

/**
 * `carried` for a finding not moved whole, span by span. A function of its own: the closures it
 * makes hold `at`, and V8 then makes every call of the function that holds them allocate a context
 * for it, fast path or not (about 55 bytes a finding, 66 KB at every keystroke in the 1 MB treaty
 * text).
 */
function carriedSpanBySpan(now: Finding, was: Finding, diagnostic: Diagnostic, at: EditedOffsets): Diagnostic | undefined {
  if (!sameWords(now, was)) return undefined;
  const place = placeOf(now, was, at);
  if (place === Place.Unknown) return undefined;
  const wasRelated = was.related ?? NO_RELATED;
  const relatedPlaces = (now.related ?? NO_RELATED).map((r, k) => placeOf(r, wasRelated[k]!, at));
  if (relatedPlaces.includes(Place.Unknown)) return undefined;
  const moved = place === Place.Moved || relatedPlaces.includes(Place.Moved);
  if (!moved || at.lineDelta === 0) return diagnostic;
  return movedByLines(diagnostic, at.lineDelta, place === Place.Moved, (k) => relatedPlaces[k] === Place.Moved);
}

/** `diagnostic` with its range (unless `rangeMoves` is false) and the related ranges `relatedMoves` names `lines` lines on. */
function movedByLines(diagnostic: Diagnostic, lines: number, rangeMoves = true, relatedMoves: (k: number) => boolean = () => true): Diagnostic {
  const relatedInformation = diagnostic.relatedInformation?.map(
    (info, k): DiagnosticRelatedInformation =>
      relatedMoves(k) ? { location: { uri: info.location.uri, range: rangeMovedByLines(info.location.range, lines) }, message: info.message } : info,
  );
  return {
    ...diagnostic,
    range: rangeMoves ? rangeMovedByLines(diagnostic.range, lines) : diagnostic.range,
    ...(relatedInformation ? { relatedInformation } : {}),
  };
}

/**
 * The diagnostics of `findings`, found in `doc`, taken from the last conversion where they can be.
 * Findings come in document order, so those before the edited lines and those after them are
 * matched with the last version's from either end; each kept diagnostic is the same object, which
 * the next report's comparison reads as equal at once, and which a young-generation collection
 * need not copy again. A 1 MB treaty text has 1,212 findings, and converting them all at every
 * keystroke made about 430 KB of the server's 1 MB per keystroke. The list is made at its length
 * and filled from either end: pushing onto it, and onto a list of the end's, made 110 KB more.
 */
export function convertDiagnostics(doc: TextDocument, findings: readonly Finding[], previous: ConvertedDiagnostics | undefined): ConvertedDiagnostics {
  if (previous && previous.doc === doc && previous.findings === findings) return previous;
  const at = previous && editedOffsetsSince(doc, previous.doc);
  const diagnostics = new Array<Diagnostic>(findings.length);
  let head = 0;
  let tail = 0;
  if (previous && at) {
    const was = previous.findings;
    const most = Math.min(findings.length, was.length);
    for (; head < most; head++) {
      const d = carried(findings[head]!, was[head]!, previous.diagnostics[head]!, at);
      if (!d) break;
      diagnostics[head] = d;
    }
    for (; tail < most - head; tail++) {
      const d = carried(findings[findings.length - 1 - tail]!, was[was.length - 1 - tail]!, previous.diagnostics[was.length - 1 - tail]!, at);
      if (!d) break;
      diagnostics[findings.length - 1 - tail] = d;
    }
  }
  for (let i = head; i < findings.length - tail; i++) diagnostics[i] = toDiagnostic(doc, findings[i]!);
  return { doc, findings, diagnostics };
}
