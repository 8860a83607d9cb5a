import type { Mention } from '../types';
import type { KnowledgeBase } from './knowledgeBase';
import { knowledgeIndex } from './knowledgeIndex';
import { detachedSlice } from '../text/detached';
import type { Entry } from './schema';

export type FormerName = NonNullable<Entry['formerNames']>[number];

/** The knowledge base's former names: by entry id, each entry's by folded spelling; and which lengths and first letters they have. */
interface FormerNames {
  readonly byEntry: ReadonlyMap<string, ReadonlyMap<string, FormerName>>;
  /**
   * Per length that some former name has, the first characters of the folded former names a text
   * of that length may be written as (see `firstCharBit`); 0 for other lengths. Most mentions have
   * neither, and their entry is then never looked up.
   */
  readonly firstChars: readonly number[];
}

/** A former name's spelling as looked up: lowercase, any white space a space (a name hard-wrapped across lines keeps its length). */
const folded = (text: string) => text.toLowerCase().replace(/\s/g, ' ');

/** A folded first character as a bit of `FormerNames.firstChars`: one per letter a–z, one for any other (white space, which folds to a space, among them). */
const firstCharBit = (c: number) => (c >= 97 && c <= 122 ? 1 << (c - 97) : 1 << 26);

/** "i̇", the lowercase of "İ": the one letter whose lowercase is two characters. */
const DOTTED_I = /i\u0307/g;

const formerNamesOf = knowledgeIndex('formerNames', (kb: KnowledgeBase): FormerNames => {
  const byEntry = new Map<string, Map<string, FormerName>>();
  const lengths: boolean[] = [];
  const firstChars: number[] = [];
  for (const entry of kb.entries.values()) {
    if (!entry.formerNames?.length) continue;
    byEntry.set(entry.id, new Map(entry.formerNames.map((former) => [folded(former.name), former])));
    for (const former of entry.formerNames) {
      lengths[former.name.length] = true;
      // a text folds to this spelling at its length, or one less for each "i̇" an "İ" of the text made
      const spelling = folded(former.name);
      const bit = firstCharBit(spelling.charCodeAt(0));
      for (let length = spelling.length - (spelling.match(DOTTED_I)?.length ?? 0); length <= spelling.length; length++) firstChars[length] = (firstChars[length] ?? 0) | bit;
    }
  }
  // only lengths that some former name has: a mention of another length is never looked up
  for (let length = 0; length < firstChars.length; length++) firstChars[length] = lengths[length] === true ? (firstChars[length] ?? 0) : 0;
  return { byEntry, firstChars };
});

/**
 * Whether a text may be written as a former name, by its length and its first character folded:
 * an ASCII character folds to itself in lowercase, and one past ASCII is not told apart.
 */
function mayBeFormerName(firstChars: readonly number[], text: string): boolean {
  const chars = firstChars[text.length];
  if (chars === undefined || chars === 0) return false;
  const c = text.charCodeAt(0);
  if (c >= 128) return true;
  const lower = c >= 65 && c <= 90 ? c + 32 : c;
  return (chars & firstCharBit(lower)) !== 0;
}

/** The entry whose name a mention writes: the city for a capital read as its government ("Nur-Sultan" for Kazakhstan's). */
export const namedId = (mention: Mention) => mention.placeId ?? mention.id;

/** Whether the knowledge base lists any former name: a rule that reads them has nothing to do otherwise. */
export const hasFormerNames = (kb: KnowledgeBase): boolean => formerNamesOf(kb).byEntry.size > 0;

/** The former name a mention writes (`formerNames`), if it writes one: "Swaziland" for Eswatini. */
export function formerNameOf(kb: KnowledgeBase, mention: Mention): FormerName | undefined {
  const { byEntry, firstChars } = formerNamesOf(kb);
  // the written text, a field, before the entry, which a mention reads through its reading
  if (!mayBeFormerName(firstChars, mention.text)) return undefined;
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
