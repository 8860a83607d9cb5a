import { MIN_VARIANT_SURNAME, type NameMatcher, type VariantSurname } from '../kb/matcher';
import { foldWord, nameGapAt, wordEnd } from '../kb/names';
import { asciiLettersEnd, consonantSkeletonAt, differsInDoublingOnly, transliterationKey } from '../kb/transliteration';
import type { UnnamedWords } from '../recognizers/entities';
import type { EntryChooser } from './entryChooser';
import { MentionRecord } from './mentionRecord';
import { detachedSlice } from '../text/detached';

/**
 * The mentions of known people written with their own first name and a spelling of their surname
 * the knowledge base does not list, one transliteration away ("Sergei Shoygu" for Sergei Shoigu,
 * whose entry lists "Sergey Shoygu"), read as variants, so that inconsistent-naming counts them; among the capitalized
 * words the name scan found no name at, in order. A letter doubled or not is no transliteration
 * here: "Rafael Grosi" is left to misspelled-name.
 */
export function variantNameMentions(text: string, unnamed: Readonly<UnnamedWords>, matcher: NameMatcher, chooser: EntryChooser): MentionRecord[] | undefined {
  let found: MentionRecord[] | undefined;
  for (let k = 0; k + 1 < unnamed.count; k++) {
    // most capitalized words are no known first name: the hash the scan read says so at once
    if (!matcher.variantFirstNameHashes.mayHave(unnamed.hashes[k]!)) continue;
    const start = unnamed.starts[k]!;
    const firstEnd = wordEnd(text, start);
    const surnameStart = unnamed.starts[k + 1]!;
    // one space between the names, or a line break where hard-wrapped text breaks the name
    const gap = nameGapAt(text, firstEnd);
    if (gap === 0 || surnameStart !== firstEnd + gap) continue;
    const people = matcher.variantSurnames.get(foldWord(text.slice(start, firstEnd)));
    if (!people) continue;
    const end = wordEnd(text, surnameStart);
    const written = text.slice(surnameStart, end);
    const key = transliterationKey(written);
    const folded = foldWord(written);
    const fitting = people.filter((p) => p.key === key && p.folded !== folded && !differsInDoublingOnly(p.folded, folded));
    const picked = fitting.length === 1 ? chooser.pick(fitting[0]!.targets) : undefined;
    if (picked) (found ??= []).push(new MentionRecord(start, end, text.slice(start, end), picked.reading));
  }
  return found;
}

/**
 * The people the capitalized word at `start` may name as their surname spelt another
 * way ("Araqchi" for Abbas Araghchi, "Pezeshkiyan" for Masoud Pezeshkian): a long surname with the
 * same consonants, then the same transliteration key; usually none, found by the skeleton alone.
 * The word is its ASCII letters from `start` (a possessive's apostrophe ends it: `asciiLettersEnd`).
 */
export function variantSurnamesAt(text: string, start: number, matcher: NameMatcher): readonly VariantSurname[] | undefined {
  // most capitalized words are short or share no long surname's consonants ("The", "Charter")
  const skeleton = consonantSkeletonAt(text, start, MIN_VARIANT_SURNAME);
  const people = skeleton < 0 ? undefined : matcher.variantSurnameSkeletons.get(skeleton);
  return people && fittingPeople(people, text.slice(start, asciiLettersEnd(text, start)));
}

/** The people whose surname `written` spells another way, remembered by written word: a document repeats its words. */
const fittingByWord = new WeakMap<readonly VariantSurname[], Map<string, readonly VariantSurname[] | undefined>>();
function fittingPeople(people: readonly VariantSurname[], written: string): readonly VariantSurname[] | undefined {
  let byWord = fittingByWord.get(people);
  if (!byWord) fittingByWord.set(people, (byWord = new Map()));
  if (byWord.has(written)) return byWord.get(written);
  const key = transliterationKey(written);
  const folded = foldWord(written);
  const fitting = people.filter((p) => p.key === key && p.folded !== folded && !differsInDoublingOnly(p.folded, folded));
  const found = fitting.length > 0 ? fitting : undefined;
  // a handful of words per list in a real text; a list never grows past that bound, and keeps
  // copies, not slices that would keep the documents they were cut from alive
  if (byWord.size < 64) byWord.set(detachedSlice(written, 0, written.length), found);
  return found;
}

/**
 * The mentions of known people by their surname alone in a spelling the knowledge base does not
 * list, where the document names them in full ("Abbas Araghchi … Araqchi said"), read as variants,
 * so that inconsistent-naming compares them with the full name's surname; among the capitalized words the name scan found
 * no name at, in order. After the person's own first name the word is `variantNameMentions`'s.
 */
export function bareVariantMentions(text: string, unnamed: Readonly<UnnamedWords>, matcher: NameMatcher, chooser: EntryChooser): MentionRecord[] | undefined {
  let found: MentionRecord[] | undefined;
  for (let k = 0; k < unnamed.count; k++) {
    const start = unnamed.starts[k]!;
    const people = variantSurnamesAt(text, start, matcher);
    if (!people) continue;
    const end = asciiLettersEnd(text, start);
    const named = people.filter((p) => chooser.namedInFull(p.targets));
    if (named.length !== 1) continue;
    const person = named[0]!;
    const firstName = person.targets[0]!.words[0]!;
    const previous = k > 0 ? unnamed.starts[k - 1]! : -1;
    if (previous >= 0 && previous + firstName.length + 1 === start && foldWord(text.slice(previous, start - 1)) === foldWord(firstName)) continue;
    const picked = chooser.pick(person.targets);
    // "al-Busaidi": the article joined to the surname is part of it, and a fix rewrites both
    const from = start - (ARTICLE_BEFORE.exec(text.slice(Math.max(0, start - 4), start))?.[1]!.length ?? 0);
    if (picked) (found ??= []).push(new MentionRecord(from, end, text.slice(from, end), picked.reading));
  }
  return found;
}

/** An Arabic article joined to a surname by a hyphen ("al-", "el-"), after a space or at the start. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])((?:al|el)-)$/iu;
