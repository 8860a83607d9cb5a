/**
 * Makes a short, informative title from a proposal's text: the verb phrase of the main clause
 * ("Offer to return to the INF Treaty") or its leading noun phrase ("Declaration of a moratorium
 * on …"), without a leading participial or prepositional phrase and at most 90 characters.
 */

import { isDigitAt, isSpaceAt } from '../kb/names';
import { closesAbbreviation } from '../text/abbreviations';
import { allMatches } from '../text/allMatches';
import { leadInOf } from './leadIn';
import { ADVERB_AND_OPERATIVE_VERB, LOWERCASE_BASE_VERBS, OPERATIVE_VERBS, STARTS_WITH_BASE_VERB, STARTS_WITH_BASE_VERB_ANY_CASE } from './operativeVerbs';
import { oneLine } from '../text/oneLine';
import { lastAnswer } from '../text/lastAnswer';

export const MAX_TITLE = 90;

/** A stop that may end a sentence: a capital, a digit or the end of the text follows. */
const SENTENCE_STOP = /[.!?](?=["”’)]?(?:\s+["“‘(]?[A-Z0-9]|\s*$))/g;

/** The first sentence, not fooled by "U.S." or "Art.". */
function firstSentence(text: string): string {
  SENTENCE_STOP.lastIndex = 0;
  for (let m = SENTENCE_STOP.exec(text); m !== null; m = SENTENCE_STOP.exec(text)) {
    if (m[0] === '.' && closesAbbreviation(text, m.index)) continue;
    return text.slice(0, m.index + 1);
  }
  return text;
}

/**
 * A leading participial or prepositional phrase: "Building on an offer already made, …"; in lowercase
 * too, as it stands after an ordinal ("Second, in Europe, NATO should …", "Third, more importantly, …").
 */
export const LEADING_PHRASE =
  /^(?:[A-Za-z]+ing|In|On|At|By|With|For|From|After|Before|Under|Given|Despite|Following|As|To|Through|Within|Once|If|While|Since|Although|Though|Because|When|Where|Unless|Rather than|Instead of|Without|Beyond|Besides|Above all|Amid|Amidst|Alongside|Against|Like|Unlike|Even (?:if|though|as|so|then)|Whatever|Whether|Whenever|Wherever|Together with|Until|Upon|Regardless of|Short of|Failing that|Better still|Just as|Now that|(?:Most|More|Less|Just|Even|Still) \w+ly)\b[^,;:]{0,160},\s+/i;

/*
 * A proposal's subject is read right after its title, most often from the same text (a treaty's
 * items, whose first sentence is all of their text: 6,609 of the 1 MB treaty text's 8,977
 * proposals), and each of the readings below was made twice: their last answers are kept.
 */
let lastModalText = '';
let lastHoldsModal = false;

/** The length of LEADING_PHRASE's match at the start of `text`, 0 where none opens it. */
export const leadingPhraseLength = lastAnswer((text: string): number => LEADING_PHRASE.exec(text)?.[0].length ?? 0);
/**
 * A list of capitalized names before a subject's last name ("Germany, France and Britain should
 * …", "the United States, Japan and their co-sponsors should …"), or a name in apposition ("The
 * UN Secretary-General, António Guterres, should …"): the commas of a list do not end the subject.
 * Latin letters with diacritics count (without the `u` flag, which the patterns that use it lack).
 */
export const NAME_LIST = String.raw`(?:(?:[Tt]he\s+)?[A-ZÀ-ÖØ-ÞĀ-ɏ][A-Za-zÀ-ÖØ-öø-ɏ.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ɏ][A-Za-zÀ-ÖØ-öø-ɏ.'’-]*){0,3},\s+){0,6}`;
/**
 * A treaty's parties as a subject, which may write the treaty's name out in full and go on, longer
 * than other subjects run: "States parties to the Treaty on the Prohibition of Nuclear Weapons and
 * those outside it should …".
 */
export const PARTIES_TO = String.raw`(?:(?:[Tt]he\s+|[Aa]ll\s+)?(?:States?\s+)?[Pp]arties|[Ss]ignatories)\s+to\s+[^,;:]{0,110}?`;
/**
 * An aside between a subject and its modal: "Brazil, as COP30 president, should …", "Germany,
 * together with France, should …", "the Government, working with France and Germany, should …", "civil groups, led by Hamdok, must …", "the states — Egypt,
 * Iran and Israel — should …", "the E3 (France, Germany and the United Kingdom) should …"; a list of
 * some of them: "States, including France and Germany, should …".
 */
export const ASIDE_BEFORE_MODAL = String.raw`(?:,\s+(?:as|like|unlike|together with|along with|with|in|on|for|after|despite|through|via|alongside|including|notably|especially|particularly|such as|[a-z]+ed\s+by|[a-z]+ing\s+(?:closely\s+)?(?:with|alongside))\b[^,;:]{1,60},\s+|\s?[—–]\s?[^—–;:]{1,80}?\s?[—–]\s*|\s?\([^()]{1,80}\)\s+)?`;
/**
 * The speakers calling on someone to act, as a communiqué's points do ("We call on …", "We urge …",
 * "We also ask …"), a body's conclusions in the third person ("The European Council calls on the
 * Commission to …"), a readout's leaders tasking their officials ("the leaders instructed their
 * ministers to explore …"), or a resolution's operative paragraph ("Calls upon Member States to …",
 * "Requests the Secretary-General to …"): whom, then "to" and a verb, follows.
 */
export const CALL_ON =
  /^(?:(?:we|I)\s+(?:(?:also|further|again|strongly|once again|therefore|would)\s+)?(?:call\s+(?:on|upon)|urge|ask|invite|encourage|press|request|appeal\s+to)|(?:the\s+)?(?:European\s+Council|European\s+Parliament|Security\s+Council|General\s+Assembly|Council|Committee|Assembly|Summit|Conference|Parliament|Ministers|Leaders|G7|G20)\s+(?:(?:also|further|again|strongly|once again|therefore)\s+)?(?:calls\s+(?:on|upon)|urges|invites|asks|encourages|requests|appeals\s+to)|(?:the\s+)?(?:two\s+|both\s+)?(?:leaders|presidents|prime\s+ministers|ministers|sides)\s+(?:also\s+)?(?:instructed|tasked|directed|mandated|asked|invited|urged|called\s+(?:on|upon)|requested|encouraged)|[*_]{0,2}(?:Also\s+|Further\s+|Strongly\s+)?(?:Calls\s+(?:on|upon)|Urges|Requests|Encourages|Invites|Asks|Appeals\s+to)[*_]{0,2})\s+/i;
/** A second addressee of a call, whose proposal starts there (see `performativeMarkers`): "and on all parties to refrain …". */
export const CALL_ON_TOO = /^and\s+(?:also\s+)?(?:on|upon)\s+/;
/** The same asking that someone act: "We recommend that the Government press …", "Demands that all parties comply …" (group 1 marks the subjunctive that follows). */
export const RECOMMEND_THAT =
  /^(?:(?:we|I)\s+(?:(?:also|further|strongly|therefore|would)\s+)?(?:recommend|propose|suggest|urge|ask|request|insist|advise)|[*_]{0,2}(?:Demands|Requests|Urges|Recommends|Insists|Decides)[*_]{0,2})\s+(that)\s+/i;
/**
 * A submission's recommendation to its reader, "We recommend" left unsaid: "That you agree to
 * announce …", "That you note …" (group 1 marks the subjunctive, as in RECOMMEND_THAT).
 */
export const THAT_YOU = /^[*_]{0,2}(That)\s+(?=you\s)/;
/**
 * A lettered request that opens with "that" and a subjunctive, as a letter's "requests the
 * following:" lists them: "(a) that the Security Council convene an urgent meeting;". Read for the
 * title and who must act, not for whether the item asks (any "That the talks failed …" opens so).
 */
export const THAT_ITEM = /^[*_]{0,2}([Tt]hat)\s+/;
/**
 * The five openings above as one test, in any case: where none opens a text (nearly every
 * proposal), one failed test costs less than five patterns each called to fail (0.43 of the time
 * over a treaty text's proposals).
 */
const ANY_CALL_OPENING = new RegExp(`^(?:${[CALL_ON, CALL_ON_TOO, RECOMMEND_THAT, THAT_YOU, THAT_ITEM].map((pattern) => pattern.source.slice(1)).join('|')})`, 'i');
/**
 * The opening that says whom a text calls on or asks to act, before its subject: the match of
 * CALL_ON, CALL_ON_TOO, RECOMMEND_THAT, THAT_YOU or THAT_ITEM, the first in that order that matches
 * (its callers only read the match, so the one kept may be handed out again).
 */
export const callOpening = lastAnswer((text: string): RegExpExecArray | null =>
  ANY_CALL_OPENING.test(text) ? (CALL_ON.exec(text) ?? CALL_ON_TOO.exec(text) ?? RECOMMEND_THAT.exec(text) ?? THAT_YOU.exec(text) ?? THAT_ITEM.exec(text)) : null,
);
/**
 * "and to" or "or to" before a verb, in a title that starts at the first infinitive's verb; after a
 * comma too ("… without charge, and to provide …"); past a phrase that connects the two acts, which
 * goes with the "to" ("withdraw and on that basis to resume talks", "withdraw and, on that basis, to
 * resume talks" → "withdraw and resume talks").
 */
const SECOND_INFINITIVE = /,?\s(and|or)(?:,?\s+(?:(?:on|upon)\s+(?:that|this|the\s+same)\s+basis|then|thereafter|subsequently|in\s+parallel|at\s+the\s+same\s+time|in\s+turn),?)?\s+to\s+(?=[a-z])/g;
/** "agree to" after the reader as subject: the act agreed to is the proposal ("That you agree to announce …" → "Announce …"). */
const AGREE_TO = /^(?:agree|consent)\s+to\s+(?=(?!(?:an?|the|its|their|this|that)\b)[a-z])/;
/** The writers proposing a thing rather than an act: "We propose a summit in Abuja" → "summit in Abuja". */
const PROPOSE_THING = /^(?:we|I)\s+(?:(?:also|further|strongly|therefore|thus|would)\s+){0,2}(?:propose|recommend)\s+(?!that\b)/i;
/** The modals MODAL reads a subject before. */
const TITLE_MODALS = String.raw`should|must|ought to|needs? to|has to|have to|will have to|would have to|shall|will|would|could|can|may`;
/**
 * A subject of a few words, then a modal: "the United States should offer …" → "offer …"; the
 * subject may stand in strong emphasis ("**Germany, Poland and the Nordic states** should fund …").
 */
const MODAL = new RegExp(
  String.raw`^(?:\*\*|__)?(?:${PARTIES_TO}|${NAME_LIST}[^,;:]{0,70}?)${ASIDE_BEFORE_MODAL}\b(?:${TITLE_MODALS})(?:,[^,;:]{1,80},)?\s+(?:also\s+|now\s+|immediately\s+|then\s+|first\s+|therefore\s+|urgently\s+|finally\s+|quickly\s+)?(?:be able to\s+|be (?:pressed|urged|encouraged|asked|required|allowed|persuaded|pushed|invited|obliged|made) to\s+)?(?!(?:not\s+)?be\b)((?:not\s+)?[a-z][a-z-]+\b.*)$`,
  's',
);
/**
 * A subject and a modal before a passive ("the sanctions should be lifted once …", "… should, as
 * far as security allows, be declassified"): group 1 is the subject, group 2 a "not", group 3 the
 * participle and what follows. A participle ends in "-ed" or
 * "-en", or is one of the common irregular ones; "should be careful" is no passive.
 */
const PASSIVE = new RegExp(
  String.raw`^(${PARTIES_TO}|${NAME_LIST}[^,;:]{0,70}?)${ASIDE_BEFORE_MODAL}\b(?:should|must|ought to|needs? to|has to|have to|will have to|shall|will|would|could|can|may)(?:,[^,;:]{1,80},)?\s+(not\s+)?(?:also\s+|now\s+|immediately\s+|then\s+|first\s+|therefore\s+|urgently\s+|finally\s+|quickly\s+)?be\s+((?:[a-z]{2,}(?:ed|en)|held|made|kept|built|sent|set|put|paid|brought|led|met|spent|cut|left|bound|sought|told|sold|found|shown|drawn|upheld|withheld|rebuilt|done|seen|laid|struck)\b.*)$`,
  's',
);
/**
 * A question word in the words before a modal: the modal is a clause's inside a noun phrase, whose
 * noun is the proposal ("a common line on what would trigger military action", "a freeze on what Iran
 * could enrich"), not the main clause's after a subject. In small letters: "What …" opens a question.
 */
const QUESTION_WORD_IN_SUBJECT = /\b(?:what|whatever|how|whether)\s/;
export const modalInsideNounPhrase = (subject: string): boolean => QUESTION_WORD_IN_SUBJECT.test(subject);

/**
 * A modal MODAL and PASSIVE need, looked for first: where there is none (two proposals in three of
 * a treaty text), MODAL failed only after trying its modals at each of the subject's 70 characters,
 * and `passiveTitle` searched the sentence for a "be" after a modal or a "to".
 */
const ANY_TITLE_MODAL = new RegExp(String.raw`\b(?:${TITLE_MODALS})`);

/** Whether `sentence` holds a modal (see `ANY_TITLE_MODAL`). */
function holdsTitleModal(sentence: string): boolean {
  lastHoldsModal = ANY_TITLE_MODAL.test(sentence);
  lastModalText = sentence;
  return lastHoldsModal;
}

/**
 * Whether `text` is the text a title was last read from and holds no modal: no modal a subject
 * stands before either (see `modalSubject`), as each of those is one of TITLE_MODALS.
 */
export const knownWithoutModal = (text: string): boolean => text === lastModalText && !lastHoldsModal;

/** MODAL's reading of a sentence that holds a modal (see `ANY_TITLE_MODAL`), unless its modal stands inside a noun phrase (see `modalInsideNounPhrase`). */
function mainModal(sentence: string): RegExpExecArray | null {
  const modal = MODAL.exec(sentence);
  return modal && modalInsideNounPhrase(sentence.slice(0, sentence.length - modal[1]!.length)) ? null : modal;
}

/**
 * "should do so" after a subject that has not done it, whose words say what: "All states that have
 * not ratified the CTBT should do so" is "Ratify the CTBT". Group 1 is the participle, group 2 its object.
 */
const NOT_DONE_SUBJECT = /\b(?:that|which|who)\s+(?:have|has)\s+not\s+(?:yet\s+)?(ratified|signed|joined|acceded\s+to)\s+([^,;:]{2,60}?)\s+(?:should|must)\s+$/;
const BASE_OF_DONE: Readonly<Record<string, string>> = { ratified: 'ratify', signed: 'sign', joined: 'join' };

/** The verb phrase after a modal with its "do so" spelt out from the subject (see `NOT_DONE_SUBJECT`), or undefined. */
function doneSo(sentence: string, afterModal: string): string | undefined {
  if (!afterModal.startsWith('do so')) return undefined;
  const done = NOT_DONE_SUBJECT.exec(sentence.slice(0, sentence.length - afterModal.length));
  return done ? `${BASE_OF_DONE[done[1]!] ?? 'accede to'} ${done[2]}${afterModal.slice(5)}` : undefined;
}

/** "be" after a modal, which every passive `PASSIVE` reads has: most sentences have none, and the pattern is not tried on them. */
const BE_AFTER_MODAL = /\b(?:should|must|to|shall|will|would|could|can|may)(?:,[^,;:]{1,80},)?\s+(?:not\s+)?(?:[a-z]+ly\s+|now\s+|then\s+|first\s+|also\s+)?be\s/;

/** A passive proposal as a headline says it: "Sanctions to be lifted once …", "Talks not to be held in Geneva". */
function passiveTitle(sentence: string): string | undefined {
  if (!BE_AFTER_MODAL.test(sentence)) return undefined;
  const passive = PASSIVE.exec(sentence);
  return passive ? `${passive[1]!.trim()} ${passive[2] ? 'not ' : ''}to be ${passive[3]}` : undefined;
}

/**
 * How the items after an introduction name who must act: "We recommend that:" asks for a subject
 * and a verb in the subjunctive ("1. NATO and Russia agree on …"), "We call on:" for an object and
 * an infinitive ("- the Secretary-General to set up …").
 */
export type ItemGrammar = 'subjunctive' | 'infinitive';

/** Who opens an item: a capital or a determiner; group 1 is the subject. */
const ITEM_SUBJECT_START = String.raw`^((?:[A-Z]|(?:the|each|all|both|every|our|their|its)\s|(?:we|you)(?=\s))`;
/** Adverbs between the subject and the verb. */
const ADVERB = String.raw`(?:also\s+|jointly\s+|together\s+|immediately\s+|urgently\s+|now\s+|first\s+)?`;
/**
 * The subject through its verb, for each grammar; group 2 is the verb: in the subjunctive one of
 * the base verbs, before an infinitive any word after "to". A list may come first ("The African
 * Union, the Gulf of Guinea Commission and the two communities treat …").
 */
const ITEM_SUBJECT: Record<ItemGrammar, RegExp> = {
  subjunctive: new RegExp(String.raw`${ITEM_SUBJECT_START}[^;:]{0,120}?)\s+${ADVERB}((?:not\s+)?(?:${LOWERCASE_BASE_VERBS}))\b`),
  // whom one calls on may be written in lowercase: "We call on official creditors to deliver …"
  infinitive: new RegExp(String.raw`^((?:[A-Za-z]|(?:we|you)(?=\s))[^;:]{0,120}?)\s+to\s+${ADVERB}((?:not\s+)?(?!(?:the|a|an|its|their|his|her|this|that|these|those|be)\b)[a-z][a-z-]+)\b`),
};

/**
 * The subject of an item written in the grammar its introduction asks for, through its verb (see
 * `ITEM_SUBJECT`); null for an item that starts with a verb ("Offer Russia site visits and open
 * talks" speaks to its reader: "Offer Russia site visits and" is no subject).
 */
export function itemSubject(clause: string, grammar: ItemGrammar): RegExpExecArray | null {
  return STARTS_WITH_BASE_VERB.test(clause) ? null : ITEM_SUBJECT[grammar].exec(clause);
}

const OPERATIVE = new RegExp(`^(?:[*_]{0,2})(${OPERATIVE_VERBS}|${ADVERB_AND_OPERATIVE_VERB})([*_]{0,2})\\s+`);
/**
 * A resolution's second verb that asks, after one that judges: "Strongly condemns the repression of
 * protesters and calls for the release of all those detained". A paragraph too long for its title
 * is titled from what it asks ("Calls for the release …"), not cut at "… protesters and calls".
 */
const AND_CALLS = /\sand\s+(?:also\s+)?((?:calls\s+(?:for|on|upon)|urges|demands)\s)/;
/**
 * Where a title's clause ends, besides a comma (see `clauseComma`): the first match of each, unless
 * it stands too near the title's start (see `cutAtClauseBreak`).
 */
const CLAUSE_BREAKS: readonly RegExp[] = [
  /;/,
  /\s[—–]\s?/,
  /\s-\s/,
  /:/,
  /\s(?:for\s)?as long as\s/,
  /\sand\s(?:should|must|will|would|shall)\s/,
  // a second clause with a subject of its own: "Ratify the CTBT, and the United States and Russia should state …"
  /,\s+and\s+(?:the\s+)?[A-Z][^,;:]{0,60}?\s(?:should|must)\s/,
  /\s(?:in return for|in exchange for|provided that|on condition that|so that|in order to|who|while|whereas|because|since|unless)\s/,
  // "which" opens a relative clause, but right after the verb (and its adverb) it opens the verb's
  // object: "state publicly which kinds of coercion would trigger …", "decide which sanctions stay";
  // looked back on only after " which": a lookbehind first ran at every character, and cost
  // `ANY_CLAUSE_BREAK` two fifths of its time
  /\swhich(?<!^\S+(?:\s+[a-z]+ly)?\swhich)\s/,
  /\sif\s/,
];
/**
 * The first place any of CLAUSE_BREAKS matches, found in one search: where that is far enough from
 * the start, it is the first match of each that counts. Most titles hold no break, and a search for
 * each (with a native search for a string each needs before it) cost three times as much. The
 * breaks that open with white space share one `\s` (`\s(?:[—–]\s?|-\s|…)`): as alternatives of
 * their own, each was tried at every space, and the search took half as long again.
 */
const opensWithSpace = (pattern: RegExp) => pattern.source.startsWith(String.raw`\s`);
const ANY_CLAUSE_BREAK = new RegExp(
  [
    ...CLAUSE_BREAKS.filter((pattern) => !opensWithSpace(pattern)).map((pattern) => pattern.source),
    String.raw`\s(?:${CLAUSE_BREAKS.filter(opensWithSpace)
      .map((pattern) => pattern.source.slice(2))
      .join('|')})`,
  ].join('|'),
);
/** Words a title does not end with: "… the status of", "… talks with". */
const WEAK_ENDINGS = new Set('of the a an to and or in on for with by at as its their his her from into that this only such than including like between about via'.split(' '));
const LONGEST_WEAK_ENDING = Math.max(...[...WEAK_ENDINGS].map((word) => word.length));

/**
 * `title` without its last word while that is one of WEAK_ENDINGS (in any case) after white space,
 * which goes with it. Read back from the end: a pattern ending in `$` was tried at every position
 * of every title, and a treaty text has thousands of them.
 */
function withoutWeakEndings(title: string): string {
  for (;;) {
    let wordStart = title.length;
    while (wordStart > 0 && !isSpaceAt(title, wordStart - 1)) wordStart--;
    const length = title.length - wordStart;
    if (wordStart === 0 || length === 0 || length > LONGEST_WEAK_ENDING || !WEAK_ENDINGS.has(title.slice(wordStart).toLowerCase())) return title;
    let end = wordStart - 1;
    while (end > 0 && isSpaceAt(title, end - 1)) end--;
    title = title.slice(0, end);
  }
}

/**
 * Particles among WEAK_ENDINGS that end a whole sentence with their verb: "bring Beijing in", "move
 * on", "stand by", in small letters. A title cut short still drops them ("… talks in").
 */
const PARTICLES = new Set(['in', 'on', 'by']);
const endsWithParticle = (title: string) => PARTICLES.has(title.slice(title.lastIndexOf(' ') + 1));

/** `text` without the characters at its start and end for which `drop` holds: a loop where a pattern anchored at the end was tried at every position. */
function trimWhere(text: string, drop: (text: string, i: number) => boolean, fromStart: boolean): string {
  let start = 0;
  let end = text.length;
  if (fromStart) while (start < end && drop(text, start)) start++;
  while (end > start && drop(text, end - 1)) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
/** The stops a proposal's first sentence is read without. */
const isSentenceStop = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */;
};
/** Emphasis marks, which a title drops at both ends. */
const isEmphasis = (text: string, i: number) => text.charCodeAt(i) === 42 /* * */ || text.charCodeAt(i) === 95 /* _ */;
/**
 * Strong emphasis closed inside the sentence, where the bold covers its lead clause only: "**ASEAN
 * member states should suspend Myanmar's participation** in all ASEAN meetings …" left "**" after
 * "participation" in the title.
 */
const STRONG_EMPHASIS = /\*\*|__/g;
/** What a title does not end with: white space, a comma, a semicolon, a colon or a dash. */
const isTrailingBreak = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c === 44 || c === 59 || c === 58 || c === 45 || c === 0x2014 || c === 0x2013 || isSpaceAt(text, i);
};
/**
 * Where a long title may end: before a preposition, or before a time it is to be done by ("… on UK
 * participation in SAFE before the end of …" keeps "in SAFE").
 */
const PREPOSITION_CUT = /\s(?:on|with|by|for|in|at|through|under|as|within|including|allowing|during|over|across|against|between|toward|towards|before|after|until)\s/g;
/**
 * A participle after a noun, before a cut at "by" whose agent the cut would drop: "… a ceasefire line
 * monitored" before "by the Organization for …"; not a verb's ("… are not covered" stays).
 */
const PARTICIPLE_BEFORE_BY = /(?<!\b(?:not|is|are|was|were|be|been|being|has|have|had|get|gets|got))\s[a-z]{3,}(?:ed|en)$/;
/**
 * "that" and the subject of its clause, a word or two before the verb: a long title cut there says
 * nothing ("Instruct commanders publicly that attacks" of "… that attacks on health facilities and aid
 * workers will be punished"); not a relative clause's verb in the past ("member states that joined").
 */
const THAT_SUBJECT_BEFORE = /\sthat\s+(?:(?:the|all|any|such|these|those|its|their|our)\s+)?[\p{L}'’-]+(?<!ed)$/u;
/**
 * A participle in "-ed" after a noun, before a cut at another preposition, which would leave it
 * dangling: "… the notifications exchanged" before "under the 1988 …" ("-en" is left to "by": "children"
 * ends so too). Not a verb's ("… are enforced"), nor "-eed" ("speed").
 */
const PARTICIPLE_BEFORE_CUT = /(?<!\b(?:not|is|are|was|were|be|been|being|has|have|had|get|gets|got))\s[a-z]{2,}[^e\s]ed$/;
/** Where a long title may end when no preposition serves: before its purpose ("… to move sanctions …"); not at "and", which joins nouns as often as verbs. */
const PURPOSE_CUT = /\s(?:in order to|so as to|so that|to)\s/g;

/**
 * `s` with its first letter a capital. An ASCII letter's capital is the one string V8 shares for
 * that character, not a string made per title by `toUpperCase` (a treaty text keeps 9,000 titles).
 */
export function capitalize(s: string): string {
  if (s.length === 0) return s;
  const c = s.charCodeAt(0);
  if (c >= 97 && c <= 122) return String.fromCharCode(c - 32) + s.slice(1);
  return s[0]!.toUpperCase() + s.slice(1);
}

/**
 * ", made together with China and Russia," or a name in apposition (", António Guterres,") after a
 * word that is not a name itself: an aside that should not end the title. Not one whose list of
 * names goes on past its comma (", agreed with the Netherlands, Japan and South Korea,").
 */
const ASIDE = /,\s+(?:(?:[a-z]{3,}ed|[a-z]{3,}en|including|excluding|together with|along with|as well as)\b[^,;]{0,80}|(?<=[a-z-]{3},\s+)\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),(?=\s)(?!\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:and|or)\s)/u;
/**
 * A resolution's aside between an addressee and the infinitive: "Requests the Secretary-General, in
 * consultation with the African Union, to report …", "Calls upon Member States, in particular those
 * in the region, to cooperate …"; so the capacity the addressee acts in ("ask the Secretary-General,
 * as depositary, to publish …"). Only before "to": ", in particular on …, the recognition …" lists.
 */
const ASIDE_BEFORE_TO = /,\s+(?:in (?:close |full )?(?:consultation|cooperation|coordination|collaboration|partnership) with|in particular|particularly|inter alia|as|where (?:appropriate|necessary)|if necessary|as a matter of (?:urgency|priority)|in accordance with|through|with the (?:support|assistance) of|among others)\b[^,;]{0,80},(?=\s+to\s)/;

/** "Second, and more importantly for Europe, NATO should …": the interjection is not the proposal. */
const INTERJECTION = /^and\s+(?:more|most|perhaps most|equally|just as)\s+\w+(?:\s+[^,]{0,40})?,\s*/i;
/**
 * The length of the interjection that opens `text` (see `INTERJECTION`), or 0. Its "and" is looked
 * for first (an "a" in either case, the only letters the pattern's case folding reads as one): a
 * title and a subject are read past it for every proposal, and almost none opens so.
 */
export const interjectionLength = (text: string): number => (text.length > 0 && (text.charCodeAt(0) | 32) === 97 ? (INTERJECTION.exec(text)?.[0].length ?? 0) : 0);

/** A list of names after a name: ", Natanz and Isfahan", ", France, and Britain", ", the Council and Member States", "UN, NGO and embassy staff"; its commas end no clause. */
const NAME_LIST_GOES_ON = /^,\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}?(?:\p{Lu}[\p{L}'’.-]*,\s+(?:the\s+)?){0,5}(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}?(?:and|or)\s+(?:the\s+)?(?:\p{Lu}|\p{Ll}[\p{L}-]*\s+(?:staff|officials|personnel|workers|members|forces|states|agencies|partners|donors|governments))/u;

/** A list of single words after a word: "foreign, security and defence policy"; its commas end no clause. */
const WORD_LIST_GOES_ON = /^,\s+(?:\p{Ll}[\p{L}-]*,\s+){0,4}\p{Ll}[\p{L}-]*\s+(?:and|or)\s+\p{Ll}/u;

/** Words that open no item of a list of things: a verb of a second act, a clause's or a phrase's first word. */
const NO_THING = String.raw`(?!(?:${LOWERCASE_BASE_VERBS}|then|which|while|when|where|whereas|not|and|or|but|in|on|at|by|for|with|to|of|from|as|the|a|an|its|their|if|so|including|especially|notably|such)\b)`;
/**
 * A list of things of a word or two each that ends the title, after a thing: "shelter materials,
 * heavy machinery and water infrastructure"; its commas end no clause. Not a list of acts ("the
 * siege, open the crossings and restore power").
 */
const THING_LIST_ENDS = new RegExp(
  String.raw`^,\s+(?:${NO_THING}\p{Ll}[\p{L}-]*(?:\s+${NO_THING}\p{Ll}[\p{L}-]*)?,\s+){0,4}${NO_THING}\p{Ll}[\p{L}-]*(?:\s+${NO_THING}\p{Ll}[\p{L}-]*)?\s+(?:and|or)\s+${NO_THING}\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}[.!?]?$`,
  'u',
);
/** Whether the text before `at` ends with a capitalized word ("… Fordow" before ", Natanz"). */
function endsWithCapitalizedWord(text: string, at: number): boolean {
  // read back over the word's letters, in ASCII: a pattern anchored at the end was tried at every
  // position of the 30 characters; other letters are left to it
  const from = Math.max(0, at - 30);
  for (let i = at - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if ((c >= 97 && c <= 122) || c === 39 /* ' */ || c === 46 /* . */ || c === 45 /* - */ || c === 0x2019 /* ’ */) continue;
    if (c < 128) return false;
    return /\p{Lu}[\p{L}'’.-]*$/u.test(text.slice(from, at));
  }
  return false;
}
/** Whether the character before `at` is a letter in small letters; in ASCII by its code. */
function lowercaseLetterBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  return c < 128 ? c >= 97 && c <= 122 : /\p{Ll}$/u.test(text.slice(at - 1, at));
}

/** An article or determiner and one word in small letters before a comma: "an immediate" of "an immediate, nationwide truce". */
const DETERMINER_AND_WORD = /\b(?:a|an|the|its|their|our|this|any|every)\s+[\p{Ll}-]+$/u;
/**
 * An adjective after that comma, by its ending or hyphen, before another word that is no article:
 * "nationwide humanitarian truce", "multi-year schedule", "verifiable agreement"; not a clause or a
 * verb's list ("then review it", "back a truce").
 */
const NEXT_ADJECTIVE = /^,\s+(?!(?:then|which|while|when|where|whereas)\b)(?:[\p{Ll}]+-[\p{Ll}-]+|\p{Ll}+(?:al|ive|ous|ful|ic|ible|able|ent|ant|ary|ory|ate|wide|term|lateral|less|ian|ese))\s+(?!(?:a|an|the|its|their|our|his|her|and|or|but)\b)[\p{L}-]/u;

/**
 * A contrast set off by commas inside a clause: "briefed before, not after, any deal", "in Geneva,
 * not Vienna, and …". Cut at its first comma, the title said the opposite ("… briefed before").
 */
const CONTRAST_ASIDE = /^,\s+not\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2},\s/u;

/** An "and" or "or" between white space: each list that goes on past a comma has one after it (see `clauseComma`). */
const AND_OR = /\s(?:and|or)\s/g;

/** Where the first `AND_OR` at or after `from` starts, or -1. */
function andOrFrom(text: string, from: number): number {
  AND_OR.lastIndex = from;
  return AND_OR.exec(text)?.index ?? -1;
}

/** The first comma that is not inside a list of names ("Fordow, Natanz and Isfahan"), of single words, of adjectives ("an immediate, nationwide truce") or a contrast ("before, not after,"), or -1. */
function clauseComma(text: string): number {
  // the three lists' patterns each need an "and" or "or" after the comma: where none follows (most
  // titles' commas), they are not tried. Where the next one starts (-1: none; -2: not looked for yet),
  // looked for again only past the comma it was found after.
  let andOr = -2;
  for (let at = text.indexOf(','); at !== -1; at = text.indexOf(',', at + 1)) {
    if (at + 1 < text.length && isDigitAt(text, at + 1) && /\d{3}\b/y.test(text.slice(at + 1, at + 5))) continue;
    // the contrast's second comma is passed over with its first
    if (text.startsWith(' not ', at + 1)) {
      const contrast = CONTRAST_ASIDE.exec(text.slice(at, at + 50));
      if (contrast) {
        at += contrast[0].length - 2;
        continue;
      }
    }
    if (NEXT_ADJECTIVE.test(text.slice(at, at + 40)) && DETERMINER_AND_WORD.test(text.slice(Math.max(0, at - 30), at))) continue;
    if (andOr !== -1 && andOr < at) andOr = andOrFrom(text, at);
    if (andOr === -1) return at;
    if (endsWithCapitalizedWord(text, at) && NAME_LIST_GOES_ON.test(text.slice(at))) continue;
    if (WORD_LIST_GOES_ON.test(text.slice(at, at + 80))) continue;
    if (text.length - at <= 90 && lowercaseLetterBefore(text, at) && THING_LIST_ENDS.test(text.slice(at))) continue;
    return at;
  }
  return -1;
}

/** Whether `text` holds two commas: each aside (`ASIDE`, `ASIDE_BEFORE_TO`, `ADVERBIAL_ASIDE`) lies between two, and most titles hold one at most. */
const hasTwoCommas = (text: string) => {
  const first = text.indexOf(',');
  return first !== -1 && text.indexOf(',', first + 1) !== -1;
};

function cutAtClauseBreak(text: string): string {
  // every aside lies between two commas
  if (hasTwoCommas(text)) text = text.replace(ASIDE, '').replace(ASIDE_BEFORE_TO, '');
  let end = text.length;
  const comma = clauseComma(text);
  if (comma >= 12) end = comma;
  // a break counts only before that comma, and none holds a comma past its first character, so
  // one that starts before the comma ends there too: the text after it is not searched
  const first = (end < text.length ? text.slice(0, end) : text).search(ANY_CLAUSE_BREAK);
  if (first >= 12) end = Math.min(end, first);
  else if (first !== -1) {
    for (const pattern of CLAUSE_BREAKS) {
      const at = text.search(pattern);
      // a break too near the start would leave a stub ("U.S. commitment …" keeps its dots)
      if (at >= 12 && at < end) end = at;
    }
  }
  // a participle left before the break says nothing alone ("… to 3.5 per cent, showing" before "which …")
  if (end === text.length) return text;
  // looked for only before an "-ing": a pattern anchored at the end is tried at every comma
  const cut = text.slice(0, end);
  return cut.endsWith('ing') ? cut.replace(/,\s+[a-z]+ing$/, '') : cut;
}

/** Whether a preposition stands inside a name, between two capitalized words ("the Treaty on European Union"). */
function insideName(text: string, start: number, end: number): boolean {
  return endsWithCapitalizedWord(text, start) && /^(?:the\s+)?\p{Lu}/u.test(text.slice(end, end + 8));
}

/**
 * The last place between 30 and 90 characters where `pattern` may end a long title, not inside a
 * name; `skip` is asked of every match, in order, and may rule one out.
 */
function lastCut(pattern: RegExp, text: string, skip?: (m: RegExpExecArray) => boolean): number | undefined {
  let cut: number | undefined;
  for (const m of allMatches(pattern, text)) {
    if (skip?.(m)) continue;
    if (m.index >= 30 && m.index <= MAX_TITLE && !insideName(text, m.index, m.index + m[0].length)) cut = m.index;
  }
  return cut;
}

/**
 * A "to" that is no purpose: after a verb that takes an infinitive ("continue to observe"), or the
 * first after a resolution's verb of asking, which is what it asks ("Calls upon Russia … to
 * continue"). A cut there left "Calls upon Russia and the United States to continue".
 */
const INFINITIVE_VERB_BEFORE = /\b(?:continue|seek|agree|decide|refrain|aim|try|begin|start|need|intend|plan|resolve|undertake|fail|cease|wish|want|hope|choose|prepare|help|able|ready|willing|done so)$/i;
const ASKS_OBJECT_TO = /^(?:Calls? (?:upon|on)|Urges|Requests|Encourages|Invites|Asks|Appeals to)\s/;

function purposeCut(text: string): number | undefined {
  let firstToAsked = ASKS_OBJECT_TO.test(text);
  return lastCut(PURPOSE_CUT, text, (m) => {
    const asked = firstToAsked && m[0] === ' to ';
    if (m[0] === ' to ') firstToAsked = false;
    return asked || INFINITIVE_VERB_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index));
  });
}

/**
 * For `lastCut` in `text`: whether a match has a subject before it (see `THAT_SUBJECT_BEFORE`). Made
 * apart from `shorten`: an arrow there read its `text`, which made a context at each title, long or not.
 */
const thatWithSubjectIn = (text: string) => (m: RegExpExecArray) => THAT_SUBJECT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));

function shorten(text: string): string {
  if (text.length <= MAX_TITLE) return text;
  const thatSubject = text.includes(' that ') ? thatWithSubjectIn(text) : undefined;
  let cut = lastCut(PREPOSITION_CUT, text, thatSubject) ?? purposeCut(text) ?? -1;
  // "monitored by …" goes whole or not at all: "Agree on a ceasefire line", not "… line monitored";
  // so "exchanged under …": "Restore the notifications", not "… notifications exchanged"
  if (cut > 0) {
    const participle = (text.startsWith(' by ', cut) ? PARTICIPLE_BEFORE_BY : PARTICIPLE_BEFORE_CUT).exec(text.slice(Math.max(0, cut - 30), cut));
    if (participle && cut - participle[0].length >= 12) cut -= participle[0].length;
  }
  return cut > 0 ? withoutWeakEndings(text.slice(0, cut)) : ellipsisCut(text);
}

/**
 * A long title cut at a word before MAX_TITLE, with an ellipsis: without weak last words, and without
 * the start of a name the cut splits ("… the central limits of New…" → "… the central limits…").
 */
function ellipsisCut(text: string): string {
  let short = text.slice(0, MAX_TITLE - 1).replace(/\s+\S*$/, '');
  if (/^\s*\p{Lu}/u.test(text.slice(short.length))) {
    for (let k = 0; k < 6 && (/\s\p{Lu}\S*$/u.test(short) || /\s(?:of|the|on|and|for)$/i.test(short)); k++) short = short.replace(/\s+\S+$/, '');
    // "… licensing and use the Multi-Party …": a second verb whose object the cut took goes with its "and";
    // not one that shares it with a verb before ("to sign and ratify the Treaty …", "sign, ratify and …")
    const verb = /^\s+(?:the|a|an)\s/.test(text.slice(short.length)) ? VERB_LEFT_AFTER_AND.exec(short) : null;
    if (verb && verb.index >= 30 && !SHARED_OBJECT_BEFORE.test(short.slice(0, verb.index))) return withoutWeakEndings(short.slice(0, verb.index));
  }
  return withoutWeakEndings(short) + '…';
}
/** A lowercase word after "and" at a cut title's end, before an article: a verb left without its object. */
const VERB_LEFT_AFTER_AND = /\s+(?:and|or)\s+\p{Ll}+$/u;
/** A verb before that "and" that takes the same object: "to sign", ", ratify". */
const SHARED_OBJECT_BEFORE = /(?:\bto|,)\s+\p{Ll}+$/u;

/**
 * The sentence a proposal's title and exchange are read from: its first, unless that one states a
 * finding and one of the next two recommends ("2. The Government's engagement has been sporadic.
 * The FCDO should publish a strategy."), as a committee report's numbered paragraphs do; so past a
 * topic named without a verb ("Finally, on Afghanistan. The Council must press …"). A first
 * sentence without a verb that states something is the author's headline or a nominal proposal
 * ("Humanitarian licences.", "First, a set of restraint measures."), and stays.
 */
function recommendingSentence(text: string): string {
  // the first sentence, read once: most proposals' is the one picked
  const first = firstSentence(text);
  const start = startAfterFirst(text, first);
  lastRead = text;
  lastStart = start;
  return start === 0 ? first : firstSentence(text.slice(start));
}

/**
 * The text `recommendingSentence` read last and where the sentence it picked starts: the parties
 * of a proposal ask `recommendingSentenceStart` of the same text right after its title is read.
 */
let lastRead = '';
let lastStart = 0;

/** Where the sentence `recommendingSentence` picks starts in `text` (0: the first). */
export const recommendingSentenceStart = (text: string): number => (text === lastRead ? lastStart : startAfterFirst(text, firstSentence(text)));

/** `recommendingSentenceStart` with the first sentence of `text` read. */
function startAfterFirst(text: string, first: string): number {
  if (first.length === text.length || recommends(first) || !(STATES_FINDING.test(first) || SPEAKERS_VIEW.test(first) || TOPIC_FRAGMENT.test(first))) return 0;
  let from = first.length;
  for (let k = 0; k < 2 && from < text.length; k++) {
    const rest = text.slice(from).trimStart();
    const next = firstSentence(rest);
    if (recommends(next) && !next.trimEnd().endsWith(':')) return text.length - rest.length;
    from = text.length - rest.length + next.length;
  }
  return 0;
}

/**
 * Whether a proposal's text opens with a sentence that states a finding or the writers' view ("The
 * Government's engagement has been sporadic.", "We are concerned that …", "We agree."), for a
 * paragraph that does not read as a recommendation (see `ScannedMarker.statesFinding`).
 */
export function statesFinding(body: string): boolean {
  const first = firstSentence(body.trimStart());
  return STATES_FINDING.test(first) || SPEAKERS_VIEW.test(first);
}

/**
 * Whether the text after a closing "Finally," asks for something in its first two sentences: a
 * modal of obligation, an imperative, a call ("Finally, the Council should …", "Finally, on Iran,
 * we urge …"), or the speakers' pledge ("Finally, we will …"). A speech's closing remark does not:
 * "Finally, on the reform of this Organization. The Council still …", "Finally, we welcome the
 * appointment of the new envoy." (see `ScannedMarker.closingAsks`).
 */
export function closingAsks(body: string): boolean {
  const first = firstSentence(body.trimStart());
  const clause = LEADING_PHRASE.test(first) ? first.replace(LEADING_PHRASE, '') : first;
  // "Finally, allow me to thank the presidency": a courtesy, whatever verb it opens with
  if (!COURTESY.test(clause) && (asksInSentence(first) || asksInSentence(clause) || opensWithVerb(clause))) return true;
  return asksInSentence(firstSentence(body.slice(body.indexOf(first) + first.length).trimStart()));
}
const asksInSentence = (s: string) => s.length > 0 && (recommends(s) || PLEDGE.test(s));
/** The speakers' pledge, which `readsAsRecommendation` counts too: "we will", "we stand ready to", "we commit". */
const PLEDGE = /\b(?:we|I)\s+(?:(?:also|further|therefore|again)\s+)?(?:will|shall|intend to|are ready to|stand ready to|pledge|commit)\b/i;
/** A speech's closing courtesy: "allow me to thank …", "let me conclude …", "thank you, Madam President". */
const COURTESY = /^(?:(?:allow|let|permit)\s+(?:me|us)\b|thank\s+you\b)/i;
/**
 * The words in small letters a closing remark opens with that are no verb: "Finally, on …",
 * "Finally, we …", "Finally, the Council …". Any other word there is an imperative the verb lists
 * lack ("Finally, plan for continuity.").
 */
const NOT_A_VERB = new Set(
  'we i you he she it they our my his her their its this that these those there here the a an on in at by with for from as to of about regarding concerning and but or so yet now then also still indeed moreover however all both each every some many most no not one allow let permit thank thanks'.split(' '),
);
/** Whether a clause opens with a word in small letters that `NOT_A_VERB` lacks, and no participle or adverb ("-ing", "-ed", "-ly"). */
function opensWithVerb(clause: string): boolean {
  const word = /^[a-z]+(?=\s)/.exec(clause)?.[0];
  return word !== undefined && !NOT_A_VERB.has(word) && !/(?:ing|ed|ly)$/.test(word);
}

/** A verb that states a finding: "has been", "is", "lacks", "hosted". */
const STATES_FINDING =
  /\b(?:is|are|was|were|has|have|had|remains?|seems?|appears?|lacks?|does|did|hosted|held|said|agreed|failed|took|made|announced|launched|reached|met|stalled|refused|rejected|welcomed|noted|heard)\b/;

/**
 * A topic a speech turns to, named without a verb, as a sentence of its own: "on Afghanistan.",
 * "On the reform of this Organization.", "As for Syria.". No comma: "On balance, …" opens a clause.
 */
const TOPIC_FRAGMENT = /^[*_]{0,2}(?:on|regarding|concerning|as\s+(?:for|to|regards)|turning\s+(?:now\s+)?to|with\s+(?:regard|respect)\s+to)\s+[^\s,;:.!?][^,;:.!?]{0,80}[.!?]$/i;

/**
 * The writers' own view, which a committee's numbered paragraph opens with before it recommends:
 * "We agree with the witnesses.", "We do not agree.", "We share this concern."
 */
const SPEAKERS_VIEW = /^[*_]{0,2}(?:we|I)\s+(?:(?:do\s+not|don['’]t|also|fully|strongly|broadly|partly|therefore)\s+)?(?:agree|disagree|concur|share|accept|regret)\b/i;

/** Whether a sentence asks for something: a strong modal, an operative verb or a base verb first, or "We recommend …". */
const recommends = (sentence: string) =>
  STRONG_MODAL.test(sentence) ||
  STARTS_WITH_BASE_VERB_ANY_CASE.test(sentence.replace(ORDINAL_LEAD, '')) ||
  OPERATIVE.test(sentence) ||
  CALL_ON.test(sentence) ||
  RECOMMEND_THAT.test(sentence) ||
  THAT_YOU.test(sentence);
/** An ordinal a numbered item may open with ("1. **First**, finish …"). */
const ORDINAL_LEAD = /^[*_]{0,2}(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Finally|Lastly)(?:ly)?[*_]{0,2},?\s+/;

/** A proposal's text (after its marker) on one line, and its first sentence without the final stop. */
export interface ProposalText {
  readonly flat: string;
  /** The first sentence after the lead-in, if there is one (see `leadIn.ts`). */
  readonly sentence: string;
  /** The proposal's own title, written in emphasis before its text. */
  readonly leadIn?: string;
}

/** Made once per proposal: the title, the exchange and the conditions are all read from it. */
export function proposalText(body: string): ProposalText {
  const flat = oneLine(body);
  let trimmed = flat.trim();
  const found = leadInOf(trimmed);
  // "**To Washington:** restore funding …": whom it addresses is no title; the text after it is
  const leadIn = found?.addressee ? undefined : found;
  if (found?.addressee) trimmed = trimmed.slice(found.end);
  const rest = leadIn && leadIn.end < trimmed.length ? trimmed.slice(leadIn.end) : (leadIn?.words ?? trimmed);
  const sentence = trimWhere(recommendingSentence(rest), isSentenceStop, false);
  return leadIn ? { flat, sentence, leadIn: leadIn.words } : { flat, sentence };
}

/**
 * The title of a proposal: its lead-in, if the author wrote one, else read from its first sentence.
 * `grammar`: how its introduction asks the items to name who must act (see `ItemGrammar`); the
 * title then starts at the verb.
 */
export function proposalTitle(text: ProposalText, grammar?: ItemGrammar): string {
  return titleFrom(text.leadIn ?? text.sentence, grammar);
}

/**
 * The modal of a clause after a semicolon, when the sentence opens with an observation: "Air defences
 * performed well; Qatar should integrate early warning" and "Force can delay a programme; the West
 * should plan for a breakout" recommend what follows the semicolon.
 */
function modalAfterSemicolon(sentence: string): RegExpExecArray | null {
  const semicolon = sentence.indexOf(';');
  // nothing after a semicolon that ends the sentence, as a treaty's sub-items' does ("any reduction of forces …;"): the clause before is not read
  if (semicolon === -1 || isBlankFrom(sentence, semicolon + 1) || STRONG_MODAL.test(sentence.slice(0, semicolon))) return null;
  const after = sentence.slice(semicolon + 1).trimStart();
  return STRONG_MODAL.test(after) ? MODAL.exec(after) : null;
}
/** Whether `text` from `from` on is empty or white space (as `trimStart` drops it). */
function isBlankFrom(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (!isSpaceAt(text, i)) return false;
  return true;
}
const STRONG_MODAL = /\b(?:should|must|ought to|needs? to|has to|have to)\b/;

/**
 * An adverbial aside between commas, of manner, time or occasion: "adopt, without delay, a
 * framework", "state publicly, at the level of the Secretary of State, that …", "be pressed, in every
 * bilateral meeting, to enforce …", "clarify, in writing, whether …", "convene, in 2027, a meeting",
 * "report, within 90 days, on …". The title reads on past it; cut at its comma, it had ended at
 * the verb or been the aside alone.
 */
const ADVERBIAL_ASIDE =
  /,\s+(?:without (?:delay|further delay|preconditions)|as (?:soon|quickly|early) as possible|as a (?:matter of )?(?:priority|urgency)|at (?:the|every|each|its|their|a)\s[^,;:]{1,60}|in (?:every|each|all|any|its|their|the coming|the next)\s[^,;:]{1,50}|in (?:writing|public|private|person|full|good faith|principle|advance)|(?:in|by) (?:(?:early|mid|late)[- ]|the (?:spring|summer|autumn|fall|winter|end) of )?(?:19|20)\d\d|in (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: (?:19|20)\d\d)?|(?:next|this) (?:year|month|spring|summer|autumn|winter)|within (?:a|one|two|three|four|five|six|\d{1,3}) (?:days?|weeks?|months?|years?)|where (?:possible|appropriate|necessary)|if (?:necessary|needed|possible)|once again|in the meantime|for (?:now|example|instance))\s*,(?=\s)/;

/**
 * `text` with its first adverbial aside (see `ADVERBIAL_ASIDE`) written as spaces: read past it, with
 * the offsets kept. An aside lies between two commas, and most proposals hold one at most.
 */
export const blankAdverbialAside = (text: string): string => (hasTwoCommas(text) ? text.replace(ADVERBIAL_ASIDE, (aside) => ' '.repeat(aside.length)) : text);

/*
 * The patterns `titleFrom` cuts with, made once here: a regular expression literal inside a function
 * makes a new RegExp object at each call (about 12,000 a treaty text's analysis).
 */
/** A verb's "not", which a title writes "do not". */
const LEADING_NOT = /^not\s+/;
/** An article, which a title drops. */
const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;

function titleFrom(firstSentence: string, grammar: ItemGrammar | undefined): string {
  let sentence = firstSentence.slice(interjectionLength(firstSentence));
  if (hasTwoCommas(sentence)) sentence = sentence.replace(ADVERBIAL_ASIDE, '');
  const operative = OPERATIVE.exec(sentence);
  if (operative) {
    sentence = operative[1]! + ' ' + sentence.slice(operative[0].length);
    const asks = sentence.length > MAX_TITLE && sentence.includes(' and ') ? AND_CALLS.exec(sentence) : null;
    if (asks) sentence = sentence.slice(asks.index + asks[0].length - asks[1]!.length);
  } else {
    sentence = sentence.slice(leadingPhraseLength(sentence));
    // "We recommend that the Government press …", "We call on Russia to agree …": the title starts at the verb
    const call = callOpening(sentence);
    const called = call ? itemSubject(sentence.slice(call[0].length), call[1] === undefined ? 'infinitive' : 'subjunctive') : null;
    if (called) {
      // the other openings never open with "That", so THAT_YOU's match is the call
      const toReader = THAT_YOU.test(sentence);
      sentence = sentence.slice(call![0].length + called[0].length - called[2]!.length).replace(LEADING_NOT, 'do not ');
      // the reader asked to agree to an act: the act is the proposal ("a ceasefire" agreed to stays)
      if (toReader) sentence = sentence.replace(AGREE_TO, '');
      // "… return prisoners and to allow access": the second infinitive's "to" goes with the first's
      sentence = sentence.replace(SECOND_INFINITIVE, ' $1 ');
    } else if (!call) sentence = sentence.replace(PROPOSE_THING, '');
    // every modal MODAL and PASSIVE read is one of ANY_TITLE_MODAL's
    const holdsModal = !called && holdsTitleModal(sentence);
    const modal = called ? null : (modalAfterSemicolon(sentence) ?? (holdsModal ? mainModal(sentence) : null));
    const passive = !holdsModal || modal ? undefined : passiveTitle(sentence);
    const subject = called || modal || passive !== undefined || !grammar ? null : itemSubject(sentence, grammar);
    if (modal) sentence = doneSo(sentence, modal[1]!) ?? modal[1]!.replace(LEADING_NOT, 'do not ');
    else if (passive !== undefined) sentence = passive;
    else if (subject) sentence = sentence.slice(subject[0].length - subject[2]!.length).replace(LEADING_NOT, 'do not ');
    sentence = sentence.replace(LEADING_ARTICLE, '');
  }
  sentence = trimWhere(sentence, isEmphasis, true);
  if (sentence.includes('**') || sentence.includes('__')) sentence = sentence.replace(STRONG_EMPHASIS, '');
  const cut = trimWhere(shorten(cutAtClauseBreak(sentence).trim()), isTrailingBreak, false);
  const title = cut === sentence.trim() && endsWithParticle(cut) ? cut : withoutWeakEndings(cut);
  return capitalize(title.length > 0 ? title : sentence.slice(0, MAX_TITLE).trim());
}
