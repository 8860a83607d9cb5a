import { agesIn, agesOn, formatDate, MONTH_PATTERN } from '../dates';
import type { ActorEntry } from '../kb/schema';
import { codeAt, isSpaceAt } from '../kb/names';
import { COUNT_PATTERN, countValue } from '../text/numberWords';
import { sentenceAround, sentencePartOf } from '../text/sentenceAround';
import { spaceStartBefore, wordBefore } from '../text/wordBefore';
import { orList } from '../text/orList';
import { yearsNamed } from '../text/yearsNamed';
import type { Fix, Mention } from '../types';
import { NO_RAW_FINDINGS, type RawFinding, type RuleContext } from './ruleContext';
import { oneLine } from '../text/oneLine';

/**
 * After a name: "Vladimir Putin, 74,", "Putin, now 74,", "Putin, aged 74", "Putin, who is 74" (not
 * "who turns 74 this year": an age at the year's end).
 */
const AGE_AFTER = /^,\s*(?:(?:who\s+is|now|aged)\s+)?(?<age>\d{2,3})(?=\s*[,;:)—–]|\.(?:\s|$)|\s+years?\s+old\b)/d;
/** After a name: "Putin (74)". */
const AGE_IN_BRACKETS = /^\s*\((?<age>\d{2,3})\)/d;
/** Before a name: "the 74-year-old Putin", "the 74-year-old Russian President Vladimir Putin". */
const YEAR_OLD = new RegExp(String.raw`(?<![\w-])(?<age>\d{2,3}|${COUNT_PATTERN})[-\s]year[-\s]old\s+(?<between>(?:[\p{L}.'’-]+\s+){0,4})$`, 'diu');
/** Before a name: "the late Henry Kissinger", "the late President Chirac". */
const THE_LATE = /\bthe\s+late\s+(?<between>(?:[\p{L}.'’-]+\s+){0,3})$/iu;
/** After a name: "Henry Kissinger, who died in 2022", "Kissinger died on 29 November 2023". */
const DIED = new RegExp(String.raw`^,?\s+(?:who\s+)?died\s+(?:in\s+(?:(?:${MONTH_PATTERN})\s+)?|on\s+(?:\d{1,2}\s+)?(?:${MONTH_PATTERN})\s+(?:\d{1,2},?\s+)?)(?<year>(?:1[89]|20)\d\d)\b`, 'di');

/**
 * The lowercase words that may stand between "74-year-old" or "the late" and a name, as parts of a
 * title ("the 74-year-old former prime minister"); any capitalized word may ("Russian President").
 */
const TITLE_WORDS = new Set([
  'former', 'president', 'prime', 'minister', 'foreign', 'defence', 'defense', 'finance', 'secretary', 'general', 'leader', 'chancellor',
  'premier', 'king', 'queen', 'prince', 'crown', 'opposition', 'senator', 'governor', 'mayor', 'envoy', 'chief', 'head', 'of', 'state',
  'the', 'mr', 'ms', 'mrs', 'dr', 'supreme', 'ayatollah', 'emir', 'sheikh', 'pope', 'cardinal', 'marshal', 'ambassador', 'diplomat',
  'dissident', 'activist', 'billionaire', 'veteran', 'statesman', 'strongman', 'autocrat', 'incumbent', 'candidate', 'challenger',
]);
/** After "the late" and a name, a word that makes the name a time's ("the late Putin era"), not a person's. */
const TIME_AFTER = /^\s+(?:era|period|years|regime|administration|government|presidency|term|rule|policy|policies|doctrine|style|generation|age|days|decade|reign)\b/i;
/** Words that set a sentence in a past it does not date: an age there is not checked. */
const THEN = /\b(?:then|at\s+the\s+time|back\s+then|when|once|formerly|used\s+to|ago|earlier|had\s+been)\b/i;
/** Words that tell of a death: an age given with them is the age at death. */
const DEATH = /\b(?:died|dies|dead|death|funeral|obituar\w*|passed\s+away|killed|assassinated|buried)\b/i;

/** What the text says of a person's life. */
type Claim =
  | { readonly kind: 'age'; readonly age: number; readonly written: string; readonly numberStart: number; readonly start: number; readonly end: number }
  | { readonly kind: 'died'; readonly year: number; readonly start: number; readonly end: number }
  | { readonly kind: 'late'; readonly start: number; readonly end: number };

/** Whether the words between "74-year-old" or "the late" and a name may be a title. */
const isTitle = (between: string) => between.split(/\s+/).every((word) => word === '' || /^\p{Lu}/u.test(word) || TITLE_WORDS.has(word.toLowerCase()));

/** The lowercased last character of the word before `offset`, past spaces; 0 where none is. */
function lastLetterBefore(text: string, offset: number): number {
  const i = spaceStartBefore(text, offset);
  return i === offset || i === 0 ? 0 : text.charCodeAt(i - 1) | 32;
}

/** Where the words before a person's name start: before a title the mention holds ("President Putin"). */
const headOf = (mention: Mention) => (mention.titleStart !== undefined && mention.titleStart < mention.start ? mention.titleStart : mention.start);

/**
 * The claim about a person's life around `mention`, if any. The patterns run only where the word
 * before the name (or its title) is "old" or "late", or a comma, a bracket or "died" follows it:
 * both are read in place, for the many names that have neither.
 */
function claimAround(text: string, mention: Mention): Claim | undefined {
  const head = headOf(mention);
  // "old" and "late" end in "d" and "e": the word before is read only then
  const last = lastLetterBefore(text, head);
  const before = last === 100 /* d */ || last === 101 /* e */ ? wordBefore(text, head) : '';
  if (before.endsWith('old') || before === 'late') {
    const from = Math.max(0, head - 80);
    const words = text.slice(from, head);
    let m = YEAR_OLD.exec(words);
    if (m && isTitle(m.groups!['between']!)) {
      const written = m.groups!['age']!;
      const age = countValue(written);
      if (age !== undefined && isAge(age)) return { kind: 'age', age, written, numberStart: from + m.indices!.groups!['age']![0], start: from + m.index, end: mention.end };
    }
    m = THE_LATE.exec(words);
    if (m && isTitle(m.groups!['between']!) && !TIME_AFTER.test(text.slice(mention.end, mention.end + 20))) return { kind: 'late', start: from + m.index, end: mention.end };
  }
  // after the name, past spaces: a comma, a bracket or "died" opens every claim there
  let i = mention.end;
  while (i < text.length && isSpaceAt(text, i)) i++;
  const next = codeAt(text, i);
  if (next !== 44 /* , */ && next !== 40 /* ( */ && !(next === 100 /* d */ && text.startsWith('died', i))) return undefined;
  const after = text.slice(mention.end, mention.end + 60);
  const m = AGE_AFTER.exec(after) ?? AGE_IN_BRACKETS.exec(after);
  if (m && isAge(Number(m.groups!['age']))) {
    const written = m.groups!['age']!;
    const numberStart = mention.end + m.indices!.groups!['age']![0];
    return { kind: 'age', age: Number(written), written, numberStart, start: mention.start, end: mention.end + m[0].length };
  }
  const died = DIED.exec(after);
  return died ? { kind: 'died', year: Number(died.groups!['year']), start: mention.start, end: mention.end + died[0].length } : undefined;
}


/** The finding for an age that the person's dates contradict, if they do. */
function checkAge(ctx: RuleContext, claim: Extract<Claim, { kind: 'age' }>, person: ActorEntry, born: string): RawFinding | undefined {
  const died = person.person?.died;
  const { before, after } = sentenceAround(ctx.text, claim);
  const sentence = before + ctx.text.slice(claim.start, claim.end) + after;
  const part = sentencePartOf(before + ctx.text.slice(claim.start, claim.end), after);
  const named = yearsNamed(part).filter((year) => year > Number(born.slice(0, 4)) && (died === undefined || year <= Number(died.slice(0, 4))));
  const quoted = `"${oneLine(ctx.text.slice(claim.start, claim.end))}"`;
  const bornOn = `${person.name} was born ${born.length === 10 ? 'on' : 'in'} ${formatDate(born)}`;
  const then = THEN.test(part);
  if (named.length === 0 && then) return undefined;
  // each time the age may be given for, with the ages then: a named year's, and the document date's
  // unless the part speaks of a past ("Erdoğan, 71, has ruled since 2003" gives today's age)
  const times: { readonly ages: readonly number[]; readonly when: string }[] = [];
  if (named.length > 0) times.push({ ages: [...new Set(named.flatMap((year) => agesIn(born, year)))], when: `in ${orList(named)} (the year${named.length > 1 ? 's' : ''} the sentence names)` });
  if (!then && died !== undefined && died <= ctx.date.iso) {
    const atDeath = agesOn(born, died);
    if (DEATH.test(sentence)) times.push({ ages: atDeath, when: `at death (${formatDate(died)})` });
    else if (named.length === 0) {
      if (atDeath.includes(claim.age)) return undefined;
      return finding(claim, `${quoted}: ${bornOn} and died on ${formatDate(died)}, aged ${orList(atDeath)}, before the document date (${formatDate(ctx.date.iso)}).`);
    }
  } else if (!then) times.push({ ages: agesOn(born, ctx.date.iso), when: `on the document date (${formatDate(ctx.date.iso)})` });
  const allowed = [...new Set(times.flatMap((t) => t.ages))];
  if (allowed.includes(claim.age)) return undefined;
  const fixes: Fix[] | undefined =
    allowed.length === 1 ? [{ title: `Write ${allowed[0]}`, safe: false, edits: [{ start: claim.numberStart, end: claim.numberStart + claim.written.length, newText: String(allowed[0]) }] }] : undefined;
  return finding(claim, `${quoted}: ${bornOn}: ${times.map((t) => `${orList(t.ages)} ${t.when}`).join('; ')}, not ${claim.age}.`, fixes);
}

/**
 * How long after an entry's review "the late" is still checked: a death after the review is not in
 * the knowledge base, and a text dated long after it may know of one.
 */
const LATE_MARGIN_DAYS = 183;

/** The ISO day `days` after `date` (a day, a month or a year). */
function addDays(date: string, days: number): string {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The ages a text may give a person: a two- or three-digit number that is no age ("Kerry, 12 votes") is not one. */
const isAge = (age: number) => age >= 15 && age <= 120;

function finding(claim: Claim, message: string, fixes?: Fix[]): RawFinding {
  return { code: 'age-claim', message, start: claim.start, end: claim.end, ...(fixes ? { fixes } : {}) };
}

/**
 * A person's age, death or "the late" that their recorded dates contradict: "Vladimir Putin, 72," or
 * "the 72-year-old Putin" on a date when he was 74, "Henry Kissinger, who died in 2022" (2023), "the
 * late Lula" while he lived. An age may be of a year its part of the sentence names (see
 * `sentencePartOf`) or of the document date (or of the death, where the sentence tells of it); a
 * part set in a past ("then", "when", "at the time") is read only in the years it names, and left
 * alone where it names none. "The late" is checked only up to the day the person's entry
 * was reviewed: a death after it is not in the knowledge base.
 */
export function ageClaim(ctx: RuleContext): readonly RawFinding[] {
  let findings: RawFinding[] | undefined;
  for (const mention of ctx.mentions) {
    if (mention.category !== 'person') continue;
    const claim = claimAround(ctx.text, mention);
    const person = claim && ctx.kb.get(mention.id);
    if (!claim || person?.kind !== 'actor' || !person.person) continue;
    const { born, died } = person.person;
    let found: RawFinding | undefined;
    if (claim.kind === 'age') found = born ? checkAge(ctx, claim, person, born) : undefined;
    else if (claim.kind === 'died') {
      if (died !== undefined && Number(died.slice(0, 4)) !== claim.year) found = finding(claim, `"${oneLine(ctx.text.slice(claim.start, claim.end))}": ${person.name} died on ${formatDate(died)}.`);
    } else if ((died === undefined || died > ctx.date.iso) && ctx.date.iso <= addDays(person.reviewed, LATE_MARGIN_DAYS)) {
      const alive =
        died !== undefined
          ? `died on ${formatDate(died)}, after the document date (${formatDate(ctx.date.iso)})`
          : ctx.date.iso <= person.reviewed
            ? `was alive on the document date (${formatDate(ctx.date.iso)})`
            : `was alive when the knowledge base last reviewed the entry (${formatDate(person.reviewed)})`;
      found = finding(claim, `"${oneLine(ctx.text.slice(claim.start, claim.end))}": ${person.name} ${alive}.`);
    }
    if (found) (findings ??= []).push(found);
  }
  return findings ?? NO_RAW_FINDINGS;
}
