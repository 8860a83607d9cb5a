import { formatDate } from '../dates';
import type { Mention } from '../types';
import type { Membership } from '../kb/schema';
import { knowledgeIndex } from '../kb/knowledgeIndex';
import { oneLine } from '../text/oneLine';
import { wordBeforeArticle } from '../text/wordBefore';
import { agrees, asWritten, claimedDateOf, DATE, DATE_AFTER, NOT_A_LIST, onOrIn, recordedDateFix, type ClaimedDate } from './datedClaim';
import { NO_RAW_FINDINGS, type RawFinding, type RuleContext } from './ruleContext';

/** The last word of the verbs below: most mentions of an organization follow none of them, and their text is not cut out. */
const VERB_ENDS = new Set(['joined', 'joining', 'to', 'of', 'entered', 'left', 'leaving', 'quit', 'exited', 'from', 'became']);

/**
 * A state's joining or leaving, right before the organization's name (past a "the"): "joined",
 * "joining", "acceded to", "became a member of", "was admitted to", "left", "withdrew from". "became" is for
 * "became NATO's 31st member" (see `NTH_MEMBER`).
 */
const VERB = /(?:^|[^\p{L}])(?:(?<joined>join(?:ed|ing)|acced(?:ed|ing)\s+to|became\s+(?:a\s+|full\s+)*members?\s+of|(?:was|were)\s+admitted\s+(?:in)?to|entered)|(?<left>left|leaving|quit|exited|withdr(?:ew|awing)\s+from|pulled\s+out\s+of)|(?<became>became))\s+(?:the\s+)?$/iu;

/** What may stand between the state and the verb: a space, ", which", and a word that times the act ("formally", "finally"). */
const GAP = /^(?:\s+|\s*,\s*(?:which|that)\s+)(?:(?:formally|officially|finally|eventually|only|also|then|itself|first|fully)\s+)?$/i;


/** "became NATO's 31st member in 2023", "became the EU's newest member state on 1 July 2013". */
const NTH_MEMBER = new RegExp(String.raw`^['’]s\s+(?:[\p{L}\d-]+\s+)?(?:member(?:\s+state)?|ally)\s+(?:in|on)\s+${DATE}${NOT_A_LIST}`, 'du');

/** The organizations some state's record dates a membership of (NATO, the EU, the CSTO): most organizations named are none of them. */
const withMembers = knowledgeIndex('the organizations whose memberships are dated', (kb): ReadonlySet<string> => {
  const orgs = new Set<string>();
  for (const entry of kb.entries.values()) if (entry.kind === 'actor') for (const m of entry.memberships) orgs.add(m.org);
  return orgs;
});

/**
 * Other dates a founding member may be said to have joined on: the organization's founding, for a
 * member of what it grew out of ("Armenia joined the CSTO in 2002", a party to the treaty of 1992),
 * and the founding act of a forerunner in the year before the membership began ("France joined the
 * EEC in 1957", signed in March 1957, in force on 1 January 1958).
 */
function foundingAct(ctx: RuleContext, orgId: string, periods: readonly Membership[]): readonly string[] {
  const entry = ctx.kb.get(orgId);
  const org = entry?.kind === 'actor' ? entry.org : undefined;
  if (!org) return [];
  const dates: string[] = [];
  const { founded } = org;
  if (founded && periods.some((p) => p.from <= founded)) dates.push(founded);
  for (const act of org.forerunnersFounded ?? []) if (periods.some((p) => act <= p.from && Number(p.from.slice(0, 4)) - Number(act.slice(0, 4)) <= 1)) dates.push(act);
  return dates;
}

/** "NATO, which Finland joined in …": what stands between the organization and the state. */
const WHICH = /^\s*,?\s*(?:which|that)\s+(?:the\s+)?$/;

/** After the state in "NATO, which Finland joined in 2024": the verb and the date. */
const VERB_THEN_DATE = new RegExp(
  String.raw`^\s+(?:(?:formally|officially|finally|eventually|only|also|then|first|fully)\s+)?(?:(?<joined>joined|acceded\s+to)|(?<left>left|quit|exited|withdrew\s+from))\s+(?:in|on)\s+${DATE}${NOT_A_LIST}`,
  'du',
);

/** A dated joining or leaving the text claims, and for which state and organization. */
interface MembershipClaim {
  readonly state: Mention;
  readonly org: Mention;
  readonly date: ClaimedDate;
  readonly left: boolean;
}

/** The claim where the state comes first: "Finland, which joined NATO in 2024", "Croatia became the EU's 28th member in 2012". */
function stateBeforeOrg(text: string, state: Mention, org: Mention): MembershipClaim | undefined {
  if (state.category !== 'state' || state.end > org.start || !VERB_ENDS.has(wordBeforeArticle(text, org.start))) return undefined;
  const from = Math.max(state.end, org.start - 60);
  const verb = VERB.exec(text.slice(from, org.start));
  if (!verb) return undefined;
  // the verb's first letter: the pattern may have taken the character before it
  const verbStart = from + verb.index + (/^\p{L}/u.test(verb[0]) ? 0 : 1);
  if (!GAP.test(text.slice(state.end, verbStart))) return undefined;
  const after = text.slice(org.end, org.end + 80);
  const dated = verb.groups!['became'] ? NTH_MEMBER.exec(after) : DATE_AFTER.exec(after);
  return dated ? { state, org, date: claimedDateOf(dated, org.end), left: verb.groups!['left'] !== undefined } : undefined;
}

/** The claim where the organization comes first: "NATO, which Finland joined in 2024". */
function orgBeforeState(text: string, org: Mention, state: Mention): MembershipClaim | undefined {
  if (state.category !== 'state' || !WHICH.test(text.slice(org.end, state.start))) return undefined;
  const dated = VERB_THEN_DATE.exec(text.slice(state.end, state.end + 80));
  return dated ? { state, org, date: claimedDateOf(dated, state.end), left: dated.groups!['left'] !== undefined } : undefined;
}

/** The finding on a claim the state's recorded membership contradicts, if it does. */
function contradicted(ctx: RuleContext, { state, org, date, left }: MembershipClaim): RawFinding | undefined {
  const entry = ctx.kb.get(state.id);
  const periods = entry?.kind === 'actor' ? entry.memberships.filter((m) => m.org === org.id) : [];
  if (periods.length === 0) return undefined;
  const recorded = left ? periods.map((p) => p.to).filter((d): d is string => d !== undefined) : periods.map((p) => p.from);
  if (recorded.length === 0 || recorded.some((d) => agrees(date, d))) return undefined;
  if (!left && foundingAct(ctx, org.id, periods).some((d) => agrees(date, d))) return undefined;
  const written = oneLine(ctx.text.slice(date.start, date.end));
  const message = `${asWritten(ctx.text, state)} ${left ? 'left' : 'joined'} ${asWritten(ctx.text, org)} on ${formatDate(recorded[0]!)}, not ${onOrIn(date)} ${written}.`;
  return { code: 'membership-date', message: message[0]!.toUpperCase() + message.slice(1), start: date.start, end: date.end, fixes: [recordedDateFix(date, written, recorded[0]!)] };
}

/**
 * A date given for a state's joining or leaving an organization that the state's recorded
 * membership contradicts ("Finland, which joined NATO in 2024": it joined on 4 April 2023;
 * "the United Kingdom left the EU in 2016": on 31 January 2020; "NATO, which Sweden joined in
 * 2023"). The state and the organization must be named on either side of the verb, and the date
 * follow them; only memberships the knowledge base records with dates are read, and a leaving only
 * where it records one.
 */
export function membershipDate(ctx: RuleContext): readonly RawFinding[] {
  let findings: RawFinding[] | undefined;
  const { text, mentions } = ctx;
  for (let i = 0; i < mentions.length; i++) {
    const org = mentions[i]!;
    if (org.kind !== 'actor' || (org.category !== 'organization' && org.category !== 'group') || !withMembers(ctx.kb).has(org.id)) continue;
    const before = i > 0 ? stateBeforeOrg(text, mentions[i - 1]!, org) : undefined;
    const claim = before ?? (i + 1 < mentions.length ? orgBeforeState(text, org, mentions[i + 1]!) : undefined);
    const found = claim && contradicted(ctx, claim);
    if (found) (findings ??= []).push(found);
  }
  return findings ?? NO_RAW_FINDINGS;
}
