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
