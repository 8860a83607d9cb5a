import { formatDate } from '../dates';
import { formerNameOf } from '../kb/formerNames';
import { codeAt, isSpaceAt } from '../kb/names';
import type { Mention } from '../types';
import { oneLine } from '../text/oneLine';
import { wordBeforeArticle } from '../text/wordBefore';
import { asciiWordHashes } from '../kb/wordHash';
import { mayGovern } from './governingWord';
import { agrees, asWritten, claimedDateOf, DATE, DATE_AFTER, NOT_A_LIST, onOrIn, recordedDateFix, type ClaimedDate } from './datedClaim';
import { NO_RAW_FINDINGS, type RawFinding, type RuleContext } from './ruleContext';

/** The verbs of a founding, in the participle ("founded", "set up"), after words that time it. */
const FOUNDED = String.raw`(?:(?:first|originally|formally|officially|only|also)\s+)?(?:founded|established|created|set\s+up|launched|born)`;

/**
 * A founding dated right after the name: "NATO, founded in 1949", "NATO (established in 1949)",
 * "NATO, which was founded in 1949", "NATO was founded in 1949", "the OSCE's founding in 1995".
 */
const AFTER = new RegExp(
  String.raw`^(?:\s*[,(]\s*(?:(?:which|that)\s+(?:was|were)\s+)?${FOUNDED}|\s+(?:was|were)\s+${FOUNDED}|['’]s\s+(?:founding|creation|establishment|formation|birth))` +
    String.raw`\s+(?:in|on)\s+${DATE}${NOT_A_LIST}`,
  'du',
);

/** "the founding of NATO in 1949": a founding named before the organization (past a "the"). */
const BEFORE = /(?:^|[^\p{L}])(?:founding|creation|establishment|formation|birth)\s+of\s+(?:the\s+)?$/iu;

/** "Founded in 1949, NATO …": a founding dated in a phrase that opens the sentence, before the name (past a "the"). */
const OPENING = new RegExp(String.raw`(?:^|[^\p{L}])${FOUNDED}\s+(?:in|on)\s+${DATE}\s*,\s*(?:the\s+)?$`, 'diu');

/** "of", by `asciiWordHash`: the word before a name that `BEFORE` needs, read in place first (`mayGovern`). */
const OF = asciiWordHashes(['of']);

/** Whether a comma stands in the eight characters before `start`, where "Founded in 1949, (the) " ends. */
function hasCommaBefore(text: string, start: number): boolean {
  for (let k = Math.max(0, start - 8); k < start; k++) if (text.charCodeAt(k) === 44 /* , */) return true;
  return false;
}

/**
 * The date the text claims for the founding of what `mention` names, if it claims one. The
 * character after the name, or "of" before it, rules out most mentions before a pattern runs.
 */
function claimedFounding(text: string, mention: Mention): ClaimedDate | undefined {
  const next = codeAt(text, mention.end);
  // past a space or the line break of hard-wrapped text ("\r\n" too)
  let spaced = mention.end;
  while (spaced < mention.end + 2 && spaced < text.length && isSpaceAt(text, spaced)) spaced++;
  if (spaced === mention.end) spaced = -1;
  const mayFollow =
    next === 44 /* , */ || next === 40 /* ( */ || next === 39 /* ' */ || next === 0x2019 ||
    (spaced !== -1 && (codeAt(text, spaced) === 40 || text.startsWith('was', spaced) || text.startsWith('were', spaced)));
  if (mayFollow) {
    const m = AFTER.exec(text.slice(mention.end, mention.end + 90));
    if (m) return claimedDateOf(m, mention.end);
  }
  // "Founded in 1949, NATO": a comma and a space (past a "the") before the name, and a digit before
  // the comma; the comma is looked for first, as most names have none just before them
  const from = Math.max(0, mention.start - 60);
  const comma = hasCommaBefore(text, mention.start) && /\d\s*,\s*(?:the\s+)?$/i.test(text.slice(Math.max(0, mention.start - 8), mention.start)) ? OPENING.exec(text.slice(from, mention.start)) : null;
  if (comma) return claimedDateOf(comma, from);
  if (!mayGovern(text, mention.start, OF) || wordBeforeArticle(text, mention.start) !== 'of' || !BEFORE.test(text.slice(Math.max(0, mention.start - 30), mention.start))) return undefined;
  const dated = DATE_AFTER.exec(text.slice(mention.end, mention.end + 40));
  return dated ? claimedDateOf(dated, mention.end) : undefined;
}

/**
 * A date given for the founding of an organization that its record contradicts: "NATO, founded in
 * 1948" (4 April 1949), "the United Nations was founded in 1946" (24 October 1945), "the founding
 * of ASEAN in 1976". A body named by a former name ("the EEC, founded in 1957") may be dated by the
 * founding of a body it continues (`forerunnersFounded`); the body named by its name today may not,
 * and the message says which date that was ("the European Union, founded in 1957": the EEC's
 * Treaty of Rome), unless it is an act of the year before its founding ("the OECD, established in
 * 1960": its convention, signed that December). Only organizations whose record has a founding
 * date are read.
 */
export function foundingDate(ctx: RuleContext): readonly RawFinding[] {
  let findings: RawFinding[] | undefined;
  const { text, mentions, kb } = ctx;
  for (const mention of mentions) {
    // states and people, most of the mentions, have no founding on record
    if (mention.kind !== 'actor' || mention.category === 'state' || mention.category === 'person') continue;
    // the words around most names claim no founding: their entry is not looked up
    const claim = claimedFounding(text, mention);
    if (!claim) continue;
    const entry = kb.get(mention.id);
    const org = entry?.kind === 'actor' ? entry.org : undefined;
    const founded = org?.founded;
    if (!founded || agrees(claim, founded)) continue;
    const forerunner = org!.forerunnersFounded ? agreeingDate(claim, org!.forerunnersFounded) : undefined;
    // a founding act signed in the year before ("the WTO, established in 1994": Marrakesh), or a
    // former name dated by what it named then ("the EEC, founded in 1957")
    if (forerunner && (Number(founded.slice(0, 4)) - Number(forerunner.slice(0, 4)) <= 1 || formerNameOf(kb, mention))) continue;
    const written = oneLine(text.slice(claim.start, claim.end));
    const because = forerunner ? ` (${written} is when a body it continues was founded)` : '';
    const name = asWritten(text, mention);
    const message = `${name[0]!.toUpperCase()}${name.slice(1)} was founded ${founded.length === 10 ? 'on' : 'in'} ${formatDate(founded)}, not ${onOrIn(claim)} ${written}${because}.`;
    (findings ??= []).push({ code: 'founding-date', message, start: claim.start, end: claim.end, fixes: [recordedDateFix(claim, written, founded)] });
  }
  return findings ?? NO_RAW_FINDINGS;
}

/** The first of the recorded `dates` the claim agrees with. (Apart from `foundingDate`'s loop: an arrow reading its `claim` made a context at every mention.) */
function agreeingDate(claim: ClaimedDate, dates: readonly string[]): string | undefined {
  return dates.find((d) => agrees(claim, d));
}
