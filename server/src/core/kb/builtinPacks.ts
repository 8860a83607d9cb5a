import type { NamePack } from './namePack';

/**
 * What the build computed from the built-in knowledge base and ships beside the bundles, each read
 * when a knowledge base of built-in entries alone first needs it, or undefined where there is none
 * to read: then it is computed as for any other knowledge base.
 */
export interface BuiltinPacks {
  /** The names as the matcher files them (`kb/names.json`; see kb/namePack.ts). */
  names(): NamePack | undefined;
  /** The misspelled-name rule's index of name words (`kb/nameWords.json`; see rules/nameWordPack.ts), checked there. */
  nameWords(): unknown;
}

/**
 * Here, in the compiled core that the tests run, there are none: everything is computed at every
 * load. The build replaces this module in the bundles with one that reads the files in `kb/` beside
 * the bundle (`server/scripts/prevalidatedKb.mjs`), and answers undefined for a file it cannot
 * read.
 */
export const builtinPacks: BuiltinPacks = {
  names: () => undefined,
  nameWords: () => undefined,
};
