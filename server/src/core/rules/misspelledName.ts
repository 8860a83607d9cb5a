import type { KnowledgeBase } from '../kb/knowledgeBase';
import { pluralOf } from '../kb/matcher';
import { lineBreakSpaces } from '../text/lineBreakSpaces';
import { foldWord, isApostrophe, isWordChar, isWordOfName, nameGapAt, nameGapBefore, splitWords, wordEnd } from '../kb/names';
import type { Entry } from '../kb/schema';
import { followsAnotherFirstName, opensHyphenatedName } from '../features/nameContext';
import { firstStartingAt } from '../features/spanSearch';
import { scanEntities, type UnnamedWords } from '../recognizers/entities';
import type { Mention, Span } from '../types';
import { NO_RAW_FINDINGS, type RawFinding, type RuleContext } from './ruleContext';
import { boundedMemo, recentAnswers } from '../text/boundedMemo';
import { knowledgeIndex } from '../kb/knowledgeIndex';
import { englishSpellingKey, spellingKey } from './textAround';
import { editDistance, shareOneDeletion } from '../text/editDistance';
import { differsInDoublingOnly, singled, spelledInLatinAtHome, transliterationKey } from '../kb/transliteration';
import { EMPTY_LIST } from '../text/emptyList';
import { wordBefore, wordStartBefore } from '../text/wordBefore';
import { TITLE_LAST } from '../features/titleBefore';
import { mayBeTitledSurnameSlip, titledSurnameSlip } from './titledSurnameSlip';
import { asciiWordHash, lastWordHash, wordEndHashed, WordHashSet } from '../kb/wordHash';
import { charCodeOf } from '../text/charCodeOf';
import { unpackNameWordIndex } from './nameWordPack';

/** A known word of a name, and the full name it belongs to. */
export interface KnownWord {
  readonly word: string;
  readonly entryId: string;
  /**
   * For a word known only inside names of several words ("Salah" of "Salah al-Din Corridor"), the
   * folded words beside it in those names: a near miss of it is a slip only beside one of them, or
   * any "Salam" would be taken for that corridor, and it is a slip in the name the pair belongs to.
   * Undefined for a word that names something alone.
   */
  neighbours?: Set<string>;
  /** For a surname of a person whose names are spelt in a Latin alphabet at home (`spelledInLatinAtHome`): its transliterations are slips too. */
  oneSpelling?: boolean;
  /**
   * For a word of an organization's, a state's or a treaty's English name: only another English
   * spelling is no slip ("Defense" for "Defence"), not a doubled letter dropped ("Comission").
   */
  english?: boolean;
}

/**
 * Known name words by the first letter and length of their folded form, for near-miss look-ups: a
 * near miss starts with the same letter and is at most one letter longer or shorter. Each word is
 * listed once, and has one entry, the last that uses it: a word such as "Islands" belongs to many
 * names, and a look-up should not walk all of them.
 */
export interface FuzzyIndex {
  readonly known: ReadonlySet<string>;
  /** Per first letter of the folded form, per its length: the words as written, and folded. */
  readonly byInitial: ReadonlyMap<string, readonly (IndexedWords | undefined)[]>;
  /** The length of the longest folded word: a word two letters longer has no near miss. */
  readonly longestWord: number;
  readonly owners: ReadonlyMap<string, KnownWord>;
  /** The names of one word of places and states, folded: the names adjectives are made from ("crimea"). */
  readonly placeNames: ReadonlySet<string>;
  readonly firstNames: ReadonlyMap<string, readonly string[]>;
  /** The people by their surname as written: "Khamenei" is both Ali and Mojtaba Khamenei. */
  readonly bySurname: ReadonlyMap<string, readonly string[]>;
  /** The people by their folded first name, and by the first two words of a name of three ("mahmoud ali"); and each person's surname as written. */
  readonly byFirstName: ReadonlyMap<string, readonly string[]>;
  /** The hashes of its keys of one word, read in the text without cutting a word out. */
  readonly firstNameHashes: WordHashSet;
  readonly surnameOf: ReadonlyMap<string, string>;
  /** The middle words of people's names of three words or more ("Jong" of "Kim Jong Un"), each with the folded word after it. */
  readonly middlesOf: ReadonlyMap<string, readonly { readonly word: string; readonly next: string }[]>;
  /** The people whose names are spelt in a Latin alphabet at home (`spelledInLatinAtHome`): no transliteration of them is a variant. */
  readonly oneSpelling: ReadonlySet<string>;
  /** The people by the last two words of a name of three, folded ("faki mahamat"). */
  readonly byLastTwoWords: ReadonlyMap<string, readonly string[]>;
  /** The middle words of those names, folded ("ali", "faki"): most capitalized words are none, and no pair is made for them. */
  readonly middlesOfThree: ReadonlySet<string>;
  /** Their hashes, read in the text without cutting a word out. */
  readonly middleHashesOfThree: WordHashSet;
  /** The people whose surname alone names no one (`surnameAlone: false`), by that surname folded ("greer"): no mention for firstNameSlip to follow. */
  readonly bySurnameNotAlone: ReadonlyMap<string, readonly string[]>;
  /** Their hashes, read in the text without cutting a word out. */
  readonly surnameNotAloneHashes: WordHashSet;
  /** Each person's surnames, folded, as the names in the knowledge base write them ("zelenskyy", "zelensky", "zelenskiy"). */
  readonly surnameFormsOf: ReadonlyMap<string, readonly string[]>;
  /** The people by their surnames folded with each doubled letter written once ("zelensky" for "zelenskyy"). */
  readonly bySingledSurname: ReadonlyMap<string, readonly string[]>;
  /** Which entry a pair of adjacent folded words of a name belongs to ("european union"; see `pairOwnersOf`). */
  readonly pairOwners: () => ReadonlyMap<string, string>;
  /** What a word alone allows (`WordFacts`), remembered by word as written: prose repeats its capitalized words. */
  readonly rememberedWord: (word: string) => WordFacts;
}

const MIN_LENGTH = 5;
/** Capitalized words of every text that are no names. */
const CALENDAR_WORDS = 'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' ');

/** Words of one first letter and length, as written and folded, in the same order. */
export interface IndexedWords {
  readonly written: string[];
  readonly folded: string[];
}

/**
 * Whether every name of an entry has its words indexed: those of people, states and places. Of
 * organizations and treaties only names of several words are, each word checked only beside its
 * neighbours there ("Security Counsel"), where a near miss is no other real word: alone, their words
 * ("Council", "Ministers", "Cooperation") have near misses that are real words.
 */
const indexesEveryName = (entry: Entry): boolean => !(entry.kind === 'treaty' || (entry.kind === 'actor' && entry.category !== 'person' && entry.category !== 'state'));

/** An actor's demonyms and, as nouns, their plurals where they have one ("Ukrainians"; not "Sudaneses"), which are indexed as its names are. */
function adjectivesOf(entry: Entry): string[] {
  if (entry.kind !== 'actor') return [];
  return entry.adjectives.flatMap((a) => {
    const plural = pluralOf(a);
    return plural ? [a, plural] : [a];
  });
}

/** A name cut into its words, and those words folded. */
interface CutName {
  readonly name: string;
  readonly words: readonly string[];
  readonly folded: readonly string[];
}

/** `name` cut and folded, once: the index reads each name's words several times. */
function cut(name: string): CutName {
  const words = splitWords(name);
  return { name, words, folded: words.map(foldWord) };
}

/**
 * The index's data, without its look-ups: what `nameWordIndexOf` makes, and what the build packs for
 * the built-in knowledge base (see rules/nameWordPack.ts).
 */
export type NameWordIndex = Omit<FuzzyIndex, 'pairOwners' | 'rememberedWord'>;

/**
 * The index of a knowledge base: for the built-in one alone, its words as the build packed them
 * (making them took about 100 of the 170 ms of a start's first analysis), else made here.
 */
function buildIndex(kb: KnowledgeBase): FuzzyIndex {
  const words = unpackNameWordIndex(kb.builtinPacks?.nameWords(), kb.entries) ?? nameWordIndexOf(kb.entries.values());
  const surnames = { bySingledSurname: words.bySingledSurname, surnameFormsOf: words.surnameFormsOf, surnameOf: words.surnameOf };
  const wordFacts = (word: string): WordFacts => {
    const near = nearMisses(words, word);
    return { nearMisses: near, mayBeTitledSlip: doubledSurnameSlip(surnames, word) !== undefined || mayBeTitledSurnameSlip(word, kb), neighbourEdges: neighbourEdgesOf(near) };
  };
  return { ...words, pairOwners: () => pairOwnersOf(kb), rememberedWord: recentAnswers(boundedMemo(wordFacts, 20_000)) };
}

/** The words of the entries' names, their near misses' look-ups and the people's names (see `FuzzyIndex`). */
export function nameWordIndexOf(entries: Iterable<Entry>): NameWordIndex {
  const known = new Set<string>(CALENDAR_WORDS);
  const placeNames = new Set<string>();
  const byInitial = new Map<string, (IndexedWords | undefined)[]>();
  let longestWord = 0;
  const owners = new Map<string, KnownWord>();
  const firstNames = new Map<string, string[]>();
  const bySurname = new Map<string, string[]>();
  const byFirstName = new Map<string, string[]>();
  const middlesOf = new Map<string, { word: string; next: string }[]>();
  const surnameOf = new Map<string, string>();
  const surnameFormsOf = new Map<string, string[]>();
  const bySingledSurname = new Map<string, string[]>();
  const oneSpelling = new Set<string>();
  const byLastTwoWords = new Map<string, string[]>();
  const middlesOfThree = new Set<string>();
  const middleHashesOfThree = new WordHashSet();
  const firstNameHashes = new WordHashSet();
  const bySurnameNotAlone = new Map<string, string[]>();
  const surnameNotAloneHashes = new WordHashSet();
  for (const entry of entries) {
    // the words of office titles are real words, written capitalized before names ("Foreign Minister")
    if (entry.kind === 'actor') for (const office of entry.person?.offices ?? []) for (const word of splitWords(office.title)) known.add(foldWord(word));
    // a demonym with an "s" is a word ("Soviets"), never a slip; only real plurals are indexed (above)
    if (entry.kind === 'actor') for (const adjective of entry.adjectives) known.add(foldWord(`${adjective}s`));
    // a capital the base names but has no entry for ("Kingston") is no slip of another ("Kingstown")
    if (entry.kind === 'actor' && entry.state?.capitalName) for (const word of splitWords(entry.state.capitalName)) known.add(foldWord(word));
    const written = [entry.name, ...entry.aliases, ...entry.variants];
    const names = written.map(cut);
    if (entry.kind === 'place' || (entry.kind === 'actor' && entry.category === 'state')) {
      for (const { name, words } of names) if (words.length === 1) placeNames.add(foldWord(name));
    }
    // every word of every name is known, so "State" (of "State Department") is never a slip of "States"
    for (const { folded } of names) for (const word of folded) known.add(word);
    if (entry.kind === 'actor' && entry.category === 'person' && spelledInLatinAtHome(written)) oneSpelling.add(entry.id);
    const indexedNames = indexesEveryName(entry) ? [...names, ...adjectivesOf(entry).map(cut)] : names.filter(({ words }) => words.length > 1);
    for (const { name, words, folded } of indexedNames) {
      if (entry.kind === 'actor' && entry.category === 'person' && words.length >= 2) {
        const list = firstNames.get(entry.id) ?? [];
        list.push(words[0]!);
        firstNames.set(entry.id, list);
      }
      // a person is indexed by surname only: first names are too common ("March" is not "Marco")
      const person = entry.kind === 'actor' && entry.category === 'person';
      if (person && words.length >= 2) {
        addOnce(bySurname, words.at(-1)!, entry.id);
        const surname = folded.at(-1)!;
        if (entry.kind === 'actor' && entry.person?.surnameAlone === false) {
          addOnce(bySurnameNotAlone, surname, entry.id);
          surnameNotAloneHashes.add(asciiWordHash(surname, 0, surname.length));
        }
        const first = folded[0]!;
        addOnce(byFirstName, first, entry.id);
        firstNameHashes.add(asciiWordHash(first, 0, first.length));
        // "Mahmoud Ali Yousouf": a slip in a surname that names no one alone is read after the name's first two words
        if (words.length === 3 && isUpperAt(words[1]!, 0)) {
          addOnce(byFirstName, `${folded[0]!} ${folded[1]!}`, entry.id);
          // "Mousa Faki Mahamat": and a slip in the first word, read before the other two
          addOnce(byLastTwoWords, `${folded[1]!} ${folded[2]!}`, entry.id);
          const middle = folded[1]!;
          middlesOfThree.add(middle);
          middleHashesOfThree.add(asciiWordHash(middle, 0, middle.length));
        }
        if (name === entry.name && words.length >= 3) middlesOf.set(entry.id, words.slice(1, -1).map((word, k) => ({ word, next: folded[k + 2]! })));
        if (name === entry.name) surnameOf.set(entry.id, words.at(-1)!);
        addOnce(surnameFormsOf, entry.id, surname);
        addOnce(bySingledSurname, singled(surname), entry.id);
      }
      // the words indexed: a person's surname, every word of any other name
      const from = person ? words.length - 1 : 0;
      for (let k = from; k < words.length; k++) {
        const word = words[k]!;
        if (word.length < MIN_LENGTH || word[0] === word[0]!.toLowerCase()) continue;
        const seen = owners.has(word);
        const previous = owners.get(word);
        // a surname the entry says names no one alone ("Rahman", "Schmidt") is a slip only beside the
        // person's first name: alone, a near miss is someone else ("Rahmon", "Schmid")
        const surnameNeedsFirstName = person && entry.kind === 'actor' && entry.person?.surnameAlone === false && words.length >= 2;
        const alone = (person && !surnameNeedsFirstName) || words.length === 1;
        // a word that names something alone needs no neighbour, whichever entry owns it
        const neighbours = alone || (seen && !previous!.neighbours) ? undefined : (previous?.neighbours ?? new Set<string>());
        // capitalized neighbours only: "the" beside "European" in "Council of the European Union"
        // would make "the Europea Union" a slip in the Council (a person's, beside the surname: the word before it)
        if (neighbours) {
          for (const at of person ? [k - 1] : [k - 1, k + 1]) {
            const next = words[at];
            if (next && next[0] !== next[0]!.toLowerCase()) neighbours.add(folded[at]!);
          }
        }
        // a word a name holds alone keeps that entry as its owner ("Soviet": the Soviet Union, not a pact)
        const keepsOwner = previous !== undefined && !alone && !previous.neighbours;
        if (!keepsOwner && (previous?.entryId !== entry.id || previous.neighbours !== neighbours)) {
          owners.set(word, { word, entryId: entry.id, neighbours, oneSpelling: person && oneSpelling.has(entry.id), english: !person && entry.kind !== 'place' });
        }
        // a word is listed once, when it is first seen
        if (seen) continue;
        const foldedWord = folded[k]!;
        let byLength = byInitial.get(foldedWord[0]!);
        if (!byLength) byInitial.set(foldedWord[0]!, (byLength = []));
        const listed = (byLength[foldedWord.length] ??= { written: [], folded: [] });
        listed.written.push(word);
        listed.folded.push(foldedWord);
        longestWord = Math.max(longestWord, foldedWord.length);
      }
    }
  }
  return { known, byInitial, longestWord, owners, placeNames, firstNames, bySurname, byFirstName, firstNameHashes, surnameOf, middlesOf, oneSpelling, byLastTwoWords, middlesOfThree, middleHashesOfThree, bySurnameNotAlone, surnameNotAloneHashes, surnameFormsOf, bySingledSurname };
}

/**
 * What a capitalized word allows whatever stands around it: its near misses (`nearMisses`), and
 * whether a title before it may make it a slip in a surname (`doubledSurnameSlip`,
 * `titledSurnameSlip`): most words may not, and the word before them is then not read. Reading it
 * for every capitalized word outside the names took 0.7 % of a full analysis of the 1 MB treaty text.
 */
interface WordFacts {
  readonly nearMisses: readonly KnownWord[];
  readonly mayBeTitledSlip: boolean;
  /** The letters the near misses' neighbours start and end with (`NeighbourEdges`); undefined when a near miss needs none. */
  readonly neighbourEdges: NeighbourEdges | undefined;
}

/**
 * The folded first and last letters, a to z, of the words beside which some near misses are slips
 * (`KnownWord.neighbours`), as bits (bit 0 for "a"): a word beside the near miss that ends or starts
 * with another letter is none of them (`mayStandBesideNeighbour`).
 */
export interface NeighbourEdges {
  readonly firsts: number;
  readonly lasts: number;
}

/** The edges of the near misses' neighbours, or undefined when one of them names something alone and needs none. */
export function neighbourEdgesOf(near: readonly KnownWord[]): NeighbourEdges | undefined {
  let firsts = 0;
  let lasts = 0;
  for (const { neighbours } of near) {
    if (!neighbours) return undefined;
    for (const word of neighbours) {
      firsts |= letterBit(word.charCodeAt(0));
      lasts |= letterBit(word.charCodeAt(word.length - 1));
    }
  }
  return { firsts, lasts };
}

/** The bit of an ASCII letter, either case (bit 0 for "a"), or 0. */
function letterBit(code: number): number {
  const lower = code | 32;
  return lower >= 97 && lower <= 122 ? 1 << (lower - 97) : 0;
}

/** Adds `id` to the list under `key`, once. */
function addOnce(lists: Map<string, string[]>, key: string, id: string): void {
  const list = lists.get(key);
  if (!list) lists.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

/** The index of a knowledge base, built when a block first asks for it. */
const indexOf = knowledgeIndex('the words of names and their near misses', buildIndex);

/**
 * Which entry each pair of adjacent folded words of a name belongs to: the shortest name that has
 * it ("european union" to the European Union, not to the Council of the European Union). Read only
 * beside a near miss that needs a neighbour, so it is built apart, when first read or when the host
 * builds every index: in `buildIndex` it was about a third of the time, in the first analysis of
 * every session.
 */
const pairOwnersOf = knowledgeIndex('the entries of pairs of adjacent words of names', (kb: KnowledgeBase): ReadonlyMap<string, string> => {
  const pairOwners = new Map<string, string>();
  const pairNameLength = new Map<string, number>();
  for (const entry of kb.entries.values()) {
    for (const name of [entry.name, ...entry.aliases, ...entry.variants]) {
      const words = splitWords(name).map(foldWord);
      for (let k = 1; k < words.length; k++) {
        const pair = `${words[k - 1]} ${words[k]}`;
        if ((pairNameLength.get(pair) ?? Infinity) > words.length) {
          pairOwners.set(pair, entry.id);
          pairNameLength.set(pair, words.length);
        }
      }
    }
  }
  return pairOwners;
});

/**
 * The known words one or two edits away from `word` (most words have none) that one deleted letter
 * in each word, or in one of them, makes the same (`shareOneDeletion`; two letters substituted are
 * too far). They were found through an index of every such form of every known word: half the
 * rules' indexes' memory, built in about 80 ms before the first analysis of a session. They are now
 * found among the known words of the same first letter and a length one apart, a few hundred at
 * most, once per word a document writes (the look-ups are remembered).
 */
function nearMisses(index: Pick<FuzzyIndex, 'known' | 'byInitial' | 'longestWord' | 'owners' | 'placeNames'>, word: string): readonly KnownWord[] {
  const folded = foldWord(word);
  // a word typed or pasted long ("Txxxxxxxxxxxxxxx", a token) has nothing near
  if (folded.length - 1 > index.longestWord) return NO_NEAR_MISSES;
  // "Co-operation" where a name writes "Cooperation": a hyphen is a house style, not a slip; "the
  // two Congos", "the Koreas": a plural of a known name is none either
  if (index.known.has(folded) || (folded.includes('-') && index.known.has(folded.replace(/-/g, '')))) return NO_NEAR_MISSES;
  // "Workers'" where a name writes "Workers": an apostrophe is a house style too
  if (/['’]/.test(folded) && index.known.has(folded.replace(/['’]/g, ''))) return NO_NEAR_MISSES;
  if (folded.endsWith('s') && index.known.has(folded.slice(0, -1))) return NO_NEAR_MISSES;
  // "Crimean", "Tibetan", "Sahelian", "Kashmiri": an adjective made from the name of a place, which
  // the base lists for states but not for places
  if (isAdjectiveOfPlace(index.placeNames, folded)) return NO_NEAR_MISSES;
  const byLength = index.byInitial.get(folded[0]!);
  if (!byLength) return NO_NEAR_MISSES;
  const max = folded.length >= 8 ? 2 : 1;
  let found: KnownWord[] | undefined;
  for (let length = folded.length - 1; length <= folded.length + 1; length++) {
    const listed = byLength[length];
    if (!listed) continue;
    for (let i = 0; i < listed.folded.length; i++) {
      const candidate = listed.folded[i]!;
      if (!shareOneDeletion(folded, candidate)) continue;
      const k = index.owners.get(listed.written[i]!)!;
      const key = k.english ? englishSpellingKey : spellingKey;
      if (!k.oneSpelling && key(candidate) === key(folded)) continue;
      if (editDistance(folded, candidate, max) <= max) (found ??= []).push(k);
    }
  }
  return found ?? NO_NEAR_MISSES;
}
const NO_NEAR_MISSES: readonly KnownWord[] = EMPTY_LIST;

/** Whether folded `word` is the name of a place ending in "a" and an "n" ("crimean"), or such a name and "an", "ian", "ese" or "i" ("tibetan"). */
function isAdjectiveOfPlace(placeNames: ReadonlySet<string>, word: string): boolean {
  if (word.endsWith('an') && placeNames.has(word.slice(0, -1))) return true;
  for (const ending of ADJECTIVE_ENDINGS) if (word.length > ending.length + 3 && word.endsWith(ending) && placeNames.has(word.slice(0, -ending.length))) return true;
  return false;
}
const ADJECTIVE_ENDINGS = ['ian', 'an', 'ese', 'i'];

/**
 * Whether `written` (folded) is a slip of the first name `known` (folded, and not the same), of a
 * person whose name has `oneSpelling` or not. The edit distance is read first: most words asked
 * about are another word with the same first letter, which its length alone often rules out.
 */
const isFirstNameSlip = (known: string, written: string, oneSpelling: boolean) =>
  editDistance(known, written, 2) <= 2 && (oneSpelling || transliterationKey(known) !== transliterationKey(written) || differsInDoublingOnly(known, written));

/**
 * The first name of the person `id` that `written` is a slip of ("Emanuel" of Emmanuel Macron):
 * null when `written` is one of the person's first names (folded), undefined when it is a slip of none.
 */
function slippedFirstName(index: FuzzyIndex, id: string, written: string): string | null | undefined {
  const known = index.firstNames.get(id) ?? [];
  const folded = foldWord(written);
  if (known.some((k) => foldWord(k) === folded)) return null;
  return known.find((k) => k[0] === written[0] && isFirstNameSlip(foldWord(k), folded, index.oneSpelling.has(id)));
}

/** The capitalized word just before `start`, with the white space after it (group 1: the word). */
const capitalizedWordBefore = (text: string, start: number) => /([\p{Lu}][\p{L}'’-]+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));

/**
 * "Anthony Blinken": a first name one or two edits from the person's own, before a recognized
 * surname. A transliteration is none ("Sergey Shoigu"), but a letter doubled or not is, as in
 * surnames ("Emanuel Macron"), unless one of the person's names writes it so ("Hasan Nasrallah").
 */
function firstNameSlip(ctx: RuleContext, index: FuzzyIndex, mention: Mention): RawFinding | undefined {
  if (mention.category !== 'person' || mention.text.includes(' ')) return undefined;
  // a slip keeps the first letter: most surnames alone follow a title or no capitalized word, and
  // the word before is cut out only when one of the person's first names starts as it does
  const firstNames = index.firstNames.get(mention.id);
  const wordStart = wordStartBefore(ctx.text, mention.start);
  if (!firstNames || wordStart === mention.start) return undefined;
  // a hyphen or an apostrophe before the word: it is the end of a longer one ("Jean-Yves"), read whole below
  const joined = wordStart > 0 && isJoiner(ctx.text.charCodeAt(wordStart - 1));
  if (!joined && !firstNames.some((k) => k.charCodeAt(0) === ctx.text.charCodeAt(wordStart))) return undefined;
  const m = capitalizedWordBefore(ctx.text, mention.start);
  if (!m) return undefined;
  const written = m[1]!;
  const closest = slippedFirstName(index, mention.id, written);
  if (!closest) return undefined;
  const start = mention.start - m[0].length;
  const person = ctx.kb.get(mention.id)!;
  return {
    code: 'misspelled-name',
    message: `"${written} ${mention.text}" looks like a misspelling of ${person.name}.`,
    start,
    end: mention.end,
    fixes: [{ title: `Write "${closest} ${mention.text}"`, edits: [{ start, end: start + written.length, newText: closest }], safe: true }],
  };
}

// read through `charCodeOf`: the knowledge base's names pass here too, and V8 looked the method up at every read
const isUpperAt = (text: string, i: number) => {
  const c = charCodeOf(text, i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[i]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};
const isLowerAt = (text: string, i: number) => {
  const c = charCodeOf(text, i);
  if (c < 128) return c >= 97 && c <= 122;
  const ch = text[i]!;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
};
/**
 * Where a capitalized word of four letters or more may start: a capital or any non-ASCII unit, then
 * three lowercase letters, joiners or non-ASCII units. A superset of the words wanted, checked
 * below; the regular-expression engine skips the rest of the text faster than a loop, and most
 * capitals (sentence openers, acronyms, short names) are never visited.
 */
const CANDIDATE = /[A-Z\u0080-\uffff][a-z'\u2019\-\u0080-\uffff]{3}/g;
/** Apostrophes and hyphens, which a name may hold ("O’Brien") but not end with. */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45;

/** Whether the letters before the hyphen at `hyphen` are a capitalized word ("Thomas" of "Thomas-Greenfield"). */
function capitalizedPartBefore(text: string, hyphen: number): boolean {
  let k = hyphen - 1;
  while (k > 0 && isLowerAt(text, k)) k--;
  return isUpperAt(text, k) && (k === 0 || !isWordChar(text, k - 1));
}

/**
 * The end of the capitalized word of four letters or more that starts at `i`, or -1 (five letters
 * are read alone; four only as a surname after a known first name, "Mark Rute"): a capital,
 * then lowercase letters, apostrophes and hyphens, not inside another word and not going on with a
 * letter or digit (a word that does may stop before its last apostrophe or hyphen). Checked by
 * character codes: the equivalent Unicode pattern is ten times slower on text with curly quotes.
 */
function capitalizedWordAt(text: string, i: number): number {
  const n = text.length;
  const previous = i > 0 ? text.charCodeAt(i - 1) : 32;
  // after a hyphen only the second part of a capitalized compound ("Thomas-Greenfeld"), not a word after "al-" or "ex-"
  const afterHyphen = previous === 45 && i > 1 && isLowerAt(text, i - 2) && capitalizedPartBefore(text, i - 1);
  if (!isUpperAt(text, i) || (i > 0 && !afterHyphen && (isWordChar(text, i - 1) || isJoiner(previous) || previous === 46))) return -1;
  let end = i + 1;
  while (end < n && (isLowerAt(text, end) || isJoiner(text.charCodeAt(end)))) end++;
  let stop = end;
  if (stop < n && isWordChar(text, stop)) {
    stop = end - 1;
    while (stop > i && !isJoiner(text.charCodeAt(stop))) stop--;
  }
  // "Fiden's office": the possessive is no part of the name
  if (stop - i > 2 && text.charCodeAt(stop - 1) === 115 /* s */ && (text.charCodeAt(stop - 2) === 39 || text.charCodeAt(stop - 2) === 0x2019)) stop -= 2;
  return stop - i > 3 ? stop : -1;
}

/**
 * The capitalized words of four letters or more (see `capitalizedWordAt`) in `text` (which starts
 * at `offset` of the text `mentions` are placed in) that do not start inside a mention, as a flat
 * list of start and end offsets (a pair per word, so no array per word).
 */
export function capitalizedWords(text: string, mentions: readonly Span[], offset: number): readonly number[] {
  const words: number[] = [];
  let m = firstStartingAt(mentions, offset);
  if (m > 0) m--;
  CANDIDATE.lastIndex = 0;
  // `test` rather than `exec`: it makes no match array
  while (CANDIDATE.test(text)) {
    const i = CANDIDATE.lastIndex - 4;
    // the next search starts just after this candidate, which may overlap the next one; inside a
    // word it finds only letters that `capitalizedWordAt` turns down (they follow a letter)
    CANDIDATE.lastIndex = i + 1;
    // a word that starts inside a mention is no misspelling: the search goes on past the mention
    // (the letters it then skips start no word either: they are lowercase or joiners)
    while (m < mentions.length && mentions[m]!.end <= offset + i) m++;
    if (m < mentions.length && mentions[m]!.start <= offset + i) {
      CANDIDATE.lastIndex = mentions[m]!.end - offset;
      continue;
    }
    const stop = capitalizedWordAt(text, i);
    if (stop !== -1) words.push(i, stop);
  }
  return words;
}

/**
 * The same words of a block, read at the starts of the words its name scan tried and found no name
 * at: every capitalized word outside the names is among them, so the block is not searched again.
 * (A unit test compares the two on random text.)
 */
export function capitalizedWordsAmong(text: string, unnamed: Readonly<UnnamedWords>, mentions: readonly Span[], offset: number): readonly number[] {
  let words: number[] | undefined;
  for (let k = 0; k < unnamed.count; k++) {
    let i = unnamed.starts[k]!;
    let stop = capitalizedWordAt(text, i);
    if (stop !== -1) (words ??= []).push(i, stop);
    // the scan's word goes on past a hyphen: each capitalized part after one ("Thomas-Greenfeld")
    // (the scan may have found a name there: "pro-Russia")
    while (stop !== -1 && stop < text.length && text.charCodeAt(stop) === 45 && (stop = capitalizedWordAt(text, (i = stop + 1))) !== -1) {
      // a part the scan listed as a word of its own comes next anyway
      if (k + 1 < unnamed.count && unnamed.starts[k + 1] === i) break;
      const at = offset + i;
      if (!mentions.some((m) => m.start <= at && at < m.end)) words!.push(i, stop);
    }
  }
  return words ?? NO_WORDS;
}
const NO_WORDS: readonly number[] = EMPTY_LIST;

/**
 * A word of capitals in a name ("ISA Council", "UN Office …"): an acronym, which says nothing of the
 * word written with one capital ("Ras Isa and Salif", two Yemeni ports).
 */
const ACRONYM_WORD = /^\p{Lu}{2,}$/u;

/** Every folded word of the knowledge base's names ("helsinki", "final", "union"), per knowledge base. */
const nameWordsOf = knowledgeIndex('every word of a name', (kb): ReadonlySet<string> => {
  const words = new Set<string>();
  for (const entry of kb.entries.values()) {
    for (const name of [entry.name, ...entry.aliases, ...entry.variants]) for (const word of splitWords(name)) if (!ACRONYM_WORD.test(word)) words.add(foldWord(word));
  }
  return words;
});

/**
 * Whether the word ending at `end` opens a name the knowledge base does not know: a capitalized
 * word follows that the names of its near misses (`candidates`) never put beside them, or a
 * patronymic particle, or a nickname in quotes. "Ayman Odeh" is someone the knowledge base does not
 * know, not a slip in "Amman"; "Sovet Union", "Europen Union" and "Helsinkih Final Act" are still
 * slips in known names.
 */
function opensUnknownName(ctx: RuleContext, end: number, candidates: readonly KnownWord[], index: FuzzyIndex): boolean {
  const after = ctx.text.slice(end, end + 40);
  // "Salem bin Breik": a first name before a patronymic particle, no slip in "Saleh"
  if (PATRONYMIC_AFTER.test(after)) return true;
  // a nickname in quotes goes on a name: "Ismael "El Mayo" Zambada"
  const next = NEXT_CAPITALIZED.exec(after);
  if (next === null) return false;
  const word = foldWord(next[1]!);
  // a word no near miss's name puts beside it: "Ayman Odeh", and "Santa Marta" (no slip in "Sanaa",
  // though "Marta" is some known name's word); "Sovet Union" is still one in "Soviet Union"
  return !candidates.some((near) => near.neighbours?.has(word) || index.pairOwners().has(`${foldWord(near.word)} ${word}`));
}
/** A hyphen and a digit right after a word, or "-class": a model number ("Geran-2") or a class of ships ("Columbia-class"). */
const MODEL_NUMBER = /-(?:\d|class\b)/y;
/**
 * "of" and a capitalized word after a word: the word heads the name of a body or an office ("Organ
 * of Consultation"), or of a place in another language ("Praça dos Três Poderes", "Plaza de Mayo").
 */
const OF_NAME_AFTER = new RegExp(lineBreakSpaces(String.raw`^ (?:of|on|for|de|da|do|dos|das|del|della|di|du|des|y) (?:the |la |las |los |le )?\p{Lu}`), 'u');
/** Whether `word` has a letter with a mark ("ñ", "ş", "ø"; see `spelledInLatinAtHome`) and the known word `near` has none. */
const addsAccent = (word: string, near: string): boolean => spelledInLatinAtHome([word]) && !spelledInLatinAtHome([near]);

/** A particle that joins a first name to a father's or family name: "bin", "ibn", "bint", "ben", "abu", "ould". */
const PATRONYMIC_AFTER = new RegExp(lineBreakSpaces(String.raw`^ (?:bin|ibn|bint|ben|abu|ould) \p{Lu}`), 'u');
/** The capitalized word after a space or line break, past an opening quote ("Ismael "El Mayo" Zambada"). */
const NEXT_CAPITALIZED = new RegExp(lineBreakSpaces(String.raw`^ ["“‘]?([\p{Lu}][\p{L}'’-]*)`), 'u');

/**
 * Whether the word at `offset` opens a sentence, where any word is capitalized; not after an initial
 * ("S. Jaishanker"), nor at the start of a line that goes on a sentence the line before left open,
 * as hard-wrapped text does ("talks with" at a line's end, "Lavorv" opening the next).
 */
function opensSentence(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 4), offset);
  if (INITIAL_BEFORE.test(before)) return false;
  return offset === 0 || /(?:^|[.!?:]["”’)]?\s+|\n[^\S\n]*\n\s*|^\s*)$/.test(before) || /[#*>\-•]\s*$/.test(before);
}
/** A capital letter alone and its stop, just before: a person's initial, not a sentence's end. */
const INITIAL_BEFORE = new RegExp(lineBreakSpaces(String.raw`(?:^|[^\p{L}.])\p{Lu}\. $`), 'u');

/**
 * Whether a word one slip from a person's name names someone or something else: a person after
 * another first name ("Juan Ramón de la Fuente", no slip in "Rahmon"), or a place the knowledge
 * base lacks, where something is or meets ("a build line at Barrow", "the Sälen defence
 * conference", "Makati, 10 July 2024"), or a body listed after one ("suppliers such as Tokyo
 * Electron and Nikon", no "Nixon").
 */
function namesAnotherOrAPlace(ctx: RuleContext, near: KnownWord, start: number, end: number, mentionAt: number): boolean {
  return (
    (!near.neighbours && followsAnotherFirstName(ctx.text, start, -1, ctx.kb.get(near.entryId)!.name)) ||
    PLACE_PREPOSITIONS.has(wordBefore(ctx.text, start)) ||
    PLACE_AFTER.test(ctx.text.slice(end, end + 40)) ||
    listedAfterBody(ctx, mentionAt, start)
  );
}

/**
 * Whether the word at `start` ends a name joined by a lowercase particle to a capitalized word that
 * the known name lacks: "Mazara del Vallo" is a town, no slip in "Valls", and "Banque du Liban" a
 * bank, none in "Libyan"; "Ursula von der Layen" keeps her first name, and stays a slip.
 */
function endsAnotherNameWithParticle(text: string, start: number, knownName: string): boolean {
  const m = PARTICLE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return m !== null && !isWordOfName(knownName, foldWord(m[1]!));
}
/** A capitalized word and a lowercase particle just before a word (group 1: the capitalized word). */
const PARTICLE_BEFORE = /([\p{Lu}][\p{L}'’-]*)\s+(?:(?:del|della|delle|dei|di|da|de|do|dos|das|du|des|la|le|los|las|van|von|der|den|ter|ten)\s+){1,2}$/u;

/** Words after which a capitalized word says where: "at Barrow", "in Kingsbridge". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'around', 'across', 'via']);
/**
 * What follows a place rather than a person: a gathering named for where it meets ("the Sälen
 * defence conference") or, in a byline, a full date ("at a luncheon, Makati, 10 July 2024").
 */
const PLACE_AFTER = /^(?:\s+(?:\p{Ll}+\s+)?(?:conference|summit|forum|talks|meeting|dialogue|declaration|format|process)\b|,\s*\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}\b)/u;

/** Whether the word at `start` follows, in a list ("X, Y and Z"), a mention of an organization, an institution or a group. */
function listedAfterBody(ctx: RuleContext, mentionAt: number, start: number): boolean {
  const previous = mentionAt > 0 ? ctx.mentions[mentionAt - 1] : undefined;
  return previous !== undefined && BODIES.has(previous.category) && start - previous.end <= 6 && LIST_GAP.test(ctx.text.slice(previous.end, start));
}
const BODIES: ReadonlySet<string> = new Set(['organization', 'institution', 'group']);

/**
 * Whether the word between `start` and `end` stands in a list between two capitalized words that
 * name nothing the knowledge base knows: "Lesbos, Chios, Samos, Kos" is a list of islands, no slip
 * in "Samoa"; "Scholz, Macron and Sunack" lists known names, and stays a slip.
 */
function amongUnknownNames(ctx: RuleContext, start: number, end: number, mentionAt: number): boolean {
  const before = ITEM_BEFORE.exec(ctx.text.slice(Math.max(0, start - 30), start));
  const after = ITEM_AFTER.exec(ctx.text.slice(end, end + 30));
  if (!before || !after) return false;
  const previous = mentionAt > 0 ? ctx.mentions[mentionAt - 1] : undefined;
  const next = ctx.mentions[mentionAt];
  const afterStart = end + after[0].length - after[1]!.length;
  return (previous === undefined || previous.end <= start - before[0].length) && (next === undefined || next.start >= afterStart + after[1]!.length);
}
/** A capitalized word and a comma just before a list item; the same after it, with "and" or "or" allowed (group 1: the word). */
const ITEM_BEFORE = /[\p{Lu}][\p{L}'’-]+,\s+$/u;
const ITEM_AFTER = /^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([\p{Lu}][\p{L}'’-]+)/u;
const LIST_GAP = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

const isPerson = (ctx: RuleContext, near: KnownWord) => {
  const entry = ctx.kb.get(near.entryId);
  return entry?.kind === 'actor' && entry.category === 'person';
};

/** Capitalized words that open sentences and clauses, and so say nothing of a name after them. */
const OPENERS = new Set(
  'yesterday today tomorrow later meanwhile however after before since while when during under across within without against between through despite although though because unless until following last this that these those their there then both some many most every each several only even also from into over with near outside inside like unlike among along beyond perhaps still indeed thus hence instead otherwise moreover furthermore nevertheless nonetheless elsewhere here where what which who whose why how once'.split(' '),
);

/**
 * Whether the word at `start` follows a capitalized word that no known name has, as the surname of
 * someone the knowledge base does not know: "Nicolás Maduro" is no slip in "Majuro". Not after a
 * word that opens sentences ("Yesterday Manamma …").
 */
function followsUnknownName(ctx: RuleContext, start: number): boolean {
  if (nameGapBefore(ctx.text, start) === 0) return false;
  return isUnknownNameWord(ctx, CAPITALIZED_BEFORE.exec(ctx.text.slice(Math.max(0, start - 30), start))?.[1]);
}
/** The capitalized word that ends a stretch of text, before a space or line break. */
const CAPITALIZED_BEFORE = new RegExp(lineBreakSpaces(String.raw`([\p{Lu}][\p{L}'’-]+) $`), 'u');

/** Whether a capitalized word is one no known name has, and no word that opens sentences. */
function isUnknownNameWord(ctx: RuleContext, word: string | undefined): boolean {
  if (word === undefined) return false;
  const folded = foldWord(word);
  return !OPENERS.has(folded) && !nameWordsOf(ctx.kb).has(folded);
}

/**
 * Whether the word at `start` is paired by "and" or "or" with a capitalized word that no known name
 * has: "the Baglihar and Salal reservoirs" names two things the knowledge base does not know, and
 * "Salal" is no slip in "Salam".
 */
function pairedWithUnknownName(ctx: RuleContext, start: number): boolean {
  return isUnknownNameWord(ctx, /([\p{Lu}][\p{L}'’-]+),?\s(?:and|or)\s+$/u.exec(ctx.text.slice(Math.max(0, start - 40), start))?.[1]);
}

/** Where the capitalized word of two letters or more that a name's gap before `start` ends starts, or -1. */
function capitalizedWordBeforeGap(text: string, start: number): number {
  // read backwards in place: this runs for every capitalized word outside the names
  const gap = nameGapBefore(text, start);
  if (gap === 0) return -1;
  let wordStart = start - gap;
  while (wordStart > 0 && (isWordChar(text, wordStart - 1) || isJoiner(text.charCodeAt(wordStart - 1)))) wordStart--;
  return start - gap - wordStart < 2 || !isUpperAt(text, wordStart) ? -1 : wordStart;
}

/** Where a word with a capital starts after the name gap (one space or line break) at `end`, or -1: the next word of a name. */
function capitalizedWordAfterGap(text: string, end: number): number {
  const start = end + nameGapAt(text, end);
  return start === end || start >= text.length || !isUpperAt(text, start) ? -1 : start;
}

/**
 * The known first name written just before `start` ("Javier " before "Millei"), folded, if any; or
 * the first two words of a name of three ("Mahmoud Ali " before "Yousouf"), read first.
 */
function firstNameBefore(text: string, start: number, index: FuzzyIndex): string | undefined {
  const wordStart = capitalizedWordBeforeGap(text, start);
  if (wordStart === -1) return undefined;
  const firstEnd = start - nameGapBefore(text, start);
  if (!mayBeFirstName(text, wordStart, firstEnd, index)) return undefined;
  const first = foldWord(text.slice(wordStart, firstEnd));
  const before = index.middlesOfThree.has(first) ? capitalizedWordBeforeGap(text, wordStart) : -1;
  const firstTwo = before === -1 ? undefined : `${foldWord(text.slice(before, wordStart - nameGapBefore(text, wordStart)))} ${first}`;
  if (firstTwo !== undefined && index.byFirstName.has(firstTwo)) return firstTwo;
  if (index.byFirstName.has(first)) return first;
  // "Jean-Noël Barot": the name's words split at the hyphen, so the person is found by its first part
  const part = first.includes('-') ? first.slice(0, first.indexOf('-')) : undefined;
  return part !== undefined && index.byFirstName.has(part) ? part : undefined;
}

/**
 * Whether the word between `start` and `end` may be what `firstNameBefore` looks for: a first name,
 * the middle word of a name of three, or a word with a hyphen (whose first part may be a first
 * name). Most capitalized words before another are none ("Each Party", "Consultative Commission"),
 * and their hash rules them out before they are cut out and folded.
 */
function mayBeFirstName(text: string, start: number, end: number, index: FuzzyIndex): boolean {
  const hash = asciiWordHash(text, start, end);
  if (hash < 0 || index.firstNameHashes.mayHave(hash) || index.middleHashesOfThree.mayHave(hash)) return true;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 45 /* - */) return true;
  return false;
}

const NO_MIDDLES: readonly { readonly word: string; readonly next: string }[] = EMPTY_LIST;

/**
 * A slip in the first word of a name whose other words follow the word at [start, end) as written
 * (`firstWordSlip`, `slipBeforeSurnameNotAlone`). The capitalized word after it is read once, with
 * its hash, for both: each read it again, which took a sixth of the rule's time on the treaty text.
 */
function slipBeforeNamesWords(ctx: RuleContext, index: FuzzyIndex, start: number, end: number): RawFinding | undefined {
  const nextStart = capitalizedWordAfterGap(ctx.text, end);
  if (nextStart === -1) return undefined;
  const nextEnd = wordEndHashed(ctx.text, nextStart, ctx.text.length);
  const nextHash = lastWordHash();
  return firstWordSlip(ctx, index, start, end, nextStart, nextEnd, nextHash) ?? slipBeforeSurnameNotAlone(ctx, index, start, end, nextStart, nextEnd, nextHash);
}

/**
 * "Mousa Faki Mahamat": the capitalized word at [start, end) one or two edits from the first word of
 * a person's name of three whose other two words follow it as written (the second at
 * [secondStart, secondEnd), with its `asciiWordHash`), as firstNameSlip reads a
 * first name before a recognized surname; for the people whose surname alone names no one, and so
 * is no mention there.
 */
function firstWordSlip(ctx: RuleContext, index: FuzzyIndex, start: number, end: number, secondStart: number, secondEnd: number, secondHash: number): RawFinding | undefined {
  const { text } = ctx;
  if (!index.middleHashesOfThree.mayHave(secondHash)) return undefined;
  const second = foldWord(text.slice(secondStart, secondEnd));
  if (!index.middlesOfThree.has(second)) return undefined;
  const thirdStart = capitalizedWordAfterGap(text, secondEnd);
  if (thirdStart === -1) return undefined;
  const thirdEnd = wordEnd(text, thirdStart);
  const people = index.byLastTwoWords.get(`${second} ${foldWord(text.slice(thirdStart, thirdEnd))}`);
  if (!people) return undefined;
  const written = text.slice(start, end);
  for (const id of people) {
    const closest = slippedFirstName(index, id, written);
    // the person's own first word: no slip, whoever else the other two words name
    if (closest === null) return undefined;
    if (closest === undefined) continue;
    return firstNameSlipFinding(ctx, id, start, end, thirdEnd, closest);
  }
  return undefined;
}

/** The finding for a first name at [start, end) written for `closest`, in the name of person `id` that runs on to `nameEnd`. */
function firstNameSlipFinding(ctx: RuleContext, id: string, start: number, end: number, nameEnd: number, closest: string): RawFinding {
  return {
    code: 'misspelled-name',
    message: `"${ctx.text.slice(start, nameEnd)}" looks like a misspelling of ${ctx.kb.get(id)!.name}.`,
    start,
    end: nameEnd,
    fixes: [{ title: `Write "${closest}"`, edits: [{ start, end, newText: closest }], safe: true }],
  };
}

/**
 * "US Trade Representative Jamison Greer": after a title, the capitalized word at [start, end) one
 * edit from the first name of a person whose surname follows it as written (at [surnameStart,
 * surnameEnd), with its `asciiWordHash`), as firstNameSlip reads a
 * first name before a recognized surname; for the people whose surname alone names no one, and so
 * is no mention there. Such surnames are common ("Brown", "Rice"), so a title must stand before and
 * one edit only is a slip ("Senator Jamie Baker" is someone else than James Baker).
 */
function slipBeforeSurnameNotAlone(ctx: RuleContext, index: FuzzyIndex, start: number, end: number, surnameStart: number, surnameEnd: number, surnameHash: number): RawFinding | undefined {
  const { text } = ctx;
  if (!index.surnameNotAloneHashes.mayHave(surnameHash)) return undefined;
  const people = index.bySurnameNotAlone.get(foldWord(text.slice(surnameStart, surnameEnd)));
  if (!people || !TITLE_LAST.has(wordBefore(text, start))) return undefined;
  const written = text.slice(start, end);
  for (const id of people) {
    const closest = slippedFirstName(index, id, written);
    // the person's own first name: no slip, whoever else the surname names
    if (closest === null) return undefined;
    if (closest === undefined || editDistance(foldWord(closest), foldWord(written), 1) > 1) continue;
    return firstNameSlipFinding(ctx, id, start, end, surnameEnd, closest);
  }
  return undefined;
}

/**
 * "President Zelenskky": after a title, the surname of a person with a letter doubled or not that
 * none of the person's names writes so, as after the person's first name (see `surnameNearMiss`).
 * A word alone folds its doubled letters, as transliterations do ("Hammas").
 */
function doubledSurnameSlip(index: Pick<FuzzyIndex, 'bySingledSurname' | 'surnameFormsOf' | 'surnameOf'>, word: string): KnownWord | undefined {
  const folded = foldWord(word);
  const people = index.bySingledSurname.get(singled(folded));
  if (!people || people.some((id) => index.surnameFormsOf.get(id)!.includes(folded))) return undefined;
  const id = people[0]!;
  return { word: index.surnameOf.get(id) ?? word, entryId: id };
}

/** The folded word after a space or a line break at `end`, if any. */
function wordAfter(text: string, end: number): string | undefined {
  const gap = nameGapAt(text, end);
  if (gap === 0) return undefined;
  const after = wordEnd(text, end + gap);
  return after > end + gap ? foldWord(text.slice(end + gap, after)) : undefined;
}

/**
 * The surname, one or two edits from `word`, of a person with this first name. A transliteration
 * variant is none ("Sergei Lavrov"), but a letter doubled or not after the person's own first name
 * is ("Mark Rute", "Rafael Grosi"), unless one of the person's names in the knowledge base writes
 * it so ("Zelensky" beside "Zelenskyy", but not "Zelenskky"). Or,
 * where the text writes `after` (folded) next, a middle word of the person's name one edit away.
 */
function surnameNearMiss(index: FuzzyIndex, firstName: string, word: string, after: string | undefined): KnownWord | undefined {
  const folded = foldWord(word);
  // "Kim Jung Un": a slip in a middle word, between the person's first word and the word after it
  if (after !== undefined) {
    for (const id of index.byFirstName.get(firstName)!) {
      for (const middle of index.middlesOf.get(id) ?? NO_MIDDLES) {
        const known = foldWord(middle.word);
        if (middle.next === after && known !== folded && known[0] === folded[0] && transliterationKey(known) !== transliterationKey(folded) && editDistance(folded, known, 1) <= 1) return { word: middle.word, entryId: id };
      }
    }
  }
  for (const id of index.byFirstName.get(firstName)!) {
    const surname = index.surnameOf.get(id);
    if (surname === undefined) continue;
    const known = foldWord(surname);
    if (known === folded || known[0] !== folded[0]) continue;
    if (!index.oneSpelling.has(id) && transliterationKey(known) === transliterationKey(folded)) {
      // a doubling the person's own names have is theirs ("Zelenskyy"); another is a slip ("Zelenskky")
      if (differsInDoublingOnly(known, folded) && !index.surnameFormsOf.get(id)!.includes(folded)) return { word: surname, entryId: id };
      continue;
    }
    if (editDistance(folded, known, 2) <= 2) return { word: surname, entryId: id };
  }
  return undefined;
}

/**
 * The entry whose name has the near miss's word beside the word the text writes before or after it
 * ("European Uinon": the European Union), if the text has such a neighbour.
 */
function ownerBeside(text: string, start: number, end: number, near: KnownWord, index: FuzzyIndex): string | undefined {
  const word = foldWord(near.word);
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - BESIDE_REACH), start))?.[1];
  const after = WORD_AFTER.exec(text.slice(end, end + BESIDE_REACH))?.[1];
  if (before !== undefined && near.neighbours!.has(foldWord(before))) return index.pairOwners().get(`${foldWord(before)} ${word}`);
  if (after !== undefined && near.neighbours!.has(foldWord(after))) return index.pairOwners().get(`${word} ${foldWord(after)}`);
  return undefined;
}

/** How far before and after a near miss `ownerBeside` reads the words beside it. */
const BESIDE_REACH = 30;
/** The word that ends a stretch of text, and the white space or hyphens after it (group 1: the word). */
export const WORD_BEFORE = /([\p{L}'’-]+)[\s-]+$/u;
/** The word after white space or hyphens opening a stretch of text (group 1: the word). */
export const WORD_AFTER = /^[\s-]+([\p{L}'’-]+)/u;

/**
 * Whether the word `ownerBeside` reads before [start, end) or after it may be one of the near misses'
 * neighbours, which start and end with `edges` (undefined: a near miss needs no neighbour). Most
 * words stand beside none: the treaty text's "under Article 5", thousands a megabyte, is one edit
 * from the "Articles" of "IMF Articles of Agreement". Answered by two characters on each side, and
 * only where they settle it (anything else may be read past by WORD_BEFORE and WORD_AFTER): an ASCII
 * character other than white space or a hyphen next to the word leaves no word beside it; after a
 * space, such a character is the end or the start of the word beside, and must be a neighbour's.
 */
export function mayStandBesideNeighbour(text: string, start: number, end: number, edges: NeighbourEdges | undefined): boolean {
  return edges === undefined || mayBeNeighbourEdge(edgeCodeAt(text, start - 1), edgeCodeAt(text, start - 2), edges.lasts) || mayBeNeighbourEdge(edgeCodeAt(text, end), edgeCodeAt(text, end + 1), edges.firsts);
}

/**
 * The UTF-16 unit at `i`, or U+FFFF outside the text, which `mayBeNeighbourEdge` reads as a
 * character past ASCII: one that settles nothing. Not read past the text: one such read makes V8
 * compile these reads as calls to the `charCodeAt` builtin for the rest of the process.
 */
const edgeCodeAt = (text: string, i: number) => (i >= 0 && i < text.length ? text.charCodeAt(i) : 0xffff);

/** Whether, with `next` the character next to a word and `beyond` the one past it, a word of the neighbours whose letters on that side are `letters` may stand there (see `mayStandBesideNeighbour`). */
function mayBeNeighbourEdge(next: number, beyond: number, letters: number): boolean {
  if (next < 128 && !isAsciiSpaceOrHyphen(next)) return false;
  if (next !== 32 || !(beyond < 128) || isAsciiSpaceOrHyphen(beyond)) return true;
  return (letterBit(beyond) & letters) !== 0;
}

/** Whether an ASCII character code is white space (what `\s` matches) or a hyphen. */
const isAsciiSpaceOrHyphen = (code: number) => code === 32 || code === 45 || (code >= 9 && code <= 13);

/**
 * The one near miss that fits where the word stands, and the entry it is a slip in: a word that
 * names something alone, or one beside its name's other words ("Europea Union" is no slip in the
 * "Europe" of "Central Europe"); when several fit, the one beside its name's other words if only
 * one is ("Europea Union" is one edit off "Europe" too, but only "European" has "Union" beside it),
 * else none.
 */
function onlyFitting(text: string, start: number, end: number, candidates: readonly KnownWord[], index: FuzzyIndex): { near: KnownWord; owner: string } | undefined {
  const fits: { near: KnownWord; owner: string }[] = [];
  for (const near of candidates) {
    const owner = near.neighbours ? ownerBeside(text, start, end, near, index) : near.entryId;
    if (owner !== undefined) fits.push({ near, owner });
  }
  if (fits.length === 1) return fits[0];
  const beside = fits.filter((fit) => fit.near.neighbours);
  return beside.length === 1 ? beside[0] : undefined;
}

/** The name of the entry a near miss points to; of the person whose first name the text writes before it, when surnames are shared ("Ali Khamenie"). */
function ownerName(ctx: RuleContext, index: FuzzyIndex, word: string, owner: string, start: number): string {
  const namesakes = index.bySurname.get(word) ?? [];
  if (namesakes.length > 1) {
    const first = capitalizedWordBefore(ctx.text, start)?.[1];
    const id = first && namesakes.find((candidate) => index.firstNames.get(candidate)?.includes(first));
    if (id) return ctx.kb.get(id)?.name ?? id;
  }
  return nameWithCorrection(ctx, word, start) ?? ctx.kb.get(owner)?.name ?? owner;
}

/** How far around a slip the text is read again with the slip corrected. */
const CORRECTION_REACH = 60;

/**
 * The entry the words around a slip name once it is corrected: "Convention" belongs to many names,
 * and "the Chemical Weapons Convension" is a slip in the Chemical Weapons Convention, whichever entry
 * the index keeps for the word. Undefined when no one name holds the corrected word.
 */
function nameWithCorrection(ctx: RuleContext, word: string, start: number): string | undefined {
  const end = wordEnd(ctx.text, start, ctx.text.length);
  const from = Math.max(0, start - CORRECTION_REACH);
  const phrase = ctx.text.slice(from, start) + word + ctx.text.slice(end, end + CORRECTION_REACH);
  const at = start - from;
  const match = scanEntities(phrase, ctx.kb.matcher).find((m) => m.start <= at && at + word.length <= m.end);
  const ids = new Set(match?.targets.map((target) => target.entryId));
  return ids.size === 1 ? ctx.kb.get([...ids][0]!)?.name : undefined;
}

/** Longest heading read as a title: longer ones are paragraphs a missing blank line joined to a heading. */
const MAX_TITLE = 300;

/** A word of three letters or more. */
const LONG_WORD = /\p{L}{3,}/gu;

/** Whether three in four words of three letters or more are capitalized, as in a title ("Between an Old Patron and a New Banker"). */
function isTitleCase(text: string): boolean {
  if (text.length > MAX_TITLE) return false;
  let words = 0;
  let capitalized = 0;
  // one pattern for every heading, searched again from its start: `matchAll` made a copy of its
  // pattern and an iterator for each
  LONG_WORD.lastIndex = 0;
  for (let m = LONG_WORD.exec(text); m !== null; m = LONG_WORD.exec(text)) {
    words++;
    if (m[0][0] !== m[0][0]!.toLowerCase()) capitalized++;
  }
  return words >= 4 && capitalized * 4 >= words * 3;
}

/** Of the near misses of the part after a hyphen at `start`, those whose entry writes the part before it the same way ("Thomas-Greenfield"). */
function withCompoundPrefix(ctx: RuleContext, start: number, nearMisses: readonly KnownWord[]): readonly KnownWord[] {
  let prefixStart = start - 1;
  while (prefixStart > 0 && isWordChar(ctx.text, prefixStart - 1)) prefixStart--;
  const prefix = foldWord(ctx.text.slice(prefixStart, start));
  return nearMisses.filter((near) => {
    const entry = ctx.kb.get(near.entryId);
    return entry !== undefined && [entry.name, ...entry.aliases, ...entry.variants].some((name) => foldWord(name).includes(`${prefix}${foldWord(near.word)}`));
  });
}

/**
 * Near misses of known names: a capitalized word, not opening a sentence, one edit (two for long
 * words) from exactly one word of a known name, and not a transliteration variant of it.
 */
export function misspelledName(ctx: RuleContext): readonly RawFinding[] {
  const index = indexOf(ctx.kb);
  let findings: RawFinding[] | undefined;
  for (const mention of ctx.mentions) {
    const slip = firstNameSlip(ctx, index, mention);
    if (slip) (findings ??= []).push(slip);
  }
  let mentionAt = 0;
  for (const block of ctx.blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'item' && block.kind !== 'heading') continue;
    const blockText = ctx.text.slice(block.start, block.end);
    const words = ctx.unnamedWords ? capitalizedWordsAmong(blockText, ctx.unnamedWords, ctx.mentions, block.start) : capitalizedWords(blockText, ctx.mentions, block.start);
    for (let w = 0; w < words.length; w += 2) {
      const start = block.start + words[w]!;
      const end = block.start + words[w + 1]!;
      while (mentionAt < ctx.mentions.length && ctx.mentions[mentionAt]!.end <= start) mentionAt++;
      const overlapping = ctx.mentions[mentionAt];
      if (overlapping && overlapping.start < end) continue;
      const firstWord = slipBeforeNamesWords(ctx, index, start, end);
      if (firstWord) {
        (findings ??= []).push(firstWord);
        continue;
      }
      const firstName = firstNameBefore(ctx.text, start, index);
      // a possessive is read only as a surname after the person's first name ("Hakan Fiden's office"):
      // alone, "Barrow's" is as likely a place the knowledge base lacks
      if (!firstName && isApostrophe(ctx.text, end)) continue;
      // a word of four letters is read only as a surname after a known first name ("Mark Rute")
      if (!firstName && end - start < MIN_LENGTH) continue;
      const word = blockText.slice(words[w]!, words[w + 1]!);
      // "Javier Millei", "Javier Milay": a slip in the surname of the person the first name names
      const facts = firstName ? undefined : index.rememberedWord(word);
      const surnameSlip = firstName
        ? surnameNearMiss(index, firstName, word, wordAfter(ctx.text, end))
        : facts!.mayBeTitledSlip && TITLE_LAST.has(wordBefore(ctx.text, start))
          ? (doubledSurnameSlip(index, word) ?? titledSurnameSlip(ctx.text, start, word, ctx.kb))
          : undefined;
      // "John Mahama" is someone the knowledge base does not know, not a slip in "Manama"; the
      // remembered look-up rules out almost every other word, and costs least
      const nearMisses = surnameSlip ? [surnameSlip] : firstName ? NO_NEAR_MISSES : facts!.nearMisses;
      // the second part of a compound ("Thomas-Greenfeld") is a slip only in a name written with the first part
      // (`start > 0`: one read before the text's start makes V8 compile this read as a builtin call for good)
      const compound = start > 0 && ctx.text.charCodeAt(start - 1) === 45 /* - */;
      const candidates = compound ? withCompoundPrefix(ctx, start, nearMisses) : nearMisses;
      if (candidates.length === 0) continue;
      // a near miss that is a slip only beside its name's other words, where the words beside are none of them
      if (!surnameSlip && facts !== undefined && !mayStandBesideNeighbour(ctx.text, start, end, facts.neighbourEdges)) continue;
      if (opensUnknownName(ctx, end, candidates, index) || (!firstName && !compound && opensSentence(ctx.text, start))) continue;
      // "Geran-2", "Shahed-136", "Columbia-class": a weapon's name and model number, no slip in "German"
      MODEL_NUMBER.lastIndex = end;
      if (MODEL_NUMBER.test(ctx.text)) continue;
      // "the Organ of Consultation": the head word of a body's name, no slip in "Orbán"
      if (!firstName && OF_NAME_AFTER.test(ctx.text.slice(end, end + 20))) continue;
      const fit = onlyFitting(ctx.text, start, end, candidates, index);
      if (!fit || (!surnameSlip && !compound && ((!isPerson(ctx, fit.near) && followsUnknownName(ctx, start)) || pairedWithUnknownName(ctx, start)))) continue;
      // a heading in title case capitalizes common words ("… a New Banker"): a word alone there is no
      // slip (the heading is read only for a word that gets this far: most headings have none)
      if (!surnameSlip && !fit.near.neighbours && block.kind === 'heading' && isTitleCase(blockText)) continue;
      // "A Coruña": a typing slip adds no accent the known name lacks; the word is another name, no slip in "Corona"
      if (!surnameSlip && addsAccent(word, fit.near.word)) continue;
      // "Primorsko-Akhtarsk": the first part of a hyphenated name, no slip in "Primorsk" (unless the name it
      // may be a slip in is hyphenated too: "Guinae-Bissau")
      if (!surnameSlip && opensHyphenatedName(ctx.text, end) && !ctx.kb.get(fit.near.entryId)!.name.includes('-')) continue;
      // the end of another name after a particle ("Mazara del Vallo", "Banque du Liban")
      if (!surnameSlip && endsAnotherNameWithParticle(ctx.text, start, ctx.kb.get(fit.near.entryId)!.name)) continue;
      // one of a list of names the knowledge base lacks ("Lesbos, Chios, Samos, Kos")
      if (!surnameSlip && amongUnknownNames(ctx, start, end, mentionAt)) continue;
      // a near miss of a person's name where the word names someone or something else
      if (!surnameSlip && isPerson(ctx, fit.near) && namesAnotherOrAPlace(ctx, fit.near, start, end, mentionAt)) continue;
      const { near, owner } = fit;
      if (findings?.some((f) => f.start <= start && end <= f.end)) continue;
      (findings ??= []).push({
        code: 'misspelled-name',
        message: `"${word}" looks like a misspelling of "${near.word}" (${ownerName(ctx, index, near.word, owner, start)}).`,
        start,
        end,
        fixes: [{ title: `Write "${near.word}"`, edits: [{ start, end, newText: near.word }], safe: false }],
      });
    }
  }
  return findings === undefined ? NO_RAW_FINDINGS : findings.length < 2 ? findings : findings.sort((a, b) => a.start - b.start);
}
