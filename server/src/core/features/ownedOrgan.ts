import { isWithin } from '../dates';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Entry } from '../kb/schema';
import type { NameTarget } from '../kb/matcher';
import { codeAt, foldName, isWordChar } from '../kb/names';
import { sharedByStatesOrgans, stateOrgansOf, type StateOrgan } from '../kb/stateOrgans';
import type { RawMatch } from '../recognizers/entities';
import { wordBefore } from '../text/wordBefore';
import type { EntryChooser, PickedEntry } from './entryChooser';
import { entryAfterIn, seatHolder, statesAt } from './nameContext';
import { sentenceAround } from '../text/sentenceAround';

/** What may stand between a state's name and its institution's: "Romania's ", "Polish ". */
const OWNER_GAP = /^(?:['’]s)?\s$/;

/**
 * The state institution that the generic name matched at `matches[i]` stands for after its state's
 * name, demonym or seat (see `stateOrgansOf`): "Romania's Constitutional Court", "the Polish Council
 * of Ministers", "Brazil's Congress", "Kyiv's Defence Ministry"; or after a pronoun for the state or its leader named just before:
 * "Belarus held what its Central Election Commission called …", "Putin told his Security Council";
 * or before " in " and a state's seat: "the Senate in Manila"; or before " under " and a person
 * who held an office of the state on the date: "the Interior Ministry under Laurent Nuñez".
 * Undefined where no such owner stands beside it, or the state has no institution under that name
 * in the knowledge base, and where the words also name an organ of an organization and the owner is
 * a state: "China's Security Council seat" is a seat on the UN's. Asked only where the match's
 * targets may name a state's institution (`TargetsChoice.mayBeOwnedOrgan`, kept with their pick):
 * most names ("Moscow", "New START") are no such institution's generic name.
 */
export function ownedOrgan(text: string, matches: readonly RawMatch[], i: number, chooser: EntryChooser, kb: KnowledgeBase, date: string): PickedEntry | undefined {
  const match = matches[i]!;
  const previous = i > 0 ? matches[i - 1] : undefined;
  const owner =
    (previous && (ownerBefore(text, match, previous, chooser, date) ?? ownerByPronoun(text, match, previous, chooser, kb, date))) ??
    ownerAfterIn(text, match, matches[i + 1], chooser, date) ??
    ownerUnder(text, match, matches[i + 1], chooser, kb, date) ??
    (mayBeSharedByStatesOrgans(kb, match.targets) ? ownerOpeningSentence(text, matches, i, chooser) : undefined);
  if (!owner) return undefined;
  // "China's Security Council seat", "Russia used its Security Council veto": the UN's; a leader's own is never the UN's
  if (owner.possessive !== 'person') for (const target of match.targets) if (namesOrganizationsBody(kb, target)) return undefined;
  const organ = stateOrgansOf(kb).organ(owner.state, foldName(match.targets[0]!.words.join(' ')));
  return organ && chooser.pickTarget(organ.entry, organ.target);
}

/**
 * `sharedByStatesOrgans`, with its first test made here first: almost no match's first target is a
 * shared name, and the call's index look-up and loop over the targets cost more than the test, at
 * every match.
 */
function mayBeSharedByStatesOrgans(kb: KnowledgeBase, targets: readonly NameTarget[]): boolean {
  const first = targets[0];
  return (first === undefined || first.contextual) && sharedByStatesOrgans(kb, targets);
}

/** The state whose institution a name stands for, and how the text said so. */
interface Owner {
  readonly state: string;
  /** "Romania's", "Polish", "in Manila": a state's name or seat; "its": a pronoun for the state named just before; "his", "her": for its leader. */
  readonly possessive: 'name' | 'state' | 'person';
}

/**
 * The state that "its" or "his"/"her" before `match` stands for: the state named just before ("Belarus
 * held what its Central Election Commission called …"), or the state the person named just before
 * held an office of on `date` ("Putin told his Security Council").
 */
function ownerByPronoun(text: string, match: RawMatch, previous: RawMatch, chooser: EntryChooser, kb: KnowledgeBase, date: string): Owner | undefined {
  // "its", "his" and "her" end in "s" or "r" before a space: cheap to rule out for almost every match
  const last = text.charCodeAt(match.start - 2);
  if (text.charCodeAt(match.start - 1) !== 32 || (last !== 115 /* s */ && last !== 114) /* r */) return undefined;
  const pronoun = wordBefore(text, match.start);
  if (pronoun !== 'its' && pronoun !== 'his' && pronoun !== 'her') return undefined;
  const owner = chooser.pick(previous.targets)?.entry;
  if (owner?.kind !== 'actor') return undefined;
  if (pronoun === 'its') return owner.category === 'state' ? { state: owner.id, possessive: 'state' } : undefined;
  return stateServedOn(owner, kb, date);
}

/** The state whose office `person` held on `date`, if any. */
function stateServedOn(person: Entry, kb: KnowledgeBase, date: string): Owner | undefined {
  if (person.kind !== 'actor') return undefined;
  const office = person.person?.offices.find((held) => held.of !== undefined && isWithin(date, held.from, held.to) && isState(kb, held.of));
  return office ? { state: office.of!, possessive: 'person' } : undefined;
}

/**
 * The state whose office the person named right after " under " held on `date`: "the Interior
 * Ministry under Laurent Nuñez" in 2026 is France's.
 */
function ownerUnder(text: string, match: RawMatch, next: RawMatch | undefined, chooser: EntryChooser, kb: KnowledgeBase, date: string): Owner | undefined {
  if (!next || next.start !== match.end + 7 || !text.startsWith(' under ', match.end)) return undefined;
  const person = chooser.pick(next.targets)?.entry;
  return person?.kind === 'actor' && person.category === 'person' ? stateServedOn(person, kb, date) : undefined;
}

/** How far around a name its sentence is looked for. */
const SENTENCE_REACH = 400;

/**
 * The sentence around a match, as offsets (`sentenceAround`: "U.S." ends no sentence); undefined
 * where its start lies beyond SENTENCE_REACH.
 */
function sentenceOf(text: string, match: RawMatch): { readonly from: number; readonly to: number } | undefined {
  const { before, after } = sentenceAround(text, match, SENTENCE_REACH);
  const from = match.start - before.length;
  return from > 0 && before.length >= SENTENCE_REACH ? undefined : { from, to: match.end + after.length };
}

/**
 * The state a sentence opens with, "In India, the Supreme Court has ordered …": the sentence speaks
 * of that state's institutions. Read for a name several states' institutions share; a state named
 * elsewhere in the document must not claim it.
 */
function ownerOpeningSentence(text: string, matches: readonly RawMatch[], i: number, chooser: EntryChooser): Owner | undefined {
  const from = sentenceOf(text, matches[i]!)?.from;
  if (from === undefined || !text.startsWith('In ', from)) return undefined;
  for (let k = i - 1; k >= 0 && matches[k]!.start >= from; k--) {
    const opening = matches[k]!;
    // "In India, …", "In the United Kingdom, …"
    if (opening.start !== from + 3 && !(opening.start === from + 7 && text.startsWith('the ', from + 3))) continue;
    if (text.charCodeAt(opening.end) !== 44 /* , */) return undefined;
    const state = chooser.pick(opening.targets)?.entry;
    return state?.kind === 'actor' && state.category === 'state' ? { state: state.id, possessive: 'name' } : undefined;
  }
  return undefined;
}

/**
 * Whether a name several states' institutions share stands in a sentence that opens with a state
 * the knowledge base knows no such institution of ("In India, the Supreme Court …"): it names none
 * of the others.
 */
export function ownedByStateWithout(text: string, matches: readonly RawMatch[], i: number, chooser: EntryChooser, kb: KnowledgeBase): boolean {
  const targets = matches[i]!.targets;
  if (!sharedByStatesOrgans(kb, targets)) return false;
  const owner = ownerOpeningSentence(text, matches, i, chooser);
  return owner !== undefined && stateOrgansOf(kb).organ(owner.state, foldName(targets[0]!.words.join(' '))) === undefined;
}

const isState = (kb: KnowledgeBase, id: string): boolean => {
  const entry = kb.get(id);
  return entry?.kind === 'actor' && entry.category === 'state';
};

/**
 * For a name several states' institutions share ("the Constitutional Court") where the document's
 * words do not decide between them, the institution of the only such state its sentence names, else
 * its block, among those the document's words could choose (that have `context` words).
 */
export function organNamedInBlock(text: string, matches: readonly RawMatch[], i: number, chooser: EntryChooser, kb: KnowledgeBase): PickedEntry | undefined {
  const targets = matches[i]!.targets;
  if (!sharedByStatesOrgans(kb, targets)) return undefined;
  const name = foldName(targets[0]!.words.join(' '));
  // the sentence first ("The United States signed it, and it was sent to the Senate" in a paragraph that names Chile too), then the block
  const sentence = sentenceOf(text, matches[i]!);
  const only = (sentence && onlyOrgan(matches, i, chooser, kb, name, sentence.from, sentence.to)) ?? onlyOrgan(matches, i, chooser, kb, name, 0, Infinity);
  return only && chooser.pickTarget(only.entry, only.target);
}

/** The institution named `name` of the only state named between `from` and `to` that has one with `context` words. */
function onlyOrgan(matches: readonly RawMatch[], i: number, chooser: EntryChooser, kb: KnowledgeBase, name: string, from: number, to: number): StateOrgan | undefined {
  let only: StateOrgan | undefined;
  for (let k = 0; k < matches.length; k++) {
    if (matches[k]!.start < from || matches[k]!.start >= to) continue;
    const state = k === i ? undefined : chooser.pick(matches[k]!.targets)?.entry;
    if (state?.kind !== 'actor' || state.category !== 'state') continue;
    const organ = stateOrgansOf(kb).organ(state.id, name);
    // an institution with no context words (a foreign or defence ministry: every state has one) is
    // read only where the text says whose it is
    if (!organ || organ === only || organ.entry.context.length === 0) continue;
    if (only) return undefined;
    only = organ;
  }
  return only;
}

/**
 * The one state whose seat on `date`, or whose ground, the place named after " in " is: "the Senate
 * in Manila", "the Council of Ministers in Madrid", "the Foreign Ministry in Moscow" after 1991.
 */
function ownerAfterIn(text: string, match: RawMatch, next: RawMatch | undefined, chooser: EntryChooser, date: string): Owner | undefined {
  const place = entryAfterIn(text, match.end, next, chooser);
  if (place?.kind !== 'place') return undefined;
  const states = new Set(statesAt(place, date));
  return states.size === 1 ? { state: [...states][0]!, possessive: 'name' } : undefined;
}

/**
 * The state named by `previous` right before `match`, with "'s" or a space between, or whose seat
 * of government on `date` it names ("Kyiv's Defence Ministry").
 */
function ownerBefore(text: string, match: RawMatch, previous: RawMatch, chooser: EntryChooser, date: string): Owner | undefined {
  const gap = match.start - previous.end;
  // a space, or an apostrophe, "s" and a space: cheap to rule out for almost every match
  if ((gap !== 1 && gap !== 3) || !OWNER_GAP.test(text.slice(previous.end, match.start))) return undefined;
  const owner = chooser.pick(previous.targets)?.entry;
  if (owner?.kind === 'actor' && owner.category === 'state') return { state: owner.id, possessive: 'name' };
  const government = owner?.kind === 'place' ? seatHolder(owner, date) : undefined;
  return government ? { state: government, possessive: 'name' } : undefined;
}

/** Whether the target's entry is an organization or a body of one (the UN Security Council, the OSCE Permanent Council), not a state's. */
function namesOrganizationsBody(kb: KnowledgeBase, target: NameTarget): boolean {
  const entry = kb.get(target.entryId);
  return entry?.kind === 'actor' && (entry.category === 'organization' || (entry.category === 'institution' && !stateOrgansOf(kb).isStateOrgan(entry)));
}

/**
 * The ministry that lowercase words after a state's name and "'s" name: "Ukraine's foreign
 * ministry", "Israel's defense ministry" (the name scan starts only at capitals; "the Ukrainian
 * foreign ministry" is one of the ministry's names). `end` is where the state's name ends.
 */
export function ministryWrittenAfter(text: string, end: number, stateId: string, chooser: EntryChooser, kb: KnowledgeBase): { readonly end: number; readonly picked: PickedEntry } | undefined {
  const apostrophe = codeAt(text, end);
  // "'s " and a lowercase letter: cheap to rule out for almost every state's name
  if ((apostrophe !== 39 && apostrophe !== 0x2019) || codeAt(text, end + 1) !== 115 /* s */ || codeAt(text, end + 2) !== 32) return undefined;
  const first = codeAt(text, end + 3);
  if (first < 97 || first > 122) return undefined;
  for (const { written, organ } of stateOrgansOf(kb).ministriesOf(stateId)) {
    // the first letter, read once above, rules out most ("Kyiv's latest proposal") before a comparison of the rest
    if (written.charCodeAt(0) !== first) continue;
    const after = end + 3 + written.length;
    if (!text.startsWith(written, end + 3) || isWordChar(text, after)) continue;
    return { end: after, picked: chooser.pickTarget(organ.entry, organ.target) };
  }
  return undefined;
}
