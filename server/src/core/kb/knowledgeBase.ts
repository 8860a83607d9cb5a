import type { LoadedEntries } from './loader';
import type { BuiltinPacks } from './builtinPacks';
import { compileMatcher, type NameMatcher } from './matcher';
import { unpackNames } from './namePack';
import type { Entry } from './schema';

/** Validated entries plus the compiled name matcher; immutable once built. */
export interface KnowledgeBase {
  readonly entries: ReadonlyMap<string, Entry>;
  /** The file and index each entry came from. */
  readonly origins: LoadedEntries['origins'];
  readonly matcher: NameMatcher;
  /** For a knowledge base of built-in entries alone, what the build computed from them (see `BuiltinPacks`); else undefined. */
  readonly builtinPacks: BuiltinPacks | undefined;
  get(id: string): Entry | undefined;
}

/**
 * Compiles loaded entries into a knowledge base: the matcher is built once, here. `builtinPacks`,
 * given for the built-in entries alone, serve where they were made of those entries (see
 * kb/namePack.ts).
 */
export function compileKnowledgeBase(loaded: LoadedEntries, builtinPacks?: BuiltinPacks): KnowledgeBase {
  const pack = builtinPacks?.names();
  const matcher = compileMatcher(loaded.entries.values(), pack && ((byId) => unpackNames(pack, byId)));
  return Object.freeze({
    entries: loaded.entries,
    origins: loaded.origins,
    matcher,
    builtinPacks,
    get: (id: string) => loaded.entries.get(id),
  });
}
