import type { LoadedEntries } from './loader';
import { compileMatcher, type NameMatcher } from './matcher';
import { unpackNames, type NamePack } from './namePack';
import type { Entry } from './schema';

/** Validated entries plus the compiled name matcher; immutable once built. */
export interface KnowledgeBase {
  readonly entries: ReadonlyMap<string, Entry>;
  /** The file and index each entry came from. */
  readonly origins: LoadedEntries['origins'];
  readonly matcher: NameMatcher;
  get(id: string): Entry | undefined;
}

/**
 * Compiles loaded entries into a knowledge base: the matcher is built once, here. `pack`, the names
 * of the built-in knowledge base filed at build time, serves when the entries are those it was made
 * of (see kb/namePack.ts).
 */
export function compileKnowledgeBase(loaded: LoadedEntries, pack?: NamePack): KnowledgeBase {
  const matcher = compileMatcher(loaded.entries.values(), pack && ((byId) => unpackNames(pack, byId)));
  return Object.freeze({
    entries: loaded.entries,
    origins: loaded.origins,
    matcher,
    get: (id: string) => loaded.entries.get(id),
  });
}
