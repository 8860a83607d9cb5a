import type { KnowledgeBase } from '../kb/knowledgeBase';
import { foldWord, splitWords } from '../kb/names';
import { entryNames, namesOffice, titleFamilies, withoutTimeWord } from '../kb/officeTitles';
import { transliterationKey } from '../kb/transliteration';
import { titleBefore } from '../features/titleBefore';
import { editDistance } from '../text/editDistance';
import { boundedMemo } from '../text/boundedMemo';
import { EMPTY_LIST } from '../text/emptyList';
import { knowledgeIndex } from '../kb/knowledgeIndex';

/** Shorter surnames have too many real neighbours two edits away ("Macron", "Marcos"). */
const MIN_LENGTH = 7;

interface TitledSurname {
  readonly id: string;
  /** The surname as the entry's name writes it, and folded. */
  readonly written: string;
  readonly folded: string;
}

/** The people who held an office, by the first letter of their folded surname (of `MIN_LENGTH` letters or more). */
function officeHoldersByInitial(kb: KnowledgeBase): ReadonlyMap<string, readonly TitledSurname[]> {
  const byInitial = new Map<string, TitledSurname[]>();
  for (const entry of kb.entries.values()) {
    if (entry.kind !== 'actor' || entry.category !== 'person' || !entry.person?.offices.length) continue;
    const words = splitWords(entry.name);
    if (words.length < 2) continue;
    const written = words.at(-1)!;
    const folded = foldWord(written);
    if (folded.length < MIN_LENGTH) continue;
    const list = byInitial.get(folded[0]!) ?? [];
    list.push({ id: entry.id, written, folded });
    byInitial.set(folded[0]!, list);
  }
  return byInitial;
}

/**
 * The office holders whose surname is one or two edits from a folded word (not the word itself,
 * nor a transliteration of it), per knowledge base and remembered by word: the words after titles
 * repeat ("Secretary General", "Minister Ahmed"), and each look-up reads every holder of an initial.
 */
const nearHoldersOf = knowledgeIndex('office holders by the initial of their surname', (kb) => {
  const byInitial = officeHoldersByInitial(kb);
  return boundedMemo((folded: string): readonly TitledSurname[] => {
    const candidates = byInitial.get(folded[0]!);
    if (!candidates) return EMPTY_LIST;
    const key = transliterationKey(folded);
    const near = candidates.filter((c) => c.folded !== folded && editDistance(folded, c.folded, 2) <= 2 && transliterationKey(c.folded) !== key);
    return near.length === 0 ? EMPTY_LIST : near;
  }, 5_000);
});

/** Whether `titledSurnameSlip` may find a slip in `word` after some title: an office holder's surname is near it. */
export function mayBeTitledSurnameSlip(word: string, kb: KnowledgeBase): boolean {
  const folded = foldWord(word);
  return folded.length >= MIN_LENGTH && nearHoldersOf(kb)(folded).length > 0;
}

/**
 * "Prime Minister Netanyahoo": after a title, a word one or two edits from the surname of the one
 * person who held an office the title names, at any time (office-anachronism judges the date). The
 * title narrows the people down enough for a second edit, which a word alone does not allow. A
 * transliteration of the surname is a variant, not a slip; the first letter must be the same.
 */
export function titledSurnameSlip(text: string, start: number, word: string, kb: KnowledgeBase): { readonly word: string; readonly entryId: string } | undefined {
  const folded = foldWord(word);
  if (folded.length < MIN_LENGTH) return undefined;
  const near = nearHoldersOf(kb)(folded);
  if (near.length === 0) return undefined;
  const title = titleBefore(text, start);
  const named = title && titleFamilies(withoutTimeWord(title.text));
  if (!named) return undefined;
  const namesOf = entryNames(kb);
  const holders = near.filter((c) => {
    const entry = kb.get(c.id);
    return entry?.kind === 'actor' && (entry.person?.offices ?? []).some((office) => namesOffice(named, office, namesOf));
  });
  // holders of two different surnames as near leave the slip unsure; one surname that two held
  // (Jomo and Uhuru Kenyatta) is one slip, and the message names the person by the text's context
  const surnames = new Set(holders.map((c) => c.folded));
  return surnames.size === 1 ? { word: holders[0]!.written, entryId: holders[0]!.id } : undefined;
}
