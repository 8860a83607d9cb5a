import type { Mention } from '../types';
import type { KnowledgeBase } from './knowledgeBase';
import { knowledgeIndex } from './knowledgeIndex';
import type { Entry } from './schema';

export type FormerName = NonNullable<Entry['formerNames']>[number];

/** The knowledge base's former names: by entry id, each entry's by folded spelling; and which lengths they have. */
interface FormerNames {
  readonly byEntry: ReadonlyMap<string, ReadonlyMap<string, FormerName>>;
  /** Whether some former name is that long: most mentions are not, and their entry is then never looked up. */
  readonly lengths: readonly boolean[];
}

/** A former name's spelling as looked up: lowercase, any white space a space (a name hard-wrapped across lines keeps its length). */
const folded = (text: string) => text.toLowerCase().replace(/\s/g, ' ');

const formerNamesOf = knowledgeIndex('formerNames', (kb: KnowledgeBase): FormerNames => {
  const byEntry = new Map<string, Map<string, FormerName>>();
  const lengths: boolean[] = [];
  for (const entry of kb.entries.values()) {
    if (!entry.formerNames?.length) continue;
    byEntry.set(entry.id, new Map(entry.formerNames.map((former) => [folded(former.name), former])));
    for (const former of entry.formerNames) lengths[former.name.length] = true;
  }
  return { byEntry, lengths };
});

/** The entry whose name a mention writes: the city for a capital read as its government ("Nur-Sultan" for Kazakhstan's). */
export const namedId = (mention: Mention) => mention.placeId ?? mention.id;

/** Whether the knowledge base lists any former name: a rule that reads them has nothing to do otherwise. */
export const hasFormerNames = (kb: KnowledgeBase): boolean => formerNamesOf(kb).byEntry.size > 0;

/** The former name a mention writes (`formerNames`), if it writes one: "Swaziland" for Eswatini. */
export function formerNameOf(kb: KnowledgeBase, mention: Mention): FormerName | undefined {
  const { byEntry, lengths } = formerNamesOf(kb);
  // the written length, a field, before the entry, which a mention reads through its reading
  if (lengths[mention.text.length] !== true) return undefined;
  return byEntry.get(namedId(mention))?.get(folded(mention.text));
}
