import type { SemanticTokens, SemanticTokensDelta, SemanticTokensEdit } from 'vscode-languageserver/node';
import { plainList, type EncodedTokens } from './convert';

/** Lists at least this long keep the one before them for the next list to be written into (see `takeSpare`). */
const REUSED_FROM = 32_768;

/**
 * Semantic tokens with result ids (LSP 3.16, `full/delta`): after an edit the client gets the one
 * stretch of the encoded list that changed instead of the whole list. A token is encoded relative to
 * the one before it, so typing in a line changes a few numbers; the list of 1 MB of prose holds
 * about 100,000 numbers, half a megabyte of JSON that an editor asked for after every keystroke.
 * Each document keeps its last list, as 32-bit integers, and a long one also the list before it,
 * which no answer holds (answers carry copies), for the next list to be written into.
 */
export class SemanticTokenReports {
  private readonly last = new Map<string, { readonly resultId: string; readonly tokens: EncodedTokens }>();
  private readonly spare = new Map<string, Int32Array>();
  private counter = 0;

  /** A list to write `uri`'s next tokens into, when it keeps one (see `SemanticTokenEncoder`); handed out once, so that two requests never share it. */
  takeSpare(uri: string): Int32Array | undefined {
    const spare = this.spare.get(uri);
    this.spare.delete(uri);
    return spare;
  }

  /** The whole list, remembered under a new result id. */
  full(uri: string, tokens: EncodedTokens): SemanticTokens {
    return { resultId: this.remember(uri, tokens), data: plainList(tokens.data, 0, tokens.length) };
  }

  /** The edit from the list the client holds (`previousResultId`) to `tokens`; the whole list when that one is not the last this server sent. */
  delta(uri: string, tokens: EncodedTokens, previousResultId: string): SemanticTokens | SemanticTokensDelta {
    const last = this.last.get(uri);
    if (!last || last.resultId !== previousResultId) return this.full(uri, tokens);
    const edits = editsBetween(last.tokens.data.subarray(0, last.tokens.length), tokens.data.subarray(0, tokens.length));
    return { resultId: this.remember(uri, tokens), edits };
  }

  forget(uri: string): void {
    this.last.delete(uri);
    this.spare.delete(uri);
  }

  /** Keeps `tokens` as `uri`'s last list, the one before it as the spare; the list itself, which no answer holds. */
  private remember(uri: string, tokens: EncodedTokens): string {
    const resultId = String(++this.counter);
    const before = this.last.get(uri)?.tokens.data;
    if (before && before !== tokens.data && before.length >= REUSED_FROM) this.spare.set(uri, before);
    else this.spare.delete(uri);
    this.last.set(uri, { resultId, tokens });
    return resultId;
  }
}

/** The one edit that turns `before` into `after`, keeping what they share at both ends; none when they are equal. */
export function editsBetween(before: Int32Array, after: Int32Array): SemanticTokensEdit[] {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  if (start === before.length && start === after.length) return [];
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return [{ start, deleteCount: before.length - start - end, data: plainList(after, start, after.length - end) }];
}
