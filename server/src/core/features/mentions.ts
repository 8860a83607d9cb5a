import { isWithin } from '../dates';
import { isWordChar } from '../kb/names';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Entry, PlaceEntry } from '../kb/schema';
import type { RawMatch, UnnamedWords } from '../recognizers/entities';
import { boundedMemo } from '../text/boundedMemo';
import { wordBefore, wordStartBefore } from '../text/wordBefore';
import { categoryOf, type EntryChooser, type PickedEntry } from './entryChooser';
import { MentionRecord, TitledMention, type Reading } from './mentionRecord';
import { EMPTY_LIST } from '../text/emptyList';
import { TITLE_BEFORE, TITLE_LAST } from './titleBefore';
import { titledSurnameMentions } from './titledSurnames';

/** Prepositions after which a capital's name is a location, not its government ("talks in Moscow"). */
const LOCATIVE =
  /(?:\b(?:in|at|near|outside|around|inside|into|to|across|within|toward|towards|via|over|visit|visits|visited|visiting|city of|streets of|embassy in|embassies in|outskirts of|suburbs of|fall of|siege of|capture of|liberation of|struck|strikes? on|shelled|shelling|bombed|bombing|entered|entering|captured|capturing|seized|seizing|retook|retaking|besieged|besieging)\s+)$/i;
/** The last words LOCATIVE can end with: a cheap test before the regular expression. */
const LOCATIVE_LAST = new Set(
  'in at near outside around inside into to across within toward towards via over visit visits visited visiting of struck on shelled shelling bombed bombing entered entering captured capturing seized seizing retook retaking besieged besieging'.split(' '),
);

/**
 * A capital named for what was agreed or held there ("the Astana Process", "the Kyiv Summit", "the
 * Moscow summit", an instrument the knowledge base lacks): the city, not its government.
 */
const INSTRUMENT_AFTER = / (?:[Cc]onventions?|[Tt]reaty|[Aa]greements?|[Aa]ccords?|[Pp]rotocols?|[Mm]emorandum|[Pp]act|[Cc]harter|[Dd]eclaration|[Dd]ocument|[Pp]rocess|[Ff]ormat|[Ss]ummits?|[Cc]ommuniqué|[Cc]onference)\b/y;
function namesAnInstrument(text: string, end: number): boolean {
  INSTRUMENT_AFTER.lastIndex = end;
  return INSTRUMENT_AFTER.test(text);
}

/**
 * Words before "to" that address a government rather than go to a city: "a message to Moscow",
 * "talk to Beijing", "aid to Kyiv", "arms sales to Taipei". ("travel to Moscow" stays a place.)
 */
const ADDRESSED_BY = new Set(
  'talk talks talking talked speak speaks spoke speaking message messages signal signals signalled signaled appeal appeals appealed letter letters reply replied respond responded responding listen listened offer offers offered proposal proposals concession concessions ultimatum warning warnings note notes aid assistance support loans loan sales sold sell selling weapons arms credit credits pledge pledges allegiance loyal loyalty close closer ally allied belongs answer answered answerable report reports reported turn turned demands demand complaint complaints protest protests request requests'.split(' '),
);

/** Whether a place named at `start` is a location: "talks in Moscow", "the embassy in Kyiv", "in the Donbas". */
function isLocative(text: string, start: number): boolean {
  let at = start;
  let before = wordBefore(text, at);
  if (before === 'the') before = wordBefore(text, (at = wordStartBefore(text, at)));
  if (!LOCATIVE_LAST.has(before) || !LOCATIVE.test(text.slice(Math.max(0, at - 24), at))) return false;
  return before !== 'to' || !ADDRESSED_BY.has(wordBefore(text, wordStartBefore(text, at)));
}

/**
 * Whether the place between `start` and `end` continues a list that the place before it, which
 * ends at `previousEnd`, belongs to: "in Geneva, Brussels and Vienna", "in Moscow or Kyiv". A comma
 * alone must be followed by more of the list ("In Geneva, Moscow insisted" is a clause); a comma
 * and "and" must follow an item that was itself in a list ("in Paris, and Moscow replied").
 */
function continuesList(text: string, previousEnd: number, start: number, end: number, previousListed: boolean): boolean {
  const gap = text.slice(previousEnd, start);
  if (/^\s+(?:and|or)\s+(?:the\s+)?$/.test(gap)) return true;
  if (/^,\s+(?:and|or)\s+(?:the\s+)?$/.test(gap)) return previousListed;
  return /^,\s*(?:the\s+)?$/.test(gap) && LIST_GOES_ON.test(text.slice(end, end + 6));
}
const LIST_GOES_ON = /^(?:,|\s+(?:and|or)\s)/;

/**
 * Whether a capital ending at `end` opens a list whose next item is a place that stands for no
 * government, and the list goes on after it: "Damascus, Aleppo and Homs were retaken".
 */
function listsPlainPlaces(text: string, end: number, next: RawMatch | undefined, chooser: EntryChooser): boolean {
  if (!next || text.charCodeAt(end) !== 44 /* , */ || next.start - end > 6 || !/^,\s+(?:the\s+)?$/.test(text.slice(end, next.start))) return false;
  const picked = chooser.pick(next.targets);
  return picked !== undefined && picked.entry.kind === 'place' && !picked.seat && LIST_GOES_ON.test(text.slice(next.end, next.end + 6));
}

/**
 * A dateline: a capital that opens a paragraph, followed by a date or a dash ("BRUSSELS, 14 June
 * 2021 —", "Moscow, March 3 —", "KYIV —"), or by a news agency ("WASHINGTON (AP) —", "KYIV,
 * Ukraine (AP) —"), says where the piece was written, not who acts.
 */
/** What may stand before a dateline's capital: emphasis, or another city and a slash. */
const DATELINE_LEAD = /^[*_]{0,2}(?:\p{Lu}[\p{L} ]{0,20}\/)?$/u;
const DATELINE_AFTER =
  /(?:,\s*\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)?\s*\([\p{L} .&-]{2,30}\)\s*[—–-]|,?\s*(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2}\b)|\s*[—–]/uy;
function isDateline(text: string, start: number, end: number): boolean {
  // "*Jerusalem, 20 January 2026*", "ADEN/RIYADH, 10 November 2025 —"
  if (start !== 0 && (start > 24 || !DATELINE_LEAD.test(text.slice(0, start)))) return false;
  DATELINE_AFTER.lastIndex = end;
  return DATELINE_AFTER.test(text);
}

/** A title before a comma, in any case: "Israel's defense minister, Yoav Gallant, …", "The Supreme Leader, Ali Khamenei, …". */
const TITLE_BEFORE_COMMA = new RegExp(TITLE_BEFORE.source.replace(/\\s\+\$$/, ',\\s+$'), 'iu');
/** What closes an apposition after the name: a comma, a bracket, a dash, or the sentence's end. */
const APPOSITION_CLOSE = /^(?:[,;)]|\s[—–]|\.(?:\s|$)|$)/;

/**
 * The title of a person named in apposition to it, with where the title starts: "the defense
 * minister, Yoav Gallant, said"; not "Unlike the President, Lavrov said", where the name opens a
 * clause of its own.
 */
function titleInApposition(text: string, start: number, end: number): { text: string; start: number } | undefined {
  const before = text.slice(Math.max(0, start - 60), start);
  const last = /(\p{L}+),\s+$/u.exec(before)?.[1];
  if (last === undefined || !TITLE_LAST.has(last.toLowerCase()) || !APPOSITION_CLOSE.test(text.slice(end, end + 2))) return undefined;
  const title = TITLE_BEFORE_COMMA.exec(before);
  if (!title) return undefined;
  // "The Supreme Leader": the article is not the title
  const article = /^(?:the|a|an)\s+/i.exec(title[0])?.[0].length ?? 0;
  return { text: title[0].slice(article).replace(/,\s+$/, '').trim(), start: start - title[0].length + article };
}

/** The government a capital stands for on `date`, if any. */
export function seatHolder(place: PlaceEntry, date: string): string | undefined {
  return place.seatOf.find((seat) => isWithin(date, seat.from, seat.to))?.actor;
}

/**
 * One string per written form ("Russia", "the INF Treaty"): a long document names the same few
 * entities thousands of times, and every open document's mentions stay in memory. Bounded.
 */
const internText = boundedMemo((copy) => copy, 20_000);

/** The interned text between `start` and `end`: the pick's last one when the text repeats it. */
function writtenText(text: string, start: number, end: number, picked: PickedEntry): string {
  const last = picked.lastWritten;
  if (last !== undefined && last.length === end - start && writtenAt(text, start, last)) return last;
  return (picked.lastWritten = internText(text.slice(start, end)));
}

/** Whether `text` holds `written` at `start`, by character codes: in a profile, a quarter faster than `startsWith` on a slice of a long two-byte text. */
function writtenAt(text: string, start: number, written: string): boolean {
  for (let k = 0; k < written.length; k++) if (text.charCodeAt(start + k) !== written.charCodeAt(k)) return false;
  return true;
}

/**
 * Whether a generic name of a state's institution ("Congress", "National Security Council") or an
 * organization's organ ("Security Council") is written as another's: after another state's name or
 * demonym ("Brazil's Congress", "the Colombian Congress", "Japan's National Security Council"), or
 * as the end of a longer name ("the AU Peace and Security Council").
 */
function isOthersInstitution(text: string, picked: PickedEntry, match: RawMatch, previous: RawMatch | undefined, chooser: EntryChooser): boolean {
  const entry = picked.entry;
  if (entry.kind !== 'actor' || (entry.category !== 'institution' && entry.category !== 'organization')) return false;
  if (previous && /^(?:['’]s)?\s$/.test(text.slice(previous.end, match.start))) {
    const owner = chooser.pick(previous.targets)?.entry;
    if (owner?.kind === 'actor' && owner.category === 'state' && owner.id !== entry.org?.parent) return true;
  }
  const before = text.slice(Math.max(0, match.start - 30), match.start);
  // the capitalized word must not end a name found before ("Russia and Congress disagree")
  const longer = /\p{Lu}[\p{L}-]* (?:and|for|of) $/u.exec(before);
  return longer !== null && (previous === undefined || previous.end <= match.start - longer[0].length);
}

/** Words that make a demonym a region's: "North American", "Latin American", "Northern Irish". */
const REGION_WORDS = new Set('north south east west latin central pan northern southern eastern western southeast southeastern northeast northeastern'.split(' '));

/** Whether the demonym at `start` follows a capitalized region word: "North American" is no American. */
function namesARegion(text: string, start: number): boolean {
  const before = wordBefore(text, start);
  if (!REGION_WORDS.has(before)) return false;
  const c = text.charCodeAt(wordStartBefore(text, start));
  return c >= 65 && c <= 90;
}

/**
 * The reading of a capital's name as its government, one per place and government: the date, and
 * so the government, is the same for every mention in one analysis.
 */
const metonymReadings = new WeakMap<PickedEntry, Reading>();
function metonymReading(picked: PickedEntry, government: Entry): Reading {
  let reading = metonymReadings.get(picked);
  if (reading?.id !== government.id) {
    const { alternatives, variant } = picked.reading;
    reading = { id: government.id, kind: government.kind, category: categoryOf(government), form: 'metonym', name: government.name, alternatives, variant, placeId: picked.reading.id };
    metonymReadings.set(picked, reading);
  }
  return reading;
}

/**
 * Turns the raw matches of one block into mentions (offsets stay relative to the block): picks one
 * entry for ambiguous words, reads a capital as its government when it acts ("Moscow insists") and
 * as a place when it is a location ("talks in Moscow"), and keeps a person's title.
 */
export function resolveMentions(
  text: string,
  matches: readonly RawMatch[],
  kb: KnowledgeBase,
  date: string,
  chooser: EntryChooser,
  unnamed?: Readonly<UnnamedWords>,
): readonly MentionRecord[] {
  let count = 0;
  let previousEnd = 0;
  // the last mention if it named a place, for a list after a preposition ("in Geneva, Brussels and
  // Vienna"): whether it is a location is worked out only when a capital follows it in a list
  let placeStart = -1;
  let placeEnd = -1;
  let placeLocated: boolean | undefined;
  let placeListed = false;
  // whether that place stands for no government ("Aleppo"): a capital listed after it is a place too
  let placePlain = false;
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i]!;
    const picked = chooser.pick(match.targets);
    if (!picked) continue;
    const start = picked.particles ? withParticles(text, match.start, picked.particles, previousEnd) : match.start;
    previousEnd = match.end;
    const written = writtenText(text, start, match.end, picked);
    const listed: boolean = placeEnd >= 0 && match.start - placeEnd <= 10 && continuesList(text, placeEnd, match.start, match.end, placeListed);
    placeEnd = -1;
    if (picked.seat) {
      if (picked.seatDate !== date) {
        picked.seatHolder = seatHolder(picked.entry as PlaceEntry, date);
        picked.seatDate = date;
      }
      const holder = picked.seatHolder;
      const government = holder ? kb.get(holder) : undefined;
      const located =
        government &&
        (isLocative(text, match.start) ||
          namesAnInstrument(text, match.end) ||
          isDateline(text, match.start, match.end) ||
          (listed && (placeLocated ??= isLocative(text, placeStart))) ||
          (listed && placePlain && (placeListed || text.charCodeAt(placeEnd) === 44 /* , */)) ||
          listsPlainPlaces(text, match.end, matches[i + 1], chooser));
      if (government && !located) {
        scratch[count++] = new MentionRecord(start, match.end, written, metonymReading(picked, government));
        continue;
      }
      placeLocated = government ? true : undefined;
    } else placeLocated = listed ? (placeLocated ??= isLocative(text, placeStart)) : undefined;
    if (picked.reading.kind === 'place') {
      placeStart = match.start;
      placeEnd = match.end;
      placeListed = listed;
      placePlain = !picked.seat;
    }
    if (picked.reading.form === 'adjective' && namesARegion(text, start)) continue;
    if (picked.reading.form === 'alias' && isOthersInstitution(text, picked, match, i > 0 ? matches[i - 1] : undefined, chooser)) continue;
    if (picked.person && TITLE_LAST.has(wordBefore(text, start))) {
      const title = TITLE_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
      if (title) {
        scratch[count++] = new TitledMention(start, match.end, written, picked.reading, title[0].trim(), start - title[0].length);
        continue;
      }
    }
    if (picked.person && text.charCodeAt(start - 2) === 44 /* , */) {
      const title = titleInApposition(text, start, match.end);
      if (title) {
        scratch[count++] = new TitledMention(start, match.end, written, picked.reading, title.text, title.start);
        continue;
      }
    }
    scratch[count++] = new MentionRecord(start, match.end, written, picked.reading);
  }
  // "President Duterte": a surname that names someone only after a title (rare: most blocks have none)
  const titled = unnamed && unnamed.count > 0 ? titledSurnameMentions(text, unnamed, kb, date, chooser) : undefined;
  if (titled) return [...scratch.slice(0, count), ...titled].sort((a, b) => a.start - b.start);
  // an exact-size copy: the list is kept with the block, and one grown by push keeps spare room;
  // a block that names nothing (most headings, many items) shares one empty list
  return count === 0 ? NO_MENTIONS : scratch.slice(0, count);
}

/**
 * Where a person's mention starts when the text writes the lowercase words of the name before the
 * matched end of it ("President von der Leyen", where "Leyen" matched): the furthest of those words
 * the text repeats, one space apart, not reaching into the mention before.
 */
function withParticles(text: string, start: number, particles: readonly string[], notBefore: number): number {
  let at = start;
  for (let k = particles.length - 1; k >= 0; k--) {
    const word = particles[k]!;
    const wordStart = at - 1 - word.length;
    if (wordStart < notBefore || text.charCodeAt(at - 1) !== 32 || !text.startsWith(word, wordStart)) break;
    if (wordStart > 0 && isWordChar(text, wordStart - 1)) break;
    at = wordStart;
  }
  return at;
}

/**
 * The list `resolveMentions` fills before copying it, written by index and never emptied: setting
 * `length = 0` gave V8's array its empty backing store back, so every block grew a new one.
 * (It keeps the last block's mentions alive until the next block overwrites them.)
 */
const scratch: MentionRecord[] = [];
const NO_MENTIONS: readonly MentionRecord[] = EMPTY_LIST;
