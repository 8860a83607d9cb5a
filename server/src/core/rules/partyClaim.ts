import type { TreatyEntry, TreatyEvent } from '../kb/schema';
import { partyLeftBy } from '../kb/treatyStatus';
import type { Mention } from '../types';
import type { RuleContext } from './ruleContext';
import { wordBefore, wordBeforeArticle } from '../text/wordBefore';
import { sentenceAround } from '../text/sentenceAround';
import { asciiWordHashes, mayBeAmong } from '../kb/wordHash';
import { codeAt } from '../kb/names';
import { governingWordHash } from './governingWord';

/**
 * Words between a party and the treaty that say it is a party now: "remains a party to", "is still
 * bound by", "are signatories to", "continues to be a state party to". Present tense only: "remained
 * a party" tells the past, and "is no longer a party" or "is not bound by" says what the treaty says.
 */
const PARTY_NOW = /(?:^|\s)(?:still\s+)?(?:remains?|is|are|stays?|continues\s+to\s+be)\s+(?:still\s+)?(?:(?:a|the)\s+)?(?:(?:state\s+)?part(?:y|ies)|signator(?:y|ies)|bound)\s+(?:to|by|of)\s+(?:the\s+)?$/i;

/** What may stand between the party's name and those words: a space, or ", which" and the like. */
const PARTY_GAP = /^(?:\s*|\s*,\s*(?:which|who|that)\s*)$/;

/** The longest stretch before the treaty read for the claim. */
const REACH = 60;

/** The verbs that report someone else's case: "argues", "claimed", "insisting", "alleges" …. */
export const REPORTING_VERB = String.raw`argu(?:e|es|ed|ing)|claim(?:s|ed|ing)?|contend(?:s|ed|ing)?|insist(?:s|ed|ing)?|assert(?:s|ed|ing)?|alleg(?:e|es|ed|ing)`;

/**
 * A reporting verb and "that" earlier in the sentence, perhaps past an aside of its own ("did not
 * claim, as one brief did last month, that …"), not the writers' own ("we argue that …" claims): a
 * case the text reports. So is a claim named as a noun and then stated after a colon ("A curious
 * claim has circulated: that Poland remains a party to …").
 */
export const REPORTED_CLAUSE = new RegExp(
  String.raw`(?<!\b(?:we|I)\s+(?:\w+\s+)?)\b(?:(?:${REPORTING_VERB}|maintain(?:s|ed|ing)?)(?:,[^,.;:]{1,60},)?\s+that\s|(?:claim|assertion|allegation|contention|myth|notion)s?\b[^.;:!?]{0,40}:\s+that\s)`,
  'i',
);

/**
 * A claim the sentence calls wrong before stating it: "It is simply wrong to say that …", "a mistake
 * to think that …", "It is not true that …"; not "not wrong to say that …".
 */
const DENIED_CLAUSE =
  /(?<!\bnot\s+(?:\w+\s+)?)\b(?:wrong|false|untrue|incorrect|mistaken|misleading|an?\s+(?:error|mistake|myth))\s+to\s+(?:say|claim|suggest|argue|write|assert|think|believe|imagine|assume)\s+(?:that\s)?|\bnot\s+(?:true|the\s+case)\s+that\s/i;

/**
 * "as if" or "as though" opening the clause of the claim: a counterfactual, which denies it ("Officials
 * still speak as if New START remains the backbone …"); not one that a comma or a colon closed before
 * it ("They act as if nothing happened; New START …").
 */
const AS_IF_CLAUSE = /\bas\s+(?:if|though)\s[^,;:]*$/i;
/** A relative clause set off by a comma after the treaty's name: the writer's own words inside a counterfactual ("as if NAFTA, which remains in force for …, protects them"). */
const RELATIVE_AFTER = /\s*,\s*(?:which|that)\s/y;

/**
 * A verb of saying or reading and its "that": "one still reads that …", "commentators write that …".
 * It reports as fact ("Moscow says that New START limits …") unless the next sentence denies it.
 */
const SAID_THAT = /\b(?:says?|said|writes?|wrote|written|reads?|hears?|heard)\s+that\s/i;
/** Where the sentence ends: a stop, perhaps with a closing quotation mark, before white space. */
const SENTENCE_STOP = /[.!?]["”’]?(?=\s)/g;
/** A short next sentence that says the one before is wrong: "That is wrong.", "It does not.", "Not so." */
const DENIED_NEXT =
  /\s+(?:(?:that|this)\s+is\s+(?:simply\s+|plainly\s+|just\s+|quite\s+)?(?:wrong|false|untrue|incorrect|mistaken|not\s+(?:so|true|the\s+case))\b[^.!?]{0,40}|(?:it|they|that)\s+(?:(?:does|do|is|are|has|have)\s+not|doesn['’]t|don['’]t|isn['’]t|aren['’]t|hasn['’]t|haven['’]t)|not\s+so)[.!]/iy;

/** Whether the sentence after `end` is followed by a short one that denies it. */
function deniedNext(text: string, end: number): boolean {
  SENTENCE_STOP.lastIndex = 0;
  const stop = SENTENCE_STOP.exec(text.slice(end, end + 400));
  if (!stop) return false;
  DENIED_NEXT.lastIndex = end + stop.index + stop[0].length;
  return DENIED_NEXT.test(text);
}

/**
 * A quotation opened after "that", a colon or a comma and not closed before the claim: someone's
 * words, quoted ('Dr Heather Williams told us that "New START remains in force …"').
 */
const QUOTE_OPEN = /(?:\bthat|[:,])\s+["“][^"”]*$/;

/**
 * A reporting clause after the claim, closing it: "The INF Treaty still bans …, some commentators
 * insist; in fact …", "…, Moscow claims.", "The treaty, critics argue, still binds". Not the writers'
 * own ("…, we argue.") nor one the claim is made against ("…, whatever Moscow claims."); "…, officials
 * say." reports as fact, as "say that" does.
 */
const REPORTED_AFTER = new RegExp(
  String.raw`[^.;:!?]{0,200}?,\s+(?!(?:we|I|whatever|whoever|despite|contrary|pace|though|although|even)\s)(?:[\p{L}\p{Nd}'’-]+\s+){1,5}?(?:${REPORTING_VERB}|maintain(?:s|ed)?)(?=\s*(?:[.;,!?]|[—–]|$))`,
  'iuy',
);

/** Whether the clause after `end` is closed by a reporting clause (REPORTED_AFTER); only where a comma follows, as it must. */
function reportedAfter(text: string, end: number): boolean {
  const reach = text.slice(end, end + 260);
  if (!reach.includes(',')) return false;
  REPORTED_AFTER.lastIndex = 0;
  return REPORTED_AFTER.test(reach);
}

/** Whether a relative clause set off by a comma follows the treaty's name ending at `end` (RELATIVE_AFTER). */
function relativeAfter(text: string, end: number): boolean {
  RELATIVE_AFTER.lastIndex = end;
  return RELATIVE_AFTER.test(text);
}

/**
 * Whether the words of a sentence before a claim make it a case the text reports or denies, or a
 * counterfactual ("as if …"), not its own, or a reporting clause after it does ("…, some commentators insist;"); or the claim is said
 * to be read or said and the next sentence denies it ("Yet one still reads that New START limits
 * … . It does not."); or it stands in a quotation of someone's words, and not just a name in
 * quotation marks ('the "New START" treaty'). `end` is where the claim's treaty ends.
 */
export function othersCase(before: string, text: string, end: number): boolean {
  if (REPORTED_CLAUSE.test(before) || DENIED_CLAUSE.test(before) || (AS_IF_CLAUSE.test(before) && !relativeAfter(text, end)) || reportedAfter(text, end)) return true;
  if (SAID_THAT.test(before) && deniedNext(text, end)) return true;
  // (a treaty may end the block: no read past its end, see `codeAt`)
  const next = codeAt(text, end);
  return next !== 34 /* " */ && next !== 0x201d /* ” */ && QUOTE_OPEN.test(before);
}

/** The words before a treaty that may make its name the object of a claim to be a party, by `asciiWordHash`. */
const TO_BY_OF = asciiWordHashes(['to', 'by', 'of']);

/**
 * The actor the text speaks of as a party to the treaty that `mention` names ("Venezuela remains
 * bound by the American Convention on Human Rights") when it had left the treaty on the document
 * date, with the event by which it left; undefined when the text makes no such claim.
 */
export function partyThatLeft(
  ctx: RuleContext,
  mention: Mention,
  treaty: TreatyEntry,
  /** The mention's `governingWordHash`, where the caller has read it. */
  governing = governingWordHash(ctx.text, mention.start),
): { readonly name: string; readonly left: TreatyEvent } | undefined {
  // most mentions of such a treaty follow no "to", "by" or "of" (past a "the"): the words before are
  // read in place, and not cut out
  if (!mayBeAmong(governing, TO_BY_OF)) return undefined;
  const before = wordBeforeArticle(ctx.text, mention.start);
  if (before !== 'to' && before !== 'by' && before !== 'of') return undefined;
  const from = Math.max(0, mention.start - REACH);
  const claim = PARTY_NOW.exec(ctx.text.slice(from, mention.start));
  if (!claim) return undefined;
  const claimStart = from + claim.index;
  // the mention just before the words, with nothing else between them
  let party: Mention | undefined;
  for (const m of ctx.mentions) {
    if (m.end > claimStart) break;
    party = m;
  }
  if (!party || party.kind !== 'actor' || !PARTY_GAP.test(ctx.text.slice(party.end, claimStart))) return undefined;
  // "Witnesses argued that Moscow remains bound by …": someone's case, which the text reports ("It is
  // wrong to say that …" denies it); read
  // in the whole sentence before the party, as the verb may stand far back ("Even Ankara did not
  // claim, as one brief did last month, that Russia remains bound by …")
  if (othersCase(sentenceAround(ctx.text, party).before, ctx.text, mention.end)) return undefined;
  const left = partyLeftBy(treaty, party.id, ctx.date.iso);
  if (!left) return undefined;
  // named as the text names it ("Turkey", not the knowledge base's "Türkiye"; "the United States")
  return { name: wordBefore(ctx.text, party.start) === 'the' ? `the ${party.text}` : party.text, left };
}

/**
 * Words that tell of a withdrawal, or of a treaty working without someone ("though neither
 * Washington nor Moscow takes part any longer"): the sentence then knows the party left.
 */
const TELLS_OF_LEAVING = /\b(?:left|leav\w*|withdr[ae]w\w*|quit\w*|exit\w*|pull(?:ed|s|ing)?\s+out|suspend\w*|(?:no|any)\s+longer|not|neither|nor|without|former|formerly|once)\b/i;

/**
 * The first actor named after a treaty that the text says is in force ("The Treaty on Open Skies
 * still allows American and Russian observation flights") when it had left the treaty on the
 * document date, with the event by which it left; undefined when none did, or when the sentence
 * tells of a withdrawal.
 */
export function leftPartyInClaim(ctx: RuleContext, mention: Mention, treaty: TreatyEntry): { readonly name: string; readonly left: TreatyEvent } | undefined {
  const { before, after } = sentenceAround(ctx.text, mention);
  if (TELLS_OF_LEAVING.test(after) || TELLS_OF_LEAVING.test(before)) return undefined;
  const end = mention.end + after.length;
  for (const m of ctx.mentions) {
    if (m.start < mention.end || m.kind !== 'actor') continue;
    if (m.start >= end) break;
    const left = partyLeftBy(treaty, m.id, ctx.date.iso);
    if (left) return { name: m.form === 'adjective' ? (ctx.kb.get(m.id)?.name ?? m.text) : m.text, left };
  }
  return undefined;
}
