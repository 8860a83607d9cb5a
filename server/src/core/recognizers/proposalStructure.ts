import { isSpaceAt, isWordChar } from '../kb/names';
import type { EntityKind, Exchange, ProposalParties, Span } from '../types';
import { allMatches } from '../text/allMatches';
import { boundedMemo } from '../text/boundedMemo';
import { EMPTY_LIST } from '../text/emptyList';
import { leadInOf } from './leadIn';
import { QUESTION_INTRO } from './proposalMarkers';
import { ADVERB_AND_OPERATIVE_VERB, OPERATIVE_VERBS, STARTS_WITH_BASE_VERB } from './operativeVerbs';
import { ASIDE_BEFORE_MODAL, blankAdverbialAside, callOpening, interjectionLength, itemSubject, knownWithoutModal, LEADING_PHRASE, leadingPhraseLength, modalInsideNounPhrase, recommendingSentenceStart, NAME_LIST, PARTIES_TO, type ItemGrammar, type ProposalText } from './proposalTitle';

/** The cue that splits an offer from what is asked back; a "for" before "as long as" is the cue's, not the offer's ("… below 1,550 for as long as the other side does"). */
const EXCHANGE_CUE = /\s(?:for\s+(?=(?:as|so) long as))?(in return for|in exchange for|provided that|on condition that|as long as|so long as|if (?=[^,;]{1,60}\b(?:will|would|does|do|agrees?|reciprocates?)\b[^,;]{0,40}\b(?:same|likewise|reciprocate|in kind)))/i;
const CONDITION =
  /\b(?:for a period of [^,;.]+|for (?:\w+ |\d+ )(?:years?|months?|decades?)\b|within (?:the next )?[^,;.]{1,30}?\b(?:days?|weeks?|months?|years?|decades?)\b|by (?:(?:the end of )?\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})|until [^,;.]{3,80}|only\b[^.;]{0,40}?\b(?:when|if|after|once) (?:(?!,\s+(?:and|but|or)\s)[^;.]){3,160}|(?<![a-z] )once [^,;.]{3,120}|subject to [^,;.]{3,100}|on the basis of [^,;.]{3,100})/gi;
/** The modals MODAL_SUBJECT reads a subject before. */
const SUBJECT_MODALS = String.raw`should|must|ought to|needs? to|has to|have to|will have to|would have to|shall|could|would|will`;
/** The subject before a modal; the subject in strong emphasis too ("**Germany, Poland and the Nordic states** should …"), whose list's commas the emphasis would hide. */
const MODAL_SUBJECT = new RegExp(String.raw`^(?:\*\*|__)?((?:${PARTIES_TO}|${NAME_LIST}[^,;:]{0,80}?)${ASIDE_BEFORE_MODAL})\b(?:${SUBJECT_MODALS})\b`);
/**
 * A modal MODAL_SUBJECT needs, looked for first: where there is none (most of a treaty text's
 * items), the pattern failed only after trying its modals at each of the subject's 80 characters.
 */
const ANY_SUBJECT_MODAL = new RegExp(String.raw`\b(?:${SUBJECT_MODALS})\b`);
/** MODAL_SUBJECT's reading of `text`; none where the title was just read from the same text and found no modal (each of SUBJECT_MODALS is one of the title's). */
const modalSubject = (text: string): RegExpExecArray | null => (!knownWithoutModal(text) && ANY_SUBJECT_MODAL.test(text) ? MODAL_SUBJECT.exec(text) : null);
/** A state's partners, allies or neighbours as a subject: they, not the state, must act. */
const OTHERS_OF = /^(?:the\s+)?\S+['’]s?\s+(?:[\p{L}-]+\s+)?(?:neighbou?rs|partners|allies|friends|backers|supporters|creditors|donors|patrons)\b/iu;
/** A conjunction that opens a subject's words: "and the United States should …". (Made once: a literal in `findParties` made a RegExp object at each call.) */
const LEADING_CONJUNCTION = /^(?:and|but|so)\s+/i;
/** An ordinal that opens a subject's words: "Finally, ", "Second, ". */
const ORDINAL_AT_START = /^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|finally|lastly|last)\s*,\s*/i;
/** The aside a subject ends with before its modal ("Civilian groups, led by Hamdok,"), which names no one who acts. */
const ASIDE_AT_END = /\s*(?:,\s+[^,;:]{1,60},|[—–][^—–;:]{1,80}?[—–])$/;
/**
 * A treaty's own party granted a right or taking on a duty: "Each Party may request …", "The Parties
 * undertake to …", "The inspecting Party agrees to …". Read only with these words first: in prose,
 * "may" and "agrees to" often stand in a clause that names someone else ("a G20 in which the United
 * States may dilute …").
 */
const TREATY_PARTY_SUBJECT =
  /^((?:each|every|either|any|the)\s+(?:(?:state|contracting|inspecting|inspected|requesting|other)\s+)?part(?:y|ies)|the\s+depositary)\s+(?:may|can|undertakes?\s+to|agrees?\s+to|commits?\s+(?:itself\s+)?to)\b/i;
/**
 * A named party taking on a duty in its own name, as a treaty's articles and a communiqué's points
 * write it: "The United States agrees to cooperate …", "Ukraine undertakes to …", "Both sides
 * commit themselves to …". Read only at the start of the clause, with no modal before the verb; a
 * right ("may") is read for a treaty's own parties only (above), since in prose a name before "may"
 * is as often someone feared as someone asked.
 */
const COMMITMENT_SUBJECT = new RegExp(
  String.raw`^(${NAME_LIST}[^,;:]{0,60}?)\s+(?:undertakes?|agrees?|commits?(?:\s+(?:itself|themselves))?|pledges?)\s+to\b`,
);
/** COMMITMENT_SUBJECT's verb after white space, looked for first: most clauses have none, and the pattern's failure tried its names and 60 characters. */
const COMMITMENT_VERB = /\s(?:undertake|agree|commit|pledge)/;
const commitmentSubject = (clause: string): RegExpExecArray | null => (COMMITMENT_VERB.test(clause) ? COMMITMENT_SUBJECT.exec(clause) : null);
/**
 * The speakers acting in their own name, in the present, as a communiqué's points do: "We reaffirm
 * our support …", "We condemn …", "We will support …". Who must act is they.
 */
const SPEAKERS_ACT =
  /^(we)\s+(?:(?:also|further|again|strongly|fully|firmly|jointly|remain\s+ready\s+to|stand\s+ready\s+to)\s+)?(?:reaffirm|reiterate|affirm|support|condemn|welcome|commit|pledge|will|shall|resolve|undertake|endorse|oppose|deplore|stand|remain|recogni[sz]e|underline|underscore|stress|emphasi[sz]e|agree|intend|seek|decide)\b/i;
/** The subject and modal before an offer, a list of names included: "Russia, Ukraine and Georgia should". */
const OFFER_SUBJECT = new RegExp(String.raw`^${NAME_LIST}[^,]{0,80}?\b(?:should|must|will|would)\s+`);
/**
 * Whom an introduction addresses: "We recommend that we:", "It is recommended that you:", "We propose
 * that the Department take three steps:", "Our proposals to G7 finance ministers are these:", "###
 * To the Government of Israel", a memo's "7. That you:" (group 1, 2, 3 or 4).
 */
const ADDRESSEE =
  /\b(?:recommend|propose|suggest)(?:s|d|ed)?\s+that\s+((?:the\s+)?[^,;:.]{1,60}?)(?:\s+(?:take|do|adopt|pursue|consider|follow|make|implement|act)\b[^,;:.]*)?\s*:\s*$|\b(?:recommendations|proposals|steps)\s+(?:for|to)\s+((?:the\s+)?[^,;:.]{1,60}?)(?:\s+(?:are|is)\s+(?:these|the following|as follows))?\s*:\s*$|^#{1,6}\s+[*_]{0,2}To\s+((?:the\s+|all\s+)?[^,;:.]{1,60}?)[*_]{0,2}\s*:\s*$|^(?:\S{1,5}\s+)?[*_]{0,2}That\s+(you)[*_]{0,2}\s*:\s*$/i;
/**
 * An introduction that asks for the subjunctive in the items after it: "We recommend that:", "The
 * panel urges that:". Each item then has a subject and a verb ("1. NATO and Russia agree on …").
 */
const MANDATIVE_INTRO = /\b(?:recommend|propose|suggest|urge|ask|request|insist|demand|advise)(?:s|d|ed)?\s+that\s*:\s*$/i;
/** An introduction whose items name someone and an infinitive: "We call on:", "The group urges:" ("- the Secretary-General to set up …"). */
const OBJECT_CONTROL_INTRO = /\b(?:call(?:s|ed)?\s+(?:on|upon)|urge[sd]?|ask(?:s|ed)?|invite[sd]?|encourage[sd]?|request(?:s|ed)?|press(?:es|ed)?|appeal(?:s|ed)?\s+to)\s*:\s*$/i;
const NOMINAL_NOUNS = 'commitment|pledge|offer|decision|declaration|agreement|withdrawal|guarantee|moratorium';
const NOMINAL_SUBJECT = new RegExp(String.raw`^(?:the |a |an )?([^,;:]{0,40}?)\b(?:${NOMINAL_NOUNS})\b`, 'i');
/**
 * One of NOMINAL_SUBJECT's nouns anywhere, looked for first: most clauses hold none, and the
 * pattern failed only after trying its nouns at each of its first 40 characters.
 */
const ANY_NOMINAL_NOUN = new RegExp(NOMINAL_NOUNS, 'i');
/** A nominal proposal's subject ("a U.S. commitment to …"); not an order's words before a verb "to offer" ("Authorise officials to offer …"). */
const nominalSubject = (clause: string): RegExpExecArray | null =>
  STARTS_WITH_BASE_VERB.test(clause) || !ANY_NOMINAL_NOUN.test(clause) ? null : NOMINAL_SUBJECT.exec(clause);
const PROPOSER = /\b(?:from|by|of) (?:the )?([^,;:]{2,60}?)(?: side)?\b(?: should| are| is| would|:)/i;
/**
 * Words that name an actor even when no knowledge-base entry does: "the allies", "donors", "we", "the
 * Secretary-General", and a treaty's own parties ("Each Party", "the inspecting Party", "the Depositary").
 */
const GENERIC_ACTOR =
  /\b(?:we|they|it|allies|donors|states|part(?:y|ies)|sides|governments|members|partners|participants|groups|factions|organi[sz]ations|civil society|signator(?:y|ies)|countries|(?:every|each) (?:state|country|party|member|signatory|government|side)|depositary|ministers|leaders|delegations?|delegates|(?:co-)?sponsors|penholders?|negotiators|mediators|guarantors?|envoys|diplomats|both|council|assembly|congress|parliament|administration|government|department|ministry|office|treasury|cabinet|commission|secretariat|mission|union|alliance|conference|summit|committee|court|agency|board|secretary[- ]general|director[- ]general|secretary|secretaries|officials|mps|meps|lawmakers|legislators|senators|regulators|authorities|creditors|lenders|investors|banks|companies|you|high representative|(?:high )?commissioner|coordinator|rapporteur|presidency|chair|president|prime minister|chancellor|minister|envoy|ambassador|representative|capitals|region|international community|west|europe|europeans|washington|moscow|kyiv|nato|eu|un|osce)\b/i;
/**
 * The last word of a subject that names a body or an office not in the knowledge base, nor among
 * GENERIC_ACTOR's words: "The Bureau", "The Registry", "The Implementation Support Unit", "The
 * Prosecutor", "ministries", "legal advisers". The last word only: "executive pay" and "the unit
 * costs" name no one.
 */
const ACTOR_HEADS = new Set(
  'bureau registry registrar prosecutor prosecutors unit units ministries agencies advisers advisors managers planners inspectors monitors observers peacekeepers policymakers judges tribunal tribunals panel team teams taskforce hosts coalition brigade army armies navy navies guards subcommittee executive executives militias rebels fighters insurgents militants'.split(' '),
);
/** A subject whose last word need not be its head: "bodies that are independent of interior ministries". */
const HEAD_NOT_LAST = /\s(?:of|that|which|who|whose|than)\s/;
/** Whether a subject's words name someone who acts: GENERIC_ACTOR's words anywhere, or a body's or an office's word last (see `ACTOR_HEADS`). */
const namesActorInWords = (words: string) =>
  GENERIC_ACTOR.test(words) || (ACTOR_HEADS.has(words.slice(words.lastIndexOf(' ') + 1).toLowerCase()) && !HEAD_NOT_LAST.test(words));
/** Parties or sides located by a state or a conflict after them: "the parties in Sudan", "all sides to the conflict in Yemen". */
const PARTIES_IN = /^(?:all\s+|the\s+)?(?:\w+\s+)?(?:parties|sides|factions|belligerents|armed\s+groups)\s+(?:in|to|of)\b/i;
/**
 * A subject named in words and described by a participle: "States and companies supplying jet fuel to
 * Myanmar", "firms operating in Xinjiang"; the names after the participle are its objects, not who
 * must act. Not a list's "including" ("States, including France, …"), nor a name first ("France and
 * companies supplying …").
 */
const DESCRIBED_BY_PARTICIPLE = /^((?:(?:[Tt]he|[Aa]ll|[Aa]ny)\s+)?(\p{L}[\p{Ll}-]*)(?:\s+\p{Ll}[\p{Ll}-]*){0,4})\s+(?!(?:including|excluding|notably|especially|concerning|regarding|during|notwithstanding|according)\b)\p{Ll}{2,}ing\s/u;
function describedByParticiple(words: string): boolean {
  const described = words.includes('ing ') ? DESCRIBED_BY_PARTICIPLE.exec(words) : null;
  // a name first ("France and companies supplying …") is an actor itself
  return described !== null && namesActorInWords(described[1]!) && (/^\p{Ll}/u.test(described[2]!) || namesActorInWords(described[2]!));
}
/** What makes a subject no plain list: a bracket, a dash, or a word that joins a partner or a place ("together with", "as", "by", "in"). */
const ASIDE_IN_LIST = /[()—–]|\s(?:with|as|by|in)\s/;
/** A separator between a subject's list items: "the Security Council and donors", "France, Germany and donors". */
const LIST_SEPARATOR = /\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/g;
/**
 * The items of a subject's list that name someone in words beside its entries: "donors" in "the UN
 * Security Council and donors", joined with commas; undefined for none. `start` is where `words`
 * stands in the document.
 */
function wordsBesideEntries(within: IdsWithin, adjectives: StateAdjectivesWithin | undefined, start: number, words: string): string | undefined {
  if (!words.includes(' and ') && !words.includes(',')) return undefined;
  // an aside (a bracket, a dash, a partner's "together with") makes no list of those who act
  if (ASIDE_IN_LIST.test(words)) return undefined;
  const items: string[] = [];
  let from = 0;
  const take = (to: number) => {
    const item = words.slice(from, to).replace(/[\s*_:]+$/, '');
    const span = { start: start + from, end: start + from + item.length };
    // "the Department of Trade and Industry": an "of" may join a name the list's "and" cuts
    if (namesActorInWords(item) && !item.includes(' of ') && actorsOfSubject(within, adjectives, span, item).length === 0) items.push(item);
  };
  for (const separator of allMatches(LIST_SEPARATOR, words)) {
    take(separator.index);
    from = separator.index + separator[0].length;
  }
  take(words.length);
  return items.length > 0 ? items.join(', ') : undefined;
}

/** A subject that is an acronym alone: a committee, an agency or an office the knowledge base lacks ("INTA", "CFIUS", "the VP/HR" its citations define). */
const ACRONYM_SUBJECT = /^(?:[Tt]he\s+)?(?=[\p{Lu}\d/-]{2,}$)\p{Lu}[\p{Lu}\d]*(?:[/-][\p{Lu}\d]+)*$/u;
/** Acronyms of things, not bodies: "AI should serve …", "GDP must grow". */
const THING_ACRONYMS = new Set(['AI', 'GDP', 'GNI', 'GNP', 'ODA', 'FDI', 'VAT', 'ESG', 'IP', 'IT', 'OK']);
/**
 * Whether a subject is an acronym that names a body the knowledge base lacks: "INTA should ask the
 * Commission …" is by INTA, not by whom the introduction addresses; not an acronym of a thing, nor
 * one of a treaty or a place the knowledge base knows ("The NPT must remain …"). `span` is the
 * subject's absolute span.
 */
function unknownBodyAcronym(words: string, within: IdsWithin, span: Span): boolean {
  if (words.length > 12 || !ACRONYM_SUBJECT.test(words)) return false;
  if (THING_ACRONYMS.has(words.slice(words.lastIndexOf(' ') + 1))) return false;
  return within(span.start, span.end, 'treaty').length === 0 && within(span.start, span.end, 'place').length === 0;
}

/** A subject's article, read past (made once, as `LEADING_CONJUNCTION`). */
const LEADING_THE = /^the\s+/i;
/** A subject's first word that refers back to whom an introduction addresses: "Both should …", "Their ministers must …". */
const REFERS_BACK = /^(?:each|every|both|all|either|its|their|these|those|such|our|your|other)\b/i;
/**
 * Whether an item's subject names in words, with two words or more, others than an introduction's
 * words do: "Finance ministers" under "## Recommendations to G7 trade ministers"; not "The
 * ministers" there, nor "Both sides" or "Their ministers", which refer back to them.
 */
function namesOthersInWords(subjectWords: string, introWords: string): boolean {
  const bare = subjectWords.replace(LEADING_THE, '');
  return bare.includes(' ') && !REFERS_BACK.test(bare) && namesActorInWords(bare) && !introWords.toLowerCase().includes(bare.toLowerCase());
}

/** A subject that is only a pronoun: it names someone, but less than an introduction's words do. */
const PRONOUN = /^(?:we|it|they)$/i;
/**
 * A passive verb after the modal: "be increased", "be urgently funded", "be given"; not "be able",
 * "be ready", nor "be pressed to open …" (or "be pressed, in every meeting, to open …"), whose subject
 * is still the one that must act.
 */
const PASSIVE = /^\s+(?:\w+\s+)?be\s+(?:\w+ly\s+)?(?:[a-z]+(?:ed|en|wn)|paid|held|built|kept|made|sent|set|put|done|brought|taught|sold|told|found|hung|spent|lent|met|led|run|cut|shut)\b(?!(?:,[^,;:]{1,60},)?\s+to\s)/;
/** The agent of a passive: "… by the donors", up to the clause's end. */
const AGENT = /^[^;.]*?\bby\s+((?:the\s+)?[^,;.]{2,60})/;
/** A proposal named by a noun with an article: "a revival of …", "an end to …". */
const NOMINAL_OPENING = /^(?:a|an)\s+\p{Ll}/u;
/** An operative paragraph is an act of the body adopting the text ("Stresses …", "Strongly condemns …"). */
const OPERATIVE_START = new RegExp(`^[*_]{0,2}(?:${OPERATIVE_VERBS}|${ADVERB_AND_OPERATIVE_VERB})\\b`);

const BENEFICIARY = /\b(?:for the benefit of|to the benefit of|benefit(?:ting|s)?|in favou?r of|on behalf of|to help|to protect|to reassure|protect(?:ing|s)?)\s+(?:the\s+)?([^,;.]{2,60})/i;

const NO_PARTIES: ProposalParties = { proposer: EMPTY_LIST, actor: EMPTY_LIST, beneficiary: EMPTY_LIST };

/** One parties object per entry that acts alone (see `partiesOf`). */
const actingAlone = boundedMemo((id: string): ProposalParties => ({ proposer: EMPTY_LIST, actor: [id], beneficiary: EMPTY_LIST }), 1000);
/** One parties object per words that name who acts alone, where no entry does ("Each Party"; see `partiesOf`). */
const namedActingAlone = boundedMemo((actorText: string): ProposalParties => ({ proposer: EMPTY_LIST, actor: EMPTY_LIST, beneficiary: EMPTY_LIST, actorText }), 1000);

/**
 * The parties `{ proposer, actor, beneficiary, actorText }`, shared where only one actor, or only
 * the words naming one, is given: a treaty's articles say "Each Party shall …" or "The European
 * Union shall …" hundreds of times, and each of their proposals kept its own object and its own copy
 * of the words (3,832 such objects of 10 contents after an analysis of the 1 MB treaty text), which
 * the young-generation collections copied.
 */
function partiesOf(proposer: readonly string[], actor: readonly string[], beneficiary: readonly string[], actorText?: string): ProposalParties {
  if (proposer.length === 0 && beneficiary.length === 0) {
    if (actorText === undefined && actor.length <= 1) return actor.length === 0 ? NO_PARTIES : actingAlone(actor[0]!);
    if (actorText !== undefined && actor.length === 0) return namedActingAlone(actorText);
  }
  return actorText === undefined ? { proposer, actor, beneficiary } : { proposer, actor, beneficiary, actorText };
}

/**
 * An aside at a subject's end that names whom the actor consults or leans on, who do not act
 * themselves: "Requests the Secretary-General, in consultation with the African Union, to report";
 * or a bracket that spells the subject out, "the E3 (France, Germany and the United Kingdom)".
 */
const CONSULTED_ASIDE = /,\s+(?:in\s+(?:close\s+)?(?:consultation|cooperation|coordination)\s+with|after\s+consult(?:ing|ation\s+with)|with\s+the\s+(?:support|assistance|help)\s+of|drawing\s+on|on\s+the\s+basis\s+of)\b[^,;:]{1,80},?\s*$|\s*\([^()]{1,80}\)\s*$/i;

/** The span of a match that opens at `start`, without such an aside at the end of its subject (group 1). */
function withoutConsultedAside(match: RegExpExecArray, start: number): { start: number; end: number } {
  const aside = CONSULTED_ASIDE.exec(match[1]!);
  return { start, end: start + (aside ? aside.index : match[0].length) };
}

/**
 * An aside at a subject's end that names its partners: "the Government, working with France and
 * Germany,", "Ministers, together with France,".
 */
const PARTNER_ASIDE = /,\s+(?:together\s+with|along\s+with|alongside|with|jointly\s+with|in\s+(?:partnership|concert|tandem)\s+with|[a-z]+ing\s+(?:closely\s+)?(?:with|alongside))\b[^,;:]{1,60},?\s*$/;

/**
 * Whether a subject named in words ends with its partners in an aside, and only they are known
 * actors: "The Government, working with France and Germany, should …" is the Government's to do, not
 * France's; "Germany, together with France, should …" names both. `start` is the subject's absolute
 * offset.
 */
function onlyPartnersNamed(words: string, start: number, within: IdsWithin): boolean {
  if (!words.includes(',')) return false;
  const aside = PARTNER_ASIDE.exec(words);
  if (!aside || !GENERIC_ACTOR.test(words.slice(0, aside.index))) return false;
  return actorsIn(within, { start, end: start + aside.index }).length === 0;
}

/** The ids of the entities (of `kind`) mentioned inside an absolute span, each once, in order (see `MentionIndex.idsWithin`). */
export type IdsWithin = (start: number, end: number, kind: EntityKind) => readonly string[];

/** Entity ids of the actors mentioned inside an absolute span. */
const actorsIn = (within: IdsWithin, span: Span): readonly string[] => within(span.start, span.end, 'actor');

/** The states named by their adjective inside an absolute span ("Palestinian" for Palestine), with where each adjective stands. */
export type StateAdjectivesWithin = (start: number, end: number) => readonly (Span & { readonly id: string })[];

/** A word that may name a group after a demonym, tested before `GROUP_AFTER_DEMONYM` is. */
const GROUP_WORD = /groups|militias|factions|rebels|fighters|insurgents|militants/i;
/**
 * The words after a demonym that name armed or political groups, not the state's organs:
 * "Palestinian armed groups", "Sudanese militias"; not "Israeli authorities", "Sudanese armed forces".
 */
const GROUP_AFTER_DEMONYM = /^\s+(?:(?:armed|militant|rebel|opposition|non-state|political)\s+){0,2}(?:groups|militias|factions|rebels|fighters|insurgents|militants)\b/i;

/**
 * The actors in a subject's absolute span, whose text is `text`, but not a state named only by its
 * adjective before a group: "Hamas and other Palestinian armed groups" names Hamas, not the State of
 * Palestine, as "the parties in Sudan" are not Sudan.
 */
function actorsOfSubject(within: IdsWithin, adjectives: StateAdjectivesWithin | undefined, span: Span, text: string): readonly string[] {
  const ids = actorsIn(within, span);
  if (ids.length === 0 || !adjectives || !GROUP_WORD.test(text)) return ids;
  const demonyms = adjectives(span.start, span.end).filter((a) => GROUP_AFTER_DEMONYM.test(text.slice(a.end - span.start, a.end - span.start + 60)));
  if (demonyms.length === 0) return ids;
  // a state named again elsewhere in the subject still acts ("Sudan and Sudanese armed groups")
  const named = new Set<string>();
  let from = span.start;
  for (const d of demonyms) {
    for (const id of actorsIn(within, { start: from, end: d.start })) named.add(id);
    from = d.end;
  }
  for (const id of actorsIn(within, { start: from, end: span.end })) named.add(id);
  const dropped = new Set(demonyms.map((d) => d.id));
  return ids.filter((id) => !dropped.has(id) || named.has(id));
}

/** The exchange in a proposal's first sentence: what is offered, and what is asked in return. */
export function findExchange({ sentence }: ProposalText): Exchange | undefined {
  const m = EXCHANGE_CUE.exec(sentence);
  if (!m) return undefined;
  const offer = sentence
    .slice(0, m.index)
    .replace(LEADING_PHRASE, '')
    .replace(OFFER_SUBJECT, '')
    .replace(/,\s*$/, '')
    .trim();
  const rest = sentence.slice(m.index + m[0].length).trim();
  const returned = rest.split(/[;—]|,\s(?=(?:while|and then|but|which|for|within|by|until|only|once|subject to|provided|with|on the basis)\b)/)[0]!.trim();
  return offer && returned ? { offer, return: returned, cue: m[1]!.trim().toLowerCase() } : undefined;
}

/** Conditions and time frames stated in a proposal's text. */
export function findConditions({ flat }: ProposalText): readonly string[] {
  const found = allMatches(CONDITION, flat);
  return found.length === 0 ? EMPTY_LIST : conditionsOf(flat, found);
}

/** The stop a condition's words drop at their end. */
const STOP_AT_END = /[,;.]$/;

/** The distinct conditions the matches `found` in `flat` state. (Apart from `findConditions`, whose destructured `flat` its map's arrow made a context for at every call.) */
function conditionsOf(flat: string, found: readonly RegExpExecArray[]): readonly string[] {
  return [...new Set(found.map((m) => wholeWords(flat, m).trim().replace(STOP_AT_END, '')))];
}

/**
 * A condition's words, not cut inside one: the pattern bounds how far a condition reads, and a
 * long one stopped mid-word ("has taken ult") ends at its last whole word, with an ellipsis.
 */
function wholeWords(flat: string, m: RegExpMatchArray): string {
  const text = m[0];
  const end = m.index! + text.length;
  if (end === 0 || end >= flat.length || !isWordChar(flat, end) || !isWordChar(flat, end - 1)) return text;
  const lastSpace = text.lastIndexOf(' ');
  return lastSpace > 0 ? `${text.slice(0, lastSpace).replace(/[,;:]$/, '')}…` : text;
}

/**
 * What the proposals of a sequence take from its introduction ("The proposals from the U.S. side
 * are these:"): its last sentence's subject before a modal, and the source it names. Read once per
 * introduction: a long one read again for each of many proposals was quadratic.
 */
export interface IntroReading {
  /** The source ("from the U.S. side …") as an absolute span, and whether there is one. */
  readonly source: Span | undefined;
  /** The subject of the last sentence before its modal, as an absolute span, its words, and the text of the span. */
  readonly subject: (Span & { readonly words: string; readonly text: string }) | undefined;
  /** How it asks its items to name who must act ("We recommend that:", "We call on:"), if it does. */
  readonly itemGrammar: ItemGrammar | undefined;
}

/** A heading's marker and emphasis, and a question word that opens it ("## How Europe should respond"). */
const HEADING_OPENING = /^#{1,6}\s+[*_]{0,2}(?:(?:What|How|Why|Where|When)\s+(?=\S+(?:\s+\S+){0,5}\s+(?:should|must|can|could)\b))?/;

export function readIntro(intro: Span & { text: string }): IntroReading {
  const source = PROPOSER.exec(intro.text);
  const last = intro.text.trim().split(/(?<=[.!?])\s+/).at(-1) ?? '';
  // "To keep that support, Congress should:": the subject follows the leading phrase; "We recommend
  // that we:" and "Recommendations for the delegation:" name whom they address
  // "## What the Council should do": a heading's marker and a question word are no part of the subject
  const marker = HEADING_OPENING.exec(last)?.[0].length ?? 0;
  const opening = marker + (LEADING_PHRASE.exec(last.slice(marker))?.[0].length ?? 0);
  // "What should Europe do before the winter?" asks of Europe: its "should" is no statement's modal
  const question = last.endsWith('?') ? QUESTION_INTRO.exec(last) : null;
  // "## Recommendations to the sponsors": a heading says whom it addresses without a colon
  const subject = question ?? modalSubject(last.slice(opening)) ?? ADDRESSEE.exec(marker > 0 && !last.endsWith(':') ? `${last}:` : last);
  const subjectStart = subject ? intro.start + intro.text.lastIndexOf(subject[0].replace(/\s*:$/, '')) : 0;
  return {
    source: source ? { start: intro.start + source.index, end: intro.start + source.index + source[0].length } : undefined,
    subject: subject
      ? { start: subjectStart, end: subjectStart + subject[0].length, words: (subject[1] ?? subject[2] ?? subject[3] ?? subject[4])?.trim() ?? '', text: subject[0] }
      : undefined,
    itemGrammar: MANDATIVE_INTRO.test(last) ? 'subjunctive' : OBJECT_CONTROL_INTRO.test(last) ? 'infinitive' : undefined,
  };
}

/** A stop and the white space after it, which ends a sentence. */
const STOP_THEN_SPACE = /[.!?]\s/g;

/**
 * The first ";" of the sentence that starts at `from`, or -1. The stop that would end the sentence
 * before it is searched for from `from` in place, not in a slice up to the semicolon: every
 * sub-item of a treaty text ends with one (5,145 in the 1 MB treaty text).
 */
function firstSentenceSemicolon(text: string, from: number): number {
  const semicolon = text.indexOf(';', from);
  if (semicolon === -1) return -1;
  STOP_THEN_SPACE.lastIndex = from;
  const stop = STOP_THEN_SPACE.exec(text);
  // a stop counts if its white space comes before the semicolon
  return stop !== null && stop.index + 1 < semicolon ? -1 : semicolon;
}

/**
 * The subject before a modal, before the verb of the grammar an introduction asks for (see
 * `ItemGrammar`) or before a nominal commitment, in the text from `from` on, past a leading phrase;
 * its span is relative to `text`.
 */
function subjectFrom(
  text: string,
  from: number,
  grammar?: ItemGrammar,
): { clause: string; clauseStart: number; subject: RegExpExecArray | null; span: { start: number; end: number } | undefined } {
  const rest = from === 0 ? text : text.slice(from);
  // "Second, and more importantly for Europe, NATO should …": past the interjection, then the leading phrase
  const aside = interjectionLength(rest);
  const lead = aside + leadingPhraseLength(aside === 0 ? rest : rest.slice(aside));
  // "We call on Russia to reciprocate …", "We recommend that the Government press …": whom the
  // speakers call on must act, read as the clause's subject
  const call = callOpening(rest.slice(lead));
  const called = call ? itemSubject(rest.slice(lead + call[0].length), call[1] === undefined ? 'infinitive' : 'subjunctive') : null;
  if (called) {
    const clauseStart = from + lead + call![0].length;
    return { clause: rest.slice(lead + call![0].length), clauseStart, subject: called, span: withoutConsultedAside(called, clauseStart) };
  }
  const clause = rest.slice(lead);
  // "a freeze on what Iran could enrich": Iran's "could" is no subject's before a main verb
  const found = modalSubject(clause);
  const modal = found && modalInsideNounPhrase(found[1]!) ? null : found;
  const subject = modal ?? (grammar ? itemSubject(clause, grammar) : null) ?? SPEAKERS_ACT.exec(clause) ?? nominalSubject(clause) ?? TREATY_PARTY_SUBJECT.exec(clause) ?? commitmentSubject(clause);
  return { clause, clauseStart: from + lead, subject, span: subject ? (subject === modal ? withoutConsultedAside(subject, from + lead) : { start: from + lead, end: from + lead + subject[0].length }) : undefined };
}

type SubjectReading = ReturnType<typeof subjectFrom>;

/** An addressing lead-in (see `LeadIn.addressee`): group 1 is whom it addresses, without "To". */
const ADDRESSED_IN_LEAD_IN = /^\s*[*_]{1,2}(?:To\s+)?([^*_:\n]{1,80}?)\s*:?[*_]{1,2}/;

/**
 * The subject that says who must act, with the offset its span is relative to and its actors: of the
 * proposal's first sentence, else of the clause after its semicolon ("Air defences performed well;
 * Qatar should …"), of its lead-in ("**The EU should lead.** It must …", read first when it has a
 * subject) or the sentences after it, or of the paragraph under a numbered heading ("### 2. Reopen
 * talks", then "Oman should host them").
 */
function readSubject(
  body: Span & { text: string },
  within: IdsWithin,
  under: (Span & { text: string }) | undefined,
  grammar: ItemGrammar | undefined,
  adjectives: StateAdjectivesWithin | undefined,
): { read: SubjectReading; base: number; actor: readonly string[] } {
  const leadIn = leadInOf(body.text);
  // "**To Washington:** restore funding …", "**Germany and Poland:** fund …": whom the lead-in addresses must act
  const addressed = leadIn?.addressee ? ADDRESSED_IN_LEAD_IN.exec(body.text) : null;
  if (addressed) {
    const start = addressed.index + addressed[0].lastIndexOf(addressed[1]!);
    const read: SubjectReading = { clause: body.text, clauseStart: 0, subject: addressed, span: { start, end: start + addressed[1]!.length } };
    return { read, base: body.start, actor: actorsIn(within, { start: body.start + start, end: body.start + start + addressed[1]!.length }) };
  }
  // "**Western donors should protect the protocol.** Traders …": a lead-in with a subject says who must act
  const ofLeadIn = leadIn ? subjectFrom(body.text.slice(0, leadIn.end), /^[*_]*/.exec(body.text)![0].length, grammar) : undefined;
  // past a finding, the sentence that recommends says who must act ("The Government's engagement has been sporadic. The FCDO should …")
  let read = ofLeadIn?.subject ? ofLeadIn : subjectFrom(body.text, leadIn?.end ?? recommendingSentenceStart(body.text), grammar);
  let base = body.start;
  const semicolon = read.subject ? -1 : firstSentenceSemicolon(body.text, leadIn?.end ?? 0);
  // not after a semicolon that ends the text, as a treaty's sub-items' does ("(a) any reduction of forces …;"): nothing there has a subject
  if (semicolon !== -1) {
    let afterSemicolon = semicolon + 1;
    while (afterSemicolon < body.text.length && isSpaceAt(body.text, afterSemicolon)) afterSemicolon++;
    if (afterSemicolon < body.text.length) {
      const after = subjectFrom(body.text, afterSemicolon);
      if (after.subject) read = after;
    }
  }
  let actor = actorsOfReading(read, base, body, under, within, adjectives);
  const fallbacks: [SubjectReading, number][] = [];
  if (leadIn) {
    fallbacks.push([read === ofLeadIn ? subjectFrom(body.text, leadIn.end) : ofLeadIn!, body.start]);
    // "**Build a reserve.** The inspectors are retiring. NATO should fund …": the lead-in is the
    // title, and the sentences after it explain who is to do it
    for (const start of laterSentences(body.text, leadIn.end)) fallbacks.push([subjectFrom(body.text, start), body.start]);
  }
  if (under) fallbacks.push([subjectFrom(under.text, 0), under.start]);
  for (const [reading, at] of fallbacks) {
    if (actor.length > 0) break;
    const found = actorsOfReading(reading, at, body, under, within, adjectives);
    if (found.length > 0 || !read.subject || (!namesSomeone(read) && namesSomeone(reading))) [read, base, actor] = [reading, at, found];
  }
  return { read, base, actor };
}

/**
 * The actors of a reading's subject, read at `at`: the body's start, or the paragraph `under` it's.
 * (A function of its own: as a closure in `readSubject` it made a closure and a context per proposal.)
 */
function actorsOfReading(
  reading: SubjectReading,
  at: number,
  body: Span & { text: string },
  under: (Span & { text: string }) | undefined,
  within: IdsWithin,
  adjectives: StateAdjectivesWithin | undefined,
): readonly string[] {
  if (!reading.span) return EMPTY_LIST;
  const text = (at === body.start ? body.text : under!.text).slice(reading.span.start, reading.span.end);
  return actorsOfSubject(within, adjectives, { start: at + reading.span.start, end: at + reading.span.end }, text);
}

/** A second clause with its own subject and modal in a proposal's first sentence: ", and the United States and Russia should state …" (group 1 the subject). */
const SECOND_MODAL_CLAUSE = /^[^.;]*?,\s+and\s+((?:the\s+)?[A-Z][^,;:.]{0,60}?)\s+(?:should|must)\s/;

/** The actors of such a second clause's subject (see `SECOND_MODAL_CLAUSE`). */
function secondClauseActors(body: Span & { text: string }, within: IdsWithin): readonly string[] {
  const second = SECOND_MODAL_CLAUSE.exec(body.text);
  if (!second) return EMPTY_LIST;
  const start = body.start + second[0].lastIndexOf(second[1]!, second[0].length - 1);
  return actorsIn(within, { start, end: start + second[1]!.length });
}

/**
 * `first` and then those of `more` it lacks. (A function of its own: a filter reading `findParties`'s
 * `actor` made a context for it at every call.)
 */
function withOthers(first: readonly string[], more: readonly string[]): readonly string[] {
  return [...first, ...more.filter((id) => !first.includes(id))];
}

/** Whether some `words` name an actor, for `find`: one function for all calls rather than a closure made at each. */
const namesActorIn = (words: string) => words.length > 0 && namesActorInWords(words);

/** Whether a reading's subject names an actor in words ("Allies should", "the delegation must"). */
const namesSomeone = (reading: SubjectReading) => GENERIC_ACTOR.test(reading.subject?.[1] ?? '');

/** Where the second and third sentences after `from` start: after the first two stops. */
function laterSentences(text: string, from: number): number[] {
  const starts: number[] = [];
  SENTENCE_STOP.lastIndex = from;
  for (let m = SENTENCE_STOP.exec(text); m && starts.length < 2; m = SENTENCE_STOP.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}
const SENTENCE_STOP = /[.!?]["”’)]?\s+(?=\S)/g;

/**
 * Who must act: the actors in the subject before the modal ("the United States should …") or
 * before a nominal commitment ("a U.S. commitment to …"), or of the paragraph `under` a numbered
 * heading; else the actors of the introduction ("Congress should:"). Who proposes: the actors the
 * introduction names as the source ("the proposals from the U.S. side"). Who benefits: actors after
 * "for the benefit of", "to protect" ….
 */
export function findParties(
  written: Span & { text: string },
  intro: IntroReading | undefined,
  within: IdsWithin,
  under?: Span & { text: string },
  adjectives?: StateAdjectivesWithin,
): ProposalParties {
  // "Beijing should be pressed, in every bilateral meeting, to enforce …": read past the aside
  const blanked = blankAdverbialAside(written.text);
  const body = blanked === written.text ? written : { ...written, text: blanked };
  const { read, base, actor: subjectActors } = readSubject(body, within, under, intro?.itemGrammar, adjectives);
  const { clause, subject } = read;
  // "the parties in Sudan", "the warring sides to the conflict in Yemen": the state says where they are, not who they are
  // "States and companies supplying jet fuel to Myanmar": the state is what they supply, not who must act
  // none of the subject's patterns matches nothing, and half a treaty text's items have no subject (5,145 of 8,977)
  const subjectText = subject?.[1] ?? '';
  let actor = subjectText !== '' && (PARTIES_IN.test(subjectText) || (subjectActors.length > 0 && describedByParticiple(subjectText))) ? EMPTY_LIST : subjectActors;
  if (actor.length > 0 && subject && read.span && onlyPartnersNamed(subject[1] ?? '', base + read.span.start, within)) actor = EMPTY_LIST;
  // "a revival of the Treaty on Open Skies by both sides": the agent of a proposal named by a noun must act
  const nominalAgent = !subject && actor.length === 0 && NOMINAL_OPENING.test(clause) ? AGENT.exec(clause) : null;
  if (nominalAgent) {
    const start = base + read.clauseStart + nominalAgent.index;
    actor = actorsIn(within, { start, end: start + nominalAgent[0].length });
  }
  // "The IAEA's budget should be increased (by donors)": the subject is acted upon; the agent, if
  // named, must act
  const passive = subject && read.span ? PASSIVE.exec(clause.slice(subject[0].length)) : null;
  let agentWords = '';
  if (passive && read.span && subject) {
    const from = base + read.clauseStart + subject[0].length + passive[0].length;
    const agent = AGENT.exec(clause.slice(subject[0].length + passive[0].length));
    actor = agent ? actorsIn(within, { start: from + agent.index, end: from + agent.index + agent[0].length }) : EMPTY_LIST;
    agentWords = agent?.[1]?.trim() ?? '';
  }
  const introWords = intro && !intro.source ? (intro.subject?.words ?? '') : '';
  // a pronoun says less than whom the introduction named ("What should the region do? We should, first, …")
  // "Finally, the UNFCCC secretariat must …": the ordinal is no part of who must act
  const subjectWords = passive ? '' : (subject?.[1]?.trim().replace(LEADING_CONJUNCTION, '').replace(ORDINAL_AT_START, '').replace(ASIDE_AT_END, '') ?? '');
  // "Finance ministers should ask …" under "## Recommendations to G7 trade ministers": the item names others than whom the introduction addresses
  const othersThanIntro =
    actor.length === 0 &&
    read.span !== undefined &&
    (namesOthersInWords(subjectWords, introWords) || unknownBodyAcronym(subjectWords, within, { start: base + read.span.start, end: base + read.span.end }));
  let proposer: readonly string[] = EMPTY_LIST;
  // "### To the UN Security Council and donors": the donors must act beside the Council
  let besideEntries: string | undefined;
  if (actor.length > 0 && actor === subjectActors && subject && read.span) {
    const words = subject[1] ?? '';
    besideEntries = wordsBesideEntries(within, adjectives, base + read.span.start + Math.max(0, subject[0].indexOf(words)), words);
  }
  if (intro?.source) proposer = actorsIn(within, intro.source);
  else if (actor.length === 0 && intro?.subject && !othersThanIntro) {
    actor = actorsOfSubject(within, adjectives, intro.subject, intro.subject.text);
    const { words, text } = intro.subject;
    if (actor.length > 0) besideEntries = wordsBesideEntries(within, adjectives, intro.subject.start + Math.max(0, text.indexOf(words)), words);
  }
  const benefit = BENEFICIARY.exec(body.text);
  const beneficiary = benefit ? actorsIn(within, { start: body.start + benefit.index, end: body.start + benefit.index + benefit[0].length }) : EMPTY_LIST;
  if (nominalAgent) agentWords = nominalAgent[1]!.trim();
  const pronoun = subjectWords !== '' && PRONOUN.test(subjectWords) && introWords.length > 0;
  // "Israel's Arab neighbours should fund …", "Kyiv's partners must …": others than the state named must act
  if (subjectWords !== '' && OTHERS_OF.test(subjectWords)) return partiesOf(proposer, EMPTY_LIST, beneficiary, subjectWords);
  const actorText = OPERATIVE_START.test(clause)
    ? 'the body adopting the text'
    : actor.length === 0 && read.span && unknownBodyAcronym(subjectWords, within, { start: base + read.span.start, end: base + read.span.end })
      ? subjectWords
      : [pronoun ? '' : subjectWords, agentWords, introWords].find(namesActorIn);
  // "All states … should do so, and the United States and Russia should state …": the second clause's subject acts too
  const alsoActing = subject && body.text.includes(', and ') ? secondClauseActors(body, within) : EMPTY_LIST;
  // the first clause's words go first ("All states that have not ratified the CTBT", then the entries)
  if (actor.length === 0 && actorText) return partiesOf(proposer, alsoActing, beneficiary, actorText);
  if (alsoActing.length > 0) actor = withOthers(actor, alsoActing);
  // "Calls on the Commission and the Member States to …", "### To the UN Security Council and donors": they act beside the entries
  if (besideEntries) return partiesOf(proposer, actor, beneficiary, besideEntries);
  // most sub-items of a treaty text name no party: they share one object
  return partiesOf(proposer, actor, beneficiary);
}
