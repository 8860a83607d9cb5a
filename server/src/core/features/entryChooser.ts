import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { NameForm, NameTarget } from '../kb/matcher';
import type { Entry } from '../kb/schema';
import { foldWord, splitWords } from '../kb/names';
import type { WordPresence } from './wordPresence';
import type { Reading } from './mentionRecord';
import { stateOrgansOf } from '../kb/stateOrgans';

const FORM_RANK: Record<NameForm, number> = { name: 0, acronym: 1, alias: 2, variant: 3, adjective: 4 };

/** The entry a match names, the name form that matched, and what its mentions record (the other entries the words could name among it). */
export interface PickedEntry {
  readonly entry: Entry;
  readonly target: NameTarget;
  /**
   * What a mention of the entry records, read from it once per pick: entries come in many shapes,
   * and reading their fields for each of 20,000 mentions in 1 MB took a third of resolving them.
   */
  readonly reading: Reading;
  /** The entry is a person, whose title may stand before the name. */
  readonly person: boolean;
  /** The entry is a place that has been the seat of a government, which its name may stand for. */
  readonly seat: boolean;
  /**
   * For a person named by the end of their name, the lowercase words just before it in the name
   * ("von", "der" for "Leyen" in "Ursula von der Leyen"), which the text may write before it.
   */
  readonly particles: readonly string[] | undefined;
  /** For a person, whether the matched words are the end of the name or its stated surname ("Rutte", "de Maizière", "Xi"), which other people may bear. */
  readonly surnameOnly: boolean;
  /**
   * The text the last mention of this pick was written as (interned), for `resolveMentions`: a
   * document writes most names the same way each time, and comparing in place costs no copy.
   */
  lastWritten: string | undefined;
  /**
   * For a seat of government, the government that sat there on the date `seatDate`, for
   * `resolveMentions`: every mention of "Moscow" in one analysis asks about the same date.
   */
  seatDate: string | undefined;
  seatGovernment: Entry | undefined;
  /** For a seat of government, whether more than one government has sat there (Moscow: the Soviet Union's, then Russia's). */
  readonly changedHands: boolean;
}

/** The lowercase words of `name` just before `words`, when `words` end it ("von der" before "Leyen"). */
function particlesBefore(name: string, words: readonly string[]): readonly string[] | undefined {
  const nameWords = splitWords(name);
  const before = nameWords.length - words.length;
  if (before < 2) return undefined;
  for (let k = 0; k < words.length; k++) if (foldWord(nameWords[before + k]!) !== foldWord(words[k]!)) return undefined;
  let first = before;
  while (first > 1 && nameWords[first - 1]![0] !== nameWords[first - 1]![0]!.toUpperCase()) first--;
  return first === before ? undefined : nameWords.slice(first, before);
}

/** Whether `words` are a person's stated surname, or the last words of the name but not all of them. */
function namesSurnameOnly(name: string, surname: string | undefined, words: readonly string[]): boolean {
  const folded = words.map(foldWord).join(' ');
  if (surname !== undefined && foldWord(surname) === folded) return true;
  const nameWords = splitWords(name);
  return words.length < nameWords.length && nameWords.slice(-words.length).map(foldWord).join(' ') === folded;
}

/** The category a mention records: a treaty's type, an actor's or place's category. */
export function categoryOf(entry: Entry): string {
  return entry.kind === 'treaty' ? entry.type : entry.category;
}

function pickedEntry(entry: Entry, target: NameTarget, others: readonly string[]): PickedEntry {
  const reading: Reading = {
    id: entry.id,
    kind: entry.kind,
    category: categoryOf(entry),
    form: target.form === 'variant' ? 'alias' : target.form,
    name: entry.name,
    alternatives: others.length > 0 ? others : undefined,
    variant: target.form === 'variant' ? true : undefined,
    placeId: undefined,
  };
  return {
    entry,
    target,
    reading,
    person: entry.kind === 'actor' && entry.category === 'person',
    seat: entry.kind === 'place' && entry.seatOf.length > 0,
    particles: entry.kind === 'actor' && entry.category === 'person' ? particlesBefore(entry.name, target.words) : undefined,
    surnameOnly: entry.kind === 'actor' && entry.category === 'person' && namesSurnameOnly(entry.name, entry.person?.surname, target.words),
    lastWritten: undefined,
    seatDate: undefined,
    seatGovernment: undefined,
    changedHands: entry.kind === 'place' && entry.seatOf.length > 1,
  };
}

const NO_OTHERS: readonly string[] = [];

/**
 * What the chooser keeps for one list of targets (a match's): its pick, and a fact about the list
 * that `resolveMentions` reads at every match and would otherwise look up by target each time.
 */
export interface TargetsChoice {
  /** The entry the targets are read as; null where they name nothing for certain (see `pick`). */
  readonly picked: PickedEntry | null;
  /**
   * Whether a state's name beside the match may make it that state's institution (see `ownedOrgan`):
   * its first target is a generic name of one (`StateOrgans.namesAnOrgan`).
   */
  readonly mayBeOwnedOrgan: boolean;
}

/** Whether a match's words could name more than one entry, or an entry and something it lacks, so that the document must decide. */
export function isAmbiguous(targets: readonly NameTarget[]): boolean {
  for (let i = 0; i < targets.length; i++) if (targets[i]!.entryId !== targets[0]!.entryId || targets[i]!.contextual) return true;
  return false;
}

/** Whether every target is a name its entry shares with others (`ambiguous`) and every entry a body of a larger one (`org.parent`). */
function sharedByBodies(kb: KnowledgeBase, targets: Iterable<NameTarget>): boolean {
  for (const target of targets) {
    const entry = kb.get(target.entryId);
    if (!target.contextual || entry?.kind !== 'actor' || !entry.org?.parent) return false;
  }
  return true;
}

/** An acronym its entry lists as ambiguous. */
const isAmbiguousAcronym = (target: NameTarget) => target.contextual && target.form === 'acronym';
/** Whether every target of `best` passes `test`. */
function everyTarget(best: ReadonlyMap<string, NameTarget>, test: (target: NameTarget) => boolean): boolean {
  for (const target of best.values()) if (!test(target)) return false;
  return true;
}
/** A treaty's title of generic words only ("Declaration of Principles"), listed as ambiguous; not "Minsk agreements", which a default may serve. */
const isAmbiguousTreatyName = (target: NameTarget) => target.contextual && target.kind === 'treaty' && target.words.every((word) => GENERIC_TITLE_WORDS.has(word.toLowerCase()));
const GENERIC_TITLE_WORDS = new Set('declaration principles framework agreement agreements accord accords protocol memorandum understanding joint statement peace ceasefire truce communiqué communique of on the and for'.split(' '));

/**
 * Picks the entry an ambiguous name stands for from the words of the whole document ("Minsk
 * agreements" beside "2015" is Minsk II). The document is searched for each word once, lazily,
 * and only when some match is ambiguous, so most documents never pay for it; the answers are kept
 * with the document and brought up to date at each edit (see `WordPresence`).
 */
export class EntryChooser {
  private readonly choices = new Map<string, PickedEntry | undefined>();
  private readonly unambiguous = new Map<NameTarget, PickedEntry | null>();
  /**
   * Answers by target list: a match usually carries its trie node's own list, so the thousands of
   * matches of one name share one entry here (a filtered list is new and adds one).
   */
  private readonly byTargets = new Map<readonly NameTarget[], TargetsChoice>();

  constructor(
    /** The words of the document, kept from version to version. */
    private readonly words: WordPresence,
    private readonly kb: KnowledgeBase,
  ) {}

  /** Answers of `namedInFull`, by target list. */
  private readonly fullNames = new Map<readonly NameTarget[], NameTarget | null>();

  /**
   * Of the people a surname may name ("Lai", "Lee"), the one the document names in full ("Lai
   * Ching-te", by a name of two words or more); none when it names none of them, or several. For a
   * short form ("the Commission"), see `namedByShortForm` when none is named in full.
   */
  namedInFull(targets: readonly NameTarget[]): NameTarget | undefined {
    let named = this.fullNames.get(targets);
    if (named === undefined) {
      named = this.onlyOne(targets, (entry) => [entry.name, ...entry.aliases, ...entry.variants].some((name) => name.includes(' ') && this.has(name)));
      const rivals = named ? undefined : this.kb.matcher.shortFormRivals.get(targets);
      if (rivals) named = this.namedByShortForm(targets, rivals);
      this.fullNames.set(targets, named);
    }
    return named ?? undefined;
  }

  /**
   * The entry a short form names where the document names none in full: the one it names by an
   * acronym ("the Union" after "EU") or whose parent organization it names (the European
   * Commission is the EU's), unless it names another entry whose name ends in that word ("African
   * Union Commission"). A state's organ is left to its full name: every state has a treasury, and
   * most documents name the United States.
   */
  private namedByShortForm(targets: readonly NameTarget[], rivals: readonly string[]): NameTarget | null {
    if (rivals.some((name) => this.has(name))) return null;
    return this.onlyOne(targets, (entry) => {
      if (entry.acronyms.some((acronym) => this.has(acronym))) return true;
      const parent = entry.kind === 'actor' && entry.org?.parent ? this.kb.get(entry.org.parent) : undefined;
      return parent?.kind === 'actor' && parent.category === 'organization' && [parent.name, ...parent.aliases, ...parent.acronyms].some((name) => this.has(name));
    });
  }

  /** The one target whose entry passes `test`; null when none does, or several. */
  private onlyOne(targets: readonly NameTarget[], test: (entry: Entry) => boolean): NameTarget | null {
    let named: NameTarget | null = null;
    for (const target of targets) {
      const entry = this.kb.get(target.entryId);
      if (!entry || !test(entry)) continue;
      if (named) return null;
      named = target;
    }
    return named;
  }

  /** Answers of `surnameOfNamedPerson`'s look for an organization's other names, by its id. */
  private readonly namedOtherwise = new Map<string, boolean>();

  /**
   * The person a one-word name of an organization names instead ("Wagner said", after "Foreign
   * Minister Thérèse Kayikwamba Wagner"): one whose surname it is (`surnamed`), whom the document
   * names in full, where it names the organization by none of its longer names or acronyms.
   */
  surnameOfNamedPerson(organizationId: string, surnamed: readonly NameTarget[]): NameTarget | undefined {
    const person = this.namedInFull(surnamed);
    if (!person) return undefined;
    let namedOtherwise = this.namedOtherwise.get(organizationId);
    if (namedOtherwise === undefined) {
      const organization = this.kb.get(organizationId);
      namedOtherwise = organization !== undefined && [organization.name, ...organization.aliases, ...organization.acronyms].some((name) => (name.includes(' ') || name === name.toUpperCase()) && this.has(name));
      this.namedOtherwise.set(organizationId, namedOtherwise);
    }
    return namedOtherwise ? undefined : person;
  }

  /** The pick of one entry under one of its names, as for a name only that entry has. */
  pickTarget(entry: Entry, target: NameTarget): PickedEntry {
    let picked = this.unambiguous.get(target);
    if (!picked) this.unambiguous.set(target, (picked = pickedEntry(entry, target, NO_OTHERS)));
    return picked;
  }

  pick(targets: readonly NameTarget[]): PickedEntry | undefined {
    return this.choiceOf(targets).picked ?? undefined;
  }

  /** The pick of `targets` with what else is kept for the list (see `TargetsChoice`). */
  choiceOf(targets: readonly NameTarget[]): TargetsChoice {
    let choice = this.byTargets.get(targets);
    if (choice === undefined) {
      const mayBeOwnedOrgan = stateOrgansOf(this.kb).namesAnOrgan(targets[0]!);
      this.byTargets.set(targets, (choice = { picked: this.pickAfresh(targets) ?? null, mayBeOwnedOrgan }));
    }
    return choice;
  }

  private pickAfresh(targets: readonly NameTarget[]): PickedEntry | undefined {
    if (!isAmbiguous(targets)) {
      let best = targets[0]!;
      for (const t of targets) if (FORM_RANK[t.form] < FORM_RANK[best.form]) best = t;
      // one answer per name form: a document names the same few entities thousands of times
      let picked = this.unambiguous.get(best);
      if (picked === undefined) {
        const entry = this.kb.get(best.entryId);
        picked = entry ? pickedEntry(entry, best, NO_OTHERS) : null;
        this.unambiguous.set(best, picked);
      }
      return picked ?? undefined;
    }
    // a name with context words of its own is decided apart from its entry's other names of that form
    const key = targets.map((t) => (this.kb.matcher.nameContexts.has(t) ? `${t.entryId}/${t.form}/${t.words.join(' ')}` : `${t.entryId}/${t.form}`)).join(' ');
    if (!this.choices.has(key)) this.choices.set(key, this.decide(targets));
    return this.choices.get(key);
  }

  private decide(targets: readonly NameTarget[]): PickedEntry | undefined {
    const best = new Map<string, NameTarget>();
    for (const t of targets) {
      const previous = best.get(t.entryId);
      if (!previous || FORM_RANK[t.form] < FORM_RANK[previous.form]) best.set(t.entryId, t);
    }
    let chosen: { entry: Entry; target: NameTarget; score: number } | undefined;
    let tied = false;
    const contextOf = (target: NameTarget, entry: Entry | undefined) => this.kb.matcher.nameContexts.get(target) ?? entry?.context ?? [];
    this.words.lookFor([...best.values()].flatMap((target) => contextOf(target, this.kb.get(target.entryId))));
    for (const target of best.values()) {
      const entry = this.kb.get(target.entryId);
      if (!entry) continue;
      const score = contextOf(target, entry).filter((word) => this.has(word)).length;
      if (!chosen || score > chosen.score) {
        chosen = { entry, target, score };
        tied = false;
      } else if (score === chosen.score) tied = true;
    }
    if (!chosen) return undefined;
    // a name only this entry has, and lists as ambiguous, may name something the knowledge base
    // lacks ("Rada"): it needs a context word; so does an acronym that every entry having it lists
    // as ambiguous ("PSC": the EU's committee, the AU's council, or any other), and a generic title
    // that every treaty having it lists so ("Declaration of Principles": Oslo I's, the GERD's, or one
    // the knowledge base lacks). Between entries otherwise, the first is the default ("Luxembourg").
    if (chosen.score === 0 && (best.size === 1 ? chosen.target.contextual : everyTarget(best, isAmbiguousAcronym) || everyTarget(best, isAmbiguousTreatyName))) return undefined;
    // but many states have a "Constitutional Court" or a "Senate", and the Security Council has had
    // a "Panel of Experts" for each of a dozen sanctions regimes, of which the knowledge base knows a
    // few: among bodies of larger ones (a state's organs among them), the words of one must point to
    // it, and those of no other as strongly
    if ((chosen.score === 0 || tied) && sharedByBodies(this.kb, best.values())) return undefined;
    const others = [...best.keys()].filter((id) => id !== chosen!.entry.id);
    return pickedEntry(chosen.entry, chosen.target, others);
  }

  /** Whether the document has `word` as a whole word, in any case (see `WordPresence`). */
  private has(word: string): boolean {
    return this.words.has(word);
  }
}
