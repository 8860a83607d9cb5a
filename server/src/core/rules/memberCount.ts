import { formatDate } from '../dates';
import { countOn, countsBetween, memberCountHistories, type MemberCountHistory } from '../kb/memberCounts';
import { codeAt, isDigitAt, isSpaceAt } from '../kb/names';
import { asciiLettersHash, asciiWordHash, asciiWordHashes, lastWordHash, mayBeAmong, wordStartHashed } from '../kb/wordHash';
import { COUNT_WORDS, countValue, writtenLike } from '../text/numberWords';
import { orList } from '../text/orList';
import { secondWordBefore, spaceStartBefore, wordBefore } from '../text/wordBefore';
import { clauseOf, sentenceAround } from '../text/sentenceAround';
import { YEAR } from '../text/yearsNamed';
import type { Fix, Mention } from '../types';
import { NO_RAW_FINDINGS, type RawFinding, type RuleContext } from './ruleContext';
import { oneLine } from '../text/oneLine';

/** What a count of an organization's members counts: its members, or one thing per member ("the 27 EU capitals"). */
const MEMBERS = String.raw`(?:member\s+(?:states|countries|nations|governments|economies)|members|allies|states|countries|nations|participating\s+States|economies|partners|governments|capitals|leaders|heads\s+of\s+(?:state|government)|(?:foreign|defen[cs]e|finance)\s+ministers)\b`;
/** A possessive before a count: "the United States and its 31 NATO allies" counts the others. */
const OWNER_BEFORE = /\b(?:its|their|our|his|her)\s+$/i;
/** A count in digits or words; `countValue` decides whether it is one. */
const COUNT = String.raw`(\d{1,3}|[A-Za-z]+(?:[\s-][a-z]+)?)`;
/** The words that make a count the whole membership, not some of it ("three NATO allies"). */
const ALL = String.raw`(?:^|[^A-Za-z0-9-])(?:the|all(?:\s+(?:of\s+)?the)?|its|their|our)\s+`;

/** "the 27 EU …" (the members' noun must follow the name), "the 32-member NATO". */
const COUNT_BEFORE = new RegExp(String.raw`${ALL}${COUNT}\s+$`, 'di');
const COUNT_COMPOUND = new RegExp(String.raw`(?:^|[^A-Za-z0-9-])${COUNT}-(?:member|nation|country|state|strong)\s+$`, 'di');
/** "the 27 member states of the EU". */
const COUNT_OF = new RegExp(String.raw`${ALL}${COUNT}\s+${MEMBERS}\s+of\s+(?:the\s+)?$`, 'di');
const MEMBERS_AFTER = new RegExp(String.raw`^\s+${MEMBERS}`);
/** "NATO's 32 allies". */
const POSSESSIVE = new RegExp(String.raw`^['’]s\s+${COUNT}\s+${MEMBERS}`, 'd');
/** "NATO now has 32 members", "the EU, which has 27 member states", "the EU, with its 27 member states". */
const HAS = new RegExp(
  String.raw`^(?:(?:,\s+which|,?)\s+(?:now\s+|today\s+|currently\s+)?(?:has|counts|comprises|numbers|unites|brings\s+together|consists\s+of)|,\s+with(?:\s+its)?)\s+${COUNT}\s+${MEMBERS}`,
  'd',
);

/**
 * Words after the members' noun that may make the count some of them: "the 23 NATO allies that
 * spend 2 %", "… at or above 2 %", "… in the east", "… most exposed", "… now spending".
 */
const RESTRICTED =
  /^\s*(?:(?:now|still|currently|also|already)\s+)?(?:that|which|who|whose|where|with|without|from|bordering|outside|in|on|near|along|except|other|besides|not|apart|excluding|most|least|closest|hardest|worst|best|directly|already|concerned|affected|involved|present|represented|at|above|below|over|under|within|among|across|inside|beyond|behind|ahead|short|only|alone|listed|named|mentioned|cited|[a-z]+ing)\b/i;
/**
 * After a name that a count before it may be of: another name ("the 54 members of the UN's Economic
 * and Social Council", "the 15-member UN Security Council") or a body of the organization ("the
 * 15-member UN panel") takes the count.
 */
const NAME_GOES_ON =
  /^(?:['’]s?\b|\s+(?:[A-Z]|(?:body|bodies|council|committee|board|panel|mission|force|forces|delegation|team|group|secretariat|commission|parliament|assembly|summit|meeting|court|agency|troops|staff)\b))/;
/**
 * A sentence that leaves members out, or counts a vote: a smaller count then counts some of them ("the
 * 26 member states, without Hungary", "the 13 members of the Security Council voted in favour").
 */
const LEAVES_OUT = /\b(?:except|excluding|other\s+than|apart\s+from|save\s+for|besides|without|minus|bar|abstain\w*|veto\w*|block\w*|holdouts?|refus\w*|opposed|objected|vot\w*|in\s+favou?r|against|backed|supported)\b/i;
/** Words of a change of membership: the sentence may count the members before or after it ("the 27 member states negotiating Brexit"). */
const TELLS_OF_CHANGE =
  /\b(?:brexit|withdr[ae]w\w*|leav(?:e|es|ing)|left|depart\w*|accession|acced\w*|join\w*|admi(?:t|ts|tted|ssion)|enlarg\w*|expel\w*|expulsion|suspen\w*|applicants?|candidates?|aspirants?)\b/i;
/** Words that set a sentence on the document date, whatever years the paragraph named before it. */
const NOW = /\b(?:today|now|currently|at\s+present|still|this\s+year)\b/i;
/** Words that set a sentence in a past it does not date ("when NATO's 30 allies met"). */
const PAST = /\b(?:had|was|were|then|at\s+the\s+time|until|till|when|once|former(?:ly)?|originally|used\s+to)\b/i;

/** A count the text gives an organization: the number as written, its value, and the words that give it. */
interface CountClaim {
  readonly written: string;
  readonly count: number;
  /** Whether a possessive stands before the count, which may then leave out its owner ("its 31 NATO allies"). */
  readonly owned: boolean;
  /** Where the number is written. */
  readonly numberStart: number;
  /** The words of the claim, from the count or the name to the members' noun. */
  readonly start: number;
  readonly end: number;
}

/** The last word of a compound count before a name: "the 32-member NATO". */
const COMPOUND_ENDS = new Set(['member', 'nation', 'country', 'state', 'strong']);
/** The words after a name that may open a count (`HAS`), by `asciiWordHash`. */
const HAS_WORDS = asciiWordHashes(['now', 'today', 'currently', 'has', 'counts', 'comprises', 'numbers', 'unites', 'brings', 'consists']);

/** Which patterns may find a count next to a name (see `countShapes`). */
const OF_BEFORE = 1;
const COUNT_JUST_BEFORE = 2;
const AFTER = 4;

/**
 * Which shapes of a count of members the words next to a name allow: "of" or "of the" just before
 * it (`COUNT_OF`), a count just before it (`COUNT_BEFORE`, `COUNT_COMPOUND`), "'s", a comma or
 * "has" just after it (`POSSESSIVE`, `HAS`); 0 for none. Read with the words rules read before a
 * name (`wordBefore`), behind `mayCountBefore`, so that the patterns run for few of the many
 * mentions of NATO, the EU and the UN.
 */
function countShapes(text: string, mention: Mention): number {
  let shapes = 0;
  const before = mayCountBefore(text, mention.start) ? wordBefore(text, mention.start) : '';
  // (no word is not read: one read past a string's end makes V8 compile the read as a builtin call for good)
  if (before !== '') {
    const c = before.charCodeAt(0);
    if ((c >= 48 && c <= 57) || COUNT_WORDS.has(before) || COMPOUND_ENDS.has(before)) shapes |= COUNT_JUST_BEFORE;
    // `wordBeforeArticle`, from the word before already read
    else if ((before === 'the' ? secondWordBefore(text, mention.start) : before) === 'of') shapes |= OF_BEFORE;
  }
  const next = codeAt(text, mention.end);
  if (next === 39 /* ' */ || next === 0x2019 || next === 44 /* , */) return shapes | AFTER;
  let i = mention.end;
  while (i < text.length && isSpaceAt(text, i)) i++;
  return i > mention.end && HAS_WORDS.has(asciiLettersHash(text, i)) ? shapes | AFTER : shapes;
}

/** The words before a name that `countShapes` reads as a count (besides digits), by `asciiWordHash`. */
const COUNT_BEFORE_WORDS = asciiWordHashes([...COUNT_WORDS, ...COMPOUND_ENDS]);
const THE_HASH = asciiWordHash('the', 0, 3);

/**
 * A necessary condition for a count before a name (`countShapes`), read in place: the word before
 * is a count, a compound's last word or "of", or "the" after a word that may be "of" (ending in an
 * "f", or past ASCII, where only `wordBefore`'s folding can tell). Most names follow "the" after
 * another word: the first word is hashed in one pass and only the last letter of the second is
 * read, where `wordBefore` and `secondWordBefore` cut both out and compared them.
 */
export function mayCountBefore(text: string, offset: number): boolean {
  const end = spaceStartBefore(text, offset);
  if (end === offset) return false;
  const start = wordStartHashed(text, end);
  if (start === end) return false;
  const hash = lastWordHash();
  if (mayBeAmong(hash, COUNT_BEFORE_WORDS) || isDigitAt(text, start) || (text.charCodeAt(end - 1) | 32) === 102 /* f */) return true;
  // "the" (in any case) told by its length and hash, as in `governingWordHash`
  if (end - start !== 3 || hash !== THE_HASH) return false;
  const secondEnd = spaceStartBefore(text, start);
  if (secondEnd === start || secondEnd === 0) return false;
  const last = text.charCodeAt(secondEnd - 1);
  return (last | 32) === 102 /* f */ || last >= 128;
}

/** The reach of the words read around a name for a count: "all of the twenty-seven member states of the". */
const REACH = 60;

/**
 * The count of members the text gives the organization `mention` names, if it gives one for all of
 * its members. `before` and `after` are the words on either side, from `from` and from the mention's end.
 */
function claimAround(text: string, mention: Mention, shapes: number): CountClaim | undefined {
  const from = Math.max(0, mention.start - REACH);
  const before = shapes & (OF_BEFORE | COUNT_JUST_BEFORE) ? text.slice(from, mention.start) : '';
  const after = text.slice(mention.end, mention.end + REACH);
  // the count's group in a match of `before` (offset `from`) or of `after` (offset the mention's end)
  const claim = (m: RegExpExecArray, offset: number, end: number, start?: number): CountClaim | undefined => {
    const count = countValue(m[1]!);
    if (count === undefined || RESTRICTED.test(text.slice(end, end + 20))) return undefined;
    const numberStart = offset + m.indices![1]![0];
    // a possessive before a count after the name is the organization's own ("ASEAN, with its ten members"), and leaves no one out
    const owned = offset < mention.start && OWNER_BEFORE.test(text.slice(Math.max(0, numberStart - 8), numberStart));
    return { written: m[1]!, count, owned, numberStart, start: start ?? numberStart, end };
  };
  let m: RegExpExecArray | null;
  if (shapes & OF_BEFORE && (m = COUNT_OF.exec(before))) return NAME_GOES_ON.test(after) ? undefined : claim(m, from, mention.end);
  if (shapes & COUNT_JUST_BEFORE) {
    if ((m = COUNT_COMPOUND.exec(before))) return NAME_GOES_ON.test(after) ? undefined : claim(m, from, mention.end);
    const noun = MEMBERS_AFTER.exec(after);
    if (noun && (m = COUNT_BEFORE.exec(before))) return claim(m, from, mention.end + noun[0].length);
  }
  if (shapes & AFTER && (m = POSSESSIVE.exec(after) ?? HAS.exec(after))) return claim(m, mention.end, mention.end + m[0].length, mention.start);
  return undefined;
}

/** The earliest and the last year up to the document's that the block names in [from, to); undefined for none. */
function yearsIn(text: string, from: number, to: number, documentYear: number): { readonly first: number; readonly last: number } | undefined {
  let first: number | undefined;
  let last = 0;
  YEAR.lastIndex = from;
  for (let m = YEAR.exec(text); m && m.index < to; m = YEAR.exec(text)) {
    const year = Number(m[0]);
    if (year > documentYear) continue;
    if (first === undefined || year < first) first = year;
    last = year;
  }
  return first === undefined ? undefined : { first, last };
}

/** How far back in its paragraph a claim looks for the last year named: a paragraph of thousands of claims is not read from its start for each. */
const PARAGRAPH_REACH = 1500;

/**
 * The time a count is given for: the earliest year its sentence names ("In 2019, NATO's 29 members
 * …"); else the document date where the claim's clause says "now" or "today"; else any time in the
 * past where the clause speaks of the past ("ECOWAS's 15 members used to span the region; three now
 * form …" is of the past); else the last year the paragraph named before it ("NATO met in London
 * in 2019. Its 29 members agreed …"); else the document date. A year is a period up to the document date.
 */
function timeOfClaim(text: string, sentenceStart: number, sentenceEnd: number, clause: string, documentYear: number): number | 'now' | 'past' {
  const inSentence = yearsIn(text, sentenceStart, sentenceEnd, documentYear);
  if (inSentence) return inSentence.first;
  if (NOW.test(clause)) return 'now';
  if (PAST.test(clause)) return 'past';
  return yearsIn(text, Math.max(0, sentenceStart - PARAGRAPH_REACH), sentenceStart, documentYear)?.last ?? 'now';
}

/**
 * Whether a count is near enough to the organization's to be a count of all its members: "the two
 * EU member states, Finland and Estonia," counts some of them, "the 28 EU member states" all.
 */
const isNear = (count: number, allowed: readonly number[]) => allowed.some((n) => count >= n * 0.6 && count <= n * 1.5);

/** How many years around the document date a state's accession or departure makes a paragraph that names it speak of the change. */
const CHANGE_YEARS = 5;

/**
 * Whether the block names a state that joined or left the organization within `CHANGE_YEARS` of
 * the document date: the count may then be of the members before or after the change ("the 27
 * member states" beside the United Kingdom in 2018, "NATO's 30 members" beside Finland's application).
 */
function namesRecentChange(ctx: RuleContext, orgId: string): boolean {
  const year = Number(ctx.date.iso.slice(0, 4));
  const near = (date: string | undefined) => date !== undefined && Math.abs(Number(date.slice(0, 4)) - year) <= CHANGE_YEARS;
  for (const m of ctx.mentions) {
    const entry = m.kind === 'actor' ? ctx.kb.get(m.id) : undefined;
    if (entry?.kind === 'actor' && entry.memberships.some((ms) => ms.org === orgId && (near(ms.from) || near(ms.to)))) return true;
  }
  return false;
}


/**
 * A count of an organization's members that its history contradicts: "NATO's 30 members" in a
 * text of 2026, "the ten ASEAN member states" after Timor-Leste joined. The count must be of all the
 * members ("the", "all", a possessive, "has"), and its time is read by `timeOfClaim`. A smaller
 * count in a sentence that leaves members out ("without Hungary") or counts a vote counts some of
 * them.
 */
export function memberCount(ctx: RuleContext): readonly RawFinding[] {
  let findings: RawFinding[] | undefined;
  let histories: ReadonlyMap<string, MemberCountHistory> | undefined;
  // per organization, once per block: the block's mentions are read once, however many claims it holds
  let recentChange: Map<string, boolean> | undefined;
  for (const mention of ctx.mentions) {
    // states and people, most mentions, have no members: not looked up
    if (mention.category !== 'organization' && mention.category !== 'group') continue;
    const history = (histories ??= memberCountHistories(ctx.kb)).get(mention.id);
    const shapes = history ? countShapes(ctx.text, mention) : 0;
    const claim = shapes !== 0 ? claimAround(ctx.text, mention, shapes) : undefined;
    if (!history || !claim) continue;
    const today = ctx.date.iso;
    const now = countOn(history, today);
    const { before, after } = sentenceAround(ctx.text, claim);
    const sentence = before + after;
    if ((now !== undefined && claim.count < now && LEAVES_OUT.test(sentence)) || TELLS_OF_CHANGE.test(sentence)) continue;
    const time = timeOfClaim(ctx.text, claim.start - before.length, claim.end + after.length, clauseOf(before, after), Number(today.slice(0, 4)));
    const allowed =
      typeof time === 'number' ? countsBetween(history, `${time}-01-01`, today) : time === 'past' ? (history.complete ? countsBetween(history, '0001-01-01', today) : undefined) : now === undefined ? undefined : [now];
    if (!allowed || allowed.includes(claim.count) || (claim.owned && allowed.includes(claim.count + 1)) || !isNear(claim.count, allowed)) continue;
    let changed = recentChange?.get(mention.id);
    if (changed === undefined) (recentChange ??= new Map()).set(mention.id, (changed = namesRecentChange(ctx, mention.id)));
    if (changed) continue;
    const quoted = `"${oneLine(ctx.text.slice(claim.start, claim.end))}"`;
    const on = `the document date (${formatDate(today)})`;
    const since = history.periods.find((p) => p.count === now && (p.to === undefined || p.to > today))?.from;
    // "NATO membership", "EU membership": no article to guess
    const message =
      typeof time === 'number'
        ? `${quoted}: ${mention.text} membership from ${time} to ${on} was ${orList(allowed)}.`
        : time === 'past'
          ? `${quoted}: ${mention.text} never had ${claim.count} members up to ${on}.`
          : `${quoted}: ${mention.text} membership on ${on} was ${now}${since ? `, since ${formatDate(since)}` : ''}.`;
    const fixes: Fix[] | undefined =
      time === 'now' && now !== undefined
        ? [{ title: `Write ${writtenLike(now, claim.written)}`, safe: false, edits: [{ start: claim.numberStart, end: claim.numberStart + claim.written.length, newText: writtenLike(now, claim.written) }] }]
        : undefined;
    (findings ??= []).push({ code: 'member-count', message, start: claim.start, end: claim.end, ...(fixes ? { fixes } : {}) });
  }
  return findings ?? NO_RAW_FINDINGS;
}
