import { detachedSlice } from './detached';

/** Stands for an answer of `undefined`, so that a remembered miss costs one look-up. */
const NO_ANSWER = Symbol('no answer');

/**
 * `compute` remembered by string key, for the texts a document repeats thousands of times (written
 * forms, words). Up to `limit` keys are kept, then all are forgotten at once: simpler than an
 * eviction order, and a document's answers come back within it. A key is kept as a copy, because a
 * slice would keep its whole text alive; `compute` is handed that copy.
 */
export function boundedMemo<V>(compute: (key: string) => V, limit: number): (key: string) => V {
  const answers = new Map<string, V | typeof NO_ANSWER>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined) return known === NO_ANSWER ? (undefined as V) : known;
    if (answers.size > limit) answers.clear();
    const stored = detachedSlice(key, 0, key.length);
    const answer = compute(stored);
    answers.set(stored, answer === undefined ? NO_ANSWER : answer);
    return answer;
  };
}

/**
 * `compute` with its recent answers kept in a small table in front, by a key's length and first and
 * last characters, and checked by comparing the key: a freshly cut word is then not hashed whole
 * for a `Map`, as `boundedMemo` does (the treaty text asks about the same 14 words 15,000 times a
 * megabyte). A key is kept as a copy (see `boundedMemo`).
 */
export function recentAnswers<V>(compute: (key: string) => V): (key: string) => V {
  const keys = new Array<string | undefined>(RECENT_SLOTS).fill(undefined);
  const values = new Array<V>(RECENT_SLOTS);
  return (key) => {
    // an empty key reads NaN codes, which go to slot 0
    const slot = (key.length * 31 + key.charCodeAt(0) * 7 + key.charCodeAt(key.length - 1)) & (RECENT_SLOTS - 1);
    if (keys[slot] === key) return values[slot]!;
    const value = compute(key);
    keys[slot] = detachedSlice(key, 0, key.length);
    values[slot] = value;
    return value;
  };
}
const RECENT_SLOTS = 256;
