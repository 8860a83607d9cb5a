import type { Finding, TextEdit } from '../types';

/**
 * The edits of every safe fix (the first safe fix of each finding), sorted and without overlaps:
 * an edit that overlaps one already taken is left for the next round.
 */
export function safeEdits(findings: readonly Finding[]): TextEdit[] {
  const candidates = findings
    .flatMap((f) => (f.fixes ?? []).filter((fix) => fix.safe).slice(0, 1))
    .flatMap((fix) => fix.edits)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const edits: TextEdit[] = [];
  let lastEnd = -1;
  for (const edit of candidates) {
    if (edit.start < lastEnd || (edit.start === lastEnd && edit.start === edit.end)) continue;
    edits.push(edit);
    lastEnd = edit.end;
  }
  return edits;
}

/** Applies non-overlapping edits to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    result += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return result + text.slice(at);
}
