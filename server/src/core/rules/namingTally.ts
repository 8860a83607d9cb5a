import { countWords, foldWord } from '../kb/names';
import type { ChunkedList } from '../blocks/chunkedList';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { boundedMemo } from '../text/boundedMemo';
import { detachedSlice } from '../text/detached';
import { EMPTY_LIST } from '../text/emptyList';
import type { Mention } from '../types';

/** Forms that are a style choice, not a spelling: acronyms and demonyms. */
export const comparable = (m: Mention) => m.form !== 'acronym' && m.form !== 'adjective';

/**
 * Mentions are compared with others of the same entity and shape: "Lavrov" alone is a short form of
 * "Sergey Lavrov", not a spelling of it. Each group gets a small number, the same in every block and
 * document, so that document passes index arrays instead of hashing strings.
 */
const groupNumbers = new Map<string, number[]>();
let groupCount = 0;
/** Word counts by written form: a document repeats a few hundred forms thousands of times. */
const wordCountOf = boundedMemo(countWords, 20_000);
function groupOf(m: Mention): number {
  // a capital is one place whether it stands for its government or not: "Kyiv needs …" and "visited Kiev" are one name spelt two ways
  return groupNumber(m.placeId ?? m.id, shapeOf(m) * 2);
}

/**
 * A mention's shape, its number of words; but the entry's own name spaced or hyphenated another
 * way ("Viet Nam" beside "Vietnam") has the name's shape, so that the two are compared, and a
 * person's one-token name is one word.
 */
function shapeOf(m: Mention): number {
  // a person's name in one token is a surname, hyphenated or not ("Kara-Murza", "al-Busaidi"): it
  // is compared with the surnames of the full names (see `surnameGroupOf`)
  if (m.category === 'person' && !/\s/.test(m.text)) return 1;
  const words = wordCountOf(m.text);
  const nameWords = wordCountOf(m.name);
  return words !== nameWords && lettersOf(m.text) === lettersOf(m.name) ? nameWords : words;
}
/** A name's letters and digits, folded: "vietnam" for "Viet Nam". */
const lettersOf = boundedMemo((text: string) => foldWord(text).replace(/[^\p{L}\p{N}]/gu, ''), 20_000);

function groupNumber(id: string, shape: number): number {
  let shapes = groupNumbers.get(id);
  if (!shapes) groupNumbers.set(id, (shapes = []));
  return (shapes[shape] ??= groupCount++);
}

/**
 * A person named in words ("Abbas Araghchi") is compared by surname too, with the one-word
 * mentions of that person ("Araqchi"), in the group of those: undefined for any other mention.
 */
function surnameGroupOf(m: Mention): number | undefined {
  // words apart, not the halves of one hyphenated word: "Kara-Murza" alone is a surname, not a name in words
  if (m.category !== 'person' || !/\s/.test(m.text)) return undefined;
  return groupNumber(m.id, 2);
}

/**
 * Where the surname of such a mention starts in its text: the last word, or for a name in East
 * Asian order the first one, when it is the entry's `person.surname` ("Yoon" of "Yoon Suk Yeol");
 * -1 when the text does not start with that surname. It ends where the mention ends or, in East
 * Asian order, at the first space.
 */
function surnameStart(m: Mention, kb: KnowledgeBase): number {
  const entry = kb.get(m.id);
  const surname = entry?.kind === 'actor' ? entry.person?.surname : undefined;
  if (surname === undefined) return lastWordStart(m.text);
  return m.text.length > surname.length && /\s/.test(m.text[surname.length]!) && foldWord(m.text.slice(0, surname.length)) === foldWord(surname) ? 0 : -1;
}

/** The surname as written in a name's text, from its `surnameStart` (0: the first word; else the last). */
const surnameAt = (text: string, start: number): string => (start === 0 ? text.slice(0, text.search(/\s/)) : lastWordOf(text));

const lastWordStart = boundedMemo((text: string) => text.search(/\S+$/), 20_000);
/** The last word of a name written in several words, one string per written name: names recur. */
const lastWordOf = boundedMemo((text: string) => text.slice(lastWordStart(text)), 20_000);

/** Stands for "written two ways within this block". */
const MIXED = '\u0000mixed';

/** What the tally counts per block: its mentions, block-relative, as one object per block version. */
export interface TalliedBlock {
  readonly mentions: readonly Mention[];
  /** The groups its mentions are counted in, found when first asked for: see `groupsOf`. */
  groups?: readonly number[] | undefined;
}

/** The blocks an update counts anew and those it no longer counts (see `NamingTally.of`). */
export interface TallyChanges {
  readonly added: readonly TalliedBlock[];
  readonly removed: readonly TalliedBlock[];
}

/**
 * A block's groups as one flat list of pairs in `scratchPairs`: each group's number, then the one
 * text it is written in, or MIXED; returns the list's length. Made again whenever a block is
 * counted, not kept: a keystroke counts a block or two, and every open document would keep one
 * list per paragraph. `seen`: the keys found so far in the same count (see `keysWithin`).
 */
function summarize(mentions: readonly Mention[], kb: KnowledgeBase, seen?: Map<string, TallyKeys>): number {
  let length = 0;
  for (const m of mentions) {
    if (!comparable(m)) continue;
    const keys = seen ? keysWithin(m, kb, seen) : tallyKeysOf(m, kb);
    length = addPair(length, keys.group, m.text);
    if (keys.surname !== undefined) length = addPair(length, keys.surnameGroup, keys.surname);
  }
  return length;
}

/** Adds a group written as `text` to the first `length` entries of `scratchPairs`; returns the new length. */
function addPair(length: number, group: number, text: string): number {
  // searched in order, not a map: a paragraph names a handful of entities
  const pairs = scratchPairs;
  let at = 0;
  while (at < length && pairs[at] !== group) at += 2;
  if (at < length) {
    if (pairs[at + 1] !== text) pairs[at + 1] = MIXED;
    return length;
  }
  pairs[length] = group;
  pairs[length + 1] = text;
  return length + 2;
}

/**
 * The groups a block's mentions are counted in, each once (see `tallyKeysOf`), found once per block
 * version and kept in the block: the rule that reads the groups written two ways skips, at each
 * keystroke, the many blocks that hold none of them, instead of reading the keys of every mention
 * in the document. (Kept in a field, not a `WeakMap` by block: a full analysis adds every block
 * anew, and the map's inserts took most of the time this took on the samples' drafts.)
 */
const NO_GROUPS: readonly number[] = EMPTY_LIST;
export function groupsOf(block: TalliedBlock, kb: KnowledgeBase, seen?: Map<string, TallyKeys>): readonly number[] {
  let groups = block.groups;
  if (groups === undefined) {
    // the groups of the block's summary, which holds each once (a block names a handful, most none)
    const length = summarize(block.mentions, kb, seen);
    const found: number[] = new Array(length >> 1);
    for (let i = 0; i < length; i += 2) found[i >> 1] = scratchPairs[i] as number;
    block.groups = groups = length === 0 ? NO_GROUPS : found;
  }
  return groups;
}

/** Whether any of `groups` is one of `mixed`. */
export function holdsAny(groups: readonly number[], mixed: ReadonlySet<number>): boolean {
  for (const group of groups) if (mixed.has(group)) return true;
  return false;
}

/** Whether any of `blocks` names one of the groups in `mixed`. */
function namesAny(blocks: readonly TalliedBlock[], mixed: ReadonlySet<number>, kb: KnowledgeBase): boolean {
  if (mixed.size === 0) return false;
  for (const block of blocks) if (holdsAny(groupsOf(block, kb), mixed)) return true;
  return false;
}

/**
 * What the tally needs of a mention: its group, and for a person named in words the surname's
 * group, text and offset in the mention's text.
 */
export interface TallyKeys {
  readonly id: string;
  readonly placeId: string | undefined;
  readonly group: number;
  readonly surnameGroup: number;
  readonly surname: string | undefined;
  readonly surnameStart: number;
}

/**
 * The keys of the last mention written in each text, for the knowledge base `keysKb`: a document
 * writes a few hundred forms thousands of times, and reading a mention's keys takes five look-ups.
 * Bounded.
 */
const keysByText = new Map<string, TallyKeys>();
let keysKb: KnowledgeBase | undefined;

export function tallyKeysOf(m: Mention, kb: KnowledgeBase): TallyKeys {
  if (kb !== keysKb) {
    keysByText.clear();
    keysKb = kb;
  }
  const known = keysByText.get(m.text);
  if (known !== undefined && known.id === m.id && known.placeId === m.placeId) return known;
  const surnameGroup = surnameGroupOf(m);
  const start = surnameGroup === undefined ? -1 : surnameStart(m, kb);
  const keys: TallyKeys = {
    id: m.id,
    placeId: m.placeId,
    group: groupOf(m),
    surnameGroup: surnameGroup ?? -1,
    surname: start >= 0 ? surnameAt(m.text, start) : undefined,
    surnameStart: start,
  };
  if (keysByText.size > 20_000) keysByText.clear();
  // a copy: a slice would keep its document alive
  keysByText.set(detachedSlice(m.text, 0, m.text.length), keys);
  return keys;
}

/**
 * `tallyKeysOf`, remembered in `seen` by the mention's text itself. A document's mentions write a
 * few hundred forms thousands of times, each form one interned string, and a map keyed by that very
 * string finds it by address; `keysByText` keys copies (a text may be a slice that keeps its
 * document alive), and compares each with the text character by character. So `seen` lives for one
 * count only.
 */
export function keysWithin(m: Mention, kb: KnowledgeBase, seen: Map<string, TallyKeys>): TallyKeys {
  const known = seen.get(m.text);
  if (known !== undefined && known.id === m.id && known.placeId === m.placeId) return known;
  const keys = tallyKeysOf(m, kb);
  seen.set(m.text, keys);
  return keys;
}

/**
 * The list `summarize` fills, written by index and never emptied: setting `length = 0` gave V8's
 * array its empty backing store back, so every block grew a new one.
 */
const scratchPairs: (number | string)[] = [];

/**
 * How often each group is written each way, counted by block, for one document. A keystroke
 * updates the counts for the blocks it changed instead of recounting the document; the groups
 * written two ways (usually none) are then known at once.
 */
export class NamingTally {
  /**
   * Per group, the texts it is written in and how often, as one flat list: [text, count, text,
   * count, …], almost always a single pair: a map per group takes about 280 bytes, such a list
   * about 60, and every remembered document keeps its tally.
   */
  private readonly texts = new Map<number, (string | number)[]>();
  private readonly mixedGroups = new Set<number>();
  /** The blocks the counts currently describe. */
  private counted: ChunkedList<TalliedBlock> | undefined;
  #sameMixedMembers = false;

  /** Groups written in more than one way in the document. */
  get mixed(): ReadonlySet<number> {
    return this.mixedGroups;
  }

  /**
   * Whether the last update left every mention of the groups written two ways where it was, in a
   * block it did not count again: no block it counted or uncounted names such a group, before the
   * update or after it. The same groups are then written two ways, by the same mentions. False for
   * a tally counted afresh.
   */
  get sameMixedMembers(): boolean {
    return this.#sameMixedMembers;
  }

  /**
   * The tally of `blocks`: `previous` updated when it counted `previousBlocks` and `changes` says
   * which blocks it no longer counts and which it does not count yet; else counted afresh. Takes
   * over `previous`.
   */
  static of(
    blocks: ChunkedList<TalliedBlock>,
    previous: NamingTally | undefined,
    previousBlocks: ChunkedList<TalliedBlock> | undefined,
    changes: TallyChanges | undefined,
    /** The knowledge base the mentions were read with, which knows whose surname comes first. */
    kb: KnowledgeBase,
  ): NamingTally {
    const seen = new Map<string, TallyKeys>();
    if (!previous || !changes || previous.counted !== previousBlocks) {
      const tally = new NamingTally();
      for (let i = 0; i < blocks.length; i++) tally.count(blocks.at(i), 1, kb, seen);
      tally.counted = blocks;
      return tally;
    }
    const { added, removed } = changes;
    let same = !namesAny(added, previous.mixedGroups, kb) && !namesAny(removed, previous.mixedGroups, kb);
    for (const block of added) previous.count(block, 1, kb, seen);
    for (const block of removed) previous.count(block, -1, kb, seen);
    same &&= !namesAny(added, previous.mixedGroups, kb) && !namesAny(removed, previous.mixedGroups, kb);
    previous.#sameMixedMembers = same;
    previous.counted = blocks;
    return previous;
  }

  private count(block: TalliedBlock, sign: 1 | -1, kb: KnowledgeBase, seen: Map<string, TallyKeys>): void {
    if (block.mentions.length === 0) return;
    const pairs = scratchPairs;
    const length = summarize(block.mentions, kb, seen);
    for (let i = 0; i < length; i += 2) {
      const group = pairs[i] as number;
      const text = pairs[i + 1] as string;
      const counts = this.texts.get(group);
      if (!counts) {
        // a literal, not a push: a pushed-to array keeps room for 17 elements
        this.texts.set(group, [text, sign]);
        if (text === MIXED) this.mixedGroups.add(group);
        continue;
      }
      // the usual case: a group written one way, and this block writes it the same way; whether it
      // is mixed does not change, so neither set is touched
      if (counts.length === 2 && counts[0] === text && (counts[1] as number) + sign !== 0) {
        counts[1] = (counts[1] as number) + sign;
        continue;
      }
      const at = counts.indexOf(text);
      if (at === -1) counts.push(text, sign);
      else if ((counts[at + 1] as number) + sign === 0) counts.splice(at, 2);
      else counts[at + 1] = (counts[at + 1] as number) + sign;
      if (counts.length === 0) this.texts.delete(group);
      if (counts.length > 2 || counts[0] === MIXED) this.mixedGroups.add(group);
      else this.mixedGroups.delete(group);
    }
  }
}
