import { EMPTY_LIST } from '../text/emptyList';
import type { EntityKind, Mention } from '../types';

/** Past this many ids a set answers "seen?" faster than a look through the list. */
const LIST_LIMIT = 16;

/**
 * The ids of `mentions` (of `kind` only, if given), each once, in order of first mention; the shared
 * empty list when there are none. One list and no set for the few ids a proposal names: each of the
 * thousands of proposals of a treaty text kept a set and three lists for them, and the young
 * generation's collections copied them all.
 */
export function distinctIds(mentions: readonly Mention[], kind?: EntityKind): readonly string[] {
  let ids: string[] | undefined;
  let seen: Set<string> | undefined;
  for (const m of mentions) {
    if (kind !== undefined && m.kind !== kind) continue;
    if (ids === undefined) ids = [m.id];
    else if (seen ? !seen.has(m.id) : !ids.includes(m.id)) {
      ids.push(m.id);
      seen?.add(m.id);
      if (!seen && ids.length > LIST_LIMIT) seen = new Set(ids);
    }
  }
  return ids ?? EMPTY_LIST;
}
