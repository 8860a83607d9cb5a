import { LineIndex, type LineCharacter } from '../text/lineIndex';
import type { Analysis } from '../types';

/** An LSP-style range of a span. */
export interface ContractRange {
  readonly start: LineCharacter;
  readonly end: LineCharacter;
}

/** One file of the JSON contract (version 1): `policy-lens analyze --format json` prints these. */
export interface ContractFile {
  readonly file: string;
  readonly date: { readonly iso: string; readonly source: string };
  readonly entities: readonly Record<string, unknown>[];
  readonly proposals: readonly Record<string, unknown>[];
  readonly diagnostics: readonly Record<string, unknown>[];
}

/**
 * The contract's record of one analysed file. Offsets are UTF-16 code units, `end` exclusive;
 * `range` is the LSP range of the same span. Fields are only ever added, never renamed.
 */
export function contractFile(file: string, text: string, analysis: Analysis): ContractFile {
  const lines = new LineIndex(text);
  const range = (start: number, end: number): ContractRange => ({ start: lines.positionAt(start), end: lines.positionAt(end) });
  return {
    file,
    date: { iso: analysis.date.iso, source: analysis.date.source },
    entities: analysis.mentions.map((m) => ({
      id: m.id,
      kind: m.kind,
      category: m.category,
      form: m.form,
      name: m.name,
      text: m.text,
      start: m.start,
      end: m.end,
      range: range(m.start, m.end),
    })),
    proposals: analysis.proposals.map((p) => ({
      ordinal: p.ordinal,
      marker: p.marker,
      title: p.title,
      start: p.start,
      end: p.end,
      range: range(p.start, p.end),
      entityIds: p.entityIds,
      ...(p.parent !== undefined ? { parent: p.parent } : {}),
      parties: p.parties,
      ...(p.exchange ? { exchange: p.exchange } : {}),
      conditions: p.conditions,
    })),
    diagnostics: [
      ...analysis.problems.map((p) => ({ code: 'policy-lens', severity: 'information', message: p.message, start: p.span?.start ?? 0, end: p.span?.end ?? 0, range: range(p.span?.start ?? 0, p.span?.end ?? 0) })),
      ...analysis.findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        message: f.message,
        start: f.start,
        end: f.end,
        range: range(f.start, f.end),
        // the quick fixes an editor offers, safe ones (which `check --fix` applies) and others
        ...(f.fixes?.length
          ? { fixes: f.fixes.map((fix) => ({ title: fix.title, safe: fix.safe, edits: fix.edits.map((e) => ({ start: e.start, end: e.end, newText: e.newText, range: range(e.start, e.end) })) })) }
          : {}),
      })),
    ],
  };
}

/** The whole JSON contract for several files. */
export function contract(files: readonly ContractFile[]): { version: 1; files: readonly ContractFile[] } {
  return { version: 1, files };
}
