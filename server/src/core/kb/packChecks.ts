/**
 * Checks that the build's packs share (kb/namePack.ts, rules/nameWordPack.ts): a pack read from a
 * file is plain JSON, checked before it is followed.
 */

export const isString = (value: unknown): value is string => typeof value === 'string';

export const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

/**
 * Whether `entryIds`, a pack's list of the entries it was made of, are the ids of `entries` in their
 * order: what a pack holds depends on the entries and on the order they were read in.
 */
export function isMadeOf(entryIds: unknown, entries: ReadonlyMap<string, unknown>): boolean {
  if (!Array.isArray(entryIds) || entryIds.length !== entries.size) return false;
  let place = 0;
  for (const id of entries.keys()) if (entryIds[place++] !== id) return false;
  return true;
}
