import type { Entry } from '../kb/schema';
import { isMadeOf, isString, isStrings } from '../kb/packChecks';
import { asciiWordHash, WordHashSet } from '../kb/wordHash';
import type { IndexedWords, KnownWord, NameWordIndex } from './misspelledName';

/**
 * The misspelled-name rule's index of name words (`NameWordIndex`) in plain data: the build packs the
 * built-in knowledge base's (`server/scripts/prevalidatedKb.mjs`, `kb/nameWords.json`), and the
 * rule unpacks it rather than making it in a start's first analysis, where making it took about
 * 100 of 170 ms, in code V8 had not compiled yet. Unpacked, it is the same index, every set, map
 * and list in the same order (`test/unit/nameWordPack.test.ts` compares them whole). The sets of
 * word hashes are made again from the words they hash.
 */
export interface NameWordPack {
  /** The entries' ids, in order: the index was made from those entries, and serves them only. */
  readonly entryIds: readonly string[];
  readonly known: readonly string[];
  readonly placeNames: readonly string[];
  /** Per first letter, per length: the words as written and folded. */
  readonly byInitial: readonly (readonly [string, readonly (readonly [number, readonly string[], readonly string[]])[]])[];
  readonly longestWord: number;
  /** Per word: its entry's id, its neighbours (null for none), whether it has one spelling, whether it is English. */
  readonly owners: readonly (readonly [string, string, readonly string[] | null, boolean, boolean])[];
  readonly firstNames: PackedLists;
  readonly bySurname: PackedLists;
  readonly byFirstName: PackedLists;
  readonly surnameOf: readonly (readonly [string, string])[];
  readonly middlesOf: readonly (readonly [string, readonly (readonly [string, string])[]])[];
  readonly oneSpelling: readonly string[];
  readonly byLastTwoWords: PackedLists;
  readonly middlesOfThree: readonly string[];
  readonly bySurnameNotAlone: PackedLists;
  readonly surnameFormsOf: PackedLists;
  readonly bySingledSurname: PackedLists;
}

/** A map of words to lists of words, as its entries. */
type PackedLists = readonly (readonly [string, readonly string[]])[];

/** `words`, the index of the entries `entryIds` (in that order), in plain data. */
export function packNameWordIndex(words: NameWordIndex, entryIds: readonly string[]): NameWordPack {
  return {
    entryIds,
    known: [...words.known],
    placeNames: [...words.placeNames],
    byInitial: [...words.byInitial].map(([initial, byLength]) => [initial, byLength.flatMap((listed, length) => (listed ? [[length, listed.written, listed.folded] as const] : []))]),
    longestWord: words.longestWord,
    owners: [...words.owners].map(([word, owner]) => [word, owner.entryId, owner.neighbours ? [...owner.neighbours] : null, owner.oneSpelling === true, owner.english === true]),
    firstNames: [...words.firstNames],
    bySurname: [...words.bySurname],
    byFirstName: [...words.byFirstName],
    surnameOf: [...words.surnameOf],
    middlesOf: [...words.middlesOf].map(([id, middles]) => [id, middles.map(({ word, next }) => [word, next] as const)]),
    oneSpelling: [...words.oneSpelling],
    byLastTwoWords: [...words.byLastTwoWords],
    middlesOfThree: [...words.middlesOfThree],
    bySurnameNotAlone: [...words.bySurnameNotAlone],
    surnameFormsOf: [...words.surnameFormsOf],
    bySingledSurname: [...words.bySingledSurname],
  };
}

/**
 * The index `pack` holds, for the entries `entries`; undefined when there is no pack, when it was
 * made of other entries (its ids, in order, are not theirs), or when it is not whole: the index is
 * then made anew.
 */
export function unpackNameWordIndex(pack: unknown, entries: ReadonlyMap<string, Entry>): NameWordIndex | undefined {
  if (!isWhole(pack) || !isMadeOf(pack.entryIds, entries)) return undefined;
  const byFirstName = new Map(pack.byFirstName);
  const middlesOfThree = new Set(pack.middlesOfThree);
  const bySurnameNotAlone = new Map(pack.bySurnameNotAlone);
  return {
    known: new Set(pack.known),
    byInitial: new Map(pack.byInitial.map(([initial, byLength]) => [initial, listedByLength(byLength)])),
    longestWord: pack.longestWord,
    // every field written, as `nameWordIndexOf` writes them: one shape for every owner
    owners: new Map(pack.owners.map(([word, entryId, neighbours, oneSpelling, english]): [string, KnownWord] => [word, { word, entryId, neighbours: neighbours ? new Set(neighbours) : undefined, oneSpelling, english }])),
    placeNames: new Set(pack.placeNames),
    firstNames: new Map(pack.firstNames),
    bySurname: new Map(pack.bySurname),
    byFirstName,
    // the first names alone, not the first two words of a name of three
    firstNameHashes: hashesOf([...byFirstName.keys()].filter((key) => !key.includes(' '))),
    surnameOf: new Map(pack.surnameOf),
    middlesOf: new Map(pack.middlesOf.map(([id, middles]) => [id, middles.map(([word, next]) => ({ word, next }))])),
    oneSpelling: new Set(pack.oneSpelling),
    byLastTwoWords: new Map(pack.byLastTwoWords),
    middlesOfThree,
    middleHashesOfThree: hashesOf(middlesOfThree),
    bySurnameNotAlone,
    surnameNotAloneHashes: hashesOf(bySurnameNotAlone.keys()),
    surnameFormsOf: new Map(pack.surnameFormsOf),
    bySingledSurname: new Map(pack.bySingledSurname),
  };
}

/** The words of one first letter by length, a hole for each length without any, as `nameWordIndexOf` leaves them. */
function listedByLength(byLength: NameWordPack['byInitial'][number][1]): (IndexedWords | undefined)[] {
  const listed: (IndexedWords | undefined)[] = [];
  for (const [length, written, folded] of byLength) listed[length] = { written: written as string[], folded: folded as string[] };
  return listed;
}

function hashesOf(words: Iterable<string>): WordHashSet {
  const hashes = new WordHashSet();
  for (const word of words) hashes.add(asciiWordHash(word, 0, word.length));
  return hashes;
}

/** A list of pairs, each a string and a value that `isValue` takes. */
const isPairs = (value: unknown, isValue: (second: unknown) => boolean): boolean =>
  Array.isArray(value) && value.every((pair) => Array.isArray(pair) && pair.length === 2 && isString(pair[0]) && isValue(pair[1]));
const isLists = (value: unknown) => isPairs(value, isStrings);

/** Whether `pack` has every field, each of its type: a pack read from a damaged file is set aside, not followed. */
function isWhole(pack: unknown): pack is NameWordPack {
  if (typeof pack !== 'object' || pack === null) return false;
  const p = pack as Record<keyof NameWordPack, unknown>;
  if (![p.entryIds, p.known, p.placeNames, p.oneSpelling, p.middlesOfThree].every(isStrings) || !Number.isInteger(p.longestWord)) return false;
  if (![p.firstNames, p.bySurname, p.byFirstName, p.byLastTwoWords, p.bySurnameNotAlone, p.surnameFormsOf, p.bySingledSurname].every(isLists)) return false;
  if (!isPairs(p.surnameOf, isString) || !isPairs(p.middlesOf, (middles) => Array.isArray(middles) && middles.every((pair) => isStrings(pair) && pair.length === 2))) return false;
  const isOwner = (owner: unknown) =>
    Array.isArray(owner) && owner.length === 5 && isString(owner[0]) && isString(owner[1]) && (owner[2] === null || isStrings(owner[2])) && typeof owner[3] === 'boolean' && typeof owner[4] === 'boolean';
  if (!Array.isArray(p.owners) || !p.owners.every(isOwner)) return false;
  const isListed = (listed: unknown) => Array.isArray(listed) && listed.length === 3 && Number.isInteger(listed[0]) && (listed[0] as number) >= 0 && isStrings(listed[1]) && isStrings(listed[2]);
  return isPairs(p.byInitial, (byLength) => Array.isArray(byLength) && byLength.every(isListed));
}
