import { dateKey, formatDate, formatPeriod, isWithin, MONTH_PATTERN, monthNumber } from '../dates';
import type { ActorEntry } from '../kb/schema';
import type { Fix, Mention } from '../types';
import { NO_RAW_FINDINGS, type RawFinding, type RuleContext } from './ruleContext';
import { sentenceAround } from '../text/sentenceAround';
import { boundedMemo } from '../text/boundedMemo';
import { allMatches } from '../text/allMatches';
import { objectMemo } from '../text/objectMemo';
import { claimsOffice, entryNames, isCourtesyTitle, namesFormerHolder, namesFutureHolder, namesOffice, officeFamily, titleFamilies, withoutTimeWord, type NamedOffice } from '../kb/officeTitles';
import { parentsOf } from '../kb/parents';
import { titleAsWords } from '../features/titleBefore';
import { ownerNamesOffice, titleOwner } from './titleOwner';
import { scanEntities } from '../recognizers/entities';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { otherHoldersOn, periodConfirmed, type HeldOffice } from '../kb/officeHolders';

/** One office of a person's record. */
type Office = HeldOffice['office'];

/** Phrases that place a sentence in the past, where a past office-holder keeps the title. */
const PAST_TIME = /\b(at\s+the\s+time|back\s+then|in\s+those\s+days|in\s+(?:the\s+)?(?:1[89]|20)\d0s)\b/i;
/**
 * A past act whose partner the title and name that follow are: "who signed the treaty with …", "met
 * in Geneva with …", "wrote to …"; not a passive or a present perfect ("is backed by", "has proposed
 * that his next meeting with …"), and an agent after "by" is PAST_AGENT's.
 */
const PAST_ACT_BEFORE = /(?:(?<!\b(?:is|are|am|be|been|being|has|have)\s+)\b\w+ed|\b(?:met|spoke|sent|gave|made|took|told|wrote|held|won|lost))\b[^,.;:]{0,60}\b(?:with|to|from|alongside)\s+$/i;
/** The writers' own past act on the holder named next: "I briefed …", "We warned …", "I told …", "I met …". */
const MEMOIR_ACT_BEFORE = /\b(?:I|we)\s+(?:\w+ly\s+)?(?:\w+ed|met|told|saw|sent|gave|took|brought|showed|flew\s+with|went\s+with)\s+$/i;
/** The writers acting beside the holder: "… and I flew to Geneva", "… and we agreed". */
const MEMOIR_ACT_AFTER = /^\s+and\s+(?:I|we)\s+(?:\w+ly\s+)?(?:\w+ed|met|went|flew|spoke|told|saw|sent|gave|took|wrote|held|sat|stood|ran|led|made)\b/i;
/** A past-tense verb right after the name: "Secretary of State Pompeo said …". */
/** Words before a title that ask for an ousted holder's freedom or return ("the release of President Bazoum"), which keep the title on purpose. */
const DEMANDED_BACK = /\b(?:release|freeing|freedom|liberation|reinstatement|restoration|return|detention|captivity|kidnapping|abduction)\s+of\s+(?:the\s+)?$/i;
const PAST_VERB = /^\W{0,3}(?:\w+ly\s+)?(?:\w+ed|said|met|went|led|was|had|did|took|gave|made|told|wrote|spoke|saw|became|began|left|won|lost|sent|held|brought|thought|flew|ran)\b/i;

/**
 * A possessive naming an act: "President Obama's ban", "Secretary Baker's assurances". Such an act
 * was done in office, so the title it had then is right, unless the words after it place it now
 * ("Secretary Blinken's visit this week"). Only those words: "The administration announced today
 * a reversal of President Obama's ban" speaks of today, but the ban is still Obama's.
 */
const POSSESSIVE_ACT = /^['’]s\s+\p{L}/u;
const NOW = /\b(today|now|currently|this\s+(?:week|month|year)|next\s+(?:week|month|year))\b/i;
/**
 * A possessive naming the holder's office or staff, which outlast no term: "a meeting with High
 * Commissioner Bachelet's office" asks for the office as it is now, unless a verb in the past after
 * it tells of then ("President Obama's spokesman said …").
 */
const OFFICE_STAFF = /^['’]s\s+(?:office|spokes(?:person|man|woman)|team|staff|aides?)\b/i;

/** "yesterday", "last month", "on Monday": a time just before the document date, when the office-holder is the one of that date. */
/**
 * A verb of the present or the present perfect right after the name, perhaps in a relative clause:
 * "Secretary of State Blinken has yet to say", "… keeps coming up", "…, who takes over in September".
 */
const PRESENT_VERB = /^\W{0,3}(?:who\s+)?(?:\w+ly\s+)?(?:has|have|is|are|says|wants|remains|keeps|continues|does|will|can|must|should|may|takes|becomes|leads|heads|holds)\b/i;
const RECENT = /\b(?:yesterday|overnight|earlier\s+today|this\s+(?:morning|afternoon|evening|week|month)|last\s+(?:week|month)|earlier\s+this\s+(?:week|month|year)|(?:days|weeks)\s+ago|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i;
/** "today", of the act after the name; before it, only as the sentence's first word. */
const TODAY = /\btoday\b/i;
const OPENING_TODAY = /^\W{0,3}today\b/i;
/** "this year", "last year", "this spring": the document's year or the one before, as a year written in digits would be. */
const RELATIVE_YEAR = /\b(this|last)\s+year\b|\b(this)\s+(?:spring|summer|autumn|fall)\b/gi;
/** A year, a month and year or a day, named in a sentence: "in December 2025", "in 2019", "on 30 October 2025", "on October 30, 2025". */
const NAMED_TIME = new RegExp(String.raw`\b(?:(${MONTH_PATTERN})\s+(?:(\d{1,2}),?\s+)?|(\d{1,2})\s+(${MONTH_PATTERN})\s+)?(1[89]\d\d|20\d\d)\b`, 'g');

/** A day and month without a year ("on 20 June", "June 20"): a day of the document's year, or of the year before. */
const DAY_MONTH = new RegExp(String.raw`\b(?:(\d{1,2})\s+(${MONTH_PATTERN})|(${MONTH_PATTERN})\s+(\d{1,2}))\b(?!,?\s+\d{4})`, 'g');
/** The month of a DAY_MONTH match, and the day as two digits. */
const monthOfDay = (m: RegExpMatchArray) => monthNumber((m[2] ?? m[3])!);
const dayOf = (m: RegExpMatchArray) => (m[1] ?? m[4])!.padStart(2, '0');
/** A month alone after a word that sets a time ("flew to Pyongyang twice in June", "In September …"): of the document's year, or of the year before. */
const MONTH_ALONE = new RegExp(String.raw`\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Uu]ntil|[Bb]y|[Ll]ast|[Tt]his)\s+(?:early\s+|late\s+|mid-)?(${MONTH_PATTERN})\b(?![\s,]*\d)`, 'g');
/**
 * "was reversed by President Biden", "…, coaxed and bullied by the envoy and by Secretary of State
 * Christopher": a passive whose agent is the office-holder narrates a past act ("is backed by" and
 * "is now handled by" do not).
 */
const PAST_AGENT = /\b(?:(?:was|were|had been)\s+(?:\w+\s+)?\w+|(?<!\b(?:is|are|being|been)\s+(?:(?:now|still|already|currently|\w+ly)\s+)?)\b\w+ed)\s+by\s+[^,;.]{0,80}$/i;

/**
 * Words that end a term, which the holder keeps the title for: "killed the group's secretary-general",
 * "dismissed Defence Minister Gallant", "replaced Finance Minister Sri Mulyani", "led by Secretary
 * Noem until March 2026".
 */
const END_OF_TERM = /\b(?:killed|assassinated|died|ousted|deposed|overthrown|toppled|resigned|dismissed|sacked|fired|removed|replaced|succeeded|until)\b/i;

/** Where the clause that ends a text starts: after its last ";", "and" or "but" (0 when none). */
function lastClauseBreak(text: string): number {
  let at = 0;
  for (const m of allMatches(CLAUSE_BREAK, text)) at = m.index + m[0].length;
  return at;
}
const CLAUSE_BREAK = /;|\b(?:and|but)\s/g;
/** The phrase of time a sentence may open with, up to its comma: "On 14 January", "In March 2025,", "At Reykjavik in October 1986,". */
const OPENING_TIME = /^\W*(?:on|in|during|by|at)\s[^,;]{0,30}/i;

/** Words that put what follows them in the future: "ahead of the summit in July", "the next meeting in June". */
const FUTURE_BEFORE = /\b(?:ahead\s+of|upcoming|next|planned\s+for|scheduled\s+for|due)\b[^.;]{0,40}$/i;

/** A verb of saying in the past, then "that" and a verb of the present: "told MPs that the line is funded". */
const REPORTED_NOW = /^\W{0,3}(?:\w+ly\s+)?(?:told|said|assured|confirmed|insisted|argued|warned|stressed)\b[^.;:]{0,40}?\bthat\s+[^.;:]{0,60}?\b(?:is|are|has|have|does|do|remains)\b/i;

/** A sentence that looks ahead before the title ("we should expect President …"): no account of the paragraph's past. */
const LOOKING_AHEAD = /\b(?:should|will|must|expect|expects|need\s+to|needs\s+to|ought\s+to)\b/i;

/** "His predecessor, Secretary-General Jens Stoltenberg,": one who held the office before its holder, named so on purpose. */
const PREDECESSOR_BEFORE = /\bpredecessors?(?:\s+as\s+[^,;.]{1,40})?\s*[,:—–]?\s*$/i;

/** Years in brackets right after the name: "Secretary of State George Shultz (1982–1989)" dates the term the title is of. */
const TERM_IN_BRACKETS = /^\s*\((?:19|20)\d\d(?:\s*[–—-]\s*(?:(?:19|20)?\d\d))?\)/;

/** "had negotiated", "had long said": a past before the time of the text around it. */
const PLUPERFECT = /^\W{0,3}had\b/i;

/** "Years later", "Afterwards", "Eventually": a sentence that moves on from the time its paragraph set, to one it does not name. */
const TIME_MOVED_ON = /\b(?:(?:years|decades|months|weeks|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|\d+)\s+(?:years?|decades?|months?))\s+(?:later|on)|later|afterwards?|eventually|subsequently|in\s+the\s+years\s+that\s+followed)\b/i;

/** Years and days are written in digits: a stretch without one names no time that NAMED_TIME or DAY_MONTH finds, and both try a month name at every word. */
const DIGIT = /\d/;

/** How far back a paragraph is read for the time of an undated account: a long paragraph is not read again for each. */
const PARAGRAPH_REACH = 1000;

/**
 * The last year or month a paragraph names before `end` (where a sentence starts, at most
 * `PARAGRAPH_REACH` back) that is not after the document's year, or a day and month ("on 10 May",
 * of the document's year or the year before): the time an undated account after it is set in, if any.
 */
function lastTimeBefore(text: string, end: number, documentYear: number, documentMonth: number): string | undefined {
  const before = text.slice(Math.max(0, end - PARAGRAPH_REACH), end);
  if (!DIGIT.test(before)) return undefined;
  let last: string | undefined;
  let lastAt = -1;
  for (const m of allMatches(NAMED_TIME, before)) {
    if (Number(m[5]) > documentYear) continue;
    // a year alone sets the paragraph's time only after "in", "during" …: "the Taiwan Relations Act
    // of 1979" and "the 1994 memorandum" date a thing, not the account that follows
    if (monthOfNamedTime(m) === undefined && !YEAR_SET_IN.test(before.slice(Math.max(0, m.index - 16), m.index))) continue;
    last = namedTime(m);
    lastAt = m.index;
  }
  // "agreed on 10 May": a day and month without a year, of the document's year or the year before
  for (const m of allMatches(DAY_MONTH, before)) {
    if (m.index < lastAt) continue;
    last = lastMonthOf(monthOfDay(m), documentYear, documentMonth);
    lastAt = m.index;
  }
  return last;
}

/** The words before a year alone that set the paragraph in it: "In 1979", "during 2022", or a sentence's start. */
const YEAR_SET_IN = /(?:\b(?:in|during|since|until|through|throughout)\s+(?:early\s+|late\s+|mid-)?|(?:^|[.!?]\s+))$/i;

/** The words before a time a sentence is set in. */
const SET_IN = /\b(?:in|on|during)\s+(?:early\s+|late\s+|mid-)?$/i;

type Period = { readonly from: string; readonly to?: string };

/** "2019-06" for June 2019. */
const yearMonth = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** The month a NAMED_TIME match names, if any. */
const monthOfNamedTime = (m: RegExpMatchArray) => m[1] ?? m[4];

/**
 * The time a NAMED_TIME match names: "2019", "2019-06" with its month, or "2019-06-20" with its
 * day, so that a term that ended earlier in the month does not cover it ("met on 30 October 2025",
 * a prime minister who left on the 21st).
 */
function namedTime(m: RegExpMatchArray): string {
  const month = monthOfNamedTime(m);
  if (!month) return m[5]!;
  const day = m[2] ?? m[3];
  const monthKey = yearMonth(Number(m[5]), monthNumber(month));
  return day ? `${monthKey}-${day.padStart(2, '0')}` : monthKey;
}

/** A month written without a year: the last one up to the document date (its own month counts as this year). */
const lastMonthOf = (month: number, documentYear: number, documentMonth: number) => yearMonth(month <= documentMonth ? documentYear : documentYear - 1, month);

/**
 * Whether the office periods cover some day of a year, month or day ("2019", "2019-12", "2019-12-08").
 * A term's last day is past it ("whose successor took over on 20 January"), unless the sentence tells
 * of the end of that term (`endsTerm`): "On 27 September a strike killed the group's secretary-general".
 */
function heldDuring(periods: readonly Period[], time: string, endsTerm = false): boolean {
  const first = dateKey(time);
  const last = time.length === 4 ? `${time}-12-31` : time.length === 7 ? `${time}-31` : time;
  return periods.some((p) => dateKey(p.from) <= last && (p.to === undefined || dateKey(p.to) > first || (endsTerm && dateKey(p.to) === first)));
}

/**
 * The times a stretch of a sentence names, as "2019", "2019-06" or "2019-06-20": years and months,
 * days and months of the document's year or the year before, and months after a word that sets a
 * time. After the name (`beforeName` false) only a year with a month, or one the sentence is set in
 * ("said in 2019"), counts: not a year it speaks of ("the 1994 memorandum").
 */
function timesIn(text: string, documentMonth: number, documentYear: number, beforeName: boolean): string[] {
  const digits = DIGIT.test(text);
  const named = digits ? allMatches(NAMED_TIME, text).filter((m) => beforeName || monthOfNamedTime(m) !== undefined || SET_IN.test(text.slice(0, m.index))) : [];
  const times = named.map(namedTime);
  for (const m of allMatches(RELATIVE_YEAR, text)) times.push(String((m[1] ?? m[2])!.toLowerCase() === 'this' ? documentYear : documentYear - 1));
  const lastMonth = (month: number) => lastMonthOf(month, documentYear, documentMonth);
  // "met … on 20 June": that very day: "Prime Minister Mikati, whose cabinet was named on 8
  // February" is past his last day
  if (digits) for (const m of allMatches(DAY_MONTH, text)) times.push(`${lastMonth(monthOfDay(m))}-${dayOf(m)}`);
  for (const m of allMatches(MONTH_ALONE, text)) {
    const lead = text.slice(Math.max(0, m.index - 50), m.index);
    // "ahead of the Washington summit in July": a month still to come dates no act of the holder;
    // after the name, "the warrants issued in November" dates the warrants
    if (!FUTURE_BEFORE.test(lead) && (beforeName || !THING_DATED.test(lead))) times.push(lastMonth(monthNumber(m[1]!)));
  }
  return times;
}

/** A participle with no verb before it, right before a month: "the warrants issued in November" dates them (not "was announced in …"). */
const THING_DATED = /(?<!\b(?:was|were|been|being|is|are|be|has|have|had)\s+)\b\w+ed\s*$/i;

/** Whether a sentence speaks of a time the person held the office; if not, the time it is set in, when it names one. */
interface TimeReading {
  readonly held: boolean;
  /** The year, month or day the sentence (or its paragraph) is set in, which the term does not cover. */
  readonly time?: string;
}
const HELD: TimeReading = { held: true };
const NOT_HELD: TimeReading = { held: false };
/** The reading of a sentence set in `time`. */
const readingSetIn = (periods: readonly Period[], time: string): TimeReading => (heldDuring(periods, time) ? HELD : { held: false, time });

/** A verb in -ed in a clause, and words that set one in the present. */
const CLAUSE_IN_THE_PAST = /\b[a-z]{3,}ed\b/;
/** A word of time before the verb after the name: "Dutch Economy Minister Vincent Karremans later suspended …". */
const ADVERB_OF_TIME = /^\W{0,3}(?:later|then|also|soon|again|afterwards)\s+/i;

/**
 * Whether the clause whose subject or object the holder is, is told in the past: a verb in -ed in
 * its words before the name, or the name its subject with a verb in the past after it ("…; Dutch
 * Economy Minister Vincent Karremans later suspended the order").
 */
const clauseInThePast = (clause: string, after: string): boolean =>
  CLAUSE_IN_THE_PAST.test(clause) || PAST_VERB.test(after) || (ADVERB_OF_TIME.test(after) && PAST_VERB.test(after.replace(ADVERB_OF_TIME, '')));
const CLAUSE_IN_THE_PRESENT = /\b(?:is|are|has|have|now|today|currently|still)\b/i;

/**
 * Whether the sentence around a mention speaks of a time when the person held the office: a year or
 * month it names that falls in the term ("In 2022, Secretary of State Blinken …"); else, with no such
 * date, a past-tense account that does not say it is recent ("Secretary Baker said …", but not
 * "… said on Monday").
 */
function speaksOfTheirTime(
  before: string,
  after: string,
  documentYear: number,
  documentMonth: number,
  periods: readonly Period[],
  /** The time the paragraph before the sentence is set in (see `lastTimeBefore`), read only when needed. */
  paragraphTime: () => string | undefined,
  /** Whether the person holds another office of the title's kind in the same body now (see `movedToAnother`). */
  movedOn = false,
): TimeReading {
  // a time in an earlier clause dates another act ("took effect in November 2020 and was reversed by President Biden")
  const clauseStart = lastClauseBreak(before);
  // but a time that opens the sentence sets all of it ("On 14 January President Stubb and Prime Minister Kallas brought …")
  const clause = clauseStart === 0 ? before : `${OPENING_TIME.exec(before)?.[0] ?? ''} ${before.slice(clauseStart)}`;
  // a verb of the present right after the name sets the title now, and a time later in the sentence
  // dates something else ("Foreign Minister Hayashi has presented it … with the Japan–UK RAA, in force since October 2023")
  const present = PRESENT_VERB.test(after);
  const timed = present ? '' : after;
  // a time in the clause before the name dates the act ("A statement on 1 December by High
  // Representative Borrell recalled that talks had stalled since June"); only without one do the
  // times after the name count
  const timesBefore = timesIn(clause, documentMonth, documentYear, true);
  const times = timesBefore.length > 0 ? timesBefore : timesIn(timed, documentMonth, documentYear, false);
  const past = times.filter((t) => Number(t.slice(0, 4)) <= documentYear);
  if (past.length > 0) {
    const endsTerm = END_OF_TERM.test(before) || END_OF_TERM.test(after);
    return past.some((t) => heldDuring(periods, t, endsTerm)) ? HELD : { held: false, time: past[0]! };
  }
  // a time in an earlier clause of the sentence when the holder held it may date this act too, told
  // in the past ("decertified Colombia in September 2025 and sanctioned President Gustavo Petro",
  // "… in October 2025, …; Dutch Economy Minister Vincent Karremans later suspended the order"):
  // no warning; not "…, and the file is now handled by Commissioner …"
  if (clauseStart > 0 && !present && clauseInThePast(before.slice(clauseStart), after) && !CLAUSE_IN_THE_PRESENT.test(before.slice(clauseStart)) && timesIn(before.slice(0, clauseStart), documentMonth, documentYear, true).some((t) => Number(t.slice(0, 4)) <= documentYear && heldDuring(periods, t))) return HELD;
  if (RECENT.test(before) || RECENT.test(after)) return NOT_HELD;
  // "Foreign Minister Takeshi Iwaya met today with …", "Today, Foreign Minister …": an act of the
  // document's day; not "announced today a reversal of President Obama's ban", whose act is older
  if (OPENING_TODAY.test(before) || (TODAY.test(after) && !POSSESSIVE_ACT.test(after))) return NOT_HELD;
  // a verb of the present right after the name speaks of now, whatever the paragraph said before ("… has yet to say", "keeps coming up")
  if (present) return NOT_HELD;
  // "Defence Secretary Shapps told MPs that the line is funded": reported speech not put back into
  // the past reports what holds now, so the title is today's
  if (REPORTED_NOW.test(after)) return NOT_HELD;
  // no time of its own: an account in the past takes the paragraph's last one ("In January 2025 the
  // mandate was extended. High Representative Borrell welcomed it"), unless it says it came before
  // ("had negotiated")
  const paragraphSet = PLUPERFECT.test(after) || LOOKING_AHEAD.test(before) ? undefined : paragraphTime();
  // "Years later, President Yeltsin complained …" moves on from the paragraph's time to one it does
  // not name: a term that began after the paragraph's time may be the one meant
  if (paragraphSet !== undefined && !(TIME_MOVED_ON.test(before) && periods.some((p) => dateKey(p.from) > dateKey(paragraphSet)))) return readingSetIn(periods, paragraphSet);
  // an undated verb in the past tells of the holder's time, unless the person has since moved to
  // another office of that kind in the same body: "Trade Commissioner Valdis Dombrovskis told MEPs …"
  // in 2026 names a sitting commissioner by a portfolio he left
  if (PAST_TIME.test(before) || PAST_TIME.test(after) || (PAST_VERB.test(after) && !movedOn) || PAST_AGENT.test(before)) return HELD;
  const staff = OFFICE_STAFF.exec(after);
  if (staff) return PAST_VERB.test(after.slice(staff[0].length)) ? HELD : NOT_HELD;
  return POSSESSIVE_ACT.test(after) && !NOW.test(after) ? HELD : NOT_HELD;
}

/**
 * " (United States)" after "Secretary of State", not "of United States": whose office it is, without
 * guessing an article; nothing when the title names it already ("President of the European Commission").
 */
function whoseOffice(title: string, of: string | undefined, ctx: RuleContext): string {
  if (!of) return '';
  const name = ctx.kb.get(of)?.name ?? of;
  return title.includes(name) ? '' : ` (${name})`;
}

/** A possessive pronoun that opens a title ("Its Commissioner-General, Philippe Lazzarini,"): whose office it is, said by the sentence before. */
const PRONOUN_OWNER = /^(?:its|his|her|their|our|my|your)\s+/i;

/**
 * A title the message can name without the text around it: "Its Commissioner-General" is
 * "Commissioner-General (UNRWA)", by the acronym (else the name) of whose office the title names.
 */
function officeWithoutPronoun(title: string, offices: readonly Office[], ctx: RuleContext): string {
  const pronoun = PRONOUN_OWNER.exec(title);
  if (!pronoun) return title;
  const office = title.slice(pronoun[0].length);
  const owner = offices[0]?.of === undefined ? undefined : ctx.kb.get(offices[0].of);
  const ownerName = owner?.acronyms?.[0] ?? owner?.name;
  return ownerName === undefined || office.includes(ownerName) ? office : `${office} (${ownerName})`;
}

/** The person's offices, those the title names first ("President of the European Council" before "Prime Minister"). */
function describeOffices(person: ActorEntry, named: readonly object[], ctx: RuleContext): string {
  const all = person.person?.offices ?? [];
  return [...all.filter((o) => named.includes(o)), ...all.filter((o) => !named.includes(o))]
    .map((o) => `${o.title}${whoseOffice(o.title, o.of, ctx)} ${formatPeriod(o.from, o.to)}`)
    .join('; ');
}

/**
 * Who held the office the title names on the document date, where the knowledge base records one
 * holder of it: the writer's likely fix. An office recorded under the very title the text writes is
 * asked first: "Supreme Leader" and "President" are of one family, and Khamenei held both.
 */
function holderThen(ctx: RuleContext, person: ActorEntry, offices: readonly Office[], bareTitle: string, time?: string): HeldOffice | undefined {
  const written = bareTitle.toLowerCase();
  const sameTitle = (office: Office) => office.title.toLowerCase() === written;
  // a year or a month: the one who held the office all through it ("In 1996" names Boutros-Ghali, not Guterres)
  const first = time === undefined ? ctx.date.iso : dateKey(time);
  const last = time === undefined ? first : time.length === 4 ? `${time}-12-31` : time.length === 7 ? `${time}-28` : time;
  for (const office of [...offices.filter(sameTitle), ...offices.filter((office) => !sameTitle(office))]) {
    const holders = otherHoldersOn(ctx.kb, office, first, person.id);
    if (holders.length !== 1) continue;
    if (last === first) return holders[0];
    const atEnd = otherHoldersOn(ctx.kb, office, last, person.id);
    // no one at the end: a term that ends on the year's last day ("1 January 1992 – 31 December 1996")
    return atEnd.length === 0 || (atEnd.length === 1 && atEnd[0]!.person.id === holders[0]!.person.id) ? holders[0] : undefined;
  }
  return undefined;
}

/**
 * Whether the word a title reads as a minister's portfolio is a state's adjective the text names
 * ("Israeli Minister Gideon Saar"): it says whose office it is and names no portfolio, so the
 * title is a bare "Minister", which the rule does not check.
 */
function readsDemonymAsPortfolio(ctx: RuleContext, named: NamedOffice, titleStart: number, titleEnd: number): boolean {
  if (!named.families.includes('portfolio-minister')) return false;
  const portfolio = named.bare.slice(0, named.bare.indexOf(' '));
  return ctx.mentions.some(
    (m) => m.form === 'adjective' && m.start >= titleStart && m.end <= titleEnd && m.end - m.start === portfolio.length && ctx.text.startsWith(portfolio, m.start),
  );
}

/** The entries a name names whole, as the scan reads it ("Communist Party of China": the CCP); none for words that are no name. */
const entriesNamedIn =
  (kb: KnowledgeBase) =>
  (name: string): readonly string[] => {
    const [match, ...more] = scanEntities(name, kb.matcher);
    return match && more.length === 0 && match.start === 0 && match.end === name.length ? match.targets.map((t) => t.entryId) : [];
  };

/**
 * Whether the title names the office through a body that belongs to the office's state or
 * organization (`org.parent`): "President of the Palestinian Authority" names the office
 * "President" of Palestine, the Palestinian Authority being Palestine's.
 */
function namesOfficeOfParent(kb: KnowledgeBase, named: NamedOffice, office: Office, entriesNamed: (name: string) => readonly string[]): boolean {
  if (named.of === undefined || office.of === undefined) return false;
  const family = officeFamily(office.title);
  if (family === undefined || !named.families.includes(family)) return false;
  return entriesNamed(named.of).some((id) => {
    const body = kb.get(id);
    return body !== undefined && parentsOf(body, kb).some((parent) => parent.id === office.of);
  });
}

/** A minister's title whose portfolio word is an acronym: "METI Minister", "MOFCOM minister". */
const ACRONYM_MINISTER = /^(\p{Lu}[\p{Lu}\d]+) [Mm]inister$/u;

/**
 * Whether a minister's title names the portfolio by the ministry's acronym ("METI Minister Ryosei
 * Akazawa", "MOFCOM Minister Wang Wentao"): the office its head holds (`org.headTitles`, "Minister of
 * Economy, Trade and Industry"), of the state the ministry belongs to.
 */
function namesOfficeByMinistry(kb: KnowledgeBase, named: NamedOffice, office: Office, entriesNamed: (name: string) => readonly string[]): boolean {
  if (office.of === undefined || !named.families.includes('portfolio-minister')) return false;
  const acronym = ACRONYM_MINISTER.exec(named.bare)?.[1];
  if (acronym === undefined) return false;
  const title = office.title.toLowerCase();
  return entriesNamed(acronym).some((id) => {
    const ministry = kb.get(id);
    return ministry?.kind === 'actor' && ministry.org?.parent === office.of && (ministry.org?.headTitles ?? []).some((t) => t.toLowerCase() === title);
  });
}

/**
 * Whether the person holds on `date` another office than those the title names, of a family the
 * title names and of the same state or body as one of them: a commissioner or a minister moved to
 * another portfolio (Dombrovskis from trade to the economy, Šefčovič from the Energy Union to trade).
 */
function movedToAnother(person: ActorEntry, offices: readonly Office[], named: NamedOffice, date: string): boolean {
  return (person.person?.offices ?? []).some((o) => {
    if (o.of === undefined || offices.includes(o) || !isWithin(date, o.from, o.to)) return false;
    const family = officeFamily(o.title);
    return family !== undefined && named.families.includes(family) && offices.some((held) => held.of === o.of);
  });
}

/** What a title written before or after a name says, read once per title the text writes. */
interface TitleReading {
  /** The title as words (`titleAsWords`). */
  readonly title: string;
  /** The title without the word that dates it (`withoutTimeWord`). */
  readonly bareTitle: string;
  readonly named: NamedOffice;
  readonly former: boolean;
  readonly claimed: boolean;
  readonly future: boolean;
}

/**
 * The reading of a written title; undefined for one the rule does not check. A document names its
 * office-holders again and again with the same titles ("President Trump"), and the patterns for the
 * words that date a title read the whole title each time, most of them by Unicode letter classes.
 */
const titleReading = boundedMemo((written: string): TitleReading | undefined => {
  const title = titleAsWords(written);
  const bareTitle = withoutTimeWord(title);
  const named = titleFamilies(bareTitle);
  if (!named || isCourtesyTitle(named)) return undefined;
  return { title, bareTitle, named, former: namesFormerHolder(title), claimed: claimsOffice(title), future: namesFutureHolder(title) };
}, 4096);

/** The offices of a person's record that a title names, by the knowledge base they are read in, the title and the person. */
const officesNamedMemo = objectMemo<KnowledgeBase, WeakMap<NamedOffice, WeakMap<ActorEntry, readonly Office[]>>>(() => new WeakMap());

/**
 * The offices of a person's record that a title names, in the record's order: found once per title
 * and person, where each of a document's mentions of "President Trump" read every office of his
 * record against the title, lower-casing both.
 */
function officesNamed(kb: KnowledgeBase, named: NamedOffice, person: ActorEntry): readonly Office[] {
  const byTitle = officesNamedMemo(kb);
  let byPerson = byTitle.get(named);
  if (!byPerson) byTitle.set(named, (byPerson = new WeakMap()));
  let offices = byPerson.get(person);
  if (!offices) {
    const namesOf = entryNames(kb);
    const entriesNamed = entriesNamedIn(kb);
    offices = (person.person?.offices ?? []).filter((o) => namesOffice(named, o, namesOf, entriesNamed) || namesOfficeOfParent(kb, named, o, entriesNamed) || namesOfficeByMinistry(kb, named, o, entriesNamed));
    byPerson.set(person, offices);
  }
  return offices;
}

function check(ctx: RuleContext, mention: Mention, person: ActorEntry): RawFinding | undefined {
  const written = mention.title!;
  const titleRead = titleReading(written);
  if (!titleRead) return undefined;
  const { title, bareTitle, named } = titleRead;
  const titleStart = mention.titleStart ?? mention.start;
  const titleEnd = titleStart + written.length;
  if (readsDemonymAsPortfolio(ctx, named, titleStart, titleEnd)) return undefined;
  // "UN Secretary-General Mark Rutte": a title that says whose office it is names only that one's
  const head = titleOwner(ctx, named, titleStart, titleEnd);
  const titled = officesNamed(ctx.kb, named, person);
  // "Security Council Secretary Sergei Shoigu": a body's name that his own office's title holds
  // ("Secretary of the Security Council", Russia's) is no other owner, whichever body it was read as
  const owner = head && !titled.some((o) => o.title.includes(` of the ${head.written}`)) ? head.id : undefined;
  const offices = owner === undefined ? titled : titled.filter((o) => o.of === undefined || ownerNamesOffice(ctx.kb, { title: o.title, of: o.of }, owner));
  const date = ctx.date.iso;
  const { former } = titleRead;
  const heldOnDate = offices.some((o) => isWithin(date, o.from, o.to));
  const heldBefore = offices.some((o) => o.to !== undefined && dateKey(o.to) <= dateKey(date));
  // "Former Foreign Minister Espen Barth Eide" while he holds it again is a slip too
  if (former ? heldBefore && !heldOnDate : heldOnDate) return undefined;
  if (titleRead.claimed && heldBefore) return undefined;
  // "the likely next chancellor", "incoming President Trump": an office still to come is no claim about the date
  if (titleRead.future) return undefined;
  // a title before the name, or in apposition after it ("Grandi, the UN's refugee chief,")
  const titleFollows = titleStart > mention.start;
  /** The time the sentence is set in, when it names one the term does not cover: the message and the fixes speak of it, not of the document date. */
  let time: string | undefined;
  if (!former && heldBefore) {
    const around = sentenceAround(ctx.text, mention);
    const { before } = around;
    // after a title in apposition after the name, the verb follows the title ("Urho Kekkonen, the Finnish president, hosted …")
    const after = titleFollows ? around.after.slice(titleEnd - mention.end).replace(/^[\s,;)—–]+/, ' ') : around.after;
    const year = Number(date.slice(0, 4));
    const paragraphTime = () => lastTimeBefore(ctx.text, mention.start - before.length, year, Number(date.slice(5, 7)));
    if (!titleFollows && TERM_IN_BRACKETS.test(around.after)) return undefined;
    const reading = speaksOfTheirTime(before, after, year, Number(date.slice(5, 7)), offices, paragraphTime, movedToAnother(person, offices, named, date));
    if (reading.held || /^then\b/i.test(title)) return undefined;
    time = reading.time;
    if (titleStart < mention.start) {
      const beforeTitle = before.slice(0, before.length - (mention.start - titleStart));
      // "who signed the treaty with Rwandan foreign minister Vincent Biruta": the holder in a past act, named before the title
      if (PAST_ACT_BEFORE.test(beforeTitle)) return undefined;
      // "I briefed President Obama every morning", "Secretary of State John Kerry and I flew to Geneva":
      // the writer's own past dealings with the holder, as a former official's memoir tells them
      // (not of late: "Yesterday I met President Obama")
      if ((MEMOIR_ACT_BEFORE.test(beforeTitle) || MEMOIR_ACT_AFTER.test(after)) && !RECENT.test(before) && !RECENT.test(after)) return undefined;
      // "His predecessor, Secretary-General Jens Stoltenberg, now …": named as the one before
      if (PREDECESSOR_BEFORE.test(beforeTitle)) return undefined;
      // "the immediate release of President Bazoum": a demand for an ousted holder's release or return keeps the title on purpose
      if (DEMANDED_BACK.test(beforeTitle)) return undefined;
    }
  }
  const start = titleFollows ? mention.start : titleStart;
  const end = titleFollows ? titleEnd : mention.end;
  // "former" goes before a title that opens the phrase; after the name it may need its article changed;
  // in a sentence set in a past time, only if the term had ended by then ("In 1996 … Kofi Annan" had not begun his)
  const endedBy = time === undefined || offices.some((o) => o.to !== undefined && dateKey(o.to) <= dateKey(time!));
  const fixes: Fix[] = !former && heldBefore && !titleFollows && endedBy
    ? [{ title: `Write "former ${title}"`, edits: [{ start, end: start, newText: 'former ' }], safe: false }]
    : [];
  // or the name of who held the office then, in place of the name written
  const holder = former ? undefined : holderThen(ctx, person, offices, named.bare, time);
  if (holder) fixes.push({ title: `Write "${holder.person.name}"`, edits: [{ start: mention.start, end: mention.end, newText: holder.person.name }], safe: false });
  // "the UN's refugee chief": a possessive that took "the" in the text keeps it in the message
  const shownTitle = /^\S+['’]s\s/.test(bareTitle) && /\bthe\s+$/i.test(ctx.text.slice(Math.max(0, titleStart - 4), titleStart)) ? `the ${bareTitle}` : officeWithoutPronoun(bareTitle, offices, ctx);
  const when = time === undefined ? `on the document date (${formatDate(date)})` : `${time.length === 10 ? 'on' : 'in'} ${formatDate(time)}, when the text sets it`;
  return {
    code: 'office-anachronism',
    message: `${person.name} ${former ? (heldOnDate ? 'still held office as' : 'had not yet held and left office as') : 'was not'} ${shownTitle} ${when}: ${describeOffices(person, offices, ctx)}.${holder ? ` ${holder.person.name} held it then (${periodConfirmed(holder.office, time === undefined ? date : dateKey(time))}).` : ''}`,
    start,
    end,
    ...(fixes.length ? { fixes } : {}),
  };
}

/** A title attached to a person who did not hold it on the document date. */
export function officeAnachronism(ctx: RuleContext): readonly RawFinding[] {
  let findings: RawFinding[] | undefined;
  for (const mention of ctx.mentions) {
    if (!mention.title || mention.category !== 'person') continue;
    const person = ctx.kb.get(mention.id);
    // a person the knowledge base records no office for ("Alexander the Great"): nothing to check a title against
    if (person?.kind !== 'actor' || !person.person || person.person.offices.length === 0) continue;
    const finding = check(ctx, mention, person);
    if (finding) (findings ??= []).push(finding);
  }
  return findings ?? NO_RAW_FINDINGS;
}
