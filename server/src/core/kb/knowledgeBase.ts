import type { LoadedEntries } from './loader';
import type { Entry } from './schema';

/** Validated entries plus the compiled name matcher; immutable once built. */
export interface KnowledgeBase {
  readonly entries: ReadonlyMap<string, Entry>;
  readonly origins: LoadedEntries['origins'];
  get(id: string): Entry | undefined;
}

/** Compiles loaded entries into a knowledge base. */
export function compileKnowledgeBase(loaded: LoadedEntries): KnowledgeBase {
  return Object.freeze({ entries: loaded.entries, origins: loaded.origins, get: (id: string) => loaded.entries.get(id) });
}
