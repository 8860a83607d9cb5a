import { MONTH_PATTERN } from '../dates';
import type { RawMatch } from '../recognizers/entities';
import { sentenceAround } from '../text/sentenceAround';
import { lineBreakSpaces } from '../text/lineBreakSpaces';
import { allMatches } from '../text/allMatches';
import { asciiLettersFirst } from '../text/asciiLettersFirst';
import { footnoteDefinitionLength, lineBefore } from '../text/footnotes';
import { secondWordBefore, spaceStartBefore, wordBefore, wordStartBefore } from '../text/wordBefore';
import type { EntryChooser } from './entryChooser';
import { codeAt, isSpaceAt, isUpperAsciiAt } from '../kb/names';
import { isSameAsciiWord } from '../kb/wordHash';

/*
 * Whether a capital's name stands for the city rather than its government: after a preposition or a
 * strike, in a list of places, in a dateline, in the name of what was held there.
 */

/** Whether `sticky` matches at `at`. */
function followedBy(sticky: RegExp, text: string, at: number): boolean {
  sticky.lastIndex = at;
  return sticky.test(text);
}

/** Prepositions after which a capital's name is a location, not its government ("talks in Moscow"). */
const LOCATIVE =
  /(?:\b(?:in|at|near|outside|around|inside|into|to|across|within|toward|towards|via|through|over|visit|visits|visited|visiting|toured|touring|tours|city of|mayor of|streets of|embassy in|embassies in|outskirts of|suburbs of|(?:districts?|neighbou?rhoods?|quarters?|slums?|areas?|corners?|part) of|(?:miles|kilometres|kilometers|km|nm) off|fall of|siege of|capture of|status of|division of|partition of|annexation of|occupation of|sites of|reconstruction of|rebuilding of|destruction of|ruins of|recapture of|liberation of|most of|much of|parts of|(?:took|taken|take|taking|seized|gained|regained|lost) control of|controls|controlled|controlling|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west) of|ports? of|out of|centre of|center of|heart of|(?:ports|cities|towns|harbou?rs) such as|struck|strikes? on|shook|rocked|shelled|shelling|bombed|bombing|entered|entering|captured|capturing|seized|seizing|retook|retaking|besieged|besieging)\s+)$/i;
/** The last words LOCATIVE can end with: a cheap test before the regular expression. */
const LOCATIVE_LAST = new Set(
  'in at near outside around inside into to as across within toward towards via through over visit visits visited visiting toured touring tours of off struck on shook rocked shelled shelling bombed bombing entered entering captured capturing seized seizing retook retaking besieged besieging controls controlled controlling'.split(' '),
);

/** The words of LOCATIVE_LAST that are a whole alternative of LOCATIVE by themselves ("in", not "of"). */
const ONE_WORD_LOCATIVES = new Set([...LOCATIVE_LAST].filter((word) => LOCATIVE.test(`${word} `)));
/** How far before a name LOCATIVE reads. */
const LOCATIVE_REACH = 24;

/**
 * Whether LOCATIVE matches the LOCATIVE_REACH characters before `at`, which end with `before` (as
 * `wordBefore` reads it) and white space. Where `before` is a whole alternative ("in", "near") and
 * stands in reach as written, the pattern matches just when no letter, digit or underscore stands
 * before the word: so it is told without the pattern, which an unanchored search tried at each of
 * the 24 characters (the treaty text's places follow "in" and "near").
 */
function endsWithLocative(text: string, at: number, before: string): boolean {
  const from = Math.max(0, at - LOCATIVE_REACH);
  const wordStart = spaceStartBefore(text, at) - before.length;
  if (ONE_WORD_LOCATIVES.has(before) && wordStart >= from && isSameAsciiWord(before, text, wordStart, wordStart + before.length)) {
    return wordStart === from || !isPatternWordChar(text.charCodeAt(wordStart - 1));
  }
  return LOCATIVE.test(text.slice(from, at));
}

/** A character of `\w` (letters and digits of ASCII, and the underscore), on which `\b` turns. */
const isPatternWordChar = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122) || c === 95; /* _ */

/**
 * A capital named for what was agreed or held there ("the Astana Process", "the Kyiv Summit", "the
 * Moscow summit", an instrument the knowledge base lacks): the city, not its government.
 */
const INSTRUMENT_AFTER =
  new RegExp(asciiLettersFirst(lineBreakSpaces(String.raw` (?:(?:and|or) \p{Lu}[\p{L}'’-]+ )?(?:[Cc]onventions?|[Tt]reat(?:y|ies)|[Aa]greements?|[Aa]ccords?|[Pp]rotocols?|[Mm]emorand(?:um|a)|[Pp]acts?|[Cc]harter|[Dd]eclarations?|[Dd]ocument|[Pp]rocess(?:es)?|[Ff]ormat|[Ss]ummits?|[Cc]ommuniqué|[Cc]onferences?|[Mm]inisterial|[Mm]eetings?|track)\b`)), 'uy');
/**
 * What was agreed or held in a city, in words that may also follow its government ("the Doha text",
 * "the Washington and Doha deals", "the Istanbul talks", "the Cairo channel"), and what sits there in words that may be
 * verbs ("the Rome court", "a Vienna secretariat"; "Moscow courts Beijing"): the city only after "the" or "a".
 */
const VENUE_AFTER =
  new RegExp(asciiLettersFirst(lineBreakSpaces(String.raw` (?:(?:and|or) \p{Lu}[\p{L}'’-]+ )?(?:deals?|texts?|talks|round|framework|dialogue|channel|negotiations|ceasefire|courts?|tribunal|secretariat|headquarters|stock exchange)\b`)), 'uy');
/**
 * What else, after a capital's name, makes it the city: a target in reach ("puts Vilnius and Riga
 * within range"), what is located there ("the Brussels bureau", "the Kabul airport", "Tbilisi
 * mayor", "Kyiv's central station", "the Vienna-based body", the region around it ("Buenos Aires
 * Province", "the Moscow region"), "San José is home to …", "to Moscow,
 * where …"), called a capital in apposition ("Tashkent, the Uzbek capital, follows", "Almaty,
 * Kazakhstan's capital") or recognized as one ("recognised Jerusalem as the capital of Israel"), a venue ("proposed Moscow as the venue"), its fall ("since Khartoum fell into
 * fighting"), what an army did to it, in apposition ("Khartoum, retaken by the army in March 2025,
 * remains …", "Kyiv, shelled nightly,"; "captured" and the like only before "by": "Moscow, seized
 * by panic" is rare, "taken aback" is the government), or a full date after a comma, as in a venue line ("Peninsula Security Forum, Seoul,
 * 16 September 2025").
 */
const CITY_AFTER =
  new RegExp(asciiLettersFirst(lineBreakSpaces(String.raw` (?:(?:and|or) \p{Lu}[\p{L}'’-]+ )?(?:(?:well|easily|now|already) )?within (?:\p{Ll}+ )?range\b| (?:bureaus?|office|offices|correspondents?|airport|residents|suburbs|metro|subway|skyline|mayor|municipality|city council|fell (?:to|into))\b| (?:[Pp]rovince|[Rr]egion|[Oo]blast|[Gg]overnorate)\b|['’]s (?:\p{Ll}+ )?(?:station|airport|streets|suburbs|outskirts|metro|skyline|residents|mayor|city cent(?:re|er)|old town)\b|,? as (?:the|a) (?:venue|host city)\b| (?:remains|is|was|became|becomes) (?:the|a) venue\b| (?:is|was) home to\b|,\s+where\b|,\s+(?:retaken|recaptured|besieged|shelled|bombed|bombarded|overrun|(?:captured|seized|occupied|encircled|controlled|liberated) by)\b|,\s*(?:the )?(?:\p{Lu}[\p{L}'’.-]+ ){0,3}capital\b| as (?:the |its |their |a )?(?:[\p{L}'’.-]+ ){0,2}capital\b|-based\b|,\s*(?:\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}|\p{Lu}\p{Ll}+\s+\d{1,2},\s+\d{4})\b`)), 'uy');
/**
 * Whether a capital ends an address or a venue line after a comma: "Press Office, Ministry of Foreign
 * Affairs, Tallinn.", "U.S. Mission to the African Union, Addis Ababa".
 */
export function endsAnAddress(text: string, start: number, end: number): boolean {
  if (start < 2 || text.charCodeAt(start - 2) !== 44 /* , */ || text.charCodeAt(start - 1) !== 32) return false;
  return followedBy(ADDRESS_END, text, end);
}
/**
 * The end of a line that is not hard-wrapped prose going on in lowercase ("Washington, Moscow⏎and
 * Kyiv"), after a period and the end of an emphasis ("*Media enquiries: …, Tallinn.*").
 */
const ADDRESS_END = /[*_]{0,2}\.?[*_]{0,2}[ \t]*(?:\r?\n(?![ \t]*\p{Ll})|$)/uy;

const ARTICLES = new Set(['the', 'a']);
/** A year as a word before a name: "the 2025 London Sudan Conference". */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * A conference or summit named after its host city with what it is about between, after "the" or a
 * year: "the London Sudan Conference", "the 2025 Paris Ukraine Summit" (the city, as "the Kyiv
 * Summit" is).
 */
const HOSTED_AFTER = new RegExp(asciiLettersFirst(lineBreakSpaces(String.raw` (?:\p{Lu}[\p{L}'’-]+ ){1,2}(?:[Cc]onferences?|[Ss]ummits?)\b`)), 'uy');

/**
 * A common noun after "the" and a capital's name names something held or made there: "the Nairobi
 * call", "the Seoul trilateral", "the Beijing toolmaker". These words do not: the government itself
 * ("the Beijing government"), and words that begin a clause or phrase instead of a noun. One sticky
 * test, with no match array made: it runs at thousands of capitals.
 */
const NOT_HELD_THERE =
  'government|governments|regime|regimes|authorities|administration|leadership|leaders|rulers|establishment|junta|cabinet|elite|elites|side|camp|line|position|view|views|stance|and|or|nor|but|of|that|which|who|whose|to|in|on|at|by|for|with|from|as|than|is|are|was|were|be|been|has|have|had|will|would|could|should|may|might|can|must|do|does|did|not|also';
const NOUN_HELD_THERE = new RegExp(asciiLettersFirst(lineBreakSpaces(String.raw` (?!(?:${NOT_HELD_THERE})\b)\p{Ll}+\b(?![-'’])`)), 'uy');

/** Whether the words after a capital's name, which starts at `start`, make it the city: an instrument or event named for it, or CITY_AFTER. */
export function isCityByWhatFollows(text: string, start: number, end: number): boolean {
  const article = wordBefore(text, start);
  if (ARTICLES.has(article) && (followedBy(VENUE_AFTER, text, end) || (article === 'the' && followedBy(NOUN_HELD_THERE, text, end)))) return true;
  // "the London Sudan Conference", "the 2025 London Sudan Conference"
  if (isUpperAsciiAt(text, end + 1) && (article === 'the' || YEAR.test(article)) && followedBy(HOSTED_AFTER, text, end)) return true;
  return followedBy(INSTRUMENT_OR_CITY_AFTER, text, end);
}
/**
 * Whether the capital at [start, end) is one of the places a route is named after, joined by dashes
 * before a word for the route: "the Baku–Tbilisi–Ceyhan pipeline", "the Baku–Tbilisi–Kars railway".
 * "Moscow–Kyiv talks" keep the governments.
 */
export function namesARoute(text: string, start: number, end: number): boolean {
  const dashAfter = isDash(codeAt(text, end));
  if (!dashAfter && (start === 0 || !isDash(text.charCodeAt(start - 1)))) return false;
  ROUTE_AFTER.lastIndex = end;
  const after = ROUTE_AFTER.exec(text);
  return after !== null && ROUTE_NOUN.test(after[1]!);
}
const isDash = (c: number) => c === 0x2013 /* – */ || c === 0x2014 /* — */ || c === 45; /* - */
/** The rest of a chain of dashed names after a capital, then the word after it (group 1). */
const ROUTE_AFTER = /(?:[–—-]\p{Lu}[\p{L}'’]*)*\s+(\p{Ll}+)/uy;
const ROUTE_NOUN = /^(?:pipelines?|railway|railways|railroad|rail|highway|motorway|road|corridor|route|line|cable|interconnector|link|canal|flights?)$/;

/** A publisher after a city in a reference: "London: Routledge", "Washington, DC: Brookings Institution Press". */
const PUBLISHER_AFTER = /(?:,\s+D\.?C\.?)?:\s+\p{Lu}/uy;
/** An author's year in a reference's line before the city: "Smith, J. (2024)." */
const AUTHOR_YEAR_BEFORE = /\((?:19|20)\d\d[a-z]?\)/;

/** Whether the capital at [start, end) is a reference's place of publication: "[^1]: Smith, J. (2024). *Title*. London: Routledge." */
export function isPublisherCity(text: string, start: number, end: number): boolean {
  const c = codeAt(text, end);
  if ((c !== 58 /* : */ && c !== 44) /* , */ || !followedBy(PUBLISHER_AFTER, text, end)) return false;
  // a reference's line: a footnote's definition ("[^1]: …") or an author's year
  const line = lineBefore(text, start);
  return footnoteDefinitionLength(line) >= 0 || AUTHOR_YEAR_BEFORE.test(line);
}

/** INSTRUMENT_AFTER or CITY_AFTER, in one test: it runs at every capital that reads as no location. */
const INSTRUMENT_OR_CITY_AFTER = new RegExp(`${INSTRUMENT_AFTER.source}|${CITY_AFTER.source}`, 'uy');

/**
 * Words before "to" that address a government rather than go to a city: "a message to Moscow",
 * "talk to Beijing", "aid to Kyiv", "arms sales to Taipei", "missiles to Kyiv", "a channel to
 * Ankara", "tying Tokyo more closely to Washington"; a source or what a government gets:
 * "according to Washington", "a gift to Moscow", "a blow to Beijing"; what weighs with a government:
 * "what matters to Kyiv", "acceptable to Beijing", "explained to Moscow"; advice and what is owed or
 * worth: "recommendations to Washington", "guarantees are worth to Kyiv", "debts to Beijing"; and
 * the weapons and ships sent to a government: "offered destroyers to Manila".
 * ("travel to Moscow" stays a place.)
 */
const ADDRESSED_BY = new Set(
  'clear talk talks talking talked speak speaks spoke speaking message messages signal signals signalled signaled appeal appeals appealed letter letters reply replied respond responded responding listen listened offer offers offered proposal proposals propose proposes proposed promise promises promised concession concessions ultimatum warning warnings note notes aid assistance support loans loan sales sold sell selling weapons arms missiles drones tanks ammunition transfers transfer payments funds credit credits pledge pledges allegiance loyal loyalty close closer ally allied belongs answer answered answerable report reports reported turn turned demands demand complaint complaints protest protests request requests closely tie ties tied tying linked bound overture overtures outreach channel channels according gift gifts blow blows boost boon matter matters mattered important vital crucial acceptable unacceptable explain explains explained explaining recommendation recommendations advice advise advised suggestion suggestions worth value valuable useful costly painful hostile friendly opposed threat threats challenge guarantee guarantees assurance assurances commitment commitments obligation obligations owed debt debts exports deliveries delivered handed submitted presented ships vessels destroyers frigates corvettes submarines radars jets fighters aircraft planes helicopters equipment systems launchers artillery shells rockets interceptors munitions hardware batteries protocol hotline door addressed address addresses put puts'.split(' '),
);

/**
 * Words before "toward(s)" of a state's leaning to a government: "Honiara has tilted towards
 * Beijing", "Manila's pivot towards Washington", "any easing toward Havana". ("drove towards Kyiv"
 * stays a place.)
 */
const LEANING = new Set(
  'tilt tilts tilted tilting pivot pivots pivoted pivoting lean leans leaned leant leaning drift drifts drifted drifting gravitate gravitates gravitated gravitating shift shifts shifted shifting swing swings swung hostility hostile attitude attitudes approach policy policies stance posture openness warming thaw realignment orientation easing opening'.split(' '),
);

/**
 * Words before "at" that aim at a government rather than stand in a city: "sanctions aimed at
 * Moscow", "a jab at Washington", "hit back at Beijing", "lashed out at Kyiv". ("met at Moscow"
 * stays a place.)
 */
const AIMED_AT = new Set('aimed directed targeted pointed angry anger fury frustration jab jabs swipe swipes dig digs back out railed rail railing pressure'.split(' '));
/** Words between an aim and its "at": "aimed as much at Washington", "directed mainly at Moscow". */
const AIM_ADVERBS = new Set('much mainly chiefly largely partly primarily squarely directly especially particularly also'.split(' '));

/**
 * Words before "from" that make the capital a city: people who come from it ("friends from
 * Tirana"), the press that reports from it ("a call with reporters from Brussels"), travel and broadcasts ("returns from Moscow", "spoke by phone from Kyiv"), work done
 * there ("coordinating from The Hague"), distance ("a long way from Washington"), and envoys
 * called home ("recalled its ambassadors from London", "recalled from Kyiv"). ("a message from Moscow" is its government.)
 */
const FROM_A_CITY = new Set(
  'friends colleagues guests visitors participants students journalists journalist reporters reporter correspondents correspondent people residents families refugees pilgrims tourists travellers travelers return returns returned returning flew fly flies flying travelled traveled travelling traveling drove departed departing broadcast phone telephone link said spoke speaking ambassador ambassadors envoy envoys recalled evacuated working work works operating operates operate coordinating coordinated way'.split(
    ' ',
  ),
);
/** A link a capital is heard from: "took evidence from Kyiv by video link", "joined from Tallinn via videoconference". */
const BY_LINK = /\s+(?:by|via|over)\s+(?:a\s+)?(?:video|phone|telephone|videoconference|teleconference|satellite)\b/y;
/**
 * A task handed over "to" a government a few words before it: "outsource its security to
 * Washington", "entrusted the talks to Doha" (see `handedOverTo`).
 */
const HANDED_TO = /\b(?:outsourc(?:e|es|ed|ing)|subcontract(?:s|ed|ing)?|entrust(?:s|ed|ing)?|delegat(?:e|es|ed|ing)|leav(?:e|es|ing)|left|ced(?:e|es|ed|ing)|abandon(?:s|ed|ing)?|surrender(?:s|ed|ing)?)\s+(?:[\p{L}'’-]+\s+){0,3}to\s+$/u;
/** Whether the words before the "to" that ends at `at` hand a task over ("cannot leave the Sahel to Moscow"). */
const handedOverTo = (text: string, at: number): boolean => HANDED_TO.test(text.slice(Math.max(0, at - 48), at));
/**
 * A route that goes on to another place: "from Helsinki to Rostock", "from Dushanbe and Khujand to
 * Bishkek"; not a change of allegiance ("switched from Taipei to Beijing"), see SWITCHED.
 */
const SWITCHED = new Set('switch switched switches switching shift shifted shifting turned turning recognition allegiance'.split(' '));
const ON_TO_A_PLACE = /(?:(?:,\s*|\s+and\s+)\p{Lu}[\p{L}'’-]+)*\s+to\s+\p{Lu}/uy;
/**
 * Words of leaving, after which a capital is the city when the sentence goes on with a time or
 * ends: "left Niamey on 22 December". (What reaches a capital, money or a reply, often reaches its government.)
 */
const LEFT = new Set('left leave leaves leaving'.split(' '));
/** Words of leaving before "for" and the city one goes to: "left for Washington", "departed for Doha". */
const DEPARTED = new Set('left leave leaves leaving departed departs departing depart headed heads heading bound sailed flew'.split(' '));
/** Words before "for" that make the capital a venue: "planned for Port Moresby", "pencilled in for Budapest". */
const VENUE_PLANNED = new Set('planned scheduled pencilled penciled slated booked'.split(' '));
/** What runs or travels "between" cities, rather than the governments' relations, talks or quarrels. */
const BETWEEN_PLACES = new Set(
  'travelling traveling travelled traveled travel shuttling shuttled shuttle flights flight flew route routes cable cables pipeline pipelines railway railways rail road roads ferry ferries train trains'.split(' '),
);
/** A city named as a stop of a journey: "the first stop was Tokyo", "made Beijing his first stop". */
const STOP_WAS = /\b(?:stop|stops|destination|leg)\s+was\s+$/;
const A_STOP = /\s+(?:his|her|their|its|the)\s+(?:first|last|next|final|second|third)\s+(?:stop|destination|port of call)\b/y;
/** What follows a city one leaves ("left Tehran on 4 July"); not "left Kyiv short of shells". */
const TIME_OR_END = /\s*(?:[.;:!?]|$|\s(?:on|in|for|after|before|by|at|aboard|early|late|yesterday|today|last|this)\b)/y;
/** What follows an event named by its city after "after", "since" or "before": the clause ends, or a year ("after Baku.", "after Nairobi in 2015"). */
const EVENT_END = /\s*(?:[.:;!?]|\r?\n|$|\s+in\s+(?:19|20)\d\d\b)/y;

/** Forms of "use" before a venue where something is said or shown: "used Baku to present …". */
const USED = new Set(['used', 'uses', 'use', 'using']);
/** "to" and a verb of saying or showing after the venue; "used Minsk to pressure Kyiv" uses a government. */
const TO_VERB = /\s+to\s+(?:present|announce|unveil|launch|showcase|show|publish|deliver|outline|set\s+out|promote|pitch|signal|declare|sign|table|make\s+the\s+case)\b/y;

/**
 * Capitals whose bare name writers use for the accords made there: "the failures of Oslo", "the
 * mistakes of Minsk", "the spirit of Helsinki" (while "the demands of Moscow" are its government's).
 */
const ACCORD_CAPITALS = new Set(['minsk', 'oslo', 'helsinki']);
/** Words before "of" that judge or recall an accord: "the failures of Oslo", "the legacy of Helsinki". */
const ACCORD_JUDGED = new Set(
  'mistake mistakes failure failures collapse demise breakdown spirit legacy lesson lessons ghost ghosts logic model trap fate promise promises principles architecture success successes days era heirs'.split(' '),
);
/** Words before "a" that make a capital one of a kind: "a new Helsinki", "a second Minsk". */
const OF_A_KIND = new Set(['new', 'second', 'third', 'fresh']);
/** What follows a capital taken as one of a kind: no noun it describes ("another Minsk.", "a new Helsinki for Europe"; not "another Moscow summit"). */
const NO_NOUN_AFTER = /(?:\s*(?:[.,;:!?"”’)]|$)|\s+(?:for|in|of|on|at|to|with|by|or|and|nor|but|that|which|is|was|would|will|could|might|may)\b)/y;

/**
 * Whether a capital read as its government stands rather for a deal made there, or one like it:
 * "Ukraine does not want another Minsk", "Some want a new Helsinki for Europe", and for the
 * ACCORD_CAPITALS, "the mistakes of Minsk", "the failures of Oslo". Neither the government nor the
 * city ("Minsk insists", "pressure on Minsk" stay Belarus's government). `placeId` is the capital's entry.
 */
export function standsForADeal(text: string, start: number, end: number, placeId: string): boolean {
  const before = wordBefore(text, start);
  if (before === 'of') return ACCORD_CAPITALS.has(placeId) && ACCORD_JUDGED.has(secondWordBefore(text, start));
  if (before !== 'another' && !(OF_A_KIND.has(before) && secondWordBefore(text, start) === 'a')) return false;
  return followedBy(NO_NOUN_AFTER, text, end);
}

/** The words of a constituency's name before or after a capital in it: "Cities of London and Westminster", "Washington and Gateshead South". */
const CONSTITUENCY_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|of|and|the|upon|on)`;
/** "Member for" or "MP for" and the constituency's words before the capital: "the hon. Member for Cities of London". */
const MEMBER_FOR = new RegExp(asciiLettersFirst(String.raw`\b(?:[Mm]ember(?:\s+of\s+Parliament)?|MP)\s+for\s+(?:${CONSTITUENCY_WORD}\s+){0,3}$`), 'u');
/** A speaker label's bracket before the capital: "**Mrs Sharon Hodgson (" of "(Washington and Gateshead South) (Lab):**". */
const LABEL_BRACKET_BEFORE = new RegExp(asciiLettersFirst(String.raw`\p{Lu}[\p{L}'’.-]*\s+\((?:${CONSTITUENCY_WORD}\s+){0,4}$`), 'u');
/** The rest of a speaker label after the capital: the constituency's bracket closes, the party's follows, then a colon. */
const LABEL_BRACKET_AFTER = new RegExp(asciiLettersFirst(String.raw`(?:\s+${CONSTITUENCY_WORD}){0,5},?\)\s*\([\p{L}\/&.'’ -]{1,30}\)[*_]{0,2}:`), 'uy');

/**
 * Whether the capital at [start, end) is in a constituency's name in parliamentary records: in a
 * speaker's label before the party ("**Mrs Sharon Hodgson (Washington and Gateshead South) (Lab):**",
 * "(Cities of London and Westminster) (Con):") or after "Member for" ("the hon. Member for Washington
 * and Gateshead South"). No government and no capital: the mention is dropped.
 */
export function namesAConstituency(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (before.includes('for ') && MEMBER_FOR.test(before)) return true;
  return before.includes('(') && LABEL_BRACKET_BEFORE.test(before) && followedBy(LABEL_BRACKET_AFTER, text, end);
}

/**
 * Words for a government's own post abroad written before the capital it sits in, as its diplomats
 * name it ("UKMis Vienna", "UKRep Brussels", "USUN New York", "Embassy Vienna", "Post Kyiv"); folded.
 */
const DIPLOMATIC_POSTS = new Set(['embassy', 'consulate', 'post', 'ukmis', 'ukrep', 'ukdel', 'usun', 'useu', 'usnato', 'usmission', 'usosce']);

/** The word "capital" and a comma just before a capital's name. */
const CAPITAL_COMMA = /\bcapital,\s+$/;

/** Words for a part of a city between a preposition and its name: "in southern Tripoli", "across central Kyiv". */
const PART_OF_A_CITY = new Set('northern southern eastern western central downtown greater occupied north-eastern north-western south-eastern south-western'.split(' '));

/** A clause after "a" and a capital's name that says what kind of government it is: "a Warsaw that bargains", "a Washington which …". */
const A_KIND_OF = /\s+(?:that|which|whose|who)\b/y;

/**
 * Whether a possessive follows a name at `end`: "'s" or "’s" and no more of a word (`/^['’]s\b/`),
 * read by character codes where a slice and a pattern were made at every place with a word before it.
 */
function possessiveAt(text: string, end: number): boolean {
  const quote = codeAt(text, end);
  return (quote === 39 /* ' */ || quote === 0x2019) /* ’ */ && codeAt(text, end + 1) === 115 /* s */ && !isPatternWordChar(codeAt(text, end + 2));
}
/** A compound that says a government acted: "a Moscow-backed force", "a Washington-led coalition". */
const ACTED_BY = /^-(?:backed|led|brokered|sponsored|supported|aligned|allied|friendly|controlled|imposed|installed|funded|financed|armed|dominated|approved|ordered)\b/;

/**
 * Whether a place named at `start` is a location: "talks in Moscow", "the embassy in Kyiv", "in the
 * Donbas"; or a city that describes a thing after an article, "a Vienna research institute" (no one
 * writes "a Moscow" for a government), unless a compound says the government acted ("a
 * Moscow-backed force"); `end` is where the name ends. `afterGovernment`: the name follows "and" or
 * "or" after a capital read as its government, whose list it continues ("aimed at Paris and Berlin").
 */
export function isLocative(text: string, start: number, end = start, afterGovernment = false): boolean {
  let at = start;
  let before = wordBefore(text, at);
  // "the capital, Sanaa", "the Sudanese capital Khartoum": the word says it is the city
  if (before === 'capital' || (start >= 2 && text.charCodeAt(start - 2) === 44 /* , */ && CAPITAL_COMMA.test(text.slice(Math.max(0, start - 10), start)))) return true;
  // no word before (a sentence's first name, or one after a comma or bracket), as for a third of the
  // capitals in prose: of the tests below, only a stop after the name can say yes
  if (before === '') return end > start && followedBy(A_STOP, text, end);
  // "UKMis Vienna should circulate …", "Embassy Vienna", "Post Kyiv": a government's own post there, as its diplomats write it
  if (DIPLOMATIC_POSTS.has(before) && isUpperAsciiAt(text, wordStartBefore(text, start))) return true;
  // "a Moscow-backed force" is backed by the government, and "a Warsaw that bargains" is a kind of government
  if (before === 'a' || before === 'an') return !ACTED_BY.test(text.slice(end, end + 14)) && !followedBy(A_KIND_OF, text, end);
  // "in Moscow's view", "most of Moscow's demands": what a capital has is its government's
  if (end > start && possessiveAt(text, end)) return false;
  // "in the Donbas"; "a change of leader in both Seoul and Tokyo"; "in southern Tripoli"
  if (before === 'the' || before === 'both' || before === 'either' || PART_OF_A_CITY.has(before)) before = wordBefore(text, (at = wordStartBefore(text, at)));
  // "dear friends from Tirana": where people come from is a city ("a message from Moscow" is its government)
  if (before === 'from') {
    const fromWhat = secondWordBefore(text, at);
    return FROM_A_CITY.has(fromWhat) || (end > start && ((!SWITCHED.has(fromWhat) && followedBy(ON_TO_A_PLACE, text, end)) || followedBy(BY_LINK, text, end)));
  }
  // "talks resumed after Baku.", "priorities before Yaoundé": the conference held there; "after Moscow refused" is its government
  if (before === 'after' || before === 'since' || before === 'before') return end > start && followedBy(EVENT_END, text, end);
  if (LEFT.has(before)) return end > start && followedBy(TIME_OR_END, text, end);
  // "left for Washington": where one travels to; "planned for Port Moresby", "pencilled in for Budapest": a venue
  if (before === 'for') {
    const what = secondWordBefore(text, at);
    return DEPARTED.has(what) || VENUE_PLANNED.has(what === 'in' ? secondWordBefore(text, wordStartBefore(text, at)) : what);
  }
  // "a cable between Helsinki and Rostock", "travelling between Vienna, Tehran and …"; "talks between Moscow and Kyiv" are governments'
  if (before === 'between') return BETWEEN_PLACES.has(secondWordBefore(text, at));
  // "building up in Rūdninkai and Vilnius": the last of places after a preposition, the first of them
  // unknown; not after a capital read as its government ("sanctions aimed at Moscow and Minsk")
  if ((before === 'and' || before === 'or') && !afterGovernment && end > start && ENDS_CLAUSE.test(text.slice(end, end + 2)) && UNKNOWN_PLACES_BEFORE.test(text.slice(Math.max(0, at - 90), at))) return true;
  // "his first stop was Tokyo", "made Beijing his first stop"
  if (before === 'was' && STOP_WAS.test(text.slice(Math.max(0, at - 30), at))) return true;
  // "Brazil used Baku to present a new target": the venue of a conference held there
  if (USED.has(before) && end > start && followedBy(TO_VERB, text, end)) return true;
  if (end > start && followedBy(A_STOP, text, end)) return true;
  // "the Congress of Vienna", "the University of Tehran", "the Battle of Kyiv": the city in a longer name
  if (before === 'of' && endsNameWithOf(text, at)) return true;
  if (!LOCATIVE_LAST.has(before) || !endsWithLocative(text, at, before)) return false;
  if (before === 'toward' || before === 'towards') {
    const what = secondWordBefore(text, at);
    return !LEANING.has(what) && !ADDRESSED_BY.has(what);
  }
  if (before !== 'to' && before !== 'at') return true;
  if (before === 'to') return !ADDRESSED_BY.has(secondWordBefore(text, at)) && !handedOverTo(text, at) && !(end > start && addressLabel(text, at, end)) && !saidTo(text, wordStartBefore(text, at));
  return !AIMED_AT.has(aimBefore(text, wordStartBefore(text, at)));
}

/** Verbs of speech that take an object before "to" and the one addressed: "say it to Tehran", "put it to Moscow". */
const SAID = new Set('say says said saying tell put puts putting repeat repeats repeated repeating convey conveys conveyed conveying communicate communicates communicated communicating stress stresses stressed'.split(' '));
/** Object pronouns between such a verb and its "to": "say it to", "explain this to". */
const SAID_OBJECT = new Set(['it', 'this', 'that', 'them', 'so']);

/**
 * Whether the "to" that starts at `toStart` follows a verb of speech or of ADDRESSED_BY past an
 * object pronoun or an adverb: "The E3 should say it to Tehran.", "explain it clearly to Moscow",
 * "explain clearly to Moscow". ("took it to Moscow" stays the city.)
 */
function saidTo(text: string, toStart: number): boolean {
  let at = toStart;
  let word = wordBefore(text, at);
  let skipped = 0;
  while (skipped < 2 && (SAID_OBJECT.has(word) || word === 'again' || (word.length > 4 && word.endsWith('ly')))) {
    at = wordStartBefore(text, at);
    word = wordBefore(text, at);
    skipped++;
  }
  return skipped > 0 && (SAID.has(word) || ADDRESSED_BY.has(word));
}

/** What may stand before a label's "To" on its line: a list marker, a heading's marks, emphasis. */
const LABEL_OPENING = /(?:^|\n)[ \t]*(?:[-*+•][ \t]+|\d{1,3}[.)][ \t]+|#{1,6}[ \t]+)?[*_]{0,2}$/;
/** What follows the capital of such a label: a colon, or the end of a heading's line. */
const LABEL_CLOSING = /^[*_]{0,2}[ \t]*(?::|\n|$)/;

/**
 * Whether the "To" that ends before `at` opens a label that says whom the text after it addresses:
 * "- **To Washington:** restore funding …", "### To Brussels". The government is addressed, not the city.
 */
function addressLabel(text: string, at: number, end: number): boolean {
  const toStart = wordStartBefore(text, at);
  return text.charCodeAt(toStart) === 84 /* T */ && LABEL_CLOSING.test(text.slice(end, end + 4)) && LABEL_OPENING.test(text.slice(Math.max(0, toStart - 12), toStart));
}

/**
 * A preposition of place and one to four capitalized names, then "and" or "or" without a comma: a
 * list of places ("in Rūdninkai and Vilnius."); "in Istanbul, and Ankara welcomed …" starts a clause.
 */
const UNKNOWN_PLACES_BEFORE =
  /\b(?:in|at|near|outside|around|into|across|via|through)\s+(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,\s+){0,3}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:and|or)\s+$/u;
/** A stop, a comma or a bracket right after a name: the list of places ends with it. */
const ENDS_CLAUSE = /^(?:[.;:,)]|$)/;

/** Capitalized words before "of" that name who governs, not a thing named after the city: "the Government of". */
const GOVERNED_BY = new Set(['government', 'governments', 'regime', 'authorities', 'leadership', 'administration', 'rulers']);

/**
 * Whether the "of" before `at` follows a capitalized word inside a sentence, so that the capital
 * ends a longer name ("the Congress of Vienna"), unless that word names who governs. A capitalized
 * word that opens the sentence says nothing ("Critics of Moscow say …").
 */
function endsNameWithOf(text: string, at: number): boolean {
  const ofStart = wordStartBefore(text, at);
  const wordStart = wordStartBefore(text, ofStart);
  if (wordStart === ofStart) return false;
  const c = text.charCodeAt(wordStart);
  if (c < 65 || c > 90 || GOVERNED_BY.has(wordBefore(text, ofStart))) return false;
  // the word must not open its sentence: "The Congress of …", "a Treaty of …", not ". Critics of …"
  const before = text.slice(Math.max(0, wordStart - 4), wordStart).trimEnd();
  return before.length > 0 && !/[.!?:;"“‘([—–*-]["'’”)]?$/.test(before);
}

/** The folded word before the "at" that starts at `at`, past an adverb ("aimed as much at", "directed mainly at"). */
function aimBefore(text: string, at: number): string {
  const word = wordBefore(text, at);
  if (!AIM_ADVERBS.has(word)) return word;
  const adverbStart = wordStartBefore(text, at);
  // "as much": the "as" before "much" goes too
  const next = wordBefore(text, adverbStart);
  return word === 'much' && next === 'as' ? wordBefore(text, wordStartBefore(text, adverbStart)) : next;
}

/**
 * Whether the place between `start` and `end` continues a list that the place before it, which
 * ends at `previousEnd`, belongs to: "in Geneva, Brussels and Vienna", "in Moscow or Kyiv". A comma
 * alone must be followed by more of the list ("In Geneva, Moscow insisted" is a clause); a comma
 * and "and" must follow an item that was itself in a list ("in Paris, and Moscow replied").
 */
export function continuesList(text: string, previousEnd: number, start: number, end: number, previousListed: boolean): boolean {
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
export function listsPlainPlaces(text: string, end: number, next: RawMatch | undefined, chooser: EntryChooser): boolean {
  if (!next || text.charCodeAt(end) !== 44 /* , */ || next.start - end > 6 || !/^,\s+(?:the\s+)?$/.test(text.slice(end, next.start))) return false;
  const picked = chooser.pick(next.targets);
  return picked !== undefined && picked.entry.kind === 'place' && !picked.seat && LIST_GOES_ON.test(text.slice(next.end, next.end + 6));
}

/** The start of a paragraph or list item, before a dateline: a list marker, then emphasis. */
const ITEM_START = String.raw`^(?:[-*+]\s+|\d{1,3}[.)]\s+)?[*_]{0,2}`;
/** The other cities of a dateline after a slash: "ADEN/RIYADH, …", "*Africa Report No. 318, Nairobi/Brussels, 3 December 2026*". */
const OTHER_CITIES = String.raw`(?:\/\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?){0,3}`;
/**
 * What may stand before a dateline's place: a list marker and emphasis, another city and a slash,
 * or the city before its country ("BELEM, BRAZIL, …").
 */
const DATELINE_LEAD = new RegExp(asciiLettersFirst(String.raw`${ITEM_START}(?:\p{Lu}[\p{L} ]{0,20}\/|\p{Lu}[\p{L} .'’-]{0,20},\s)?$`), 'u');
/** A day before a place in a list item's lead: "- **25 September, Washington.**" says where it happened. */
const DAY_FIRST_LEAD = new RegExp(String.raw`${ITEM_START}\d{1,2}\s+\p{Lu}\p{Ll}+,\s$`, 'u');
/**
 * A dateline: a capital that opens a paragraph, followed by a date or a dash ("BRUSSELS, 14 June
 * 2021 —", "Moscow, March 3 —", "KYIV —", "COLOMBO - "), or by a news agency ("WASHINGTON (AP) —"), perhaps with
 * its country between ("KYIV, Ukraine (AP) —", "BELEM, BRAZIL, 4 March 2026 —") or other cities
 * ("Paris, Berlin and London, 28 August 2025"), says where the piece was written, not who acts;
 * so does a list item's lead with a month and year ("- **Ankara, March 2023.**").
 */
const DATELINE_AFTER = new RegExp(
  String.raw`${OTHER_CITIES}(?:(?:,\s*|\s+and\s+)\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?){0,4}(?:\s*\([\p{L} .&-]{2,30}\)\s*[—–-]|,?\s*(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2}\b|\p{Lu}\p{Ll}+\s+\d{4}\b)|,\s*(?:19|20)\d\d[.:]?[*_]{1,2}|\s*[—–]|\s+-\s)`,
  'uy',
);
/**
 * A place and a full date closing a byline mid-line: "Remarks at a side event, Seoul, 6 December
 * 2024", where the name follows a comma.
 */
const PLACE_AND_DATE = new RegExp(String.raw`${OTHER_CITIES}\s*[,·|]\s*(?:\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}|\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4})\b`, 'uy');
/**
 * What separates the parts of a byline: "Remarks, Seoul, 6 December 2024", "*News analysis · Seoul ·
 * 5 November 2025*", and a label's dash before two offices' cities, "*Press release — Nairobi/Geneva,
 * 3 December 2026*" (one city before a full date is the city anyway, see CITY_AFTER). Compared, not
 * looked up in a `Set`: the look-up of a character code, at every state and capital, was a quarter
 * of isDateline's time.
 */
const isBylineSeparator = (c: number): boolean => c === 44 /* , */ || c === 0xb7 /* · */ || c === 124 /* | */ || c === 0x2014 /* — */ || c === 0x2013 /* – */ || c === 45 /* - */;
export function isDateline(text: string, start: number, end: number): boolean {
  // "*Jerusalem, 20 January 2026*", "ADEN/RIYADH, 10 November 2025 —", "COLOMBO - Two ceremonies"
  const lead = start !== 0 && start <= 24 && mayEndDatelineLead(text, start) ? text.slice(0, start) : undefined;
  if (lead !== undefined && DAY_FIRST_LEAD.test(lead)) return true;
  if (start !== 0 && (lead === undefined || !DATELINE_LEAD.test(lead))) {
    return start >= 2 && isBylineSeparator(text.charCodeAt(start - 2)) && followedBy(PLACE_AND_DATE, text, end);
  }
  return mayOpenDatelineAfter(text, end) && followedBy(DATELINE_AFTER, text, end);
}

/**
 * Whether DATELINE_LEAD or DAY_FIRST_LEAD may match the text before `start` (not 0), by its last two
 * characters: the leads end with a slash, emphasis, a comma and a space, or a list marker and its
 * space. Most names near a paragraph's start follow a word and a space ("The talks in Moscow"),
 * where the patterns failed only after backtracking (in the 1 MB prose profile, isDateline's
 * costliest line).
 */
function mayEndDatelineLead(text: string, start: number): boolean {
  const last = text.charCodeAt(start - 1);
  if (last === 47 /* / */ || last === 42 /* * */ || last === 95 /* _ */) return true;
  if (start < 2 || !isSpaceAt(text, start - 1)) return false;
  const before = text.charCodeAt(start - 2);
  return mayEndLeadBeforeSpace(before) || isSpaceAt(text, start - 2);
}
/** What may stand before a lead's last space: a comma, or a list marker (`-`, `*`, `+`, `1.`, `1)`). */
const mayEndLeadBeforeSpace = (c: number): boolean => c === 44 /* , */ || c === 45 /* - */ || c === 42 /* * */ || c === 43 /* + */ || c === 46 /* . */ || c === 41 /* ) */;

/**
 * Whether DATELINE_AFTER may match at `end`, by character codes: after a single space, a word in
 * small letters can only be "and" (before another city). Most names that open a paragraph go on
 * with a verb ("Kyiv insists", "Moscow will"), and the pattern cost 230 ns a test there.
 */
function mayOpenDatelineAfter(text: string, end: number): boolean {
  if (codeAt(text, end) !== 32) return true;
  const next = codeAt(text, end + 1);
  return next < 98 /* b */ || next > 122 /* z */;
}

/**
 * A year a sentence is set in: "in 1975", "during 1983", "by March 1990", "on 1 August 1975", "in
 * the 1980s", "(1975)"; not a year that describes a thing ("the 1987 treaty") or starts a span up to now ("since 1991").
 */
const YEAR_SET_IN = new RegExp(
  String.raw`\b(?:in|during|by|until)\s+(?:(?:early|late|mid-)\s*)?(?:(?:${MONTH_PATTERN})\s+(?:\d{1,2},?\s+)?|\d{1,2}\s+(?:${MONTH_PATTERN})\s+)?(1[89]\d\d|20\d\d)\b|\bin\s+the\s+(1[89]\d0)s\b|\((1[89]\d\d|20\d\d)\)|\bon\s+(?:\d{1,2}\s+(?:${MONTH_PATTERN})|(?:${MONTH_PATTERN})\s+\d{1,2},?)\s+(1[89]\d\d|20\d\d)\b`,
  'gi',
);
/** The same, for the first match only. */
const FIRST_YEAR_SET_IN = new RegExp(YEAR_SET_IN.source, 'i');

/** A verb in the present or present perfect right after the name. */
const NOW_VERB = /\s+(?:has|have|is|are|says|insists|wants|remains|continues|keeps|does|will|can|must|should|may)\b/y;
/** How far a sentence is read on each side of the name. */
const REACH = 160;
const A_YEAR = /(?:1[89]|20)\d\d/g;

/**
 * The middle of the year the sentence around a name is set in, if it says ("In 1975, Moscow
 * signed …"; "Moscow walked out of the talks in 1983"): a capital that has stood for more than one
 * government stands for the one of that year, not of the document date, unless the verb after it
 * speaks of now ("Moscow has said"). The year nearest the name.
 */
export function dateSetIn(text: string, start: number, end: number): string | undefined {
  // "… agreed in 1985 that Moscow has said it would sign again": a verb of the present speaks of now
  if (followedBy(NOW_VERB, text, end)) return undefined;
  // most sentences name no year: a native search of the span the sentence can reach says so first
  // (of that span only: searched on to the end of a paragraph with no year, at each capital of a
  // long one, it was quadratic, 2 s for 1 MB without a full stop)
  const from = Math.max(0, start - REACH);
  A_YEAR.lastIndex = 0;
  if (!A_YEAR.test(text.slice(from, end + REACH))) return undefined;
  const { before, after } = sentenceAround(text, { start, end }, REACH);
  // by `exec` on the pattern itself (`allMatches`): `matchAll` made a copy of it at each call, most of this function's time
  const last = allMatches(YEAR_SET_IN, before).at(-1);
  const next = last ? undefined : FIRST_YEAR_SET_IN.exec(after);
  const year = last ? yearOf(last) : next ? yearOf(next) : undefined;
  return year ? `${year}-07-01` : undefined;
}

const yearOf = (m: RegExpMatchArray) => m[1] ?? (m[2] ? String(Number(m[2]) + 5) : (m[3] ?? m[4]));

/** A verb in the past right after the name: "Moscow wanted", "Moscow withdrew". */
const PAST_VERB = /\s+(?:[a-z]{2,}ed|withdrew|sent|made|took|gave|broke|began|won|lost|held|left|met|told|sought|fought|built|brought|kept|stood|chose|drew|spoke|wrote|said|paid|led|went|came|saw|knew|thought|struck|threw|fell|rose|sold|bought|found|hid|laid|put|set|shut|split|spent)\b/y;
/** Words that set a sentence in a later time than the paragraph's last year: "last year Moscow withdrew its ratification". */
const LATER_TIME = /\b(?:today|now|currently|recently|since|later|subsequently|eventually|ultimately|still|nowadays|last\s+(?:year|month|week|spring|summer|autumn|winter)|this\s+(?:year|month|week)|in\s+recent\s+(?:years|months))\b/i;
/** A past participle just before a year's phrase ("built in", "signed on"). */
const PARTICIPLE_BEFORE = /\b(?:[a-z]{2,}(?:ed|en)|built|made|held|set|laid|sent|struck|begun|won|lost|kept|brought|drawn|fought|sought|sold|bought|found|put|cut|led|met|paid|shut|spent|split)\s+$/;
/** How far back in its paragraph the year a sentence goes on from is looked for. */
const PARAGRAPH_REACH = 1500;

/**
 * The middle of the year a sentence with no year of its own goes on telling, as `dateSetIn` gives
 * it: the last year set in the paragraph before the sentence ("On 1 August 1975 the leaders signed
 * the Final Act. Moscow wanted the borders recognised."), when the verb after the name is in the
 * past and no word sets the sentence later ("Last year Moscow withdrew its ratification"), and
 * that year's phrase does not date a thing ("the reactor destroyed in 1986"). `text` is the name's
 * paragraph.
 */
export function dateToldIn(text: string, start: number, end: number): string | undefined {
  if (!followedBy(PAST_VERB, text, end)) return undefined;
  const { before, after } = sentenceAround(text, { start, end }, REACH);
  if (LATER_TIME.test(before) || LATER_TIME.test(after)) return undefined;
  const sentenceStart = start - before.length;
  const earlier = text.slice(Math.max(0, sentenceStart - PARAGRAPH_REACH), sentenceStart);
  A_YEAR.lastIndex = 0;
  if (!A_YEAR.test(earlier)) return undefined;
  const last = allMatches(YEAR_SET_IN, earlier).at(-1);
  // "the reactor destroyed in 1986": a year after a participle dates a thing, not the account
  if (!last || PARTICIPLE_BEFORE.test(earlier.slice(Math.max(0, last.index - 30), last.index))) return undefined;
  return `${yearOf(last)}-07-01`;
}

/**
 * Whether a capital listed after "and" or "or" is rather the subject of a new clause, its government:
 * a finite verb follows it, after a clause with a verb of its own ("Tariffs were debated in Ottawa
 * and Washington refused to budge", "Checks began in the Gulf of Finland, and Tallinn detained a
 * tanker"). A participle before "by" or another preposition shortens a clause about the places
 * ("offices in Ottawa and Washington staffed by diplomats", "talks in Geneva and Vienna mediated by
 * Norway"); with no verb before, the places are the subject ("Talks in Moscow and Kyiv failed.").
 */
export function opensClauseAfterList(text: string, start: number, end: number): boolean {
  if (!followedBy(CLAUSE_VERB, text, end)) return false;
  return VERB_BEFORE.test(sentenceAround(text, { start, end }, REACH).before);
}
/** A finite verb after the name, but not a participle before a preposition ("staffed by", "held in 2024"). */
const CLAUSE_VERB = new RegExp(
  String.raw`${NOW_VERB.source}|${PAST_VERB.source}(?!\s+(?:by|with|in|on|at|for|from|under|over|during|since|until|last|earlier|near|across|into|through|within|between|among|as|and|or)\b)`,
  'y',
);
/** A finite verb in the clause before the list: an auxiliary ("were debated in") or a past that is no participle ("began in", "met in"). */
const VERB_BEFORE = /\b(?:am|is|are|was|were|has|have|had|will|would|shall|should|can|could|may|might|must|do|does|did|began|went|came|fell|rose|took|gave|broke|grew|ran|wrote|chose|drew|flew|saw|knew|threw|spoke|met)\s/;
