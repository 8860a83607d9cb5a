import type { KnowledgeBase } from '../kb/knowledgeBase';
import { scanEntities } from '../recognizers/entities';
import type { Mention } from '../types';

/** The entries a place written in a record names ("Washington, D.C.", "London, Moscow and Washington"), read by the knowledge base's own matcher. */
export function entriesNamedIn(kb: KnowledgeBase, record: string): ReadonlySet<string> {
  return new Set(scanEntities(record, kb.matcher).flatMap((m) => m.targets.map((t) => t.entryId)));
}

/** The entry a mention of a place names: the place, or the city a capital's government is named by. */
export const placeOf = (m: Mention): string | undefined => (m.kind === 'place' ? m.id : m.placeId);
