import { formatDate } from '../dates';
import type { TreatyEntry } from '../kb/schema';
import { codeAt, isSpaceAt } from '../kb/names';
import { asciiLettersEnd } from '../kb/transliteration';
import { asciiLettersHash, asciiWordHash, asciiWordHashes } from '../kb/wordHash';
import { wordBefore, wordBeforeArticle } from '../text/wordBefore';
import { theName } from './treatyNameInProse';
import { treatyPlaceFinding } from './treatyPlace';
import { NO_RAW_FINDINGS, type RawFinding, type RuleContext } from './ruleContext';
import { oneLine } from '../text/oneLine';
import { agrees, claimedDateOf, DATE, firstDayOf, onOrIn as on, recordedDateFix, type ClaimedDate } from './datedClaim';

/** A place of signing between the verb and the date: "signed in Helsinki on 1 August 1975", "signed at Geneva on …". */
const PLACE = String.raw`(?:(?:in|at)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+)?`;

/**
 * Right after the treaty's name, the treaty's own signing or entry into force, told in the passive
 * or by the treaty itself: "the NPT, signed in 1970", "New START, which entered into force in
 * February 2011". Not a party's act ("which Ukraine signed in 1994", "signed by the United States in
 * 2000"), nor its entry into force for one party ("in force for Ukraine since 1994").
 */
const AFTER = new RegExp(
  String.raw`^(?:\s*\([^()]{1,40}\))?\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been)\s+)?(?:(?:first|originally|formally)\s+)?(?:(?<signed>signed|concluded)\s+${PLACE}(?:in|on)|(?:(?:entered|came|went)\s+into\s+(?:force|effect)|took\s+effect|has\s+been\s+in\s+force\s+since|in\s+force\s+since)\s+(?:in|on|since)?\s*)\s*${DATE}`,
  'du',
);

/** After a signing date, the entry into force of the same treaty: "… signed in 1968 and entered into force in 1970". */
const AND_IN_FORCE = new RegExp(String.raw`^,?\s+and\s+(?:it\s+|which\s+)?(?:(?:entered|came|went)\s+into\s+(?:force|effect)|took\s+effect)\s+(?:in|on)\s+${DATE}`, 'du');

/** Before the name: "Signed in 1970, the NPT …", "Concluded on 8 December 1987, the INF Treaty …". */
const BEFORE = new RegExp(String.raw`\b(?:[Ss]igned|[Cc]oncluded)\s+${PLACE}(?:in|on)\s+${DATE},\s+(?:the\s+)?$`, 'du');

/**
 * Whether the treaty's name may be the subject of the verb after it: not after "from", "of", "to"
 * ("Russia's withdrawal from the CFE Treaty took effect on 7 November 2023" dates the withdrawal).
 */
function isSubject(text: string, start: number): boolean {
  return !OBJECT_OF.has(wordBeforeArticle(text, start));
}
const OBJECT_OF = new Set(['from', 'of', 'to', 'under', 'with', 'by', 'into', 'on', 'in', 'for', 'against']);
/**
 * A comma, "which" or a participle of signing after the name: what follows tells of the treaty,
 * whatever governs its name ("founded by the Maastricht Treaty signed in 1993": the withdrawal or
 * the founding is not what was signed).
 */
const ASIDE_OR_CLAUSE = /^(?:\s*\([^()]{1,40}\))?\s*,|^\s+(?:which|that|signed|concluded)\s/;

/**
 * An act on the treaty that governs its name: "the withdrawal from the Paris Agreement, which took
 * effect in January 2026" dates the withdrawal, as "accession to" or "the suspension of" date theirs.
 */
const ACT_ON_TREATY = /\b(?:withdrawal|exit|departure|suspension|termination|denunciation|accession|amendments?|ratification|expiry|extension|renewal|reinstatement|return|re-?entry|readmission)\s+(?:from|of|to)\s+(?:the\s+)?$/i;

/**
 * The words a claim after the name may open with, by `asciiWordHash`: most treaty mentions are
 * followed by another ("remains", "and", "is"), read in place, and the text after them is not
 * matched. ("in" opens a claim only before "force": "in force since …".)
 */
const FIRST_WORD_HASHES = asciiWordHashes(['signed', 'concluded', 'which', 'that', 'was', 'were', 'had', 'first', 'originally', 'formally', 'entered', 'came', 'went', 'took', 'has', 'in']);
const IN_HASH = asciiWordHash('in', 0, 2);

/** Whether the first word after a treaty's name, past a bracketed aside and a comma ("the NPT (1968), signed …"), may open a claim. */
function mayOpenClaim(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && isSpaceAt(text, i)) i++;
  if (codeAt(text, i) === 40 /* ( */) {
    const close = text.indexOf(')', i);
    if (close === -1 || close - i > 40) return false;
    i = close + 1;
  }
  while (i < text.length && (isSpaceAt(text, i) || text.charCodeAt(i) === 44 /* , */)) i++;
  // the word's letters read once, for its hash: no word of one letter, and of two letters only
  // "in", hashes to one of the set's, so the word's end is read again only where the hash is that of "in"
  const hash = asciiLettersHash(text, i);
  if (!FIRST_WORD_HASHES.has(hash)) return false;
  if (hash !== IN_HASH) return true;
  const j = asciiLettersEnd(text, i);
  if (j - i !== 2) return true;
  let k = j;
  while (k < text.length && isSpaceAt(text, k)) k++;
  return k > j && text.startsWith('force', k);
}

/** Whether a year and a comma end the text before a name ("Signed in 1970, the NPT"): only then is BEFORE tried. */
function yearAndCommaBefore(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isSpaceAt(text, i)) i--;
  if (i >= 3 && text.startsWith('the', i - 2)) i -= 3;
  while (i >= 0 && isSpaceAt(text, i)) i--;
  // a comma at the text's start has no year before it (and one read outside the text makes V8
  // compile these reads as builtin calls for good)
  if (i < 1 || text.charCodeAt(i) !== 44 /* , */) return false;
  const c = text.charCodeAt(i - 1);
  return c >= 48 && c <= 57;
}

/**
 * A signing year one off the record is left alone when the recorded date lies within five months of
 * the new year between them: a treaty adopted in December is often opened for signature in the
 * spring (the Paris Agreement, adopted in December 2015, signed from April 2016), and sources date
 * it either way. "The Abraham Accords, signed in 2019" (September 2020) is flagged, and so is "the INF
 * Treaty, signed in 1988" (December 1987): 1988 is the year it entered into force.
 */
const NEAR_NEW_YEAR = 5;

/** Whether a claimed signing year one off the recorded date may name the same act (see `NEAR_NEW_YEAR`). */
function nearNewYear(claimedYear: number, known: string): boolean {
  const [year, month] = known.split('-').map(Number);
  if (month === undefined) return false;
  if (claimedYear === year! - 1) return month <= NEAR_NEW_YEAR;
  if (claimedYear === year! + 1) return month > 12 - NEAR_NEW_YEAR;
  return false;
}

interface Claim extends ClaimedDate {
  readonly event: 'signed' | 'in force';
  /** Whether the text said "concluded", which may date the end of the talks rather than the signing. */
  readonly concluded?: boolean;
}

/** The claim a match of AFTER or BEFORE makes; `offset` is where the matched text starts in the block. */
const claimOf = (m: RegExpExecArray, offset: number, event: Claim['event']): Claim => {
  const claim = { ...claimedDateOf(m, offset), event };
  return /\b[Cc]oncluded\b/.test(m[0]) ? { ...claim, concluded: true } : claim;
};

/** A word before a treaty's name that speaks of it as changed since ("the amended International Health Regulations"). */
const AMENDED = new Set(['amended', 'revised', 'updated']);

/**
 * The date the text gives for the treaty checked against its record. A treaty said to be amended
 * may be dated by any event of its record, the amendments' among them ("the amended International
 * Health Regulations, in force since September 2025").
 */
function check(claim: Claim, treaty: TreatyEntry, text: string, amended = false): RawFinding | undefined {
  if (amended && treaty.events.some((e) => agrees(claim, e.date))) return undefined;
  const written = oneLine(text.slice(claim.start, claim.end));
  if (claim.event === 'signed') {
    const signed = treaty.signed?.date;
    const enteredThen = treaty.inForce !== undefined && agrees(claim, treaty.inForce);
    // a year one off near the new year is a source's way of dating it, unless it is the year the treaty entered into force
    if (!signed || agrees(claim, signed) || (nearNewYear(Number(claim.year), signed) && !enteredThen)) return undefined;
    // "the EU–Mercosur agreement, concluded in December 2024": talks end before the signing (January 2026)
    if (claim.concluded && firstDayOf(claim) < signed) return undefined;
    const inForce = enteredThen ? ` (${written} is when it entered into force)` : '';
    return finding(claim, written, `The text says ${theName(treaty.name)} was signed ${on(claim)} ${written}; it was signed on ${formatDate(signed)}${inForce}.`, signed);
  }
  const entered = [treaty.inForce, ...treaty.events.filter((e) => e.status === 'in-force').map((e) => e.date)].filter((d): d is string => d !== undefined);
  const signed = treaty.signed?.date && agrees(claim, treaty.signed.date) ? ` (${written} is when it was signed)` : '';
  if (entered.length === 0) return neverInForce(claim, written, treaty, signed);
  if (entered.some((d) => agrees(claim, d))) return undefined;
  return finding(claim, written, `The text says ${theName(treaty.name)} entered into force ${on(claim)} ${written}; it did on ${formatDate(entered[0]!)}${signed}.`, entered[0]!);
}

/**
 * A dated entry into force of a treaty whose record says it never entered into force ("the CTBT
 * entered into force in 1996"), up to the day the record was checked: past it the record cannot say.
 * A treaty whose record merely lacks the date (a political document, one long ended) is left alone.
 */
function neverInForce(claim: Claim, written: string, treaty: TreatyEntry, signed: string): RawFinding | undefined {
  if (treaty.status.value !== 'not-in-force' && treaty.status.value !== 'pending') return undefined;
  if (firstDayOf(claim) > treaty.reviewed) return undefined;
  return {
    code: 'treaty-date',
    message: `The text says ${theName(treaty.name)} entered into force ${on(claim)} ${written}${signed}; it had not entered into force when its record was last checked, on ${formatDate(treaty.reviewed)}.`,
    start: claim.start,
    end: claim.end,
  };
}

/** The finding on the written date, with a fix that writes the known one as precisely as the text did. */
function finding(claim: Claim, written: string, message: string, known: string): RawFinding {
  return { code: 'treaty-date', message, start: claim.start, end: claim.end, fixes: [recordedDateFix(claim, written, known)] };
}

/** A date given for a treaty's signing or entry into force that the knowledge base contradicts ("the NPT, signed in 1970"). */
export function treatyDate(ctx: RuleContext): readonly RawFinding[] {
  let findings: RawFinding[] | undefined;
  for (const mention of ctx.mentions) {
    if (mention.kind !== 'treaty') continue;
    // the words next to most treaties' names open no claim: their entry is not looked up
    const opens = mayOpenClaim(ctx.text, mention.end);
    if (!opens && !yearAndCommaBefore(ctx.text, mention.start)) continue;
    const treaty = ctx.kb.get(mention.id);
    if (treaty?.kind !== 'treaty') continue;
    let afterMatch: RegExpExecArray | null = null;
    if (opens) {
      const after = ctx.text.slice(mention.end, mention.end + 120);
      const subject = isSubject(ctx.text, mention.start);
      if (subject || (ASIDE_OR_CLAUSE.test(after) && !ACT_ON_TREATY.test(ctx.text.slice(Math.max(0, mention.start - 40), mention.start)))) {
        afterMatch = AFTER.exec(after);
        const place = treatyPlaceFinding(ctx, treaty, mention, after);
        if (place) (findings ??= []).push(place);
      }
    }
    const beforeFrom = Math.max(0, mention.start - 80);
    const beforeMatch = afterMatch || !yearAndCommaBefore(ctx.text, mention.start) ? null : BEFORE.exec(ctx.text.slice(beforeFrom, mention.start));
    const claim = afterMatch
      ? claimOf(afterMatch, mention.end, afterMatch.groups!['signed'] ? 'signed' : 'in force')
      : beforeMatch
        ? claimOf(beforeMatch, beforeFrom, 'signed')
        : undefined;
    const found = claim && check(claim, treaty, ctx.text, AMENDED.has(wordBefore(ctx.text, mention.start)));
    if (found) (findings ??= []).push(found);
    // "… was signed in 1968 and entered into force in 1975": the second date is the treaty's too
    const next = claim?.event === 'signed' ? AND_IN_FORCE.exec(ctx.text.slice(claim.end, claim.end + 80)) : null;
    const nextFound = next && check(claimOf(next, claim!.end, 'in force'), treaty, ctx.text);
    if (nextFound) (findings ??= []).push(nextFound);
  }
  return findings ?? NO_RAW_FINDINGS;
}
