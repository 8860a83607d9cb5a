import { isWithin } from '../dates';
import type { RawMatch } from '../recognizers/entities';
import { secondWordBefore, spaceStartBefore, wordBefore, wordStartAt, wordStartBefore } from '../text/wordBefore';
import type { EntryChooser, PickedEntry } from './entryChooser';
import { endsLongerTitleBeforeComma, foundTitle, ofNamesSomething, TITLE_BEFORE_COMMA, TITLE_LAST, titleBeforeCommaText, type FoundTitle } from './titleBefore';
import { editDistance } from '../text/editDistance';
import { lineBreakSpaces } from '../text/lineBreakSpaces';
import { asciiLettersFirst } from '../text/asciiLettersFirst';
import { footnoteDefinitionLength, lineBefore } from '../text/footnotes';
import { codeAt, foldName, foldWord, isSpaceAt, isWordOfName, nameGapAt, nameGapBefore } from '../kb/names';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Entry, PlaceEntry } from '../kb/schema';
import { parentsOf } from '../kb/parents';
import type { NameTarget } from '../kb/matcher';

/*
 * What the words around a name say of it, beyond where it stands: a title in apposition, a region's
 * demonym, another's institution, another bearer of a known surname.
 */

/** What closes an apposition after the name: a comma, a bracket, a dash, or the sentence's end. */
const APPOSITION_CLOSE = /^(?:[,;)]|\s[—–]|\.(?:\s|$)|$)/;

/**
 * The title of a person named in apposition to it, with where the title starts: "the defense
 * minister, Yoav Gallant, said"; not "Unlike the President, Lavrov said", where the name opens a
 * clause of its own.
 */
export function titleInApposition(text: string, start: number, end: number): FoundTitle | undefined {
  const before = text.slice(Math.max(0, start - 120), start);
  if (!/\p{L},\s+$/u.test(before) || !APPOSITION_CLOSE.test(text.slice(end, end + 2))) return undefined;
  const title = TITLE_BEFORE_COMMA.exec(before);
  // "the Under-Secretary-General for Peace Operations, …": the title found is the end of another one
  const joined = title && title.index > 0 ? before.charCodeAt(title.index - 1) : 0;
  if (!title || joined === 45 /* - */ || joined === 47 /* / */) return undefined;
  // "the Personal Envoy of the Secretary-General, Ramtane Lamamra,": an office the list of titles lacks, whose holder he is
  if (endsLongerTitleBeforeComma(before, title)) return undefined;
  return ofNamesSomething(title) ? foundTitle(titleBeforeCommaText(title), start) : undefined;
}

/** A capitalized word right before a name, inside a sentence, and no day or month: the name ends a longer one. */
const PART_OF_LONGER = new RegExp(
  asciiLettersFirst(String.raw`[\p{Ll},;]\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December) $)\p{Lu}\p{Ll}+ $`),
  'u',
);
/** A capitalized word, then "and", "for" or "of", before a name: "Russia and ", "Council for ". */
const CAPITALIZED_AND_BEFORE = new RegExp(asciiLettersFirst(String.raw`\p{Lu}[\p{L}-]* (?:and|for|of) $`), 'u');

/** Possessives that give an institution to a person. */
const PERSONAL_OWNER = new Set(['his', 'her']);

/** The states an institution belongs to, itself or through its parents ("Senate" → Congress → United States); none for an organization's organ. */
function owningStates(entry: Entry, kb: KnowledgeBase): string[] {
  return [entry, ...parentsOf(entry, kb)].filter((owner) => owner.kind === 'actor' && owner.category === 'state').map((state) => state.id);
}

/** What follows a name to say where it sits: " in ", " in the ". */
const SITTING_IN = /^\s+in\s+(?:the\s+)?$/;

/** The entry named right after a name that ends at `end` and " in " ("the Senate in Manila"), if any. */
export function entryAfterIn(text: string, end: number, next: RawMatch | undefined, chooser: EntryChooser): Entry | undefined {
  if (!next || text.charCodeAt(end + 1) !== 105 /* i */ || !SITTING_IN.test(text.slice(end, next.start))) return undefined;
  return chooser.pick(next.targets)?.entry;
}

/** What follows a name to say whose it is: " of ", " of the ". */
const NAMED_OF = /^\s+of\s+(?:the\s+)?$/;

/** The entry named right after a name that ends at `end` and " of " ("the Constitutional Court of Montenegro"), if any. */
function entryAfterOf(text: string, end: number, next: RawMatch | undefined, chooser: EntryChooser): Entry | undefined {
  if (!next || text.charCodeAt(end + 1) !== 111 /* o */ || !NAMED_OF.test(text.slice(end, next.start))) return undefined;
  return chooser.pick(next.targets)?.entry;
}

/** The government a capital stands for on `date`, if any. */
export function seatHolder(place: PlaceEntry, date: string): string | undefined {
  return place.seatOf.find((seat) => isWithin(date, seat.from, seat.to))?.actor;
}

/**
 * The states a place is the seat of government of (on `date` when given: Moscow was the Soviet
 * Union's until 1991), and the one it belongs to.
 */
export function statesAt(place: PlaceEntry, date?: string): string[] {
  const holder = date === undefined ? undefined : seatHolder(place, date);
  const states = date === undefined ? place.seatOf.map((seat) => seat.actor) : [];
  if (holder) states.push(holder);
  if (place.deJure) states.push(place.deJure);
  return states;
}

/**
 * Whether the place named after " in " puts the institution in another state: "the Senate in
 * Manila", "the Council of Ministers in Madrid". A place counts by the governments it has been the
 * seat of and the state it belongs to; for an organization's organ, which belongs to no state,
 * only a seat of government counts ("the Security Council in New York" is the UN's).
 */
function sitsInAnotherState(text: string, entry: Entry, match: RawMatch, next: RawMatch | undefined, chooser: EntryChooser, kb: KnowledgeBase): boolean {
  const place = entryAfterIn(text, match.end, next, chooser);
  if (!place) return false;
  const seats = place.kind === 'place' ? place.seatOf.map((seat) => seat.actor) : [];
  const states = place.kind === 'place' ? statesAt(place) : place.kind === 'actor' && place.category === 'state' ? [place.id] : [];
  if (states.length === 0) return false;
  const owners = owningStates(entry, kb);
  // "the Register of Damage in The Hague", "the ICJ in The Hague": a body in its own seat
  if (owners.length === 0 && seatsIn(entry, place)) return false;
  if (owners.length === 0) return seats.length > 0;
  return !states.some((state) => owners.includes(state));
}

/**
 * Whether the state or place named after " of " is not the body's own: a name that several bodies
 * share, written "the Constitutional Court of Bosnia and Herzegovina" where the knowledge base knows
 * Albania's, "the Democratic Party of Kosovo" beside the US party, is a body it lacks. A body that
 * belongs to no state is no state's ("the Security Council of Ukraine" is not the UN's).
 */
export function namedOfAnotherState(text: string, entry: Entry, match: RawMatch, next: RawMatch | undefined, chooser: EntryChooser, kb: KnowledgeBase): boolean {
  const owner = entryAfterOf(text, match.end, next, chooser);
  if (!owner || owner.id === entry.id) return false;
  const states = owner.kind === 'place' ? statesAt(owner) : owner.kind === 'actor' && owner.category === 'state' ? [owner.id] : [];
  if (states.length === 0) return false;
  const owners = owningStates(entry, kb);
  return !states.some((state) => owners.includes(state));
}

/**
 * Whether a state's name or demonym just before a name that several entries share says the body is
 * another state's: "the Botswana Democratic Party" and "the Serbian Democratic Party" are neither the
 * US nor the Korean party. The state is the body's own when the body belongs to it or its context
 * words name it ("the American Democratic Party", "the Korean Democratic Party").
 */
export function namedAfterAnotherState(text: string, entry: Entry, match: RawMatch, previous: RawMatch | undefined, chooser: EntryChooser, kb: KnowledgeBase): boolean {
  if (!previous || previous.end + 1 !== match.start || !isSpaceAt(text, previous.end)) return false;
  const state = chooser.pick(previous.targets)?.entry;
  if (state?.kind !== 'actor' || state.category !== 'state' || state.id === entry.id || owningStates(entry, kb).includes(state.id)) return false;
  const names = new Set([state.name, ...state.aliases, ...state.acronyms, ...state.adjectives].map(foldName));
  return !entry.context.some((word) => names.has(foldName(word)));
}

/** Whether a body's names or `context` words name the state: "Naftogaz of Ukraine" is Ukraine's, though no `org.parent` says so. */
function namesItsState(entry: Entry, state: Entry): boolean {
  if (state.kind !== 'actor') return false;
  const stateNames = [state.name, ...state.aliases, ...state.adjectives].map(foldName);
  const names = new Set(stateNames);
  if (entry.context.some((word) => names.has(foldName(word)))) return true;
  const own = [entry.name, ...entry.aliases].map(foldName);
  return own.some((name) => stateNames.some((stateName) => name.endsWith(` of ${stateName}`) || name.startsWith(`${stateName} `)));
}

/** Whether an organization's recorded seat is the place ("The Hague", "New York" in "New York City"). */
function seatsIn(entry: Entry, place: Entry): boolean {
  const seat = entry.kind === 'actor' ? entry.org?.seat : undefined;
  if (!seat) return false;
  const folded = foldName(seat);
  return [place.name, ...place.aliases].some((name) => foldName(name).includes(folded) || folded.includes(foldName(name)));
}

/**
 * Whether a place's name is followed by " in " and a state it neither belongs to, nor is held by,
 * nor is a seat of: "Tripoli in Lebanon" is not Libya's capital.
 */
export function liesInAnotherState(text: string, entry: Entry, match: RawMatch, next: RawMatch | undefined, chooser: EntryChooser): boolean {
  if (entry.kind !== 'place') return false;
  const state = entryAfterIn(text, match.end, next, chooser);
  if (state?.kind !== 'actor' || state.category !== 'state') return false;
  const own = [...entry.seatOf.map((seat) => seat.actor), ...entry.control.map((held) => held.by), ...(entry.deJure ? [entry.deJure] : [])];
  return own.length > 0 && !own.includes(state.id);
}

/** "Secretary of the" or "(Deputy) Chairman of the" just before a name. */
const SECRETARY_OF_THE = /\b(?:Secretary|Chairman)\s+of\s+the\s+$/;

/**
 * Whether a generic name of a state's institution ("Congress", "National Security Council") or an
 * organization's organ ("Security Council") is written as another's: after another state's name or
 * demonym ("Brazil's Congress", "the Colombian Congress", "Japan's National Security Council"), before
 * " in " and another state's place ("the Senate in Manila"), after "his" or "her" (and a national
 * body after "its" or "party"), or as the end of a longer name ("the AU Peace and Security Council",
 * "Iran's Supreme National Security Council").
 */
export function isOthersInstitution(
  text: string,
  picked: PickedEntry,
  match: RawMatch,
  previous: RawMatch | undefined,
  next: RawMatch | undefined,
  chooser: EntryChooser,
  kb: KnowledgeBase,
): boolean {
  // the pick's reading, not its entry: entries come in many shapes, and this runs at every alias
  const { kind, category } = picked.reading;
  if (kind !== 'actor' || (category !== 'institution' && category !== 'organization')) return false;
  const entry = picked.entry;
  if (previous && /^(?:['’]s)?\s$/.test(text.slice(previous.end, match.start))) {
    const owner = chooser.pick(previous.targets)?.entry;
    // "the American Senate": the Senate's parent is Congress, whose parent is the United States;
    // "Ukraine's Naftogaz": the company's own name or words name the state ("Naftogaz of Ukraine")
    if (owner?.kind === 'actor' && owner.category === 'state' && !owningStates(entry, kb).includes(owner.id) && !namesItsState(entry, owner)) return true;
  }
  if (sitsInAnotherState(text, entry, match, next, chooser, kb)) return true;
  // "Shoigu, Secretary of the Security Council", "Deputy Chairman of the Security Council Dmitry
  // Medvedev": a state's council; the UN's has a President, no secretary or chairman
  if (SECRETARY_OF_THE.test(text.slice(Math.max(0, match.start - 24), match.start)) && text.endsWith('Security Council', match.end)) return true;
  // "Putin told his Security Council": a leader's own body, never the organ of an organization
  const possessor = wordBefore(text, match.start);
  if (PERSONAL_OWNER.has(possessor)) return true;
  // "the party holds its Congress", "the Party Congress": a national body is no organ of a party or another body
  if (category === 'institution' && (possessor === 'its' || possessor === 'party')) return true;
  const before = text.slice(Math.max(0, match.start - 30), match.start);
  // "Supreme National Security Council": a capitalized word that opens no sentence and names nothing found
  if (PART_OF_LONGER.test(before) && (previous === undefined || previous.end < match.start - 1)) return true;
  // the capitalized word must not end a name found before ("Russia and Congress disagree")
  const longer = CAPITALIZED_AND_BEFORE.exec(before);
  return longer !== null && (previous === undefined || previous.end <= match.start - longer[0].length);
}

/** " of " or " of the " and a capitalized word after a name: "Congress of Vienna", "Gulf of Oman". */
const OF_A_NAME = /^ of (?:the )?\p{Lu}/u;
/** A capitalized word right after a name. */
const CAPITALIZED_NEXT = /^ \p{Lu}/u;

/**
 * Whether a one-word alias ending at `end` starts a longer name the knowledge base lacks: "the
 * Congress of Vienna" is not the U.S. Congress, "the Gulf of Oman" not the Persian Gulf, "the Diet
 * of Worms" not Japan's. An alias listed as ambiguous also before any capitalized word ("the Gulf
 * Forum for Humanitarian Dialogue"); others keep that reading, as title-case headings write them
 * ("Why Britain Must Act").
 */
export function startsLongerName(text: string, end: number, target: NameTarget): boolean {
  // most names are followed by anything but a space and an "o" or a capital: no slice is cut
  if (target.words.length !== 1 || codeAt(text, end) !== 32) return false;
  if (codeAt(text, end + 1) === 111 /* o */) return OF_A_NAME.test(text.slice(end, end + 10));
  return target.contextual && CAPITALIZED_NEXT.test(text.slice(end, end + 3));
}

/** Small words a long name may hold that its acronym leaves out: "Chamber of Commerce" is "CC". */
const ACRONYM_SKIPS = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le']);
/** The word before `end` and where it starts. */
const LAST_WORD = new RegExp(asciiLettersFirst(String.raw`([\p{L}][\p{L}'’-]*)\s*$`), 'u');

/** `lastWordStart`'s answer where a character outside ASCII stands in its way, whose class only LAST_WORD tells. */
export const NOT_TOLD = -2;
const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/**
 * Where LAST_WORD's match in `text` between `from` and `end` starts, read back by character codes:
 * past the white space before `end`, the run of letters, apostrophes and hyphens before it, opened
 * by its first letter; -1 for no match, NOT_TOLD where a character outside ASCII is read. The
 * pattern, which ends with `$` and is tried from each character of the span in turn, read each
 * word's letters again from each of them: about 4 % of resolving the drafts' mentions.
 */
export function lastWordStart(text: string, from: number, end: number): number {
  let wordEnd = end;
  for (; wordEnd > from; wordEnd--) {
    if (text.charCodeAt(wordEnd - 1) >= 128) return NOT_TOLD;
    if (!isSpaceAt(text, wordEnd - 1)) break;
  }
  let start = wordEnd;
  for (; start > from; start--) {
    const c = text.charCodeAt(start - 1);
    if (c >= 128) return NOT_TOLD;
    if (!isAsciiLetter(c) && c !== 39 /* ' */ && c !== 45 /* - */) break;
  }
  while (start < wordEnd && !isAsciiLetter(text.charCodeAt(start))) start++;
  return start < wordEnd ? start : -1;
}

/**
 * Whether the acronym at `start`, written in brackets, abbreviates the words just before the
 * bracket, in any order, which name something the knowledge base lacks: "the International
 * Chamber of Commerce (ICC)", "the Interregional Coordination Centre (ICC)". A known name there is left to
 * acronym-mismatch ("International Court of Justice (ICC)"): `previous` ends at the bracket.
 */
export function abbreviatesUnknownName(text: string, start: number, acronym: string, previous: RawMatch | undefined): boolean {
  if (start === 0 || text.charCodeAt(start - 1) !== 40 /* ( */) return false;
  const letters = acronym.replace(/[^A-Z]/g, '');
  if (letters.length < 2) return false;
  let end = start - 1;
  let spelt = '';
  // read back a capitalized word for each letter, over the small words between them
  for (let words = 0; spelt.length < letters.length && words < letters.length * 2 + 2; words++) {
    const from = Math.max(0, end - 40);
    let wordStart = lastWordStart(text, from, end);
    if (wordStart === NOT_TOLD) {
      const last = LAST_WORD.exec(text.slice(from, end));
      wordStart = last ? from + last.index : -1;
    }
    if (wordStart < 0) return false;
    // the match's group: its white space after the word is what `\s` and `trimEnd` both take
    const word = text.slice(wordStart, end).trimEnd();
    const first = word.charAt(0);
    end = wordStart;
    if (first !== first.toUpperCase()) {
      if (!ACRONYM_SKIPS.has(word)) return false;
      continue;
    }
    spelt = first + spelt;
  }
  return sameLettersAnyOrder(spelt, letters) && (previous === undefined || previous.end <= end);
}

/**
 * Whether two acronyms have the same letters, in any order: an acronym of a name in another
 * language keeps that language's order ("the Federal Electricity Commission (CFE)", Comisión
 * Federal de Electricidad), and a slip of the keys swaps two ("IJC" for "ICJ").
 */
export const sameLettersAnyOrder = (a: string, b: string): boolean => a === b || (a.length === b.length && [...a].sort().join('') === [...b].sort().join(''));

/** "Ministry of " or "Department of the " just before a name: the name is the portfolio of a ministry ("Pakistan's Ministry of Law and Justice"), not the entity. */
const MINISTRY_OF = /\b(?:Ministry|Department) (?:of|for) (?:the )?$/;

/** Whether the name at `start` is part of a ministry's or department's name. */
export function namesAPortfolio(text: string, start: number): boolean {
  // "of " or "for " ends the text before the name, perhaps with "the " after it (most names have
  // neither before them, and the many after "the" have "in", "and", "by" … before it): no slice is cut
  if (start < 2 || text.charCodeAt(start - 1) !== 32) return false;
  const ofEnd = endsWithTheAt(text, start - 1) ? start - 5 : start - 1;
  const last = ofEnd > 0 ? text.charCodeAt(ofEnd - 1) : -1;
  if (text.charCodeAt(ofEnd) !== 32 || (last !== 102 /* f */ && last !== 114) /* r */) return false;
  return MINISTRY_OF.test(text.slice(Math.max(0, start - 20), start));
}

/** Whether " the" ends at `end`. */
const endsWithTheAt = (text: string, end: number): boolean =>
  end >= 4 &&
  text.charCodeAt(end - 1) === 101 /* e */ && text.charCodeAt(end - 2) === 104 /* h */ && text.charCodeAt(end - 3) === 116 /* t */ && text.charCodeAt(end - 4) === 32;

/**
 * A portfolio's title just before a place: "Commissioner for the Mediterranean", "Minister for the
 * Pacific", and the British titles with "of State" between ("The Minister of State for Europe",
 * "Secretary of State for Northern Ireland", "Parliamentary Under-Secretary of State for Africa").
 */
const PORTFOLIO_FOR = /\b(?:(?:Commissioner|Minister) for|(?:Minister|Secretary) of State for) (?:the )?$/;

/** Whether the place at `start` is the portfolio of a Commissioner, a Minister or a Secretary of State, not the place. */
export function namesAPlacePortfolio(text: string, start: number): boolean {
  if (start < 2) return false;
  const last = text.charCodeAt(start - 2);
  if (text.charCodeAt(start - 1) !== 32 || (last !== 114 /* r */ && last !== 101 /* e */)) return false;
  return PORTFOLIO_FOR.test(text.slice(Math.max(0, start - 32), start));
}

/** The prefixes of ships' names: "USS Harry S. Truman" is a carrier, not the president. */
const SHIP_PREFIXES = new Set(['USS', 'USNS', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'INS', 'RFS', 'FS', 'ROKS', 'JS', 'BRP', 'HNLMS', 'ARA', 'TCG', 'ORP', 'KRI', 'RSS', 'KD', 'HMNoMS']);

/** Whether the name at `start` follows a ship's prefix, so names a ship the knowledge base lacks. */
export const namesAShip = (text: string, start: number): boolean => followsPrefix(text, start, 32 /* space */, SHIP_PREFIXES);

/** Hull-class prefixes that open a class of submarine with a hyphen: "SSN-AUKUS" is a class of boat, not the pact. */
const HULL_CLASS_PREFIXES = new Set(['SSN', 'SSBN', 'SSGN', 'SSK']);

/** Whether the name at `start` follows a hull-class prefix and a hyphen, so names a class of boat ("12 SSN-AUKUS submarines"). */
export const namesABoatClass = (text: string, start: number): boolean => followsPrefix(text, start, 45 /* - */, HULL_CLASS_PREFIXES);

/** Whether the name at `start` follows one of `prefixes` and the character `separator` ("USS Kyiv", "SSN-AUKUS"). */
function followsPrefix(text: string, start: number, separator: number, prefixes: ReadonlySet<string>): boolean {
  // every prefix ends with a capital: most names follow a word that ends otherwise, and nothing is cut
  const last = text.charCodeAt(start - 2);
  if (text.charCodeAt(start - 1) !== separator || last < 65 || last > 90) return false;
  return prefixes.has(text.slice(wordStartAt(text, start - 1), start - 1));
}

/** Words before a demonym that make it a language: "learned German", "speaks fluent Russian", "translated into Arabic". */
const LANGUAGE_BEFORE = /\b(?:learn(?:s|ed|t|ing)?|speak(?:s|ing)?|spoke|spoken|studie[sd]|study(?:ing)?|teach(?:es|ing)?|taught|(?:translated|translation)\s+into|fluent(?:ly)?\s+in)\s+(?:(?:fluent|good|some|broken|basic|passable|excellent|native)\s+)?$/i;
/** What may follow a language: the clause's end, a conjunction, or an adverb ("learned German quickly"), not a noun ("studied German law"). */
const LANGUAGE_AFTER = /\s*[.,;:!?)]|\s+(?:and|or|as|at|with|well|too|fluently|\w+ly)\b|\s*$/y;

/**
 * Whether the demonym between `start` and `end` names a language: "She learned German quickly",
 * "spoke Russian and …". What follows is read first, in place: most demonyms go on with a noun
 * ("Russian forces"), and every one in a text passes here.
 */
export function namesALanguage(text: string, start: number, end: number): boolean {
  LANGUAGE_AFTER.lastIndex = end;
  return LANGUAGE_AFTER.test(text) && LANGUAGE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/** Words before a hyphen that make a demonym a region's or a body's: "Inter-American", "Pan-American", "Latin-American". */
const HYPHEN_REGION_WORDS = new Set(['inter', 'pan', 'latin', 'meso', 'trans']);

/** Whether the demonym at `start` is the second part of "Inter-American", "Pan-African" and the like. */
export function namesAHyphenRegion(text: string, start: number): boolean {
  if (start === 0 || text.charCodeAt(start - 1) !== 45 /* - */) return false;
  return HYPHEN_REGION_WORDS.has(text.slice(wordStartAt(text, start - 1), start - 1).toLowerCase());
}

/**
 * Whether a place's name from `start` to `end` is a grade of oil: followed by a word that makes it
 * one ("Urals crude", "the Urals blend"), by a price ("Brent traded at $62 while Urals fell to $38"),
 * or after a discount on it ("Discounts on Urals widened").
 */
export function namesAGrade(text: string, start: number, end: number): boolean {
  // most places are followed by anything but " c", " b" or " g": no pattern is tried
  const next = end + 1 < text.length ? text.charCodeAt(end + 1) : -1;
  if ((next === 99 /* c */ || next === 98 /* b */ || next === 103) /* g */ && text.charCodeAt(end) === 32) {
    GRADE.lastIndex = end;
    if (GRADE.test(text)) return true;
  }
  // the word before is read only where a price follows or it may be a word of price: read first for
  // every place, it was half of this test in the 1 MB prose profile, where no price follows any
  if (priceFollows(text, end)) {
    const before = wordBefore(text, start);
    if (PRICE_BEFORE_WORDS.has(before)) return discountOn(text, start, end);
    // "Brent traded at $62 while Urals fell to $38", not "massed in Donbas at $3 million each"
    return !LOCATIVE_WORDS.has(before);
  }
  return mayFollowPriceWord(text, start) && PRICE_BEFORE_WORDS.has(wordBefore(text, start)) && discountOn(text, start, end);
}

/** "discounts on Urals widened", not "the discount on Crimea tours", where the name describes what follows. */
const discountOn = (text: string, start: number, end: number): boolean =>
  DISCOUNT_ON.test(text.slice(Math.max(0, start - 30), start)) && GRADE_PHRASE_END.test(text.slice(end, end + 16));

/**
 * Whether the word before `start` (as `wordBefore` reads it, past white space) may be one of
 * PRICE_BEFORE_WORDS, by the character that ends it: "n", "o", "r" or "f" in either case, or one
 * past ASCII, which may fold to one.
 */
function mayFollowPriceWord(text: string, start: number): boolean {
  const wordEnd = spaceStartBefore(text, start);
  if (wordEnd === start) return false;
  const c = wordEnd > 0 ? text.charCodeAt(wordEnd - 1) | 0x20 : -1;
  return c === 110 /* n */ || c === 111 /* o */ || c === 114 /* r */ || c === 102 /* f */ || c >= 128;
}
const GRADE = / (?:crude|blend|grade)\b/y;
/** The words before a grade after a word of price: "discounts on Urals", "the premium to Brent". */
const PRICE_BEFORE_WORDS = new Set(['on', 'to', 'for', 'of']);
const DISCOUNT_ON = /\b(?:discounts?|premiums?|differentials?|spreads?)\s+(?:on|to|for|of)\s+$/i;
/** What may end the phrase a grade ends: a stop, or a verb or a word that joins ("widened", "fell", "and", "to"). */
const GRADE_PHRASE_END = /^(?:[,.;:)]|\s+(?:\w+ed|fell|rose|grew|stood|was|were|is|are|has|have|and|or|versus|vs|to)\b)/;
/** Words before a place that put something in it, whose price follows the place: "in Donbas at $3 million". */
const LOCATIVE_WORDS = new Set(['in', 'the', 'at', 'near', 'across', 'from', 'through', 'around', 'inside', 'outside', 'into', 'within']);
/** How far after a name its price may come: "Urals fell to $38", "Urals at $38". */
const PRICE_REACH = 24;
/** A verb of the market, if any, then a price in dollars right after a name: " fell to $38", " at $38". */
const PRICE_AFTER = /^\s+(?:(?:fell|rose|traded|sold|slipped|climbed|dropped|jumped|slid|hovered|stood|was|averaged)\s+)?(?:to|at|below|above|near|around|under|over)\s+(?:US)?\$\d/;

/** Whether a price in dollars follows the name that ends at `end` (only when a "$" comes within `PRICE_REACH`). */
function priceFollows(text: string, end: number): boolean {
  const dollar = nextDollar(text, end);
  return dollar >= 0 && dollar < end + PRICE_REACH && PRICE_AFTER.test(text.slice(end, dollar + 2));
}

/**
 * The block `nextDollar` searched last, the offset it searched from, and the first "$" at or after
 * it (-1 for none): no "$" stands between the two.
 */
let dollarText = '';
let dollarFrom = 0;
let dollarAt = -1;

/**
 * Where the first "$" at or after `from` stands in `text` (-1 for none). Every place a block names
 * asks, and most blocks hold no "$": one search of the block answers all its places, where reading
 * `PRICE_REACH` characters after each cost as much as a place's other tests together.
 */
function nextDollar(text: string, from: number): number {
  // a name near its block's end (most in a treaty's lists) leaves a few characters, read in place
  if (text.length - from <= PRICE_REACH) {
    for (let i = from; i < text.length; i++) if (text.charCodeAt(i) === 36 /* $ */) return i;
    return -1;
  }
  if (text !== dollarText || from < dollarFrom || (dollarAt >= 0 && from > dollarAt)) {
    dollarText = text;
    dollarFrom = from;
    dollarAt = text.indexOf('$', from);
  }
  return dollarAt;
}

/**
 * Whether the name at `end` is followed by a capitalized word that makes the two the name of an
 * idea, a rule or a process the knowledge base lacks: "the Washington Consensus", "the Brussels
 * Effect", "the Chatham House Rule", "the Helsinki Process". Not in a heading, where "NATO Rules
 * Out …" is a verb.
 */
export function namesAConcept(text: string, end: number): boolean {
  // most names are followed by anything but a space and one of these capitals: no pattern is tried
  const next = codeAt(text, end + 1);
  if (codeAt(text, end) !== 32 || (next !== 67 /* C */ && next !== 69 /* E */ && next !== 82 /* R */ && next !== 68 /* D */ && next !== 80 /* P */ && next !== 70 /* F */)) return false;
  CONCEPT.lastIndex = end;
  return CONCEPT.test(text);
}
const CONCEPT = / (?:Consensus|Effect|Rules?|Doctrine|Process|Formula)(?![\p{L}\p{N}])/uy;

/**
 * Whether the place or state named at `end` is followed by a word that makes the two the name of a
 * body of water the knowledge base lacks: "the Luzon Strait", "Manila Bay", "the Philippine Sea",
 * "the Palawan Passage". (A water the knowledge base has, "the Taiwan Strait", is read whole first.)
 */
export function namesAWater(text: string, end: number): boolean {
  // most names are followed by anything but a space and "S", "B", "P", "C" or "G": no pattern is tried
  const next = codeAt(text, end + 1);
  if (codeAt(text, end) !== 32 || (next !== 83 /* S */ && next !== 66 /* B */ && next !== 80 /* P */ && next !== 67 /* C */ && next !== 71 /* G */)) return false;
  WATER_AFTER.lastIndex = end;
  return WATER_AFTER.test(text);
}
const WATER_AFTER = / (?:Straits?|Bay|Sea|Passage|Channel|Gulf|Sound|Basin|Shelf)\b/y;

/**
 * Whether the person named at `end` is followed by a word that makes the two the name of a place or
 * an institution named after them: "King Charles Street", "Kennedy Airport", "the Mandela
 * Foundation". (A doctrine or a plan keeps its person.)
 */
export function personNamesSomethingElse(text: string, end: number): boolean {
  // most names are followed by anything but a space and a capital: no pattern is tried
  const next = codeAt(text, end + 1);
  if (codeAt(text, end) !== 32 || next < 65 || next > 90) return false;
  NAMED_AFTER_PERSON.lastIndex = end;
  return NAMED_AFTER_PERSON.test(text);
}
const NAMED_AFTER_PERSON = / (?:Street|Road|Avenue|Boulevard|Square|Bridge|Airport|Station|Hospital|University|College|School|Foundation|Institute|Center|Centre|Library|Museum|Prize|Award|Fellowship|Scholarship|Lecture)\b/y;

/**
 * Whether the place named at `end` is followed by a word that makes the two the name of an agreement,
 * a group or a programme the knowledge base lacks: "the Stockholm Agreement", "the Doha Round",
 * "the Helsinki Commission", "the Lima Group", "the Santiago Network", "the Copenhagen criteria",
 * "the Mediterranean Action Plan (UNEP/MAP)" (no mention of the sea),
 * and a capitalized convention or treaty ("Article 31 of the Vienna Convention", which the knowledge
 * base has under several longer names; a lowercase "the Moscow treaty" is the city's, see
 * capitalAsPlace's INSTRUMENT_AFTER), and the number of a round or a sequel the knowledge base lacks
 * ("the talks risk becoming Minsk III"; not "In Minsk I met him"). Only after a place (a city read as its government included): "the US–Ukraine Agreement" still
 * names Ukraine, and a summit or a conference was held in its city.
 */
export function placeNamesSomethingElse(text: string, end: number): boolean {
  // a hard-wrapped line may break between the two ("the Nairobi\nDeclaration"), with CRLF too
  let at = end;
  while (at < end + 2 && at < text.length && isSpaceAt(text, at)) at++;
  const next = codeAt(text, at);
  if (at === end || !((next >= 65 && next <= 90) || next === 99 /* c */ || next === 103 /* g */ || next === 114 /* r */)) return false;
  PLACE_NAMED_THING.lastIndex = end;
  return PLACE_NAMED_THING.test(text);
}
/** The words that make a place's name the name of an instrument, a group or a programme (see `placeNamesSomethingElse`). */
const PLACE_NAMED_THING =
  /\s{1,2}(?:Summit\s{1,2}(?:Declaration|Communiqu[eé])|Action\s{1,2}(?:Plan|Programme|Program)|(?:Peace|Ceasefire|Cease-fire|Security|Trade|Framework|Political)\s{1,2}(?:Agreements?|Accords?|Treaty|Declaration|Protocol)|group\s{1,2}of\s{1,2}forces|[Rr]oadmap|Agreements?|Accords?|Conventions?|Treat(?:y|ies)|Declaration|Joint|Principles|Protocol|Memorandum|Communiqu[eé]|Statement|Commitments?|Initiative|Commission|Format|Group|Round|Package|Programme|Program|Mechanism|Network|Framework|Platform|Agenda|Plan|Compact|Pact|Charter|Club|Criteria|criteria|Modalities|Vision|I{2,3}|IV)(?![\p{L}\p{N}])/uy;

/**
 * Whether the state or place named at `end` opens the name of a bank, a school, a company, an
 * index or a reef the knowledge base lacks: "China Development Bank", "Kyiv School of Economics",
 * "Moscow State University", "the Asia Power Index", "Barque Canada Reef". Its own words follow it, capitalized, up to the word
 * that says what it is.
 */
export function opensAnInstitutionName(text: string, end: number): boolean {
  // most names are followed by anything but a space and a capital: no pattern is tried
  const next = codeAt(text, end + 1);
  if (codeAt(text, end) !== 32 || next < 65 || next > 90) return false;
  INSTITUTION_AFTER.lastIndex = end;
  return INSTITUTION_AFTER.test(text);
}
const INSTITUTION_AFTER =
  / (?:\p{Lu}[\p{Ll}'’-]+ ){0,2}(?:Bank|School|University|Institute|Corporation|Company|Foundation|Academy|College|Airlines|Airways|Railways?|Organi[sz]ation|Agency|Index|Tracker|Map|Barometer|Reef|Shoal|Atoll|Cay)(?![\p{L}\p{N}])/uy;

/**
 * Whether the two-letter name at [start, end) is "Rt" of "Rt Hon" or "Rt. Hon." (the Right
 * Honourable) or "Rt Revd", a British honorific before a name, which is not RT, the broadcaster.
 */
export function opensAnHonorific(text: string, start: number, end: number): boolean {
  if (end - start !== 2 || text.charCodeAt(start) !== 82 /* R */) return false;
  HONORIFIC.lastIndex = end;
  return HONORIFIC.test(text);
}
const HONORIFIC = /\.?\s+(?:Hon|Revd|Rev)(?![\p{L}\p{N}])/iuy;

/** Words that make a demonym a region's: "North American", "Latin American", "Northern Irish". */
const REGION_WORDS = new Set('north south east west latin central pan northern southern eastern western southeast southeastern northeast northeastern'.split(' '));

/** Whether the demonym at `start` follows a capitalized region word: "North American" is no American. */
export function namesARegion(text: string, start: number): boolean {
  const before = wordBefore(text, start);
  if (!REGION_WORDS.has(before)) return false;
  const c = text.charCodeAt(wordStartBefore(text, start));
  return c >= 65 && c <= 90;
}

/** States whose names are also first names. */
const FIRST_NAME_STATES = new Set(['Jordan', 'Chad', 'Georgia', 'India']);
/** Nouns for a person, before a name in apposition: "our legal adviser, Jordan, warned". */
const PERSON_NOUN = /\b(?:adviser|advisor|aide|assistant|colleague|intern|note-?taker|spokes(?:person|man|woman)|analyst|researcher|reporter|correspondent|editor|friend|son|daughter|wife|husband|named|called)\s*,?\s*$/i;
/** A capitalized word, then a word that is not ("Jordan Mercer said"): a surname after a first name. */
const SURNAME_AFTER = new RegExp(asciiLettersFirst(String.raw`\s\p{Lu}\p{Ll}+(?:[,.;:]|\s+\p{Ll})`), 'uy');

/**
 * Whether a state's name written at `start` is a person's first name: before a surname the
 * knowledge base does not know ("Jordan Mercer said"), or in apposition to a noun for a person ("our
 * note-taker, Chad, records"). Only for the few states named like people; `next` is the match after.
 */
export function isFirstName(text: string, written: string, start: number, end: number, next: RawMatch | undefined): boolean {
  if (!FIRST_NAME_STATES.has(written)) return false;
  SURNAME_AFTER.lastIndex = end;
  if (SURNAME_AFTER.test(text) && next?.start !== end + 1) return true;
  return PERSON_NOUN.test(text.slice(Math.max(0, start - 30), start));
}

/** Capitalized words that come before a surname without being a first name: titles, honorifics, parties, months, days. */
const NOT_FIRST_NAMES = new Set(
  ('mr mrs ms dr sir lord lady dame prof professor pope sheikh sheikha king queen prince princess emir ayatollah imam rabbi cardinal ' +
    'bishop father comrade chairman chairwoman governor mayor marshal colonel general admiral captain commander judge justice senator ' +
    'representative congressman congresswoman speaker envoy commissioner minister secretary president premier chancellor ambassador ' +
    'leader spokesman spokeswoman spokesperson deputy rep sen gov gen col lt chief director prosecutor coordinator commissioner-general ' +
    'republican republicans democrat democrats democratic conservative conservatives labour tory tories liberal socialist green greens ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday').split(' '),
);
const isTitleOrHonorific = (word: string) => NOT_FIRST_NAMES.has(word) || TITLE_LAST.has(word);
/** A plural title's singular ("Presidents Biden and Putin", "Secretaries"); any other word as it is. */
const singular = (word: string) => (word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : word);

/**
 * Words a sentence often opens with, just before a name ("Yesterday Biden said", "Would Biden
 * agree?"): such a word there is no first name. Any other capitalized word that opens a sentence
 * before a surname is read as one ("Hunter Biden said so"). Folded, as `wordBefore` gives them.
 */
const SENTENCE_OPENERS = new Set(
  ('the a an this that these those such each every both either neither all some any no many most few several another other ' +
    'and but or nor yet so for because since although though while whereas if unless until once when whenever where wherever whether as after before than ' +
    'at by in on of to from with without within under over above below between among against during despite about around through throughout toward towards ' +
    'upon unlike like including beyond behind across along amid amidst per via ' +
    'then now today yesterday tomorrow tonight later earlier soon still also even only just already again meanwhile instead otherwise indeed thus hence ' +
    'therefore nevertheless nonetheless however moreover furthermore besides perhaps maybe here there next last first second third fourth fifth ' +
    'finally lastly early truly fully newly daily afterwards afterward overall elsewhere together twice never always often sometimes ever not too rather quite almost nearly well yes ' +
    'what which who whom whose why how i we you he she it they our their his her its my your one ' +
    'is are was were be been has have had do does did will would shall should can could may might must ' +
    'former late acting interim outgoing incoming incumbent embattled veteran candidate nominee challenger rival opponent ally strongman autocrat ' +
    'young old new said says asked told ask tell let ' +
    // the imperative that opens a recommendation: "Press Chapo to …", "Urge Erdoğan to …"
    'press urge invite encourage persuade pressure support back engage help fund').split(' '),
);
/** Articles, determiners and possessives, capitalized only where a sentence or a list item opens. */
const DETERMINERS = new Set('the a an this that these those each every both either neither all some any no another our their his her its my your'.split(' '));
/**
 * Whether `word` (folded) opens sentences before a name: an opener, or an adverb in "-ly" longer
 * than the first names that end so ("Clearly Biden erred", but "Kelly Biden came").
 */
const opensSentencesAnyway = (word: string) => SENTENCE_OPENERS.has(word) || (word.length > 5 && word.endsWith('ly'));
/**
 * What ends a sentence, opens a quotation or aside, or marks a list item before a word ("(2) Press
 * Chapo to …", "- Urge …"), which is then capitalized for its place; or a line's start (a line of
 * hard-wrapped text may go on a sentence, but only words that open sentences are exempted there).
 */
const OPENS_BEFORE = /(?:[.!?:;"“‘([—–)*•-]|\n)\s*$/;

/** Whether a hyphen and a capital follow `end`: the word before them opens a hyphenated name ("Yunus-Bek", "Primorsko-Akhtarsk"). */
export function opensHyphenatedName(text: string, end: number): boolean {
  HYPHEN_AND_CAPITAL.lastIndex = end;
  return codeAt(text, end) === 45 /* - */ && HYPHEN_AND_CAPITAL.test(text);
}
const HYPHEN_AND_CAPITAL = /-\p{Lu}/uy;

/**
 * Whether a person's name written alone at [start, end) is a piece of another Arabic name, whose
 * "bin" or "al-" joins it to words that are not the person's: "Crown Prince Salman bin Hamad" is no
 * Mohammed bin Salman, "Tahnoun bin Zayed" no Mohamed bin Zayed, "Mishal al-Ahmad al-Jaber" no
 * Jameel Ahmad. The person's own given name before "bin", or a slip in it, keeps the name theirs.
 */
export function inAnotherArabicName(text: string, start: number, end: number, name: string): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  const after = codeAt(text, end);
  const written = text.slice(start, end).toLowerCase();
  const lowerName = name.toLowerCase();
  const patronymic = after === 32 /* space */ ? PATRONYMIC_AFTER.exec(text.slice(end, end + 6)) : null;
  if (patronymic) return !lowerName.includes(`${written} ${patronymic[1]} `);
  if (before === 45 /* - */) return ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && !lowerName.includes(`l-${written}`);
  if (before !== 32 || !PATRONYMIC_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return false;
  const given = secondWordBefore(text, start);
  const own = name.split(' ').filter((word) => /^\p{Lu}/u.test(word));
  return given !== '' && own.every((word) => editDistance(given, foldWord(word), 2) > 2);
}
/** " bin ", " ibn ", " bint " after a name: a father's name follows. */
const PATRONYMIC_AFTER = /^ (bin|ibn|bint) /;
/** The same before a name, which is then the father's. */
const PATRONYMIC_BEFORE = /(?:^|\s)(?:bin|ibn|bint) $/;
/** "al-" or "el-" just before a name, as Arabic names join their article. */
const ARTICLE_BEFORE = /(?:^|[\s(])[AaEe]l-$/;

/** A word that opens with a capital and has a lowercase letter: "Ta'ang", not "NATO". */
const CAPITALIZED_WORD = new RegExp(asciiLettersFirst(String.raw`^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$`), 'u');

/**
 * Whether an organization's name of two words or more at `start` ends a longer name the knowledge
 * base lacks: a capitalized word stands just before it, inside a sentence, that no name the scan
 * read ends at (`previousEnd`), and that is no title, determiner or word sentences open with: "the
 * Ta'ang National Liberation Army" is not Colombia's, "the Karen National Union …" not another.
 * Not in a heading, whose words are all capitalized.
 */
export function endsLongerUnknownName(text: string, start: number, previousEnd: number): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== 32 || previousEnd === start - 1) return false;
  const wordStart = wordStartBefore(text, start);
  const first = text.charCodeAt(wordStart);
  // most names follow a lowercase word or a mark: the word before is read only where it opens with a capital
  if (wordStart >= start - 1 || !((first >= 65 && first <= 90) || first > 127)) return false;
  if (!CAPITALIZED_WORD.test(text.slice(wordStart, start - 1))) return false;
  const word = wordBefore(text, start);
  if (isTitleOrHonorific(word) || DETERMINERS.has(word) || opensSentencesAnyway(word)) return false;
  // a sentence's first word is capitalized for its place
  return wordStart > 0 && !OPENS_BEFORE.test(text.slice(Math.max(0, wordStart - 4), wordStart));
}

/**
 * Whether a person's surname that names them alone, ending at `end`, is rather another person's
 * first name: a capitalized word in lowercase letters follows in the same sentence, one space
 * after, that is no part of the person's name, no month or day, and no word a surname describes
 * ("the Trump Administration", "the Macron government"): "Abbas Aragchi" is no Mahmoud Abbas.
 */
export function precedesAnotherSurname(text: string, end: number, name: string): boolean {
  if (nameGapAt(text, end) === 0) return false;
  const next = NEXT_WORD.exec(text.slice(end, end + 30))?.[1];
  if (next === undefined) return false;
  const folded = foldWord(next);
  return !NOT_FIRST_NAMES.has(folded) && !DESCRIBED_BY_A_SURNAME.has(folded) && !isWordOfName(name, folded);
}
const NEXT_WORD = new RegExp(lineBreakSpaces(String.raw`^ (\p{Lu}\p{Ll}+)\b(?![-'’])`), 'u');
/** Words a surname may stand before as a description: "the Biden Administration", "the Trump White House". */
const DESCRIBED_BY_A_SURNAME = new Set('administration administrations government governments cabinet doctrine plan plans era presidency campaign team white years camp way formula initiative'.split(' '));

/**
 * Whether a person's surname at `start` follows a first name that is not the person's ("Hunter
 * Biden", "Lothar de Maizière"): a capitalized word in lowercase letters after it, one space before
 * the surname, that is no title's word, honorific, party, month or day, nor a word that sentences
 * open with where it opens one ("Hunter Biden said" but not "Later Biden said"), no name
 * the scan read (`previousEnd`: where the match before ends), and neither the person's own first or
 * middle name nor a slip in it (`name`: "Kier Starmer" is Keir Starmer, for misspelled-name to flag).
 */
export function followsAnotherFirstName(text: string, start: number, previousEnd: number, name: string): boolean {
  // one space before the surname, or a line break where hard-wrapped text breaks the name
  const gap = nameGapBefore(text, start);
  if (start < 2 || gap === 0 || previousEnd === start - gap) return false;
  const wordStart = wordStartBefore(text, start);
  if (wordStart >= start - gap || !/^\p{Lu}\p{Ll}+$/u.test(text.slice(wordStart, start - gap))) return false;
  const word = wordBefore(text, start);
  if (isTitleOrHonorific(word) || isTitleOrHonorific(singular(word))) return false;
  // an article or determiner is no first name wherever it stands ("(c) The Vance visit")
  if (DETERMINERS.has(word)) return false;
  // a sentence's first word is capitalized for its place: a first name only if no opener ("Later Biden said")
  if ((wordStart === 0 || OPENS_BEFORE.test(text.slice(Math.max(0, wordStart - 4), wordStart))) && opensSentencesAnyway(word)) return false;
  // the person's own first or middle name, or a slip in it ("Tedros Adhanom …")
  const own = name.split(' ').slice(0, -1);
  return own.every((given) => editDistance(word, foldWord(given), 2) > 2);
}

/** An author's year after a surname and the verb of what the work says: "Jordan (2024) argues". */
const AUTHOR_YEAR = /^ \((?:19|20)\d\d[a-z]?\)\s+(?:argues|argued|notes|noted|shows|showed|finds|found|writes|wrote|suggests|suggested|contends|observes|observed|concludes|concluded|estimates|estimated)\b/;
/** A surname and initials opening a reference: "Paris, R. (2025)", "Jordan, A. and B. Lee (2024)". */
const AUTHOR_INITIALS = /^,\s+(?:\p{Lu}\.\s?){1,3}(?:,|\s+(?:and|&)\s|\s*\()/u;

/** Whether the name at [start, end) is an author cited by surname (see AUTHOR_YEAR, AUTHOR_INITIALS; the initials only in a footnote's definition). */
export function citesAnAuthor(text: string, start: number, end: number): boolean {
  const c = codeAt(text, end);
  if (c === 32) return codeAt(text, end + 1) === 40 /* ( */ && AUTHOR_YEAR.test(text.slice(end, end + 40));
  if (c !== 44 /* , */ || !AUTHOR_INITIALS.test(text.slice(end, end + 16))) return false;
  // the name opens a footnote's definition: "[^2]: Paris, R. (2025)."
  const line = lineBefore(text, start);
  const opening = footnoteDefinitionLength(line);
  return opening >= 0 && line.slice(opening).trim() === '';
}

/** Words of a numbered part or a kind of instrument before "of", which make no longer title: "Article 5 of …". */
const PART_BEFORE_OF = /^(?:Articles?|Sections?|Chapters?|Parts?|Annex(?:es)?|Paragraphs?|Protocols?|Title|Text|Terms)$/;
/**
 * Whether the name at `start` ends a longer title the knowledge base lacks: a capitalized word and
 * "of" before it, inside a sentence ("a Status of Visiting Forces Agreement"; not "Article 5 of …").
 */
export function endsLongerTitleOf(text: string, start: number): boolean {
  if (wordBefore(text, start) !== 'of') return false;
  const ofStart = wordStartBefore(text, start);
  const wordStart = wordStartBefore(text, ofStart);
  const word = text.slice(wordStart, ofStart).trimEnd();
  if (wordStart === ofStart || !/^\p{Lu}\p{Ll}+$/u.test(word) || PART_BEFORE_OF.test(word)) return false;
  // a sentence's first word is capitalized for its place
  const before = text.slice(Math.max(0, wordStart - 3), wordStart).trimEnd();
  return before.length > 0 && !/[.!?:;"“([]$/.test(before);
}
