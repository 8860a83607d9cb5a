import type { NamePack } from './namePack';

/**
 * The built-in knowledge base's names as the build filed them (see kb/namePack.ts), or undefined
 * where there are none to read. Here, in the compiled core that the tests run, there are none: the
 * names are filed at every load. The build replaces this module in the bundles with one that reads
 * them from `kb/names.json` beside the bundle (`server/scripts/prevalidatedKb.mjs`), and answers
 * undefined where that file cannot be read, so that the names are filed then as here.
 */
export function builtinNamePack(): NamePack | undefined {
  return undefined;
}
