import { codeAt, isUpperAsciiAt, isWordChar, nameGapBefore } from '../kb/names';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Entry, PlaceEntry } from '../kb/schema';
import type { RawMatch, UnnamedWords } from '../recognizers/entities';
import { boundedMemo } from '../text/boundedMemo';
import { mayBeWordBefore, wordBefore } from '../text/wordBefore';
import { categoryOf, type EntryChooser, type PickedEntry } from './entryChooser';
import { ministryWrittenAfter, organNamedInBlock, ownedByStateWithout, ownedOrgan } from './ownedOrgan';
import { MentionRecord, TitledMention, type Reading } from './mentionRecord';
import { regionOfListedPlace } from './listedRegion';
import { listedResolutionMentions, listsResolutions } from './listedResolutions';
import { EMPTY_LIST } from '../text/emptyList';
import { followsCommissionerFor, LONG_TITLE_LAST, LONG_TITLE_LAST_HASHES, TITLE_LAST, TITLE_LAST_HASHES, titleAfter, titleBefore } from './titleBefore';
import { personOfOrganizationWord, rivalHolderAt, shortFormMentions, titledHolderAt, titledSurnameMentions } from './titledSurnames';
import { bareVariantMentions, variantNameMentions } from './variantNames';
import { continuesList, dateSetIn, dateToldIn, endsAnAddress, isCityByWhatFollows, isDateline, isLocative, isPublisherCity, listsPlainPlaces, namesAConstituency, namesARoute, opensClauseAfterList, standsForADeal } from './capitalAsPlace';
import { abbreviatesUnknownName, citesAnAuthor, namesABoatClass, endsLongerTitleOf, endsLongerUnknownName, followsAnotherFirstName, inAnotherArabicName, isFirstName, isOthersInstitution, liesInAnotherState, namedOfAnotherState, namedAfterAnotherState, opensAnHonorific, startsLongerName, namesAConcept, namesAGrade, namesAHyphenRegion, namesALanguage, namesAPlacePortfolio, namesAWater, namesAPortfolio, namesARegion, namesAShip, opensAnInstitutionName, opensHyphenatedName, personNamesSomethingElse, placeNamesSomethingElse, precedesAnotherSurname, seatHolder, titleInApposition } from './nameContext';


/**
 * One string per written form ("Russia", "the INF Treaty"): a long document names the same few
 * entities thousands of times, and every open document's mentions stay in memory. Bounded.
 */
const internText = boundedMemo((copy) => copy, 20_000);

/**
 * The interned text between `start` and `end`: the pick's last one when the text repeats it. The
 * text is cut out and compared whole, which V8 does natively: replayed on the 21,236 mentions of
 * 1 MB of prose, 0.72 of the time of a loop over character codes (and `startsWith`, 0.96 of it).
 */
function writtenText(text: string, start: number, end: number, picked: PickedEntry): string {
  const written = text.slice(start, end);
  const last = picked.lastWritten;
  if (written === last) return last;
  return (picked.lastWritten = internText(written));
}

/**
 * "a coalition of the willing": a lowercase name with "of" in it after "a" is a common noun. Not
 * "a euro area budget", where "a" goes with the noun after the name.
 */
function isIndefiniteNoun(text: string, match: RawMatch): boolean {
  const c = text.charCodeAt(match.start);
  if (c < 97 || c > 122 || wordBefore(text, match.start) !== 'a') return false;
  return /\sof\s/.test(text.slice(match.start, match.end));
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

/** An organization, group or institution: not a person, a state, a place or a treaty. */
const isOrganization = (picked: PickedEntry) => {
  const category = picked.reading.category;
  return category === 'organization' || category === 'group' || category === 'institution';
};

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
  /** Whether the block has a bare surname or a short form, which name what the document names in full (see `bareWordTargets`). */
  bareWords = false,
  /** Whether the block is a heading, whose words may all be capitalized ("Europe Needs Rutte"). */
  heading = false,
): readonly MentionRecord[] {
  // a list of this call's own, young like the mentions stored in it: storing each into a list kept
  // from call to call (old) made V8 record every slot for the next collection, a call per mention
  const found: MentionRecord[] = [];
  let previousEnd = 0;
  // the last mention if it named a place, for a list after a preposition ("in Geneva, Brussels and
  // Vienna"): whether it is a location is worked out only when a capital follows it in a list
  let placeStart = -1;
  let placeEnd = -1;
  let placeLocated: boolean | undefined;
  let placeListed = false;
  // whether that place stands for no government ("Aleppo"): a capital listed after it is a place too
  let placePlain = false;
  // where the last capital read as its government ends: one listed after it with "and" is read the
  // same way unless it is plainly a location ("sanctions aimed at Moscow and Minsk")
  let governmentEnd = -1;
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i]!;
    // "Romania's Constitutional Court"; "the Constitutional Court" in a document that names Romania
    // more than other states with one, or else in a paragraph that names Romania alone of them
    const choice = chooser.choiceOf(match.targets);
    const owned = choice.mayBeOwnedOrgan ? ownedOrgan(text, matches, i, chooser, kb, date) : undefined;
    const picked = owned ?? choice.picked ?? organNamedInBlock(text, matches, i, chooser, kb);
    if (!picked) continue;
    // "In India, the Supreme Court …": not another state's court, whatever the document's words
    if (!owned && picked.target.contextual && ownedByStateWithout(text, matches, i, chooser, kb)) continue;
    if (isIndefiniteNoun(text, match)) continue;
    // the names that go on with another name's words ("the Washington Consensus", "Manila Bay", "China
    // Development Bank", "King Charles Street") are followed by a space and a capital, read once here
    // for the four tests that look for them: most names are not, and each test would read them again
    const capitalAfter = codeAt(text, match.end) === 32 && isUpperAsciiAt(text, match.end + 1);
    // "the Washington Consensus": the name of an idea, not the government (a person's doctrine keeps its person)
    if (capitalAfter && !heading && picked.reading.category !== 'person' && namesAConcept(text, match.end)) continue;
    // "the Stockholm Agreement", "the Doha Round": a place in the name of something the knowledge base lacks
    if (picked.reading.kind === 'place' && placeNamesSomethingElse(text, match.end)) continue;
    // "the Luzon Strait", "Manila Bay", "the Philippine Sea": a water named after the place or the state
    // (not a region: "the Caribbean Sea" is the Caribbean's)
    if (capitalAfter && (picked.seat || picked.reading.category === 'city' || picked.reading.category === 'island' || picked.reading.category === 'state') && namesAWater(text, match.end)) continue;
    // "King Charles Street", "the Mandela Foundation": a place or a body named after the person
    if (capitalAfter && picked.person && personNamesSomethingElse(text, match.end)) continue;
    // "the Ta'ang National Liberation Army": an organization's name ending a longer one the knowledge base lacks
    if (!heading && match.end - match.start > 12 && isOrganization(picked) && text.indexOf(' ', match.start) < match.end && endsLongerUnknownName(text, match.start, previousEnd)) continue;
    // "the Constitutional Court of Bosnia and Herzegovina": a name bodies share, of another owner than the one read
    // (a person "of Egypt" is from there: "Ramy Youssef of Egypt")
    if (picked.target.contextual && !picked.person && namedOfAnotherState(text, picked.entry, match, matches[i + 1], chooser, kb)) continue;
    // "the Botswana Democratic Party": the same, with the other state before the name
    if (picked.target.contextual && i > 0 && namedAfterAnotherState(text, picked.entry, match, matches[i - 1], chooser, kb)) continue;
    // "China Development Bank", "Kyiv School of Economics": a state or place opening an unknown institution's name
    if (capitalAfter && (picked.reading.kind === 'place' || picked.seat || picked.reading.category === 'state') && opensAnInstitutionName(text, match.end)) continue;
    // "the Rt Hon David Lammy": an honorific, not RT
    if (opensAnHonorific(text, match.start, match.end)) continue;
    // "a Status of Visiting Forces Agreement": a generic treaty name that ends a longer title the knowledge base lacks
    if (picked.reading.kind === 'treaty' && picked.target.contextual && endsLongerTitleOf(text, match.start)) continue;
    // a ship's or a hull class's prefix ends with a capital, before a space or a hyphen: most names
    // follow another letter, tested once for both
    const capitalTwoBefore = isUpperAsciiAt(text, match.start - 2);
    // "USS Harry S. Truman", "HMS Kyiv": a ship named for a person or a place
    if (capitalTwoBefore && picked.reading.kind !== 'treaty' && picked.reading.category !== 'vessel' && namesAShip(text, match.start)) continue;
    // "12 SSN-AUKUS submarines": a class of boat named after the pact
    if (capitalTwoBefore && namesABoatClass(text, match.start)) continue;
    const start = picked.particles ? withParticles(text, match.start, picked.particles, previousEnd) : match.start;
    const endBefore = previousEnd;
    previousEnd = match.end;
    // "Hunter Biden", "Lothar de Maizière": another bearer of the surname, whom the knowledge base does not know
    if (picked.surnameOnly && !heading && followsAnotherFirstName(text, start, i > 0 ? endBefore : -1, picked.entry.name)) continue;
    // "Abbas Aragchi": the surname is another person's first name
    if (picked.surnameOnly && !heading && precedesAnotherSurname(text, match.end, picked.entry.name) && matches[i + 1]?.start !== match.end + 1) continue;
    // "Crown Prince Salman bin Hamad", "Tahnoun bin Zayed", "Mishal al-Ahmad": a piece of another Arabic name
    if (picked.surnameOnly && inAnotherArabicName(text, start, match.end, picked.entry.name)) continue;
    // "Yunus-Bek Yevkurov": the first part of a hyphenated name, no surname of its own
    if (picked.surnameOnly && opensHyphenatedName(text, match.end)) continue;
    const written = writtenText(text, start, match.end, picked);
    // "in Ottawa and Washington refused to budge": a capital after "and" that opens a clause ends the list
    const listed: boolean =
      placeEnd >= 0 && match.start - placeEnd <= 10 && continuesList(text, placeEnd, match.start, match.end, placeListed) && !(picked.seat && opensClauseAfterList(text, match.start, match.end));
    // where the place before ended, for the comma after it below ("Homs, Damascus and Latakia")
    const listedAfter = placeEnd;
    placeEnd = -1;
    // "Kharkiv, Kherson and Zaporizhzhia oblasts": the regions named after the cities
    const region = picked.reading.kind === 'place' ? regionOfListedPlace(text, match.end, picked.reading.id, kb) : undefined;
    if (region) {
      found.push(new MentionRecord(start, match.end, written, region));
      continue;
    }
    // "As Jordan (2024) argues", "[^2]: Paris, R. (2025).": an author cited by surname, not the state or the city
    if ((picked.reading.category === 'state' || picked.seat) && citesAnAuthor(text, match.start, match.end)) continue;
    if (picked.seat) {
      const government = governmentOf(text, match, picked, kb, date);
      // "the hon. Member for Washington and Gateshead South", "the Member for Cities of London and
      // Westminster": a constituency, neither government nor city
      if (government && namesAConstituency(text, match.start, match.end)) continue;
      const afterGovernment = governmentEnd >= 0 && match.start - governmentEnd <= 6 && AND_OR_GAP.test(text.slice(governmentEnd, match.start));
      const located =
        government &&
        (isLocative(text, match.start, match.end, afterGovernment) ||
          isCityByWhatFollows(text, match.start, match.end) ||
          namesARoute(text, match.start, match.end) ||
          endsAnAddress(text, match.start, match.end) ||
          isDateline(text, match.start, match.end) ||
          isPublisherCity(text, match.start, match.end) ||
          (listed && (placeLocated ??= isLocative(text, placeStart))) ||
          (listed && placePlain && (placeListed || text.charCodeAt(listedAfter) === 44 /* , */)) ||
          listsPlainPlaces(text, match.end, matches[i + 1], chooser));
      // "another Minsk", "the failures of Oslo": the deal made there, neither government nor city
      if (government && !located && standsForADeal(text, match.start, match.end, picked.reading.id)) continue;
      if (government && !located) {
        governmentEnd = match.end;
        found.push(new MentionRecord(start, match.end, written, metonymReading(picked, government)));
        withMinistryAfter(text, match.end, government.id, chooser, kb, found);
        continue;
      }
      placeLocated = government ? true : undefined;
    } else placeLocated = listed ? (placeLocated ??= isLocative(text, placeStart)) : undefined;
    // "Tripoli in Lebanon": another city of that name
    if (picked.reading.kind === 'place' && liesInAnotherState(text, picked.entry, match, matches[i + 1], chooser)) continue;
    // "Urals crude", "Discounts on Urals", "Urals fell to $38": the grade of oil, not the place
    if (picked.reading.kind === 'place' && !picked.seat && namesAGrade(text, match.start, match.end)) continue;
    if (picked.reading.kind === 'place') {
      placeStart = match.start;
      placeEnd = match.end;
      placeListed = listed;
      placePlain = !picked.seat;
    }
    if (picked.reading.form === 'adjective' && (namesARegion(text, start) || namesAHyphenRegion(text, start) || namesALanguage(text, start, match.end))) continue;
    // "East Asia", "Western Europe", "East Africa": a part of the continent the knowledge base lacks, not the continent
    if (mayBeContinent(picked.reading.id) && namesARegion(text, start)) continue;
    // "the \"Terror-Free Türkiye\" process": a state's name ending a programme's, whose spelling is the programme's
    // (the two e's of "Free" tested first: the "the" before many a state's name ends in one)
    if (picked.reading.category === 'state' && start >= 3 && text.charCodeAt(start - 2) === 101 /* e */ && text.charCodeAt(start - 3) === 101 && FREE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
    // "BELEM, BRAZIL, 4 March 2026 —": the country of a dateline says where, not who
    if (picked.reading.category === 'state' && isDateline(text, match.start, match.end)) continue;
    // "the International Chamber of Commerce (ICC)": the acronym of a name the knowledge base lacks
    if (picked.reading.form === 'acronym' && abbreviatesUnknownName(text, start, written, i > 0 ? matches[i - 1] : undefined)) continue;
    if (picked.reading.form === 'alias' && startsLongerName(text, match.end, picked.target)) continue;
    if (!owned && picked.reading.form === 'alias' && isOthersInstitution(text, picked, match, i > 0 ? matches[i - 1] : undefined, matches[i + 1], chooser, kb)) continue;
    // "the Ministry of Law and Justice" is no party
    if (picked.reading.kind === 'actor' && namesAPortfolio(text, start)) continue;
    // "Commissioner for the Mediterranean", "Secretary of State for Northern Ireland": a portfolio, not the place
    if (picked.reading.kind === 'place' && namesAPlacePortfolio(text, start)) continue;
    // "Jordan Mercer said", "our adviser, Chad, wrote": a person, not the state
    if (picked.reading.category === 'state' && isFirstName(text, written, start, match.end, matches[i + 1])) continue;
    // "Prime Minister Montenegro": the surname of one who held that title, not the state
    if (picked.reading.category === 'state' && mayBeWordBefore(text, start, TITLE_LAST_HASHES) && TITLE_LAST.has(wordBefore(text, start))) {
      const holder = titledHolderAt(text, start, match.end, kb, date, chooser);
      if (holder) {
        found.push(holder);
        continue;
      }
    }
    // "Wagner said", after "Foreign Minister Thérèse Kayikwamba Wagner": the person, not the Wagner Group
    const person = picked.reading.form === 'alias' ? personOfOrganizationWord(picked.target, kb, chooser) : undefined;
    if (person) {
      found.push(new MentionRecord(start, match.end, written, person.reading));
      continue;
    }
    if (picked.person && ((mayBeWordBefore(text, start, LONG_TITLE_LAST_HASHES) && LONG_TITLE_LAST.has(wordBefore(text, start))) || followsCommissionerFor(text, start))) {
      // "Federal Minister of Defence Scholz" in 1988: Rupert Scholz, not the Olaf Scholz the surname alone names
      const rival = picked.reading.form === 'alias' && !written.includes(' ') ? rivalHolderAt(text, start, match.end, kb, date, chooser, picked.target) : undefined;
      if (rival) {
        found.push(rival);
        continue;
      }
      const title = titleBefore(text, start);
      if (title) {
        found.push(new TitledMention(start, match.end, written, picked.reading, title.text, title.start));
        continue;
      }
    }
    // a comma and one space or line break before the name (two characters for a CRLF)
    // (the `start` tests keep reads inside the text: one before its start deopts this loop once per process)
    if (picked.person && start >= 2 && (text.charCodeAt(start - 2) === 44 /* , */ || (start >= 3 && text.charCodeAt(start - 3) === 44 && nameGapBefore(text, start) === 2))) {
      const title = titleInApposition(text, start, match.end);
      if (title) {
        found.push(new TitledMention(start, match.end, written, picked.reading, title.text, title.start));
        continue;
      }
    }
    // "Filippo Grandi, the UN's refugee chief, …"
    if (picked.person && codeAt(text, match.end) === 44 /* , */) {
      const title = titleAfter(text, match.end);
      if (title) {
        found.push(new TitledMention(start, match.end, written, picked.reading, title.text, title.start));
        continue;
      }
    }
    found.push(new MentionRecord(start, match.end, written, picked.reading));
    if (picked.reading.category === 'state') withMinistryAfter(text, match.end, picked.reading.id, chooser, kb, found);
  }
  // "President Duterte": a surname that names someone only after a title (rare: most blocks have none)
  const titled = unnamed && unnamed.count > 0 ? titledSurnameMentions(text, unnamed, kb, date, chooser, bareWords) : undefined;
  // "Sergei Shoygu": a known person's surname spelt another way (rare too)
  const variants = unnamed && unnamed.count > 1 ? variantNameMentions(text, unnamed, kb.matcher, chooser) : undefined;
  // "the Commission", once the document names the European Commission; "Araqchi", once it names Abbas Araghchi
  const short = unnamed && bareWords ? shortFormMentions(text, unnamed, kb, chooser) : undefined;
  const bareVariants = unnamed && bareWords ? bareVariantMentions(text, unnamed, kb.matcher, chooser) : undefined;
  // "recalls its resolutions 2653 (2022), 2699 (2023) and 2793 (2025)"
  const resolutions = mayListResolutions(text, unnamed) ? listedResolutionMentions(text, kb.matcher, chooser, (start, end) => overlapsFound(start, end, found)) : undefined;
  if (titled || variants || short || bareVariants || resolutions) {
    return [...found, ...(titled ?? []), ...(variants ?? []), ...(short ?? []), ...(bareVariants ?? []), ...(resolutions ?? [])].sort((a, b) => a.start - b.start);
  }
  // an exact-size copy: the list is kept with the block, and one grown by push keeps spare room;
  // a block that names nothing (most headings, many items) shares one empty list
  return found.length === 0 ? NO_MENTIONS : found.slice();
}

/**
 * Whether the block may list resolutions by number (`listsResolutions`): a number follows
 * "resolutions" and white space, so a block where the name scan saw no digit after white space
 * (`UnnamedWords.numberless`) lists none, and is not searched for the word. Over the 1 MB of prose,
 * 3,100 of 3,775 blocks hold no digit at all.
 */
const mayListResolutions = (text: string, unnamed: Readonly<UnnamedWords> | undefined): boolean => unnamed?.numberless !== true && listsResolutions(text);

/** A capitalized compound with "-Free" before a name: "Terror-Free Türkiye", "Nuclear-Free Korea". */
const FREE_BEFORE = /\p{Lu}\p{Ll}+-Free\s$/u;

/** The continents, whose names a compass word before makes a region's ("East Asia"). */
const CONTINENTS = new Set(['asia', 'africa', 'europe', 'eurasia']);

/** Whether `id` is one of `CONTINENTS`, its first letter tested first: the look-up cost as much as a mention's other tests after `written` together. */
function mayBeContinent(id: string): boolean {
  const first = id.charCodeAt(0);
  return (first === 97 /* a */ || first === 101) /* e */ && CONTINENTS.has(id);
}

/**
 * The government a capital's mention stands for: the one that sat there on `date`, kept with the
 * pick (every mention of "Moscow" in one analysis asks about the same date), unless the sentence is
 * set in another year ("In 1975, Moscow signed …"; see `dateSetIn`, `dateToldIn`) and the capital
 * changed governments.
 */
function governmentOf(text: string, match: RawMatch, picked: PickedEntry, kb: KnowledgeBase, date: string): Entry | undefined {
  const place = picked.entry as PlaceEntry;
  if (picked.seatDate !== date) {
    const holder = seatHolder(place, date);
    picked.seatGovernment = holder ? kb.get(holder) : undefined;
    picked.seatDate = date;
  }
  const when = picked.changedHands ? (dateSetIn(text, match.start, match.end) ?? dateToldIn(text, match.start, match.end)) : undefined;
  const holder = when && seatHolder(place, when);
  return holder ? kb.get(holder) : picked.seatGovernment;
}

/** " and " or " or " between two names, as in "Moscow and Minsk". */
const AND_OR_GAP = /^\s+(?:and|or)\s+$/;

/** Whether a span overlaps one of the mentions `found`. */
function overlapsFound(start: number, end: number, found: readonly MentionRecord[]): boolean {
  for (let k = 0; k < found.length; k++) if (found[k]!.start < end && start < found[k]!.end) return true;
  return false;
}

/**
 * "Ukraine's foreign ministry", "Moscow's defence ministry": after a state's mention ending at `end`,
 * the state's ministry written in lowercase words, which no match starts at, added to `found`.
 */
function withMinistryAfter(text: string, end: number, stateId: string, chooser: EntryChooser, kb: KnowledgeBase, found: MentionRecord[]): void {
  const ministry = ministryWrittenAfter(text, end, stateId, chooser, kb);
  if (ministry) found.push(new MentionRecord(end + 3, ministry.end, text.slice(end + 3, ministry.end), ministry.picked.reading));
}

/** Whether `text` writes the lowercase `particle` at `at`, perhaps capitalized where it opens a sentence ("De Gaulle left"). */
function writesParticle(text: string, at: number, particle: string): boolean {
  if (text.startsWith(particle, at)) return true;
  const first = particle.charCodeAt(0);
  return first >= 97 && first <= 122 && text.charCodeAt(at) === first - 32 && text.startsWith(particle.slice(1), at + 1);
}

/**
 * Where a person's mention starts when the text writes the lowercase words of the name before the
 * matched end of it ("President von der Leyen", where "Leyen" matched): the furthest of those words
 * the text repeats, one space or line break apart, not reaching into the mention before ("De Gaulle",
 * where the first opens a sentence, too).
 */
function withParticles(text: string, start: number, particles: readonly string[], notBefore: number): number {
  let at = start;
  for (let k = particles.length - 1; k >= 0; k--) {
    const word = particles[k]!;
    const gap = nameGapBefore(text, at);
    const wordStart = at - gap - word.length;
    if (wordStart < notBefore || gap === 0 || !writesParticle(text, wordStart, word)) break;
    if (wordStart > 0 && isWordChar(text, wordStart - 1)) break;
    at = wordStart;
  }
  return at;
}

const NO_MENTIONS: readonly MentionRecord[] = EMPTY_LIST;
