import type { Entry } from './schema';
import { asciiWordHash, isHashedExactly, isLastWordLettersAt, isSameAsciiWord, WordHashSet } from './wordHash';
import { afterPossessive, endsWithPlus, foldName, foldWord, isWordChar, splitWords, wordEnd } from './names';
import { compileNameStarts, type NameStarts } from './nameStarts';
import { consonantSkeleton, NOT_ASCII, spelledInLatinAtHome, transliterationKey } from './transliteration';
import { editDistance } from '../text/editDistance';
import { escapeRegExp } from '../text/escapeRegExp';

/** How a name relates to its entry. `variant` is recognized but not canonical. */
export type NameForm = 'name' | 'alias' | 'acronym' | 'adjective' | 'variant';

/** One way of naming one entry, as stored at the end of its path in the trie. */
export interface NameTarget {
  readonly entryId: string;
  readonly kind: Entry['kind'];
  readonly form: NameForm;
  /** The words as the knowledge base writes them; acronyms must match them exactly. */
  readonly words: readonly string[];
  /** Whether the first written word starts with a capital, which the text must then have too. */
  readonly capitalized: boolean;
  /**
   * Whether the name ends with "+" ("OPEC+", "g7+"), which splitting into words drops: the text
   * must write it right after the last word, and a name without it does not match a word written
   * with one (OPEC+ is not OPEC).
   */
  readonly plus: boolean;
  /**
   * Whether the entry lists the name under `ambiguous`. Where no other entry has the name, it may
   * stand for something the knowledge base lacks ("Declaration of Principles"), so it names the
   * entry only where the document has one of the entry's context words (see `EntryChooser`).
   */
  readonly contextual: boolean;
  /**
   * The gaps between its words that the knowledge base writes with a comma, as bits (bit k: after
   * word k; gaps past the 31st word are not told apart). A comma the name lacks ends it: "the UN
   * Security Council, Resolution 2722" names the Council, while "Washington, D.C." is one name.
   */
  readonly commaGaps: number;
  /**
   * The gaps after a possessive ("'s", "s'") in the name as the knowledge base writes it, as bits
   * like `commaGaps`. The scan steps over a possessive to find such names whole ("People's Republic
   * of China"); a possessive the name lacks ends it: "Kyiv's post-war plans" are not the Kyiv Post.
   */
  readonly possessiveGaps: number;
}

/** A node of the word trie: the next folded word leads to a child. */
export interface TrieNode {
  /** The folded word that leads here from the parent. */
  key?: string;
  next?: Map<string, TrieNode>;
  /** The node's number in `NameMatcher.children`, which holds its children with ASCII keys by hash. */
  id: number;
  /**
   * The first characters of the children's keys as bits (see `firstCharBit`): after a name, the
   * scanner reads the next word only if a child can start with its first character.
   */
  firstChars?: number;
  targets?: NameTarget[];
  /** Whether some target names a treaty, whose mention may take in a following "treaty" or "agreement". */
  namesTreaty?: boolean;
  /**
   * Whether no target is an acronym (matched only as written) or ends with "+": every target then
   * fits a text that writes the name with a capital and with no comma, possessive or "+" of its own,
   * and the scanner keeps them all without reading them (see `acceptable` in `entities.ts`).
   */
  plainTargets?: boolean;
  /**
   * Whether this first word is a lead word (see `NameStarts.leadWords`): written in lowercase, it
   * starts a name only before a word the prose scan stops at, from which it is found.
   */
  lead?: boolean;
  /**
   * The subsets of `targets` that a text accepted, by the bits of the targets kept (a name's
   * capitalized target and its lowercase alias at one node: lowercase text keeps the alias). Made on
   * first use and shared, so that matches keep no list of their own: a list made per match was kept
   * by its block and its document, about 200 bytes each.
   */
  acceptedSubsets?: Map<number, readonly NameTarget[]>;
}

/**
 * A bit for the first character of a folded word: one per ASCII letter (either case) and one for
 * all digits. Any other character gets every bit, since its folded form ("Ö" is "o") is only known
 * after folding.
 */
export function firstCharBit(c: number): number {
  if (c >= 97 && c <= 122) return 1 << (c - 97);
  if (c >= 65 && c <= 90) return 1 << (c - 65);
  if (c >= 48 && c <= 57) return 1 << 26;
  return -1;
}

/**
 * The trie's children with ASCII keys, by their parent's `id` and the key's `asciiWordHash`, so that
 * the scanner can look a word up without cutting it out and lowercasing it. One open-addressed table
 * for the whole trie rather than a `Map` per node: the maps' look-ups were most of `childFor`'s time
 * (3 % of an analysis of prose), and 19,000 small maps held more memory than the table.
 */
export class ChildTable {
  /** By slot: the parent's id and the child's key's hash (-1: an empty slot), and the child. */
  private readonly parents: Int32Array;
  private readonly hashes: Int32Array;
  private readonly children: (TrieNode | undefined)[];
  /** By slot: the length of the child's key where its hash tells it from every other word of that length (see `isHashedExactly`), else 0. */
  private readonly exactLengths: Uint8Array;
  private readonly mask: number;

  /** Numbers the nodes under `root` (their `id`) and files each child with an ASCII key. */
  constructor(root: TrieNode) {
    const nodes: TrieNode[] = [];
    const number = (node: TrieNode) => {
      node.id = nodes.length;
      nodes.push(node);
      for (const child of node.next?.values() ?? []) number(child);
    };
    number(root);
    // at most half full, so that a look-up that finds nothing meets an empty slot soon
    let size = 2;
    while (size < 2 * nodes.length) size *= 2;
    this.mask = size - 1;
    this.parents = new Int32Array(size);
    this.hashes = new Int32Array(size).fill(-1);
    this.children = new Array<TrieNode | undefined>(size).fill(undefined);
    this.exactLengths = new Uint8Array(size);
    for (const parent of nodes) {
      for (const [key, child] of parent.next ?? []) {
        const hash = asciiWordHash(key, 0, key.length);
        if (hash >= 0) this.add(parent.id, hash, child);
      }
    }
  }

  /** Files `child` in the first empty slot from its own: two keys of one parent with one hash ("eu", "g7") take two slots. */
  private add(parent: number, hash: number, child: TrieNode): void {
    let slot = slotOf(parent, hash) & this.mask;
    while (this.hashes[slot] !== -1) slot = (slot + 1) & this.mask;
    this.children[slot] = child;
    this.exactLengths[slot] = isHashedExactly(child.key!) ? child.key!.length : 0;
    this.parents[slot] = parent;
    this.hashes[slot] = hash;
  }

  /** The child of `parent` whose key is the ASCII word between `start` and `end` of `text`, lowercased; `hash` is the word's. */
  find(parent: TrieNode, hash: number, text: string, start: number, end: number): TrieNode | undefined {
    return this.probe(parent, hash, text, start, end, false);
  }

  /**
   * `find` for the word that `wordEndHashed` read last: where it and the key are short words of
   * letters alone (see `isHashedExactly`), the hash says that they are the same without a read of the
   * word, a slice of the document, at each of a scan's 50,000 look-ups a MB.
   */
  findLastWord(parent: TrieNode, hash: number, text: string, start: number, end: number): TrieNode | undefined {
    return this.probe(parent, hash, text, start, end, true);
  }

  private probe(parent: TrieNode, hash: number, text: string, start: number, end: number, lastWord: boolean): TrieNode | undefined {
    const id = parent.id;
    for (let slot = slotOf(id, hash) & this.mask; ; slot = (slot + 1) & this.mask) {
      const found = this.hashes[slot]!;
      if (found === -1) return undefined;
      if (found === hash && this.parents[slot] === id) {
        const child = this.children[slot]!;
        if (lastWord && this.exactLengths[slot] === end - start && isLastWordLettersAt(start)) return child;
        if (isSameAsciiWord(child.key!, text, start, end)) return child;
      }
    }
  }
}

/** Spreads a parent's id and a word's hash over the table's slots. */
function slotOf(parent: number, hash: number): number {
  const mixed = Math.imul(hash ^ Math.imul(parent, 0x9e3779b1), 0x85ebca6b);
  return mixed ^ (mixed >>> 15);
}

/**
 * The child of `node` for the word of the text between `start` and `end`, if any: the word that
 * `wordEndHashed` read last, whose `asciiWordHash` is `hash`.
 */
export function childFor(children: ChildTable, node: TrieNode, text: string, start: number, end: number, hash: number): TrieNode | undefined {
  return hash < 0 ? node.next?.get(foldWord(text.slice(start, end))) : children.findLastWord(node, hash, text, start, end);
}

/** All names of the knowledge base compiled into one word trie, scanned in a single pass. */
export interface NameMatcher extends NameStarts {
  readonly root: TrieNode;
  /** The trie's children by hash (see `ChildTable`). */
  readonly children: ChildTable;
  /** First characters (UTF-16 units) of names whose first word is written in lowercase ("von der Leyen"). */
  readonly lowercaseStarts: ReadonlySet<number>;
  /** The hashes (see `asciiWordHash`) of the folded first words of names: most words start none. */
  readonly firstWordHashes: WordHashSet;
  /** How many names were compiled. */
  readonly size: number;
  /**
   * People whose surname alone names no one (shared with another person, too common, or turned
   * off), by folded surname: only a title before it says who it is ("President Marcos" on a date).
   */
  readonly titledSurnames: ReadonlyMap<string, readonly NameTarget[]>;
  /** The hashes of those surnames, checked before a word is cut out and folded. */
  readonly titledSurnameHashes: WordHashSet;
  /**
   * For a surname that alone names one person ("Scholz": Olaf Scholz), the other people who bear
   * it and held an office ("Rupert Scholz"): a title before it may name one of them.
   */
  readonly surnameRivals: ReadonlyMap<string, readonly NameTarget[]>;
  /** The entries' short forms ("Commission"), by folded word: they name an entry the document names in full. */
  readonly shortForms: ReadonlyMap<string, readonly NameTarget[]>;
  /** The hashes of those short forms. */
  readonly shortFormHashes: WordHashSet;
  /**
   * By each list of `shortForms`, the names of several words of the other entries that end in that
   * word ("African Union Commission" for "Commission"): a document that names one of them leaves
   * the short form to a full name (see `EntryChooser.namedInFull`).
   */
  readonly shortFormRivals: ReadonlyMap<readonly NameTarget[], readonly string[]>;
  /**
   * People by the folded first word of their name, with their surname's transliteration key, for
   * a surname spelt another way after the first name ("Sergei Shoygu"; see `variantNames.ts`).
   */
  readonly variantSurnames: ReadonlyMap<string, readonly VariantSurname[]>;
  /** The hashes of those first names, checked before a word is cut out and folded. */
  readonly variantFirstNameHashes: WordHashSet;
  /**
   * The same surnames by `consonantSkeleton`, for a surname spelt another way and written alone
   * ("Araqchi" for Abbas Araghchi), which names the person where the document names them in full;
   * also the surnames of the person's other names with the same consonants ("Lukashenka").
   */
  readonly variantSurnameSkeletons: ReadonlyMap<number, readonly VariantSurname[]>;
  /** The context words of the ambiguous names that have their own (`nameContext`), by their target. */
  readonly nameContexts: ReadonlyMap<NameTarget, readonly string[]>;
  /**
   * The one-word names of organizations that are also surnames in `titledSurnames` ("Wagner": the
   * Wagner Group, and Thérèse Kayikwamba Wagner), by the organization's target, with the people's:
   * the person where the document names them in full (see `EntryChooser.surnameOfNamedPerson`).
   */
  readonly organizationSurnames: ReadonlyMap<NameTarget, readonly NameTarget[]>;
}

/** A person's surname as `variantSurnames` keeps it, with a target that reads the person as a variant. */
export interface VariantSurname {
  readonly key: string;
  /** The surname folded ("pezeshkian"). */
  readonly folded: string;
  /** That target alone, one list kept for the chooser, which remembers its answers by list. */
  readonly targets: readonly NameTarget[];
}

/**
 * Words too common to stand alone as a person's surname, even when the knowledge base has one such
 * person ("the Shah" is a title; "He said nothing" is no He Weidong, whom the text named before).
 */
export const COMMON_SURNAMES: ReadonlySet<string> = new Set(
  'may rice power brown major gates baker truss haley powell young king bush will long law rich hope little white black green day shah he she we it an as at by do go in is no of on or so to up us me my be'.split(' '),
);

/**
 * A target of a name read outside the trie (a titled surname, a short form, a variant surname, a
 * state organ's generic name): capitalized, unshared, without "+", commas or possessives.
 */
export const plainTarget = (entry: Entry, form: NameForm, words: readonly string[]): NameTarget => ({
  entryId: entry.id,
  kind: entry.kind,
  form,
  words,
  capitalized: true,
  plus: false,
  contextual: false,
  commaGaps: 0,
  possessiveGaps: 0,
});

/**
 * `NameTarget.commaGaps` and `NameTarget.possessiveGaps` of a name as the knowledge base writes it,
 * its words found as `splitWords` finds them.
 */
export function gapsOf(name: string): { commaGaps: number; possessiveGaps: number } {
  let commaGaps = 0;
  let possessiveGaps = 0;
  let word = -1;
  let i = 0;
  while (i < name.length && word < 31) {
    if (isWordChar(name, i)) {
      word++;
      const end = wordEnd(name, i);
      i = afterPossessive(name, end);
      if (i !== end) possessiveGaps |= 1 << word;
    } else {
      if (name.charCodeAt(i) === 44 /* , */ && word >= 0) commaGaps |= 1 << word;
      i++;
    }
  }
  return { commaGaps, possessiveGaps };
}

/**
 * A trie node with every field there from the start, in one order: all nodes then share one shape,
 * and the scan's reads of `next`, `targets`, `firstChars` … stay monomorphic. Nodes made with only
 * the fields they needed came in seven shapes (more as `acceptedSubsets` was added), which made
 * each read in the trie walk a megamorphic look-up: the name scan alone took 0.92 of the time with
 * one shape (fastest 14.5 → 13.4 ms per MB of prose), for 0.5 MB more held by the knowledge base.
 */
export const trieNode = (key: string | undefined): TrieNode => ({
  key,
  next: undefined,
  id: 0,
  firstChars: undefined,
  targets: undefined,
  namesTreaty: undefined,
  plainTargets: undefined,
  lead: undefined,
  acceptedSubsets: undefined,
});

const startsUpper = (word: string) => word.length > 0 && word[0] !== word[0]!.toLowerCase();

/**
 * Files `name`, cut into `words` and folded into `keys` (its `splitWords` and each word's `foldWord`,
 * which the caller has made), under `target`; false when it adds no target.
 */
function addName(root: TrieNode, name: string, words: string[], keys: readonly string[], target: Omit<NameTarget, 'words' | 'capitalized' | 'plus' | 'commaGaps' | 'possessiveGaps'>): boolean {
  if (words.length === 0) return false;
  let node = root;
  for (const key of keys) {
    node.next ??= new Map();
    let child = node.next.get(key);
    if (!child) {
      node.next.set(key, (child = trieNode(key)));
      node.firstChars = (node.firstChars ?? 0) | firstCharBit(key.charCodeAt(0));
    }
    node = child;
  }
  node.targets ??= [];
  // acronyms match only as written, so "HCoC" and "HCOC" are two names of one entry
  const plus = endsWithPlus(name);
  const same = (t: NameTarget) =>
    t.entryId === target.entryId && t.form === target.form && t.plus === plus && (t.form !== 'acronym' || t.words.join(' ') === words.join(' '));
  const { commaGaps, possessiveGaps } = gapsOf(name);
  const existing = node.targets.findIndex(same);
  if (existing !== -1) {
    // "Washington DC" and "Washington, D.C.": one target, which takes the commas of both; "Euro
    // area" and "euro area": one, which a lowercase text matches too
    const kept = node.targets[existing]!;
    const capitalized = kept.capitalized && startsUpper(words[0]!);
    const merged = { commaGaps: kept.commaGaps | commaGaps, possessiveGaps: kept.possessiveGaps | possessiveGaps };
    if (merged.commaGaps === kept.commaGaps && merged.possessiveGaps === kept.possessiveGaps && capitalized === kept.capitalized) return false;
    node.targets[existing] = { ...kept, ...merged, capitalized };
    return false;
  }
  // written out, not spread: in code that runs once, before V8 compiles it, the spread took a fifth of the matcher's build
  node.targets.push({ entryId: target.entryId, kind: target.kind, form: target.form, words, capitalized: startsUpper(words[0]!), plus, contextual: target.contextual, commaGaps, possessiveGaps });
  node.namesTreaty ||= target.kind === 'treaty';
  node.plainTargets = node.plainTargets !== false && !plus && target.form !== 'acronym';
  return true;
}

/** Plural forms of demonyms used as nouns: "Russians", "Israelis". */
export function pluralOf(adjective: string): string | undefined {
  return /[a-z][ni]$/.test(adjective) ? `${adjective}s` : undefined;
}

/**
 * A person's surname as written: the last space-separated part of the name, whole when hyphenated
 * ("Kramp-Karrenbauer"), before a suffix ("Jr."); undefined for a one-part name or a lowercase last
 * part. (Cutting at the hyphen made "moon" of "Ban Ki-moon", which then matched "the moon".)
 */
function writtenSurname(name: string): string | undefined {
  const parts = name.trim().split(/\s+/);
  // "Ferdinand Marcos Jr.": the suffix is no surname
  if (parts.length >= 3 && GENERATION_SUFFIX.test(parts.at(-1)!)) parts.pop();
  const last = parts.at(-1)!;
  return parts.length >= 2 && startsUpper(last) ? last : undefined;
}
const GENERATION_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/** A person's family name as written: the one the entry states (East Asian order), else the name's last part. */
const surnameOf = (person: Entry): string | undefined => (person.kind === 'actor' ? person.person?.surname : undefined) ?? writtenSurname(person.name);

/** Surnames that name exactly one person and no other entry, by folded form. */
function uniqueSurnames(entries: Iterable<Entry>, takenNames: ReadonlySet<string>): Map<string, string> {
  const owners = new Map<string, string[]>();
  for (const entry of entries) {
    if (entry.kind !== 'actor' || entry.category !== 'person') continue;
    if (entry.person?.surnameAlone === false) continue;
    const surname = surnameOf(entry);
    if (surname === undefined) continue;
    const key = foldName(surname);
    const list = owners.get(key) ?? [];
    list.push(entry.id);
    owners.set(key, list);
  }
  const result = new Map<string, string>();
  for (const [key, ids] of owners) {
    if (ids.length !== 1 || key.length < 3 || COMMON_SURNAMES.has(key) || takenNames.has(key)) continue;
    result.set(key, ids[0]!);
  }
  return result;
}

/** The surnames of plain letters ("Türk", not "al-Sharaa") that `uniqueSurnames` left out, with the people who bear them. */
function titledSurnamesOf(entries: Iterable<Entry>, alone: ReadonlyMap<string, string>): Pick<NameMatcher, 'titledSurnames' | 'titledSurnameHashes' | 'surnameRivals'> {
  const titledSurnames = new Map<string, NameTarget[]>();
  const titledSurnameHashes = new WordHashSet();
  const surnameRivals = new Map<string, NameTarget[]>();
  for (const entry of entries) {
    if (entry.kind !== 'actor' || entry.category !== 'person' || !entry.person?.offices.length) continue;
    const written = surnameOf(entry);
    // two letters only where the entry states the surname: "Xi", "Li", not an initial
    if (written === undefined || !(entry.person.surname ? /^\p{L}{2,}$/u : /^\p{L}{3,}$/u).test(written)) continue;
    const key = foldWord(written);
    const owner = alone.get(key);
    if (owner === undefined) indexWord(titledSurnames, titledSurnameHashes, key, plainTarget(entry, 'alias', [written]));
    else if (owner !== entry.id) (surnameRivals.get(key) ?? surnameRivals.set(key, []).get(key)!).push(plainTarget(entry, 'alias', [written]));
  }
  return { titledSurnames, titledSurnameHashes, surnameRivals };
}

/** Adds `value` under the folded word `key` of an index of single words, and the word's hash to its set. */
function indexWord<T>(index: Map<string, T[]>, hashes: WordHashSet, key: string, value: T): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
  hashes.add(asciiWordHash(key, 0, key.length));
}

/**
 * Whether a treaty's official title is one a legal text would quote whole and no one writes by
 * chance: eight words or more ("Treaty between the United States of America and the Russian
 * Federation on Measures for …"), without brackets, quotes or colons, and not opening with an
 * article, whose capitalized "The" would start a look-up at every sentence.
 */
function isQuotableTitle(title: string): boolean {
  const words = splitWords(title);
  return words.length >= 8 && !/[()"“”:;]/.test(title) && startsUpper(words[0]!) && !ARTICLES.has(words[0]!);
}
const ARTICLES = new Set(['The', 'A', 'An']);

/** The entries' short forms by folded word, and their rivals (see `NameMatcher.shortForms`, `NameMatcher.shortFormRivals`). */
function shortFormsOf(entries: Iterable<Entry>): Pick<NameMatcher, 'shortForms' | 'shortFormHashes' | 'shortFormRivals'> {
  const shortForms = new Map<string, NameTarget[]>();
  const shortFormHashes = new WordHashSet();
  const all = [...entries];
  for (const entry of all) {
    for (const word of entry.shortForms) {
      indexWord(shortForms, shortFormHashes, foldWord(word), plainTarget(entry, 'alias', [word]));
    }
  }
  const shortFormRivals = new Map<readonly NameTarget[], string[]>([...shortForms.values()].map((targets) => [targets, []]));
  if (shortForms.size === 0) return { shortForms, shortFormHashes, shortFormRivals };
  // the built-in base has nine short forms' words ("council", "union"): a name of ASCII characters
  // that holds none of them in any case cannot end with one, and is not cut (cutting all 13,000 names
  // took some 20 ms of every start)
  const holdsShortForm = new RegExp([...shortForms.keys()].map(escapeRegExp).join('|'), 'i');
  for (const entry of all) {
    for (const name of [entry.name, ...entry.aliases, ...entry.variants]) {
      if (!NOT_ASCII.test(name) && !holdsShortForm.test(name)) continue;
      const words = splitWords(name);
      const targets = words.length > 1 ? shortForms.get(foldWord(words.at(-1)!)) : undefined;
      if (targets && !targets.some((t) => t.entryId === entry.id)) shortFormRivals.get(targets)!.push(name);
    }
  }
  return { shortForms, shortFormHashes, shortFormRivals };
}

/** The shortest surname read alone in another spelling. */
export const MIN_VARIANT_SURNAME = 5;

/** The people of the entries by the first word of their name, with their surnames' transliteration keys. */
function variantSurnamesOf(entries: Iterable<Entry>): Pick<NameMatcher, 'variantSurnames' | 'variantFirstNameHashes' | 'variantSurnameSkeletons'> {
  const variantSurnames = new Map<string, VariantSurname[]>();
  const variantFirstNameHashes = new WordHashSet();
  const variantSurnameSkeletons = new Map<number, VariantSurname[]>();
  for (const entry of entries) {
    if (entry.kind !== 'actor' || entry.category !== 'person') continue;
    const words = splitWords(entry.name);
    const surname = surnameOf(entry);
    if (words.length < 2 || surname === undefined || !startsUpper(words[0]!) || !/^\p{L}+$/u.test(surname)) continue;
    // a name with one spelling has no variants: "Radosław Sikorsky" is misspelled-name's
    if (spelledInLatinAtHome([entry.name, ...entry.aliases, ...entry.variants])) continue;
    const target = plainTarget(entry, 'variant', words);
    const variant: VariantSurname = { key: transliterationKey(surname), folded: foldWord(surname), targets: [target] };
    indexWord(variantSurnames, variantFirstNameHashes, foldWord(words[0]!), variant);
    // alone, only a long surname: a short one's skeleton is shared by too many words ("Xi", "Lee")
    const skeleton = surname.length >= MIN_VARIANT_SURNAME ? consonantSkeleton(surname) : -1;
    if (skeleton < 0) continue;
    const bySkeleton = variantSurnameSkeletons.get(skeleton) ?? [];
    if (bySkeleton.length === 0) variantSurnameSkeletons.set(skeleton, bySkeleton);
    bySkeleton.push(variant);
    // the surname as another of the person's names spells it, with the same consonants
    // ("Lukashenka" of "Alyaksandr Lukashenka"), or within two edits of it ("Tiani" of "Abdourahamane
    // Tiani", for Tchiani): alone, a variant of the person's own surname too
    for (const name of [...entry.aliases, ...entry.variants]) {
      const other = splitWords(name).at(-1)!;
      if (foldWord(other) === variant.folded || other.length < MIN_VARIANT_SURNAME) continue;
      const otherSkeleton = consonantSkeleton(other);
      if (otherSkeleton < 0 || (otherSkeleton !== skeleton && editDistance(foldWord(other), variant.folded, 2) > 2)) continue;
      const key = transliterationKey(other);
      const list = variantSurnameSkeletons.get(otherSkeleton) ?? [];
      if (list.length === 0) variantSurnameSkeletons.set(otherSkeleton, list);
      if (!list.some((v) => v.targets === variant.targets && v.key === key)) list.push({ key, folded: variant.folded, targets: variant.targets });
    }
  }
  return { variantSurnames, variantFirstNameHashes, variantSurnameSkeletons };
}

/** What every name with one of them holds: "US", "UK", "U.S." or "U.K.", whole words or not. */
const MAY_HOLD_ABBREVIATION = /U\.?[SK]/;
/** "US" and "UK" as words of a longer name, and "U.S." and "U.K." with their points. */
const PLAIN_ABBREVIATION = /(?<![\p{L}.])(U)(S|K)(?![\p{L}.])/gu;
const POINTED_ABBREVIATION = /(?<![\p{L}.])U\.(S|K)\.(?!\p{L})/gu;

/** A name of several words with "US" or "UK" written the other way ("U.S.", "U.K."), or undefined. */
export function otherAbbreviationSpelling(name: string): string | undefined {
  // most names hold neither: a plain test spares them the two replacements' patterns
  if (!name.includes(' ') || !MAY_HOLD_ABBREVIATION.test(name)) return undefined;
  const pointed = name.replace(PLAIN_ABBREVIATION, 'U.$2.');
  if (pointed !== name) return pointed;
  const plain = name.replace(POINTED_ABBREVIATION, 'U$1');
  return plain !== name ? plain : undefined;
}

/**
 * What filing every name of the entries leaves (`fileEveryName`): the trie, and what the matcher's
 * later steps read of the names filed. The build files the built-in knowledge base's names once and
 * ships them packed (see kb/namePack.ts), so that a start need not file them again.
 */
export interface FiledNames {
  readonly root: TrieNode;
  /** The first characters of names that start in lowercase (`NameMatcher.lowercaseStarts`). */
  readonly lowercaseStarts: Set<number>;
  /** Those names' first words, folded. */
  readonly lowercaseFirstWords: Set<string>;
  /** The names of one word, folded, that added a target: no surname alone is filed under one of them. */
  readonly singleWordNames: Set<string>;
  /** How many names added a target. */
  size: number;
  /** The surnames that name one person alone (`uniqueSurnames`), folded, each with that person's id: filed as aliases. */
  readonly alone: ReadonlyMap<string, string>;
}

const noNamesFiled = (): FiledNames => ({ root: trieNode(undefined), lowercaseStarts: new Set(), lowercaseFirstWords: new Set(), singleWordNames: new Set(), size: 0, alone: new Map() });

/** Files names in `filed`: the function files one name of an entry, in the given form. */
function namesFiledIn(filed: FiledNames): (name: string, entry: Entry, form: NameForm) => void {
  const { root, lowercaseStarts, lowercaseFirstWords, singleWordNames } = filed;
  // the entry `add` was last called for, with its `ambiguous` names folded: it is called for each name of one entry in turn
  // (folding them again for each name made the knowledge base's load 1.047 of the time, `bench:startup`, sixteen starts)
  let lastEntry: Entry | undefined;
  let ambiguousFolded: readonly string[] = [];
  // each name is cut and folded once, here: filing runs once a session, mostly before V8 has compiled it
  return (name: string, entry: Entry, form: NameForm) => {
    const words = splitWords(name);
    const keys = words.map(foldWord);
    if (entry !== lastEntry) {
      lastEntry = entry;
      ambiguousFolded = entry.ambiguous.length > 0 ? entry.ambiguous.map(foldName) : [];
    }
    // `foldName(name)`, from the words it would cut
    const contextual = ambiguousFolded.length > 0 && ambiguousFolded.includes(keys.join(' '));
    // before the look-up, which adds no target for a lowercase name that widens a capitalized one's ("euro area")
    if (words.length > 0 && !startsUpper(words[0]!) && form !== 'acronym') {
      lowercaseStarts.add(words[0]!.charCodeAt(0));
      lowercaseFirstWords.add(keys[0]!);
    }
    if (!addName(root, name, words, keys, { entryId: entry.id, kind: entry.kind, form, contextual })) return;
    filed.size++;
    if (words.length === 1) singleWordNames.add(keys[0]!);
  };
}

/**
 * Files every name, alias, acronym, variant, quotable official title and adjective of the entries
 * (by id, in order), then the surnames that name one person alone.
 */
export function fileEveryName(byId: ReadonlyMap<string, Entry>): FiledNames {
  const filed = noNamesFiled();
  const add = namesFiledIn(filed);
  // "Japan–U.S. Security Treaty" where the record writes "Japan-US Security Treaty": a longer name
  // is found with its state's abbreviation written either way
  const addWithAbbreviations = (name: string, entry: Entry, form: NameForm) => {
    add(name, entry, form);
    const other = otherAbbreviationSpelling(name);
    if (other !== undefined) add(other, entry, form);
  };
  for (const entry of byId.values()) {
    addWithAbbreviations(entry.name, entry, 'name');
    for (const alias of entry.aliases) addWithAbbreviations(alias, entry, 'alias');
    for (const acronym of entry.acronyms) add(acronym, entry, 'acronym');
    for (const variant of entry.variants) add(variant, entry, 'variant');
    if (entry.kind === 'treaty' && isQuotableTitle(entry.officialTitle)) add(entry.officialTitle, entry, 'alias');
    if (entry.kind === 'actor') {
      for (const adjective of entry.adjectives) {
        add(adjective, entry, 'adjective');
        const plural = pluralOf(adjective);
        if (plural) add(plural, entry, 'adjective');
      }
    }
  }
  const alone = uniqueSurnames(byId.values(), filed.singleWordNames);
  for (const [surname, id] of alone) {
    const person = byId.get(id)!;
    const written = surnameOf(person)!;
    if (foldName(written) === surname) add(written, person, 'alias');
  }
  return { ...filed, alone };
}

/** The entries by id, in order: the order their names are filed in. */
export function entriesById(entries: Iterable<Entry>): Map<string, Entry> {
  const byId = new Map<string, Entry>();
  for (const entry of entries) byId.set(entry.id, entry);
  return byId;
}

/**
 * Compiles every name, alias, acronym, variant and adjective of the entries into one trie.
 * `filedAlready`, when given, may hand over the names filed (`fileEveryName` of the same entries,
 * unpacked from the build's `NamePack`), or undefined: filing them was about half of the knowledge
 * base's load.
 */
export function compileMatcher(entries: Iterable<Entry>, filedAlready?: (byId: ReadonlyMap<string, Entry>) => FiledNames | undefined): NameMatcher {
  const byId = entriesById(entries);
  const names = filedAlready?.(byId) ?? fileEveryName(byId);
  const { root, lowercaseStarts, lowercaseFirstWords } = names;
  const titled = titledSurnamesOf(byId.values(), names.alone);
  const firstWordHashes = new WordHashSet();
  for (const key of root.next?.keys() ?? []) firstWordHashes.add(asciiWordHash(key, 0, key.length));
  const nameContexts = nameContextsOf(root, byId.values());
  const organizationSurnames = organizationSurnamesOf(root, titled.titledSurnames, byId);
  return { root, children: new ChildTable(root), lowercaseStarts, firstWordHashes, ...compileNameStarts(root, lowercaseFirstWords), size: names.size, ...titled, ...variantSurnamesOf(byId.values()), ...shortFormsOf(byId.values()), nameContexts, organizationSurnames };
}

/** See `NameMatcher.organizationSurnames`; read once the trie is complete, as `nameContextsOf` is. */
function organizationSurnamesOf(root: TrieNode, titledSurnames: ReadonlyMap<string, readonly NameTarget[]>, byId: ReadonlyMap<string, Entry>): Map<NameTarget, readonly NameTarget[]> {
  const found = new Map<NameTarget, readonly NameTarget[]>();
  for (const [surname, people] of titledSurnames) {
    for (const target of root.next?.get(surname)?.targets ?? []) {
      const entry = byId.get(target.entryId);
      const organization = entry?.kind === 'actor' && (entry.category === 'organization' || entry.category === 'group' || entry.category === 'institution');
      if (organization && target.form === 'alias' && target.words.length === 1) found.set(target, people);
    }
  }
  return found;
}

/**
 * The targets of the names that have context words of their own (`nameContext`), with those words.
 * Read once the trie is complete: adding a name may replace a target that merges two spellings.
 */
function nameContextsOf(root: TrieNode, entries: Iterable<Entry>): Map<NameTarget, readonly string[]> {
  const contexts = new Map<NameTarget, readonly string[]>();
  for (const entry of entries) {
    for (const [name, words] of Object.entries(entry.nameContext)) {
      const nameWords = splitWords(name);
      let node: TrieNode | undefined = root;
      for (const word of nameWords) node = node?.next?.get(foldWord(word));
      const written = nameWords.join(' ');
      for (const target of node?.targets ?? []) {
        if (target.entryId === entry.id && (target.form !== 'acronym' || target.words.join(' ') === written)) contexts.set(target, words);
      }
    }
  }
  return contexts;
}
