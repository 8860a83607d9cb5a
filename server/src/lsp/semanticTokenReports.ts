import type { SemanticTokens, SemanticTokensDelta, SemanticTokensEdit } from 'vscode-languageserver/node';

/**
 * Semantic tokens with result ids (LSP 3.16, `full/delta`): after an edit the client gets the one
 * stretch of the encoded list that changed instead of the whole list. A token is encoded relative to
 * the one before it, so typing in a line changes a few numbers; the list of 1 MB of prose holds
 * about 100,000 numbers, half a megabyte of JSON that an editor asked for after every keystroke.
 * Each document keeps its last list, as 32-bit integers.
 */
export class SemanticTokenReports {
  private readonly last = new Map<string, { readonly resultId: string; readonly data: Uint32Array }>();
  private counter = 0;

  /** The whole list, remembered under a new result id. */
  full(uri: string, data: number[]): SemanticTokens {
    return { resultId: this.remember(uri, data), data };
  }

  /** The edit from the list the client holds (`previousResultId`) to `data`; the whole list when that one is not the last this server sent. */
  delta(uri: string, data: number[], previousResultId: string): SemanticTokens | SemanticTokensDelta {
    const last = this.last.get(uri);
    if (!last || last.resultId !== previousResultId) return this.full(uri, data);
    return { resultId: this.remember(uri, data), edits: editsBetween(last.data, data) };
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }

  private remember(uri: string, data: readonly number[]): string {
    const resultId = String(++this.counter);
    this.last.set(uri, { resultId, data: Uint32Array.from(data) });
    return resultId;
  }
}

/** The one edit that turns `before` into `after`, keeping what they share at both ends; none when they are equal. */
export function editsBetween(before: ArrayLike<number>, after: readonly number[]): SemanticTokensEdit[] {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  if (start === before.length && start === after.length) return [];
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return [{ start, deleteCount: before.length - start - end, data: after.slice(start, after.length - end) }];
}
