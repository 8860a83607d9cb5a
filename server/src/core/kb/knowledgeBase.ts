import type { LoadedEntries } from './loader';
import { compileMatcher, type NameMatcher } from './matcher';
import type { Entry } from './schema';

/** Validated entries plus the compiled name matcher; immutable once built. */
export interface KnowledgeBase {
  readonly entries: ReadonlyMap<string, Entry>;
  /** The file and index each entry came from. */
  readonly origins: LoadedEntries['origins'];
  readonly matcher: NameMatcher;
  get(id: string): Entry | undefined;
}

/** Compiles loaded entries into a knowledge base: the matcher is built once, here. */
export function compileKnowledgeBase(loaded: LoadedEntries): KnowledgeBase {
  const matcher = compileMatcher(loaded.entries.values());
  return Object.freeze({
    entries: loaded.entries,
    origins: loaded.origins,
    matcher,
    get: (id: string) => loaded.entries.get(id),
  });
}
