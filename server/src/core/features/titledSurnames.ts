import { dateKey, isWithin } from '../dates';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { COMMON_SURNAMES, type NameTarget } from '../kb/matcher';
import { foldWord, nameGapBefore } from '../kb/names';
import { entryNames, namesFormerHolder, namesOffice, titleFamilies, withoutTimeWord } from '../kb/officeTitles';
import { wordEndHashed } from '../kb/wordHash';
import type { UnnamedWords } from '../recognizers/entities';
import { wordBefore, wordStartBefore } from '../text/wordBefore';
import type { EntryChooser, PickedEntry } from './entryChooser';
import { MentionRecord, TitledMention } from './mentionRecord';
import { LONG_TITLE_LAST, titleAsWords, titleBefore, type FoundTitle } from './titleBefore';
import { EMPTY_LIST } from '../text/emptyList';
import { variantSurnamesAt } from './variantNames';
import { followsAnotherFirstName, inAnotherArabicName, precedesAnotherSurname } from './nameContext';
import type { VariantSurname } from '../kb/matcher';

/**
 * The person a title names with a surname that alone names no one: the one who held that office on
 * the date ("President Marcos" in 1985 and in 2023), else the one who held it last before it ("former
 * President Bush"); none when no bearer of the surname ever held it.
 */
function holderOf(kb: KnowledgeBase, targets: readonly NameTarget[], title: string, date: string): NameTarget | undefined {
  const named = titleFamilies(withoutTimeWord(title));
  if (!named) return undefined;
  const namesOf = entryNames(kb);
  let latest: { target: NameTarget; to: string } | undefined;
  for (const target of targets) {
    const person = kb.get(target.entryId);
    if (person?.kind !== 'actor') continue;
    for (const office of person.person?.offices ?? []) {
      if (!namesOffice(named, office, namesOf)) continue;
      if (isWithin(date, office.from, office.to) && !namesFormerHolder(title)) return target;
      const to = office.to === undefined ? undefined : dateKey(office.to);
      if (to !== undefined && to <= dateKey(date) && (!latest || to > latest.to)) latest = { target, to };
    }
  }
  return latest?.target;
}

/**
 * The holder a title names with a word the scan read as another entry ("Prime Minister Montenegro":
 * Portugal's prime minister, not the state): a person whose surname it is and alone names no one,
 * who held that office on the date or last before it; undefined for anyone else.
 */
export function titledHolderAt(text: string, start: number, end: number, kb: KnowledgeBase, date: string, chooser: EntryChooser): TitledMention | undefined {
  const targets = kb.matcher.titledSurnames.get(foldWord(text.slice(start, end)));
  const title = targets && titleBefore(text, start);
  return title ? holderMention(text, start, end, targets, title, kb, date, chooser) : undefined;
}

/**
 * The other bearer of a surname that alone names `read` ("Scholz": Olaf Scholz) whom the title
 * before it names instead: one who held that office on the date, or last before it, where `read`
 * did not ("Federal Minister of Defence Scholz" in 1988: Rupert Scholz); undefined otherwise.
 */
export function rivalHolderAt(text: string, start: number, end: number, kb: KnowledgeBase, date: string, chooser: EntryChooser, read: NameTarget): TitledMention | undefined {
  const rivals = kb.matcher.surnameRivals.get(foldWord(text.slice(start, end)));
  if (!rivals) return undefined;
  const title = titleBefore(text, start);
  if (!title) return undefined;
  const holder = holderOf(kb, [read, ...rivals], titleAsWords(title.text), date);
  return holder && holder.entryId !== read.entryId ? holderMention(text, start, end, [holder], title, kb, date, chooser) : undefined;
}

/** The mention of the bearer of `targets`' surname who held `title` (see `holderOf`), if any. */
function holderMention(
  text: string,
  start: number,
  end: number,
  targets: readonly NameTarget[],
  title: FoundTitle,
  kb: KnowledgeBase,
  date: string,
  chooser: EntryChooser,
): TitledMention | undefined {
  const holder = holderOf(kb, targets, titleAsWords(title.text), date);
  const picked = holder && chooser.pick(alone(holder));
  return picked ? new TitledMention(start, end, text.slice(start, end), picked.reading, title.text, title.start) : undefined;
}

/**
 * The person whose surname an organization's one-word name read as `target` is, where the
 * document names them in full (see `NameMatcher.organizationSurnames`, `EntryChooser.surnameOfNamedPerson`).
 */
export function personOfOrganizationWord(target: NameTarget, kb: KnowledgeBase, chooser: EntryChooser): PickedEntry | undefined {
  const surnamed = kb.matcher.organizationSurnames.get(target);
  const person = surnamed && chooser.surnameOfNamedPerson(target.entryId, surnamed);
  return person && chooser.pick(alone(person));
}

/** A target as a list of its own, the same list each time: the chooser remembers its answers by list. */
const lists = new WeakMap<NameTarget, readonly NameTarget[]>();
function alone(target: NameTarget): readonly NameTarget[] {
  let list = lists.get(target);
  if (!list) lists.set(target, (list = [target]));
  return list;
}

/**
 * The entries each capitalized word of a block may name only where the document names them in
 * full, as the matcher's own target lists, once each: a surname that alone names no one ("Lai",
 * "Lee"; not the common words, "May"), a short form after "the" ("the Commission") and a surname
 * spelt another way ("Araqchi"). A block
 * that has one reads the rest of the document. Read only where the scan listed those words.
 */
export function bareWordTargets(text: string, unnamed: Readonly<UnnamedWords>, kb: KnowledgeBase): readonly (readonly NameTarget[])[] {
  let found: (readonly NameTarget[])[] | undefined;
  const { titledSurnames, titledSurnameHashes } = kb.matcher;
  for (let k = 0; k < unnamed.count; k++) {
    const start = unnamed.starts[k]!;
    const hash = unnamed.hashes[k]!;
    let targets = shortFormTargetsAt(text, start, hash, kb);
    // most capitalized words are no such surname: the hash the scan read says so without reading them again
    if (!targets && titledSurnameHashes.mayHave(hash)) {
      const key = foldWord(text.slice(start, wordEndHashed(text, start, text.length)));
      targets = COMMON_SURNAMES.has(key) ? undefined : titledSurnames.get(key);
    }
    if (targets && !found?.includes(targets)) (found ??= []).push(targets);
    // "Araqchi": a person's surname spelt another way (rare; each person's list of their own)
    if (!targets) for (const person of variantSurnamesAt(text, start, kb.matcher) ?? NO_PEOPLE) if (!found?.includes(person.targets)) (found ??= []).push(person.targets);
  }
  return found ?? NO_TARGET_LISTS;
}

/**
 * The entries a short form at `start` (with the hash `hash`) may name: after "the", and starting no
 * longer name ("the North", not "the North Atlantic"); or before the title of its head ("Commission
 * President Ursula von der Leyen"), ending no longer name ("the Election Commission President").
 */
function shortFormTargetsAt(text: string, start: number, hash: number, kb: KnowledgeBase): readonly NameTarget[] | undefined {
  if (!kb.matcher.shortFormHashes.mayHave(hash)) return undefined;
  const end = wordEndHashed(text, start, text.length);
  const after = text.slice(end, end + 16);
  if (wordBefore(text, start) === 'the') {
    if (NEXT_CAPITALIZED.test(after)) return undefined;
  } else if (!HEAD_TITLE.test(after) || endsLongerName(text, start)) return undefined;
  return kb.matcher.shortForms.get(foldWord(text.slice(start, end)));
}
/** A capitalized word right after, or "of", "on" or "for" and one: the short form starts a longer name ("the Council on Foreign Relations"). */
const NEXT_CAPITALIZED = /^ (?:(?:of|on|for) (?:the )?)?\p{Lu}/u;
/** The title of a body's head after its short form: "Commission President", "Commission Vice-President". */
const HEAD_TITLE = /^ (?:Executive )?(?:Vice[- ])?President\b/;
/** What ends a sentence, and a closing quote or bracket after it. */
const SENTENCE_END = /[.!?:;]['"’”)]?$/;
/** Whether a capitalized word stands right before `start`, inside a sentence: the short form ends a longer name. */
function endsLongerName(text: string, start: number): boolean {
  const before = wordStartBefore(text, start);
  if (before === start) return false;
  const c = text.charCodeAt(before);
  // "… met the EU. Commission President …": the word before ends a sentence
  return c >= 65 && c <= 90 && !SENTENCE_END.test(text.slice(before, start).trimEnd());
}

/** The short forms of a block ("the Commission") that name an entry the document names in full, in order. */
export function shortFormMentions(text: string, unnamed: Readonly<UnnamedWords>, kb: KnowledgeBase, chooser: EntryChooser): MentionRecord[] | undefined {
  let found: MentionRecord[] | undefined;
  for (let k = 0; k < unnamed.count; k++) {
    const start = unnamed.starts[k]!;
    const targets = shortFormTargetsAt(text, start, unnamed.hashes[k]!, kb);
    const named = targets && chooser.namedInFull(targets);
    const picked = named && chooser.pick(alone(named));
    if (!picked) continue;
    const end = wordEndHashed(text, start, text.length);
    (found ??= []).push(new MentionRecord(start, end, text.slice(start, end), picked.reading));
  }
  return found;
}

const NO_TARGET_LISTS: readonly (readonly NameTarget[])[] = EMPTY_LIST;
const NO_PEOPLE: readonly VariantSurname[] = EMPTY_LIST;

/**
 * A plural title before two surnames, either of which starts at `start`: "Presidents Xi and Putin",
 * "Presidents Trump and Xi", "Prime Ministers Starmer and Carney". Each is read with the title in
 * the singular.
 */
const PLURAL_TITLE = /\b(Presidents|Prime Ministers|Premiers|Chancellors|Foreign Ministers|Defen[cs]e Ministers)\s+(?:\p{Lu}[\p{L}'’-]+\s+and\s+)?$/u;
/** The words PLURAL_TITLE's match ends with, folded: a cheap test before it. */
const PLURAL_TITLE_LAST = new Set(['and', 'presidents', 'ministers', 'premiers', 'chancellors']);
function pluralTitleBefore(text: string, start: number): FoundTitle | undefined {
  const from = Math.max(0, start - 60);
  const plural = PLURAL_TITLE.exec(text.slice(from, start));
  return plural ? { text: plural[1]!.replace(/s(?= |$)/, ''), start: from + plural.index } : undefined;
}

/**
 * "Chairman", "Minister", "Senator", "Ambassador": a title of many bodies or seats, which names no
 * office alone; the surname after it is read as it would be alone ("Minister Wong", after "Foreign
 * Minister Penny Wong").
 */
const BARE_TITLE = /^(?:chair(?:man|woman)?|minister|senator|ambassador)$/i;

/**
 * The mentions of people named by a title and a surname that alone names no one ("President
 * Duterte", "Secretary Clinton"), among the capitalized words the name scan found no name at; in
 * order. With `bare`, also such a surname without a title whose bearer the document names in full
 * ("Lai Ching-te …; Lai said"). Read only where the scan listed those words (a block with code or
 * links is not).
 */
export function titledSurnameMentions(
  text: string,
  unnamed: Readonly<UnnamedWords>,
  kb: KnowledgeBase,
  date: string,
  chooser: EntryChooser,
  bare: boolean,
): MentionRecord[] | undefined {
  let found: MentionRecord[] | undefined;
  const { titledSurnames, titledSurnameHashes } = kb.matcher;
  for (let k = 0; k < unnamed.count; k++) {
    // most capitalized words are no such surname: the hash the scan read says so without reading the
    // text again (tested first, it spares the look at the characters before each word)
    if (!titledSurnameHashes.mayHave(unnamed.hashes[k]!)) continue;
    const start = unnamed.starts[k]!;
    // a title ends in a lowercase letter and a space or line break ("President Marcos")
    const gap = nameGapBefore(text, start);
    const before = start - gap > 0 ? text.charCodeAt(start - gap - 1) : -1;
    const afterTitle = gap > 0 && before >= 97 && before <= 122;
    if (!afterTitle && !bare) continue;
    const end = wordEndHashed(text, start, text.length);
    const key = foldWord(text.slice(start, end));
    const targets = titledSurnames.get(key);
    if (!targets) continue;
    const wordBeforeIt = afterTitle ? wordBefore(text, start) : '';
    const title = LONG_TITLE_LAST.has(wordBeforeIt) ? titleBefore(text, start) : PLURAL_TITLE_LAST.has(wordBeforeIt) ? pluralTitleBefore(text, start) : undefined;
    if (title) {
      const mention = holderMention(text, start, end, targets, title, kb, date, chooser);
      if (mention) (found ??= []).push(mention);
      // a bare "Chairman" dates no office ("Chairman Kim"): the surname is read as it would be alone
      if (mention || !BARE_TITLE.test(title.text)) continue;
    }
    const named = bare && !COMMON_SURNAMES.has(key) ? chooser.namedInFull(targets) : undefined;
    const picked = named && chooser.pick(alone(named));
    // "Jaime Paz Zamora" beside "Rodrigo Paz": a first name before it, or a surname after it, that is not the person's
    if (picked && (followsAnotherFirstName(text, start, -1, picked.entry.name) || precedesAnotherSurname(text, end, picked.entry.name))) continue;
    // "Nahyan bin Zayed" beside "Mohamed bin Zayed": a piece of another Arabic name
    if (picked && inAnotherArabicName(text, start, end, picked.entry.name)) continue;
    if (picked) (found ??= []).push(new MentionRecord(start, end, text.slice(start, end), picked.reading));
  }
  return found;
}
