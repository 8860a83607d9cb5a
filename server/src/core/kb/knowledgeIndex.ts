import { objectMemo } from '../text/objectMemo';
import type { KnowledgeBase } from './knowledgeBase';

/** Every index declared with `knowledgeIndex`, by name, in the order their modules were loaded. */
const declared = new Map<string, (kb: KnowledgeBase) => unknown>();
/** The names of the indexes each knowledge base has had built. */
const builtNames = new WeakMap<KnowledgeBase, string[]>();

/**
 * An index of a knowledge base that a rule builds when a text first needs it, and keeps per
 * knowledge base. Declared here rather than with `objectMemo` alone so that a host with time to
 * spare can build them all at once (`buildKnowledgeIndexes`): built in a keystroke, the office
 * holders' surnames took about 1 ms of it, in code V8 had not compiled yet.
 */
export function knowledgeIndex<V>(name: string, build: (kb: KnowledgeBase) => V): (kb: KnowledgeBase) => V {
  // a second index of one name would leave the first out of `buildKnowledgeIndexes`: a mistake in the code, found at load
  if (declared.has(name)) throw new Error(`two knowledge-base indexes are named "${name}"`);
  const index = objectMemo((kb: KnowledgeBase) => {
    const built = builtNames.get(kb);
    if (built) built.push(name);
    else builtNames.set(kb, [name]);
    return build(kb);
  });
  declared.set(name, index);
  return index;
}

/** Builds every declared index that `kb` does not have yet. */
export function buildKnowledgeIndexes(kb: KnowledgeBase): void {
  for (const index of declared.values()) index(kb);
}

/** The indexes built for `kb` so far, in the order they were built, and every one declared (for tests). */
export function knowledgeIndexesOf(kb: KnowledgeBase): { readonly built: readonly string[]; readonly declared: readonly string[] } {
  return { built: [...(builtNames.get(kb) ?? [])], declared: [...declared.keys()] };
}
