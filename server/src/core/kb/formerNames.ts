import type { Mention } from '../types';
import type { KnowledgeBase } from './knowledgeBase';
import { knowledgeIndex } from './knowledgeIndex';
import { detachedSlice } from '../text/detached';
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
  const former = byEntry.get(namedId(mention));
  return former === undefined ? undefined : formerWritten(former, mention.text);
}

/**
 * An entry's former name written as `text`, remembered by the text as written: a text names such an
 * entry the same way hundreds of times ("European Union" 726 times in 1 MB of prose), and folding
 * it each time took 0.4 % of a full analysis. Bounded.
 */
const writtenFormers = new WeakMap<ReadonlyMap<string, FormerName>, Map<string, FormerName | null>>();
function formerWritten(byFolded: ReadonlyMap<string, FormerName>, text: string): FormerName | undefined {
  let byWritten = writtenFormers.get(byFolded);
  if (byWritten === undefined) writtenFormers.set(byFolded, (byWritten = new Map()));
  const known = byWritten.get(text);
  if (known !== undefined) return known ?? undefined;
  const former = byFolded.get(folded(text));
  if (byWritten.size >= 100) byWritten.clear();
  // a copy: a slice kept in the table would keep its whole text alive
  byWritten.set(detachedSlice(text, 0, text.length), former ?? null);
  return former;
}
