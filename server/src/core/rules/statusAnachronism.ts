import { formatDate } from '../dates';
import { theName } from './treatyNameInProse';
import type { TreatyEntry, TreatyEvent } from '../kb/schema';
import { statusWords, treatyStatusOn, type StatusOn } from '../kb/treatyStatus';
import type { Mention } from '../types';
import { NO_RAW_FINDINGS, type RawFinding, type RuleContext } from './ruleContext';
import { wordBeforeArticle } from '../text/wordBefore';
import { sentenceAround } from '../text/sentenceAround';
import { pastFootnoteMarker } from '../text/footnotes';
import { leftPartyInClaim, othersCase, partyThatLeft, REPORTING_VERB } from './partyClaim';
import { objectMemo } from '../text/objectMemo';
import { asciiWordHashes, mayBeAmong } from '../kb/wordHash';
import { governingWordHash } from './governingWord';
import type { KnowledgeBase } from '../kb/knowledgeBase';

type Claim = 'in-force' | 'ratify' | 'return' | 'withdraw';

/**
 * A verb that speaks of the treaty as in force, right after its name, perhaps past a year ("the
 * Agreed Framework of 1994 is still in force", "NAFTA still guarantees duty-free access", "the INF
 * Treaty continues to bar …"), in a relative clause (", which caps each side at …") or past an aside
 * that does not say it ended ("The Black Sea Grain Initiative, brokered by the UN, still runs …"),
 * or as having just taken effect ("now that the agreement has entered into force").
 */
const IN_FORCE_AFTER =
  /^(?:\s+of\s+\d{4}|\s*\(\d{4}\))?(?:,(?![^,;.]*\b(?:ended|expired|terminated|lapsed|collapsed|suspended|withdr[ae]w\w*|scrapped|abandoned|was|had)\b)[^,;.]{1,80},)?\W{0,3}(?:which\s+|that\s+)?(?:still\s+|now\s+|currently\s+)?(still\s+(?:runs|operates|works|functions|applies|capping|limiting|binding|banning|barring|governing|constraining|restricting|prohibiting|in\s+force|in\s+effect)|continues\s+to\s+(?:bar|ban|bind|cap|limit|govern|restrict|require|prohibit|allow|permit|guarantee|apply|run|operate|keep)|bans|prohibits|limits|caps|keeps(?!\s+\w+ing\b)|requires|obliges|allows|lets|gives|permits|forbids|governs|restricts|guarantees|grants|entitles|binds|bars|prevents|outlaws|constrains|sets\s+the\s+terms|(?:remains|is)(?:\s+(?:still|now|already|currently|also|again)){0,2}\s+in\s+(?:full\s+)?force|[Ii]n\s+(?:full\s+)?[Ff]orce(?!\s+(?:from|until|till|between|for|only)\b)|has\s+been\s+in\s+(?:force|effect)|has\s+(?:now\s+|already\s+|finally\s+)?(?:entered|come)\s+into\s+(?:force|effect)|has\s+taken\s+effect|(?:is|remains)\s+(?:(?:still|now|already|currently|also|again)\s+){0,2}in\s+effect|remains\s+binding|is\s+binding|remains\s+(?:the|a|an)\s+(?:\w+\s+)?(?:backbone|cornerstone|basis|foundation|bedrock|pillar|anchor|reference|framework))\b/;
/** "prohibits nothing", "bans no …": the verb after the name, negated. */
const NOTHING_AFTER = /^\s+(?:nothing|no\b|none\b)/i;
/** "will not return to", "cannot rejoin", "never ratified": a claim the sentence denies. */
const NEGATED = /\b(?:not|never|no\s+longer|cannot|can['’]t|won['’]t|wouldn['’]t|refuses?\s+to|refused\s+to)\s+(?:\w+\s+)?$/i;
/** Claims a negation answers: not returning to or ratifying an ended treaty is right; not withdrawing from one still presumes it. */
const DENIABLE: ReadonlySet<Claim> = new Set(['return', 'ratify']);
/**
 * A claim someone else makes, which the text reports: "arguing that the …", "Moscow insists that …",
 * and, as newspapers drop "that", "Iran's leaders insist the …" ("maintains the …" keeps something,
 * and needs its "that"; "Moscow says New START limits …" reports as fact, and is read so).
 */
const REPORTED_BEFORE = new RegExp(
  String.raw`\b(?:(?:${REPORTING_VERB}|pretend(?:s|ed|ing)?)\s+(?:that\s+)?|maintain(?:s|ed|ing)?\s+that\s+)(?:the\s+)?$`,
  'i',
);
/** Words before a treaty that say it binds: "under", "in accordance with", "(remains) bound by". */
const IN_FORCE_BEFORE = /\b(under|in\s+accordance\s+with|as\s+required\s+by|as\s+permitted\s+by|in\s+compliance\s+with|obligations\s+under|bound\s+by)\s+(?:the\s+)?$/i;
/**
 * Verbs of keeping a treaty, in the present, which presume it binds: "Moscow still observes the INF
 * Treaty", "Russia complies with the CFE Treaty", "both sides are honouring it", "Japan continues to
 * comply with resolution 2231", "Both sides continue to abide by …". Only the forms that state what
 * is done: "should respect the CTBT" and "should continue to observe it" urge, and urging the keeping
 * of a treaty not yet in force is common advice, not a slip.
 */
const KEPT_BEFORE =
  /\b(?:observes|honou?rs|respects|abides\s+by|complies\s+with|adheres\s+to|(?:is|are)\s+(?:still\s+)?(?:observing|honou?ring|respecting|abiding\s+by|complying\s+with|adhering\s+to)|(?:still|continues\s+to|(?<=\b(?!(?:should|must|will|would|could|can|may|might|shall|to|please)\s)\w+\s+)continue\s+to)\s+(?:\w+ly\s+)?(?:observe|honou?r|respect|abide\s+by|comply\s+with|adhere\s+to))\s+(?:the\s+)?$/i;
/** "has no role under", "there are no inspections under", "nothing under": what the sentence says is not done under the treaty. */
const NONE_UNDER = /\b(?:no|nothing)\s+(?:[\w-]+\s+){0,2}$/i;
/** A past auxiliary: "was", "were", "had", "did". */
const PAST_AUXILIARY = /\b(?:was|were|had|did)\b/i;
/** Words that set a sentence in the present: an auxiliary or modal of the present, "still", "now". */
const PRESENT = /\b(?:am|is|are|has|have|remains?|continues?|must|shall|should|can|cannot|may|will|still|now|currently|today)\b/i;
/** A verb in -ed, in lowercase as a verb stands in a sentence ("United" is a name). */
const ED_WORD = /\b[a-z]{3,}ed\b/g;
/** Words in -ed that are no past tense. */
const NOT_PAST = new Set('need indeed proceed exceed succeed speed feed seed breed deed heed embed shed'.split(' '));

/**
 * Whether a sentence tells the past ("Under the INF Treaty, the two sides destroyed 2,692
 * missiles"; "Inspections under the INF Treaty ended in 2001"; "Both sides were inspected under
 * it"): it has a past auxiliary, or a verb in -ed and nothing that sets it in the present ("are
 * barred", "still reaches"). What a treaty required then is no claim that it binds now. `text` is
 * the sentence without the words that name the claim ("as required by").
 */
function tellsThePast(text: string): boolean {
  if (PAST_AUXILIARY.test(text)) return true;
  if (PRESENT.test(text)) return false;
  ED_WORD.lastIndex = 0;
  for (let m = ED_WORD.exec(text); m; m = ED_WORD.exec(text)) if (!NOT_PAST.has(m[0])) return true;
  return false;
}
/**
 * "under the New START limits", "beyond the treaty's ceilings", "never bound by the INF limits": the treaty's numbers, which outlive
 * it, not its force; "limits" is then a noun, not the verb IN_FORCE_AFTER reads ("New START limits
 * warheads to 1,550").
 */
const NUMBERS_AFTER = /^(?:['’]s)?\s+(?:central\s+)?(?:limits|ceilings|caps|levels|numbers)\b/i;
const NUMBERS_BEFORE = /\b(?:under|within|below|above|beyond|over|by|exceed(?:s|ing)?|breach(?:es|ing)?|to|of|observes?|observing|respects?|respecting|honou?rs?|honou?ring|abides?\s+by|keeps?\s+to|sticks?\s+to|adheres?\s+to|compl(?:y|ies)\s+with)\s+(?:the\s+)?$/i;
const ACTION_BEFORE: readonly [Claim, RegExp][] = [
  ['ratify', /\b(ratify|ratifying|ratified|ratification\s+of)\s+(?:the\s+)?$/i],
  // "return to full compliance with the INF Treaty" presumes the treaty is there to comply with
  ['return', /\b(return(?:ing|s)?\s+to|rejoin(?:ing|s)?|re-?enter(?:ing)?|restore|restoring|revive|reviving)\s+(?:(?:full\s+)?compliance\s+with\s+)?(?:the\s+(?:terms\s+of\s+the\s+)?)?$/i],
  // verbs only: "its withdrawal from the ABM Treaty" usually narrates a past event
  ['withdraw', /\b(withdraw(?:ing|s)?\s+from|pull(?:ing)?\s+out\s+of|leave|leaving|exit(?:ing)?\s+from)\s+(?:the\s+)?$/i],
];

/** Statuses under which a claim about the treaty is wrong. */
const CONTRADICTS: Record<Claim, ReadonlySet<StatusOn['value']>> = {
  'in-force': new Set(['terminated', 'expired', 'not-in-force', 'superseded', 'historical', 'suspended', 'not-yet-signed', 'signed', 'pending']),
  ratify: new Set(['terminated', 'expired', 'superseded', 'historical']),
  return: new Set(['terminated', 'expired', 'superseded', 'historical']),
  withdraw: new Set(['terminated', 'expired', 'superseded', 'historical', 'not-yet-signed']),
};

/** Statuses under which some claim is wrong; under the others (in force, political, a party withdrawn) none is. */
const CONTRADICTABLE: ReadonlySet<StatusOn['value']> = new Set(Object.values(CONTRADICTS).flatMap((statuses) => [...statuses]));

/** What a treaty's mentions may be wrong about on a date (see `standingOn`). */
interface Standing {
  readonly date: string;
  readonly status: StatusOn;
  /** One of its two parties has withdrawn. */
  readonly partyLeftPair: boolean;
  /** Some party has left it. */
  readonly partiesLeft: boolean;
  /** Some claim can contradict its status: it has ended or not begun, one of two parties left, or it amends another treaty. */
  readonly contradictable: boolean;
}

/**
 * Each treaty's standing on the document date, per knowledge base: a text names a few treaties
 * thousands of times, and working a status out reads and sorts the treaty's events; whether a party
 * has left, read from them too, was read again at each of 1 MB of prose's 5,562 treaty mentions.
 */
const standingsOf = objectMemo<KnowledgeBase, Map<TreatyEntry, Standing>>(() => new Map());
function standingOn(kb: KnowledgeBase, treaty: TreatyEntry, date: string): Standing {
  const standings = standingsOf(kb);
  const known = standings.get(treaty);
  if (known?.date === date) return known;
  const status = treatyStatusOn(treaty, date);
  const partyLeftPair = status.value === 'withdrawn' && isBilateral(treaty);
  const contradictable = CONTRADICTABLE.has(status.value) || partyLeftPair || (treaty.related?.amends?.length ?? 0) > 0;
  const standing: Standing = { date, status, partyLeftPair, partiesLeft: treaty.events.some(isPartyLeaving), contradictable };
  standings.set(treaty, standing);
  return standing;
}

/** The words the patterns before a mention end with (an optional "the" aside), folded. */
const LAST_WORDS_BEFORE = new Set(
  'ratify ratifying ratified of to rejoin rejoining rejoins enter entering reenter reentering restore restoring revive reviving from leave leaving under with by observes observing honours honouring honors honoring respects respecting'.split(' '),
);
/** The bare verbs of keeping, which claim only after "still" or "continue(s) to" ("must respect the …" urges, and is common). */
const KEPT_BARE = new Set(['observe', 'honour', 'honor', 'respect']);
const STILL_KEPT = /\b(?:still|continues?\s+to)\s+(?:\w+ly\s+)?\w+\s+(?:the\s+)?$/i;
/** The words of LAST_WORDS_BEFORE and KEPT_BARE, by `asciiWordHash`. */
const WORDS_BEFORE_HASHES = asciiWordHashes([...LAST_WORDS_BEFORE, ...KEPT_BARE]);
/** IN_FORCE_AFTER, tried at the mention's end in the whole text. */
const IN_FORCE_AT = new RegExp(IN_FORCE_AFTER.source.slice(1), 'y');

/**
 * A cheap necessary condition for a claim: the word before the mention (past a "the") ends one of
 * the patterns before it, a pattern after it matches, or "in force" follows within
 * `NOW_IN_FORCE_REACH`. Most mentions fail it, and the sentence around them is never cut out.
 */
function mayClaim(text: string, mention: Mention, governing: number): boolean {
  // the word read in place first: most names follow none of these words ("the INF Treaty")
  if (mayBeAmong(governing, WORDS_BEFORE_HASHES)) {
    const before = wordBeforeArticle(text, mention.start);
    if (LAST_WORDS_BEFORE.has(before)) return true;
    if (KEPT_BARE.has(before) && STILL_KEPT.test(text.slice(Math.max(0, mention.start - 40), mention.start))) return true;
  }
  // read past a footnote marker after the name: "The INF Treaty[^1] still bans …"
  IN_FORCE_AT.lastIndex = pastFootnoteMarker(text, mention.end);
  if (IN_FORCE_AT.test(text)) return true;
  const force = nextForce(text, mention.end);
  return force !== -1 && force + 5 <= mention.end + NOW_IN_FORCE_REACH && IN_FORCE_WORDS.test(text.slice(mention.end, mention.end + NOW_IN_FORCE_REACH));
}

/** "in force", perhaps broken across lines. */
const IN_FORCE_WORDS = /\sin\s+force\b/;

/**
 * The text `nextForce` searched last, where it searched from, and the "force" it found there (-1 for
 * none). Forgotten after each block (`statusAnachronism`): a block's text may be a slice that keeps
 * its whole document alive.
 */
let forceText = '';
let forceFrom = 0;
let forceAt = -1;

/**
 * Where "force" first stands in `text` at or after `from`; -1 where it does not. A block's treaties
 * ask in turn, from further on each time, and most blocks never say "force": the answer found for
 * the last one holds until a treaty's name ends past it, and the block is searched once, not the
 * text after each treaty with IN_FORCE_WORDS (1.0-1.4 ms for 1 MB of prose's 5,562 treaties).
 */
function nextForce(text: string, from: number): number {
  if (text !== forceText || from < forceFrom || (forceAt !== -1 && from > forceAt)) {
    forceText = text;
    forceFrom = from;
    forceAt = text.indexOf('force', from);
  }
  return forceAt;
}

/**
 * "now in force" later in the sentence, past asides with commas of their own ("The … Agreement,
 * signed at Malacañang on 8 July by …, and now in force, already lets …"); not denied ("is not now
 * in force") nor told of the past ("was now in force").
 */
const NOW_IN_FORCE = /^[^.;:]*?[\s,](?:and\s+)?(?:(?:is|remains)\s+)?(?<!\b(?:not|no|was|were|been|be)\s)(?:now|already|currently)\s+in\s+(?:full\s+)?force\b/i;
/** How far after the name NOW_IN_FORCE is looked for. */
const NOW_IN_FORCE_REACH = 240;

/** Whether the sentence after a treaty's name says it is now in force, with no other treaty named before those words. */
function saysNowInForce(ctx: RuleContext, mention: Mention): boolean {
  const { after } = sentenceAround(ctx.text, mention, NOW_IN_FORCE_REACH);
  const found = NOW_IN_FORCE.exec(after);
  if (!found) return false;
  const end = mention.end + found[0].length;
  return !ctx.mentions.some((m) => m.kind === 'treaty' && m.start >= mention.end && m.start < end);
}

/** The claim the words around a treaty's name make; `governing` is the name's `governingWordHash`. */
function claimOf(ctx: RuleContext, mention: Mention, governing: number): Claim | undefined {
  if (!mayClaim(ctx.text, mention, governing)) return undefined;
  const { before, after: written } = sentenceAround(ctx.text, mention, 80);
  const after = written.slice(pastFootnoteMarker(ctx.text, mention.end) - mention.end);
  for (const [claim, pattern] of ACTION_BEFORE) {
    const action = pattern.exec(before);
    if (!action) continue;
    if (DENIABLE.has(claim) && NEGATED.test(before.slice(0, action.index))) return undefined;
    // "The Senate voted 71 to 26 to ratify New START in 2010": an act the sentence tells of the past
    return tellsThePast(before) ? undefined : claim;
  }
  if (NUMBERS_AFTER.test(after) && NUMBERS_BEFORE.test(before)) return undefined;
  // the words of the claim are read before whose claim it is: most names that "in force" or a verb
  // follows make none, and the reporting clauses are searched for through the whole sentence
  if (!speaksOfInForce(ctx, mention, before, after)) return undefined;
  // "arguing that the Oslo II Accord limits …", "Witnesses argued that Moscow remains bound by the CFE
  // Treaty": someone's case, which the text reports, not its own claim; "It is wrong to say that …"
  // denies it, and so does "That is wrong." after "one reads that …"
  return REPORTED_BEFORE.test(before) || othersCase(before, ctx.text, mention.end) ? undefined : 'in-force';
}

/** Whether the words around a treaty's name (`before` and `after` it in its sentence) speak of it as in force. */
function speaksOfInForce(ctx: RuleContext, mention: Mention, before: string, after: string): boolean {
  const inForceAfter = IN_FORCE_AFTER.exec(after);
  if (inForceAfter && !NOTHING_AFTER.test(after.slice(inForceAfter[0].length))) return true;
  if (saysNowInForce(ctx, mention)) return true;
  // "under the INF Treaty" binds now only in a sentence that does not tell the past; "no longer
  // bound by" denies it, and so does "no role under" ("not covered under" still presumes it)
  const under = IN_FORCE_BEFORE.exec(before);
  const prefix = under ? before.slice(0, under.index) : '';
  const denied = under !== null && (under[1]!.startsWith('bound') ? NEGATED.test(prefix) : NONE_UNDER.test(prefix));
  if (under && !denied && !tellsThePast(`${prefix} … ${after}`)) return true;
  // "no longer observes the INF Treaty" is right; "still observes" it, wrong once it has ended
  const kept = KEPT_BEFORE.exec(before);
  return kept !== null && !NEGATED.test(before.slice(0, kept.index)) && !tellsThePast(`${before.slice(0, kept.index)} … ${after}`);
}

/** What the text does with the treaty, naming it: "speaks of the INF Treaty as in force". */
const CLAIM_WORDS: Record<Claim, (name: string) => string> = {
  'in-force': (name) => `speaks of ${name} as in force`,
  ratify: (name) => `speaks of ratifying ${name}`,
  return: (name) => `speaks of returning to ${name}`,
  withdraw: (name) => `speaks of withdrawing from ${name}`,
};


/** A status as a message says it: "terminated (since 2 August 2019)"; its note follows the message as a sentence of its own. */
function statusPhrase(status: StatusOn): string {
  return `${statusWords[status.value]}${status.since ? ` (since ${formatDate(status.since)})` : ''}`;
}

/** A note of the knowledge base as a sentence of a message: ending in one period. */
const asSentence = (note: string) => note.trim().replace(/\.*$/, '.');

/** The knowledge base's note on a status, as the message's last sentence. */
const noteSentence = (status: StatusOn) => (status.note ? ` ${asSentence(status.note)}` : '');

/** "had never entered into force" and "had expired", not "was never entered into force"; "was terminated". */
const hadOrWas = (status: StatusOn) => (status.value === 'not-in-force' || status.value === 'expired' ? 'had' : 'was');

/**
 * Whether a treaty binds just two parties: once one of them has withdrawn it binds no one, though a
 * withdrawal from a treaty of many leaves it in force.
 */
const isBilateral = (treaty: TreatyEntry) => (treaty.parties?.count ?? treaty.parties?.actors?.length) === 2;

/** Why ratifying an amending instrument no longer makes sense: the treaty it amends has ended or stopped. */
function amendedTreatyProblem(ctx: RuleContext, treaty: TreatyEntry, on: string): string | undefined {
  for (const id of treaty.related?.amends ?? []) {
    const amended = ctx.kb.get(id);
    if (amended?.kind !== 'treaty') continue;
    const status = treatyStatusOn(amended, ctx.date.iso);
    if (['terminated', 'suspended', 'expired', 'withdrawn'].includes(status.value)) {
      return `it adapts ${theName(amended.name)}, which ${on} ${hadOrWas(status)} ${statusPhrase(status)}.${noteSentence(status)}`;
    }
  }
  return undefined;
}

/** Whether an event is a party's leaving. One function, not an arrow per treaty mention: the prose of 1 MB names treaties thousands of times. */
const isPartyLeaving = (event: TreatyEvent) => event.party === 'left';

/**
 * A treaty spoken of as in force, or as something to ratify, return to or withdraw from, when its
 * status on the document date contradicts that.
 */
export function statusAnachronism(ctx: RuleContext): readonly RawFinding[] {
  let findings: RawFinding[] | undefined;
  let previous: Mention | undefined;
  for (const mention of ctx.mentions) {
    if (mention.kind !== 'treaty') continue;
    const named = previous;
    previous = mention;
    // "the Partial Test Ban Treaty (CTBT), which forbids …": a bracketed acronym restates the name
    // before it, so the claim after it is about that treaty, whatever the acronym (acronym-mismatch
    // flags it), and a finding covers the name and the acronym
    const restated = named !== undefined && mention.form === 'acronym' && /^\s*\($/.test(ctx.text.slice(named.end, mention.start)) ? named : undefined;
    const treaty = ctx.kb.get(restated?.id ?? mention.id);
    if (treaty?.kind !== 'treaty') continue;
    // no claim can be wrong about a treaty in force (or political) that adapts no other and that no
    // party has left: the words around it are not read
    const { status, partyLeftPair, partiesLeft, contradictable } = standingOn(ctx.kb, treaty, ctx.date.iso);
    if (!contradictable && !partiesLeft) continue;
    // the word before the name (past a "the"), read once for both looks below
    const governing = governingWordHash(ctx.text, mention.start);
    const claim = contradictable || partiesLeft ? claimOf(ctx, mention, governing) : undefined;
    // "Venezuela remains bound by the American Convention": a party that had left it, where the treaty's own status contradicts nothing
    const leaver = partiesLeft && (!claim || !CONTRADICTS[claim].has(status.value)) ? partyThatLeft(ctx, mention, treaty, governing) : undefined;
    if (leaver) {
      const message = `The text speaks of ${leaver.name} as a party to ${theName(treaty.name)}, but on the document date (${formatDate(ctx.date.iso)}) it had left (since ${formatDate(leaver.left.date)}). ${asSentence(leaver.left.note)}`;
      (findings ??= []).push({ code: 'status-anachronism', message, start: mention.start, end: mention.end });
      continue;
    }
    if (!claim) continue;
    // "The Treaty on Open Skies still allows American and Russian observation flights": in force among
    // the others, but not for a party the sentence names that had left it
    const absent = claim === 'in-force' && partiesLeft && !CONTRADICTS[claim].has(status.value) && !partyLeftPair ? leftPartyInClaim(ctx, mention, treaty) : undefined;
    if (absent) {
      const message = `The text speaks of ${theName(treaty.name)} as in force for a party that had left it on the document date (${formatDate(ctx.date.iso)}): ${absent.name}, since ${formatDate(absent.left.date)}. ${asSentence(absent.left.note)}`;
      (findings ??= []).push({ code: 'status-anachronism', message, start: restated?.start ?? mention.start, end: mention.end });
      continue;
    }
    const on = `on the document date (${formatDate(ctx.date.iso)})`;
    let reason: string | undefined;
    if (CONTRADICTS[claim].has(status.value)) reason = `${on} it ${hadOrWas(status)} ${statusPhrase(status)}.${noteSentence(status)}`;
    else if (partyLeftPair && claim === 'in-force') reason = `${on} one of its two parties had withdrawn${status.since ? ` (since ${formatDate(status.since)})` : ''}.${noteSentence(status)}`;
    else if (claim === 'ratify') reason = amendedTreatyProblem(ctx, treaty, on);
    if (reason) (findings ??= []).push({ code: 'status-anachronism', message: `The text ${CLAIM_WORDS[claim](theName(treaty.name))}, but ${reason}`, start: restated?.start ?? mention.start, end: restated && ctx.text.charCodeAt(mention.end) === 41 /* ) */ ? mention.end + 1 : mention.end });
  }
  forceText = '';
  return findings ?? NO_RAW_FINDINGS;
}
