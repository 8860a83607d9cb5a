import { firstCharBit, trieNode, type FiledNames, type NameForm, type NameTarget, type TrieNode } from './matcher';
import { isMadeOf, isString } from './packChecks';
import type { Entry } from './schema';

/**
 * The names of a knowledge base as `fileEveryName` files them, in plain data: the build packs the
 * built-in knowledge base's (`server/scripts/prevalidatedKb.mjs`), and a start unpacks them instead
 * of filing its 16,000 names again, which took about half of the knowledge base's load, mostly in
 * code V8 had not compiled yet. Unpacking rebuilds the same trie, node for node and in the same
 * order (`test/unit/namePack.test.ts` compares them whole).
 */
export interface NamePack {
  /** The entries' ids, in the order their names were filed: the pack serves those entries only. */
  readonly entryIds: readonly string[];
  /** Each node's key, the root's empty, parents before their children. */
  readonly keys: readonly string[];
  /** Each node's parent's place among the nodes; -1 for the root. */
  readonly parents: readonly number[];
  /** `TARGET_FIELDS` numbers per target, in each node's order: its node, its entry's place in `entryIds`, `targetFlags`, its comma gaps, its possessive gaps. */
  readonly targets: readonly number[];
  /** Each target's words as written. */
  readonly words: readonly (readonly string[])[];
  readonly lowercaseStarts: readonly number[];
  readonly lowercaseFirstWords: readonly string[];
  readonly singleWordNames: readonly string[];
  readonly size: number;
  /** `FiledNames.alone`: the surnames, and each one's person as a place in `entryIds`. */
  readonly aloneSurnames: readonly string[];
  readonly alonePeople: readonly number[];
}

const TARGET_FIELDS = 5;

const FORMS: readonly NameForm[] = ['name', 'alias', 'acronym', 'adjective', 'variant'];
/** In `targetFlags`, past the form's place in `FORMS`. */
const CAPITALIZED = 8;
const PLUS = 16;
const CONTEXTUAL = 32;

const targetFlags = (target: NameTarget) => FORMS.indexOf(target.form) | (target.capitalized ? CAPITALIZED : 0) | (target.plus ? PLUS : 0) | (target.contextual ? CONTEXTUAL : 0);

/** `filed`, the names of the entries `byId` (as `fileEveryName` filed them), in plain data. */
export function packNames(filed: FiledNames, byId: ReadonlyMap<string, Entry>): NamePack {
  const entryIds = [...byId.keys()];
  const entryPlaces = new Map(entryIds.map((id, place) => [id, place]));
  const keys: string[] = [];
  const parents: number[] = [];
  const targets: number[] = [];
  const words: (readonly string[])[] = [];
  // breadth first, each node's children in the order they were filed: unpacking adds them in that order
  const queue: { node: TrieNode; parent: number }[] = [{ node: filed.root, parent: -1 }];
  for (let place = 0; place < queue.length; place++) {
    const { node, parent } = queue[place]!;
    keys.push(node.key ?? '');
    parents.push(parent);
    for (const target of node.targets ?? []) {
      targets.push(place, entryPlaces.get(target.entryId)!, targetFlags(target), target.commaGaps, target.possessiveGaps);
      words.push(target.words);
    }
    for (const child of node.next?.values() ?? []) queue.push({ node: child, parent: place });
  }
  return {
    entryIds,
    keys,
    parents,
    targets,
    words,
    lowercaseStarts: [...filed.lowercaseStarts],
    lowercaseFirstWords: [...filed.lowercaseFirstWords],
    singleWordNames: [...filed.singleWordNames],
    size: filed.size,
    aloneSurnames: [...filed.alone.keys()],
    alonePeople: [...filed.alone.values()].map((id) => entryPlaces.get(id)!),
  };
}

/**
 * The names `pack` holds, filed again for the entries `byId`; undefined when the pack is of other
 * entries (its ids, in order, are not theirs) or is not whole, and the names must be filed anew.
 */
export function unpackNames(pack: NamePack, byId: ReadonlyMap<string, Entry>): FiledNames | undefined {
  if (typeof pack !== 'object' || pack === null || !isMadeOf(pack.entryIds, byId) || !isWhole(pack, byId.size)) return undefined;
  const entries = [...byId.values()];
  const { keys, words } = pack;
  const nodes: TrieNode[] = new Array(keys.length);
  nodes[0] = trieNode(undefined);
  for (let k = 1; k < keys.length; k++) {
    const key = keys[k]!;
    const node = trieNode(key);
    nodes[k] = node;
    // as `addName` links a new child
    const parent = nodes[pack.parents[k]!]!;
    (parent.next ??= new Map()).set(key, node);
    parent.firstChars = (parent.firstChars ?? 0) | firstCharBit(key.charCodeAt(0));
  }
  for (let t = 0; t < words.length; t++) {
    const at = t * TARGET_FIELDS;
    const node = nodes[pack.targets[at]!]!;
    const entry = entries[pack.targets[at + 1]!]!;
    const flags = pack.targets[at + 2]!;
    const target: NameTarget = {
      entryId: entry.id,
      kind: entry.kind,
      form: FORMS[flags & 7]!,
      words: words[t]!,
      capitalized: (flags & CAPITALIZED) !== 0,
      plus: (flags & PLUS) !== 0,
      contextual: (flags & CONTEXTUAL) !== 0,
      commaGaps: pack.targets[at + 3]!,
      possessiveGaps: pack.targets[at + 4]!,
    };
    // as `addName` files a new target
    (node.targets ??= []).push(target);
    node.namesTreaty ||= target.kind === 'treaty';
    node.plainTargets = node.plainTargets !== false && !target.plus && target.form !== 'acronym';
  }
  return {
    root: nodes[0],
    lowercaseStarts: new Set(pack.lowercaseStarts),
    lowercaseFirstWords: new Set(pack.lowercaseFirstWords),
    singleWordNames: new Set(pack.singleWordNames),
    size: pack.size,
    alone: new Map(pack.aloneSurnames.map((surname, k) => [surname, entries[pack.alonePeople[k]!]!.id])),
  };
}

/**
 * Whether the pack's lists fit one another, every key and word is a string, every parent comes
 * before its child, and every target and surname names a node, an entry and a form that are there:
 * a pack read from a damaged file is set aside, not followed.
 */
function isWhole(pack: NamePack, entryCount: number): boolean {
  const { keys, parents, targets, words, aloneSurnames, alonePeople } = pack;
  if (![keys, parents, targets, words, aloneSurnames, alonePeople, pack.lowercaseStarts, pack.lowercaseFirstWords, pack.singleWordNames].every(Array.isArray)) return false;
  if (keys.length !== parents.length || words.length * TARGET_FIELDS !== targets.length || aloneSurnames.length !== alonePeople.length) return false;
  if (![keys, aloneSurnames, pack.lowercaseFirstWords, pack.singleWordNames].every((list) => list.every(isString))) return false;
  if (!words.every((list) => Array.isArray(list) && list.length > 0 && list.every(isString))) return false;
  if (!Number.isInteger(pack.size) || !pack.lowercaseStarts.every(Number.isInteger)) return false;
  if (parents[0] !== -1 || !alonePeople.every((place) => isPlace(place, entryCount))) return false;
  for (let k = 1; k < parents.length; k++) if (!isPlace(parents[k], k)) return false;
  for (let at = 0; at < targets.length; at += TARGET_FIELDS) {
    if (!isPlace(targets[at], parents.length) || !isPlace(targets[at + 1], entryCount) || !isPlace(targets[at + 2]! & 7, FORMS.length)) return false;
    if (!Number.isInteger(targets[at + 3]) || !Number.isInteger(targets[at + 4])) return false;
  }
  return true;
}

/** Whether `value` is a place in a list of `count` items. */
const isPlace = (value: unknown, count: number): boolean => Number.isInteger(value) && (value as number) >= 0 && (value as number) < count;
