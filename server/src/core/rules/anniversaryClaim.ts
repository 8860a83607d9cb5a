import { formatDate } from '../dates';
import type { Entry } from '../kb/schema';
import { COUNT_PATTERN, COUNT_WORDS, countValue, ORDINAL_PATTERN, ORDINAL_WORD_LIST, ordinalLike, ordinalValue, writtenLike } from '../text/numberWords';
import { clauseOf, sentenceAround, sentencePartOf } from '../text/sentenceAround';
import { spaceStartBefore, wordBefore } from '../text/wordBefore';
import { codeAt, isDigitAt, isSpaceAt, isWordChar } from '../kb/names';
import { asciiLettersHash, asciiWordHashes } from '../kb/wordHash';
import { orList } from '../text/orList';
import { yearsNamed } from '../text/yearsNamed';
import type { Fix, Mention } from '../types';
import { theName } from './treatyNameInProse';
import { NO_RAW_FINDINGS, type RawFinding, type RuleContext } from './ruleContext';
import { oneLine } from '../text/oneLine';

/** The event an anniversary or a count of years is of, where the text names it: "the signing of". */
const EVENT = String.raw`(?:(?<event>signing|signature|founding|foundation|creation|establishment|birth|adoption|conclusion|entry\s+into\s+force)\s+of\s+)`;
/** Words that make a count of years a bound, not a figure: "more than 30 years since …". */
const QUALIFIER = String.raw`(?:(?<qualifier>(?:more|less|fewer)\s+than|over|nearly|almost|about|around|roughly|some|approximately|close\s+to|at\s+least|just\s+(?:over|under)|under|upwards\s+of)\s+)`;

/** The year of the thing named, before its name: "the 1994 Budapest Memorandum". */
const YEAR_BEFORE = String.raw`(?:(?:1[89]|20)\d\d\s+)?`;
/** Before the name: "the 75th anniversary of (the founding of) NATO", "the centenary of …". */
const ANNIVERSARY_OF = new RegExp(
  String.raw`(?:\b(?<ordinal>${ORDINAL_PATTERN})\s+anniversary|\b(?<hundred>centenary|centennial))\s+of\s+(?:(?:the|its)\s+)?${EVENT}?(?:the\s+)?${YEAR_BEFORE}$`,
  'di',
);
/** Before the name: "30 years since (the signing of) the Budapest Memorandum", "thirty years after Dayton". */
const YEARS_SINCE = new RegExp(String.raw`(?<![\w-])${QUALIFIER}?(?<count>${COUNT_PATTERN})\s+years\s+(?<since>since|after)\s+(?:(?:the|its)\s+)?${EVENT}?(?:the\s+)?${YEAR_BEFORE}$`, 'di');
/** After the name: "NATO's 75th anniversary", "NATO's 75th birthday", "NATO's centenary". */
const POSSESSIVE = new RegExp(String.raw`^['’]s?\s+(?:(?<ordinal>${ORDINAL_PATTERN})\s+(?:anniversary|birthday)|(?<hundred>centenary|centennial))\b`, 'di');
/** After the name: "NATO marks its 75th anniversary", "the Budapest Memorandum, which marks its 30th anniversary". */
const MARKS = new RegExp(
  String.raw`^,?\s+(?:(?:which|that)\s+)?(?:marks|marked|celebrates|celebrated|commemorates|commemorated|will\s+(?:mark|celebrate|commemorate))\s+(?:its|the)\s+(?<ordinal>${ORDINAL_PATTERN})\s+(?:anniversary|birthday)\b`,
  'di',
);
/** After the name: "NATO turns 75 this year"; the count must end the phrase (not "turns 27 members into …"). */
const TURNS = new RegExp(
  String.raw`^\s+(?:turns|turned|will\s+turn|is\s+turning)\s+(?<count>${COUNT_PATTERN})(?=\s+(?:years?\s+old|this\s+year|today|on|in)\b|\s*[.,;:!?—–)]|$)`,
  'di',
);
/** After the name: "the Budapest Memorandum, signed 30 years ago". */
const AGO = new RegExp(
  String.raw`^,?\s+(?:(?:which|that)\s+)?(?:(?:was|were)\s+)?(?<event>signed|founded|created|established|concluded|adopted|set\s+up|(?:entered|came)\s+into\s+force)\s+${QUALIFIER}?(?<count>${COUNT_PATTERN})\s+years\s+ago\b`,
  'di',
);

/**
 * After a name that an anniversary before it may be of: the phrase must end there ("the 25th
 * anniversary of NATO in 2024"), not go on to another thing of the body's ("… of the NATO bombing
 * of Yugoslavia", "… of NATO's intervention").
 */
const PHRASE_ENDS =
  /^(?:\s*(?:[.,;:!?)\]—–"”]|$)|\s+(?:in|on|this|last|next|was|is|will|which|that|and|at|with|by|falls|fell|comes|came|marks|marked|has|had|were|are|would|could|may|might|should|offers|offered|gives|gave|sees|saw|\d{4})\b)/;
/** "the 75th anniversary of NATO's founding": the possessive names the event. */
const POSSESSIVE_EVENT = /^['’]s\s+(?<event>signing|founding|foundation|creation|establishment|birth|adoption|conclusion|entry\s+into\s+force)\b/;

/** Words that set an undated anniversary in the document's year: "NATO marks its 75th anniversary this year". */
const NOW = /\b(?:today|now|currently|still|this\s+(?:year|month|week|spring|summer|autumn|fall|winter)|marks|celebrates|commemorates|turns|is\s+turning)\b/i;
/** Words that set it ahead: an anniversary still to come must not have passed. */
const AHEAD = /\b(?:next\s+(?:year|month|week|spring|summer|autumn|fall|winter)|upcoming|forthcoming|approaching|approaches|nears|will|ahead\s+of|run-up\s+to)\b/i;
/** Words that set it in a past the sentence does not date: not checked. */
const PAST = /\b(?:had|was|were|then|at\s+the\s+time|until|when|once|former(?:ly)?|used\s+to|marked|celebrated|commemorated|turned|last\s+year)\b/i;

/** What the text counts years from, and how. */
interface Claim {
  readonly shape: 'anniversary' | 'since' | 'after' | 'ago';
  /** The ordinal of an anniversary, or the count of years. */
  readonly years: number;
  /** The number as written, and where, for the fix. */
  readonly written: string;
  readonly numberStart: number;
  readonly event: string | undefined;
  readonly qualifier: string | undefined;
  readonly start: number;
  readonly end: number;
}

/** A day the entry's anniversaries are counted from. */
interface Origin {
  readonly date: string;
  readonly year: number;
  /** "was signed on 5 December 1994". */
  readonly told: string;
}

type Groups = Record<string, string | undefined>;

/** The claim a match makes; `offset` is where the matched text starts. */
function claimOf(m: RegExpExecArray, offset: number, shape: Claim['shape'], start: number, end: number, event?: string): Claim | undefined {
  const g = m.groups as Groups;
  const key = g['ordinal'] !== undefined ? 'ordinal' : g['hundred'] !== undefined ? 'hundred' : 'count';
  const written = g[key]!;
  const years = key === 'ordinal' ? ordinalValue(written) : key === 'hundred' ? 100 : countValue(written);
  if (years === undefined || years === 0) return undefined;
  const numberStart = offset + m.indices!.groups![key]![0];
  return { shape, years, written, numberStart, event: event ?? g['event'], qualifier: g['qualifier'] === undefined ? undefined : oneLine(g['qualifier'].toLowerCase()), start, end };
}

/** The words before "of" that make an anniversary of the name after it: "the 75th anniversary of", "the founding of". */
const BEFORE_OF: readonly string[] = ['anniversary', 'centenary', 'centennial', 'signing', 'signature', 'founding', 'foundation', 'creation', 'establishment', 'birth', 'adoption', 'conclusion', 'force'];
/** The ordinals' words, and the numbers' that open a compound one ("seventy-fifth"), by `asciiWordHash`. */
const ORDINAL_WORDS = asciiWordHashes([...ORDINAL_WORD_LIST, ...COUNT_WORDS, 'centenary', 'centennial']);
/** The words after a name that may open a claim (`MARKS`, `TURNS`, `AGO`), by `asciiWordHash`. */
const AFTER_WORDS = asciiWordHashes([
  'marks', 'marked', 'celebrates', 'celebrated', 'commemorates', 'commemorated', 'will', 'turns', 'turned', 'is',
  'which', 'that', 'was', 'were', 'signed', 'founded', 'created', 'established', 'concluded', 'adopted', 'set', 'entered', 'came',
]);

/** Where the next word starts after `i`, past spaces and a comma. */
function nextWordAt(text: string, i: number): number {
  while (i < text.length && (isSpaceAt(text, i) || text.charCodeAt(i) === 44 /* , */)) i++;
  return i;
}

/** Whether `word` (lowercase ASCII) ends at `end` as a whole word, its first letter in either case: "the" or "The". */
function wordEndsAt(text: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 0 || (start > 0 && isWordCharAt(text, start - 1)) || (text.charCodeAt(start) | 32) !== word.charCodeAt(0)) return false;
  for (let k = 1; k < word.length; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** Whether the character at `i` is a word's or a hyphen, which would make a word there longer. */
const isWordCharAt = (text: string, i: number): boolean => isWordChar(text, i) || text.charCodeAt(i) === 45;

/** The word before "since" or "after" (as `BEFORE_OF` before "of"). */
const YEARS: readonly string[] = ['years'];

/** Whether the word that ends at `end` is a year: "the 1994 Budapest Memorandum". */
const yearEndsAt = (text: string, end: number) => end >= 4 && isDigitAt(text, end - 1) && isDigitAt(text, end - 4) && (end === 4 || !isWordCharAt(text, end - 5));

/**
 * Whether the word that ends at `end` may be one that `claimShapes` reads back over or stops at
 * before a name: "the" or "since" (e), "of" (f), "after" (r), or a year (a digit). One read of its
 * last character rules out most words before a name ("on", "citing"), whose letters are then not
 * compared one by one with each of those words: each read of a block's text, a slice of the
 * document, costs some 30 instructions.
 */
function mayEndChainWord(text: string, end: number): boolean {
  if (end <= 0) return false;
  const c = text.charCodeAt(end - 1);
  return c === 101 /* e */ || c === 102 /* f */ || c === 114 /* r */ || (c >= 48 && c <= 57);
}

/** The word before a name that an anniversary's or a count's words may govern it by ("of", "since", "after"), if it ends at `end`; told apart by its last letter. */
function governingWordAt(text: string, end: number): string | undefined {
  if (end <= 0) return undefined;
  const c = text.charCodeAt(end - 1);
  const word = c === 102 /* f */ ? 'of' : c === 101 /* e */ ? 'since' : c === 114 /* r */ ? 'after' : undefined;
  return word !== undefined && wordEndsAt(text, end, word) ? word : undefined;
}

/** Which patterns may find a claim around a name (see `claimShapes`). */
const BEFORE = 1;
const AFTER = 2;

/**
 * Which claims the words around a name allow, read in place (most names have none of them, and
 * the patterns run only for the few that do): `BEFORE` for "of" after an anniversary's or an
 * event's word, or "since" or "after" after "years" (past a "the" or a year); `AFTER` for "'s" and
 * an ordinal, or a verb that may open `MARKS`, `TURNS` or `AGO`; 0 for none.
 */
function claimShapes(text: string, mention: Mention): number {
  let shapes = 0;
  // the words before the name, compared in place back past "the" and a year ("anniversary of the
  // 1994 …"): most names have none of them, and no word is cut out or hashed
  let end = spaceStartBefore(text, mention.start);
  if (end < mention.start && mayEndChainWord(text, end)) {
    if (wordEndsAt(text, end, 'the')) end = spaceStartBefore(text, end - 3);
    if (yearEndsAt(text, end)) {
      end = spaceStartBefore(text, end - 4);
      if (wordEndsAt(text, end, 'the')) end = spaceStartBefore(text, end - 3);
    }
    const governing = governingWordAt(text, end);
    if (governing !== undefined) {
      let leadEnd = spaceStartBefore(text, end - governing.length);
      if (wordEndsAt(text, leadEnd, 'the') || wordEndsAt(text, leadEnd, 'its')) leadEnd = spaceStartBefore(text, leadEnd - 3);
      const leads = governing === 'of' ? BEFORE_OF : YEARS;
      for (let k = 0; k < leads.length; k++) {
        if (wordEndsAt(text, leadEnd, leads[k]!)) {
          shapes |= BEFORE;
          break;
        }
      }
    }
  }
  const next = codeAt(text, mention.end);
  if (next === 39 /* ' */ || next === 0x2019) {
    // "NATO's 75th", "the Geneva Conventions' 75th"
    const ordinal = nextWordAt(text, mention.end + (codeAt(text, mention.end + 1) === 115 /* s */ ? 2 : 1));
    if ((ordinal < text.length && isDigitAt(text, ordinal)) || ORDINAL_WORDS.has(asciiLettersHash(text, ordinal))) shapes |= AFTER;
  } else if (AFTER_WORDS.has(asciiLettersHash(text, nextWordAt(text, mention.end)))) shapes |= AFTER;
  return shapes;
}

/** The anniversary or count of years of the named entry that the text gives around `mention`, if any (see `claimShapes`). */
function claimAround(text: string, mention: Mention): Claim | undefined {
  const shapes = claimShapes(text, mention);
  if (shapes === 0) return undefined;
  let m: RegExpExecArray | null;
  const after = text.slice(mention.end, mention.end + 80);
  if (shapes & BEFORE) {
    const from = Math.max(0, mention.start - 100);
    const before = text.slice(from, mention.start);
    const possessiveEvent = POSSESSIVE_EVENT.exec(after);
    if (possessiveEvent || PHRASE_ENDS.test(after)) {
      const end = mention.end + (possessiveEvent?.[0].length ?? 0);
      const event = possessiveEvent?.groups!['event'];
      if ((m = ANNIVERSARY_OF.exec(before))) return claimOf(m, from, 'anniversary', from + m.index, end, event);
      if ((m = YEARS_SINCE.exec(before))) return claimOf(m, from, m.groups!['since']!.toLowerCase() === 'since' ? 'since' : 'after', from + m.index, end, event);
    }
  }
  if (!(shapes & AFTER)) return undefined;
  if ((m = POSSESSIVE.exec(after) ?? MARKS.exec(after) ?? TURNS.exec(after))) return claimOf(m, mention.end, 'anniversary', mention.start, mention.end + m[0].length);
  if ((m = AGO.exec(after))) return claimOf(m, mention.end, 'ago', mention.start, mention.end + m[0].length);
  return undefined;
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * The days an entry's anniversaries are counted from: a treaty's signing and its entry into force
 * (either, unless the text names one), an organization's founding and its forerunners'.
 */
function originsOf(entry: Entry, event: string | undefined): readonly Origin[] {
  const origins: Origin[] = [];
  const add = (date: string | undefined, told: string) => date && origins.push({ date, year: yearOf(date), told: `${told} ${date.length === 10 ? 'on' : 'in'} ${formatDate(date)}` });
  if (entry.kind === 'treaty') {
    const inForceOnly = event !== undefined && /^(?:entry|entered|came)/i.test(event);
    const signedOnly = event !== undefined && /^(?:sign|conclu|adopt)/i.test(event);
    const signed = inForceOnly ? undefined : entry.signed?.date;
    const inForce = signedOnly ? undefined : entry.inForce;
    // in force on signature (the Dayton Agreement): one day
    if (signed !== undefined && signed === inForce) add(signed, 'was signed and entered into force');
    else {
      add(signed, 'was signed');
      add(inForce, 'entered into force');
    }
  } else if (entry.kind === 'actor' && entry.org?.founded) {
    add(entry.org.founded, 'was founded');
    for (const date of entry.org.forerunnersFounded ?? []) add(date, 'continues a body founded');
  }
  return origins;
}

/** The years a claim is made in: those the sentence names, the document's, or one still to come. */
type Reference =
  | { readonly kind: 'now'; readonly years: readonly number[] }
  /** Named years, and the document's where the clause also says "now" ("NATO, which Sweden joined in 2024, marks …"). */
  | { readonly kind: 'named'; readonly years: readonly number[]; readonly named: readonly number[] }
  | { readonly kind: 'ahead'; readonly years: readonly [number] };

/**
 * When the text makes the claim: in the years its part of the sentence names (`sentencePartOf`),
 * other than the origins' own ("the 30th anniversary of the 1994 Budapest Memorandum"), and in the
 * document's year too where the clause says so ("marks", "this year", "today"); else in the
 * document's year, for a count of years ago or since, or for an anniversary or a count of years
 * after where the clause says so; else ahead of it ("next year", "upcoming", "will"); undefined
 * where the clause speaks of an undated past.
 */
function referenceOf(claim: Claim, part: string, clause: string, clauseBefore: string, origins: readonly Origin[], documentYear: number): Reference | undefined {
  if (claim.shape === 'ago') return { kind: 'now', years: [documentYear] };
  const named = yearsNamed(part).filter((year) => !origins.some((o) => o.year === year));
  // "… since the Helsinki Final Act was signed": the past after the name is the treaty's own
  const past = PAST.test(claim.shape === 'since' ? clauseBefore : clause);
  if (named.length > 0) return { kind: 'named', named, years: !past && NOW.test(clause) ? [...named, documentYear] : named };
  if (past) return undefined;
  if (claim.shape === 'since' || NOW.test(clause)) return { kind: 'now', years: [documentYear] };
  if (AHEAD.test(clause)) return { kind: 'ahead', years: [documentYear] };
  return undefined;
}

/** How far a count of years may be from the years elapsed: writers round ("30 years since" a 1994 treaty in 2026). */
const tolerance = (count: number) => Math.max(1, Math.floor(count / 10));

/** Whether `elapsed` years agree with the count the text gives, read with its qualifier. */
function countAgrees(claim: Claim, elapsed: number): boolean {
  const slack = tolerance(claim.years);
  const q = claim.qualifier;
  if (q === 'more than' || q === 'over' || q === 'at least' || q === 'upwards of' || q === 'just over') return elapsed >= claim.years - slack;
  if (q === 'less than' || q === 'fewer than' || q === 'nearly' || q === 'almost' || q === 'under' || q === 'just under' || q === 'close to') return elapsed <= claim.years + slack;
  return Math.abs(elapsed - claim.years) <= slack;
}

/** Whether the claim agrees with some origin in some reference year. An anniversary may be a year off its year (preparations, a summit the next spring). */
function agrees(claim: Claim, origins: readonly Origin[], reference: Reference): boolean {
  return origins.some((origin) => {
    if (claim.shape !== 'anniversary') return reference.years.some((year) => countAgrees(claim, year - origin.year));
    const year = origin.year + claim.years;
    return reference.kind === 'ahead' ? year >= reference.years[0] - 1 : reference.years.some((r) => Math.abs(year - r) <= 1);
  });
}


/** The finding's message and, where one number would be right, its fix. */
function explain(ctx: RuleContext, claim: Claim, subject: string, origins: readonly Origin[], reference: Reference): { message: string; fixes?: Fix[] } {
  const quoted = `"${oneLine(ctx.text.slice(claim.start, claim.end))}"`;
  const told = `${subject} ${origins.map((o) => o.told).join(' and ')}`;
  const documentYear = Number(ctx.date.iso.slice(0, 4));
  const namedYears = reference.kind === 'named' ? `${orList(reference.named)} (the year${reference.named.length > 1 ? 's' : ''} the sentence names)` : '';
  const documentDateYear = `${documentYear} (the document date's year)`;
  const when = reference.kind !== 'named' ? documentDateYear : reference.years.length > reference.named.length ? `${namedYears} or ${documentDateYear}` : namedYears;
  const single = origins.length === 1 && reference.years.length === 1 ? reference.years[0]! - origins[0]!.year : undefined;
  if (claim.shape === 'anniversary') {
    const years = orList([...new Set(origins.map((o) => o.year + claim.years))].sort());
    const ordinal = ordinalLike(claim.years, '1');
    const message =
      reference.kind === 'ahead'
        ? `${quoted}: ${told}, so the year of its ${ordinal} anniversary is ${years}, before the document date (${formatDate(ctx.date.iso)}).`
        : `${quoted}: ${told}, so the year of its ${ordinal} anniversary is ${years}, not ${when}.`;
    if (reference.kind === 'ahead' || single === undefined || single < 1) return { message };
    const newText = ordinalLike(single, claim.written);
    return { message, fixes: [{ title: `Write "${newText}"`, safe: false, edits: [{ start: claim.numberStart, end: claim.numberStart + claim.written.length, newText }] }] };
  }
  const elapsed = orList(origins.map((o) => (reference.years.length === 1 ? reference.years[0]! - o.year : `${o.year}`)));
  const message =
    reference.years.length === 1
      ? `${quoted}: ${told}, ${elapsed} years before ${when}.`
      : `${quoted}: ${told}, not ${claim.years} years before ${when}.`;
  if (single === undefined || single < 1 || claim.qualifier !== undefined) return { message };
  const newText = writtenLike(single, claim.written);
  return { message, fixes: [{ title: `Write "${newText}"`, safe: false, edits: [{ start: claim.numberStart, end: claim.numberStart + claim.written.length, newText }] }] };
}

/**
 * An anniversary or a count of years of a treaty or an organization that the calendar contradicts:
 * "NATO's 70th anniversary" in a text of 2026, "the 25th anniversary of the Budapest Memorandum"
 * in a sentence of 2024, "20 years since the Budapest Memorandum", "New START, signed 20 years
 * ago". A treaty's years count from its signing or its entry into force (either, unless the text
 * says which), an organization's from its founding or its forerunners' (`org.forerunnersFounded`).
 * The time is read by `referenceOf`; an anniversary may be a year off, a count of years off by a
 * tenth (see `tolerance`), and a bound ("more than") only one way.
 */
export function anniversaryClaim(ctx: RuleContext): readonly RawFinding[] {
  let findings: RawFinding[] | undefined;
  for (const mention of ctx.mentions) {
    if (mention.kind !== 'treaty' && mention.category !== 'organization' && mention.category !== 'institution' && mention.category !== 'group') continue;
    const claim = claimAround(ctx.text, mention);
    const entry = claim && ctx.kb.get(mention.id);
    if (!claim || !entry) continue;
    const origins = originsOf(entry, claim.event);
    if (origins.length === 0) continue;
    const { before, after } = sentenceAround(ctx.text, claim);
    const words = before + ctx.text.slice(claim.start, claim.end);
    const reference = referenceOf(claim, sentencePartOf(words, after), clauseOf(words, after), clauseOf(before, ''), origins, Number(ctx.date.iso.slice(0, 4)));
    if (!reference || agrees(claim, origins, reference)) continue;
    // an organization as the text names it, with its article where the text has one ("the OSCE", "NATO")
    const subject = entry.kind === 'treaty' ? theName(entry.name) : wordBefore(ctx.text, mention.start) === 'the' ? `the ${mention.text}` : mention.text;
    const { message, fixes } = explain(ctx, claim, subject, origins, reference);
    (findings ??= []).push({ code: 'anniversary-claim', message, start: claim.start, end: claim.end, ...(fixes ? { fixes } : {}) });
  }
  return findings ?? NO_RAW_FINDINGS;
}
