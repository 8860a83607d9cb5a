import { DocumentDiagnosticReportKind, type Diagnostic, type DocumentDiagnosticReport, type Range } from 'vscode-languageserver/node';

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  // a diagnostic carried over from the last conversion (see `diagnosticConversion.ts`) is the same object
  if (a === b) return true;
  if (!sameRange(a.range, b.range) || a.severity !== b.severity || a.code !== b.code || a.message !== b.message) return false;
  const ra = a.relatedInformation ?? [];
  const rb = b.relatedInformation ?? [];
  return ra.length === rb.length && ra.every((r, i) => r.message === rb[i]!.message && sameRange(r.location.range, rb[i]!.location.range));
}

/**
 * Pulled diagnostics with result ids (LSP 3.17): when a document's diagnostics are the same as in
 * the report the client already holds, the answer is "unchanged" instead of every diagnostic again.
 * Typing inside one line usually leaves every other diagnostic where it was.
 */
export class DiagnosticReports {
  private readonly last = new Map<string, { readonly resultId: string; readonly items: readonly Diagnostic[] }>();
  private counter = 0;

  report(uri: string, items: readonly Diagnostic[], previousResultId: string | undefined): DocumentDiagnosticReport {
    const last = this.last.get(uri);
    if (last && last.resultId === previousResultId && this.holds(uri, items)) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
    const resultId = String(++this.counter);
    this.last.set(uri, { resultId, items });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: [...items] };
  }

  /** Whether the last report on `uri` holds these very diagnostics, in this order. */
  holds(uri: string, items: readonly Diagnostic[]): boolean {
    const last = this.last.get(uri);
    return last !== undefined && last.items.length === items.length && items.every((d, i) => sameDiagnostic(d, last.items[i]!));
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}
