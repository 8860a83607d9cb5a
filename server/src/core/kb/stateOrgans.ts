import type { KnowledgeBase } from './knowledgeBase';
import { knowledgeIndex } from './knowledgeIndex';
import { plainTarget, type NameTarget } from './matcher';
import { foldName, splitWords } from './names';
import { parentsOf } from './parents';
import type { Entry } from './schema';

/** A state's institution under a name it goes by at home, and the target a mention of it records. */
export interface StateOrgan {
  readonly entry: Entry;
  readonly target: NameTarget;
}

/** Looks up a state's institution by the generic name it goes by at home ("Constitutional Court", "Senate"). */
export interface StateOrgans {
  /** The institution of state `stateId` that `name` (folded with `foldName`) names, if exactly one does. */
  organ(stateId: string, foldedName: string): StateOrgan | undefined;
  /** Whether `entry` is an institution that belongs to a state. */
  isStateOrgan(entry: Entry): boolean;
  /**
   * Whether `target`'s words are a generic name that some state's institution goes by: where they
   * are not, `organ` finds nothing for any state.
   */
  namesAnOrgan(target: NameTarget): boolean;
  /**
   * The ministries of state `stateId` by the generic names the press also writes in lowercase after
   * the state's name ("Ukraine's foreign ministry"), as lowercase text; longest first.
   */
  ministriesOf(stateId: string): readonly { readonly written: string; readonly organ: StateOrgan }[];
}

/** A generic name that names a ministry, which the press writes in lowercase too: "foreign ministry", "defence ministry". */
const MINISTRY_NAME = /^(?:\p{Lu}\p{Ll}+ )+Ministry$/u;

/** The ways a state's name stands before or after an institution's generic name. */
function stateLabels(state: Entry): string[] {
  const labels = [state.name, ...state.aliases, ...state.acronyms];
  if (state.kind === 'actor') labels.push(...state.adjectives);
  return labels;
}

/**
 * The generic part of an institution's name, when the name is a label of its state and the generic
 * name ("Romanian Constitutional Court", "U.S. Senate", "Senate of Poland", "Parliament of the
 * Republic of Moldova" where a label is "Republic of Moldova"), else undefined.
 */
function genericPart(name: string, labels: readonly string[]): string | undefined {
  for (const label of labels) {
    if (name.length > label.length + 1 && name.startsWith(label) && name[label.length] === ' ') return name.slice(label.length + 1);
    for (const joint of [' of ', ' of the ']) {
      const tail = joint + label;
      if (name.length > tail.length && name.endsWith(tail)) return name.slice(0, name.length - tail.length);
    }
  }
  return undefined;
}

/** Whether what is left of a name starts with a capital: "Senate", not a remainder such as "of the …". */
const isGenericName = (name: string): boolean => /^\p{Lu}/u.test(name);

/**
 * Every institution that belongs to a state (through `org.parent`, at most four steps) by the
 * generic names it goes by at home: its `ambiguous` names, and what is left of its name and aliases
 * without a label of its state ("Polish Senate", "Senate of Poland"). Two institutions of one state
 * under the same generic name name neither. Built per knowledge base when a text first needs it.
 */
export const stateOrgansOf = knowledgeIndex("states' institutions by their generic names", (kb: KnowledgeBase): StateOrgans => {
  const byKey = new Map<string, StateOrgan | null>();
  const genericNames = new Set<string>();
  const stateOrgans = new Set<Entry>();
  const ministries = new Map<string, { written: string; organ: StateOrgan }[]>();
  for (const entry of kb.entries.values()) {
    if (entry.kind !== 'actor' || entry.category !== 'institution') continue;
    // the nearest state up its `org.parent` chain: the U.S. Senate's is the United States, through Congress
    const state = parentsOf(entry, kb).find((parent) => parent.kind === 'actor' && parent.category === 'state');
    if (!state) continue;
    stateOrgans.add(entry);
    const labels = stateLabels(state);
    const generic = new Set<string>();
    for (const name of entry.ambiguous) generic.add(name);
    for (const name of [entry.name, ...entry.aliases]) {
      const part = genericPart(name, labels);
      if (part !== undefined && isGenericName(part)) generic.add(part);
    }
    for (const name of generic) {
      const key = `${state.id}\u0000${foldName(name)}`;
      genericNames.add(foldName(name));
      const words = splitWords(name);
      // "Russia's Baltic Fleet" writes the fleet's own name; "Romania's Constitutional Court" an alias
      const form = foldName(name) === foldName(entry.name) ? 'name' : 'alias';
      const organ: StateOrgan = { entry, target: plainTarget(entry, form, words) };
      const previous = byKey.get(key);
      byKey.set(key, previous === undefined || previous?.entry === entry ? organ : null);
      if (MINISTRY_NAME.test(name)) {
        let list = ministries.get(state.id);
        if (!list) ministries.set(state.id, (list = []));
        list.push({ written: name.toLowerCase(), organ });
      }
    }
  }
  // two ministries of one state under one generic name name neither, as in `organ`
  for (const [stateId, list] of ministries) {
    const named = list.filter((m) => byKey.get(`${stateId}\u0000${foldName(m.written)}`) === m.organ);
    ministries.set(stateId, named.sort((a, b) => b.written.length - a.written.length));
  }
  // by target, read at every name a text holds: its words folded and joined once, not per mention
  const targetNamesAnOrgan = new Map<NameTarget, boolean>();
  return {
    organ: (stateId, foldedName) => byKey.get(`${stateId}\u0000${foldedName}`) ?? undefined,
    isStateOrgan: (entry) => stateOrgans.has(entry),
    namesAnOrgan: (target) => {
      let answer = targetNamesAnOrgan.get(target);
      if (answer === undefined) targetNamesAnOrgan.set(target, (answer = genericNames.has(foldName(target.words.join(' ')))));
      return answer;
    },
    ministriesOf: (stateId) => ministries.get(stateId) ?? [],
  };
});

/**
 * Whether every target is a name its entry shares with others (`ambiguous`) and every entry an
 * institution of a state: "the Constitutional Court", which many states' courts are called.
 */
export function sharedByStatesOrgans(kb: KnowledgeBase, targets: Iterable<NameTarget>): boolean {
  const organs = stateOrgansOf(kb);
  for (const target of targets) {
    // most names are no shared one: ruled out before the entry's look-up, which every match made (1 % of a full analysis)
    if (!target.contextual) return false;
    const entry = kb.get(target.entryId);
    if (!entry || !organs.isStateOrgan(entry)) return false;
  }
  return true;
}
