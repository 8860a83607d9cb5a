import type { KnowledgeBase } from '../kb/knowledgeBase';
import { knowledgeIndex } from '../kb/knowledgeIndex';
import type { Entry } from '../kb/schema';
import { scanEntities } from '../recognizers/entities';
import type { Mention } from '../types';

/** The entries a place written in a record names ("Washington, D.C.", "London, Moscow and Washington"), read by the knowledge base's own matcher. */
export function entriesNamedIn(kb: KnowledgeBase, record: string): ReadonlySet<string> {
  return new Set(scanEntities(record, kb.matcher).flatMap((m) => m.targets.map((t) => t.entryId)));
}

/** The entry a mention of a place names: the place, or the city a capital's government is named by. */
export const placeOf = (m: Mention): string | undefined => (m.kind === 'place' ? m.id : m.placeId);

/**
 * An index, built on first use, of the entries that the place each entry records names (a treaty's
 * place of signing, an organization's seat), by entry id.
 */
export function recordedPlaces(name: string, recordOf: (entry: Entry) => string | undefined): (kb: KnowledgeBase) => ReadonlyMap<string, ReadonlySet<string>> {
  return knowledgeIndex(name, (kb) => {
    const places = new Map<string, ReadonlySet<string>>();
    for (const entry of kb.entries.values()) {
      const record = recordOf(entry);
      if (record) places.set(entry.id, entriesNamedIn(kb, record));
    }
    return places;
  });
}
