import type { BlockKind } from '../blocks/splitBlocks';
import { OPERATIVE_VERBS, STARTS_WITH_BASE_VERB_ANY_CASE } from './operativeVerbs';
import { EMPTY_LIST } from '../text/emptyList';
import { codeAt, isSpaceAt } from '../kb/names';

/**
 * How a proposal is marked in the text. `section` is a numbered heading ("### 2. Reopen talks"), a
 * proposal when its sequence recommends; `operative` is an unnumbered resolution paragraph opening
 * with an operative verb; `paragraph` is an unmarked paragraph, a proposal only under a
 * "Recommendations" heading; `performative` is a sentence in which the writers make a proposal in
 * so many words ("We propose that …", "I recommend …").
 */
export type MarkerStyle = 'ordinal' | 'number' | 'letter' | 'roman' | 'bullet' | 'headed' | 'section' | 'operative' | 'paragraph' | 'performative';

/** A proposal marker found in one block; offsets are relative to the block. */
export interface MarkerInfo {
  readonly style: MarkerStyle;
  /** The number the marker states; `last` for "Finally"; undefined for bullets. */
  readonly value: number | 'last' | undefined;
  /** Whether the marker also closes its sequence ("Third and finally"). */
  readonly closes: boolean;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Where the proposal's own text begins, after the marker and its punctuation. */
  readonly bodyStart: number;
  /**
   * Where the sentence of an ordinal inside it starts ("We should, second, open …"): the proposal
   * before it ends there, not at the ordinal.
   */
  readonly sentenceStart?: number;
}

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

const ORDINAL_WORD =
  '(First and foremost|Last but not least|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)(?:ly)?(?: and (?:finally|lastly|last))?|Finally|Lastly)';
/** An ordinal opener: the word, an optional "and more importantly", then a comma, colon or dash. */
const ORDINAL_OPENER = new RegExp(
  `^([*_]{0,2})${ORDINAL_WORD}(,?\\s+and\\s+(?:more|most|perhaps most)\\s+(?:importantly|urgently)|,?\\s+and\\s+(?:finally|lastly|last))?(?:\\s*[,:—–]\\1|\\1\\s*[,:—–])\\s*`,
);
/**
 * An ordinal that opens a later sentence, with the end of the sentence before it (group 1 is the
 * ordinal). Not a look-behind: a pattern that starts with the sentence's stop is searched for that
 * one character, which is fast on the many paragraphs without ordinals.
 */
const SENTENCE_ORDINAL = new RegExp(`[.!?:]["”’)]?\\s+${ORDINAL_WORD}(?=\\s*[,:—–])`, 'g');
/** "Recommendation 3:", "## Proposal 2 —", "**Step 1**:" or "**Recommendation 1:**" (the stop inside the emphasis). */
const HEADED =
  /^(?:#{1,6}\s+)?([*_]{0,2})((?:Recommendation|Proposal|Policy option|Option|Step|Measure)\s+(\d{1,3}|[A-Z]))(?:\1\s*[:.—–-]|\s*[:.—–-]\1)\s*/i;

/**
 * A headed marker inside a lead-in in strong emphasis, the proposal's own title after it: "**Recommendation
 * 1: Create a reinsurance pool.** The EU should …" (the emphasis closes after the title, which
 * `leadInOf` reads); a stop closes that title, as a lead-in's: "**Step 1: more work is needed** on …" is none.
 */
const HEADED_IN_LEAD_IN = /^(?:#{1,6}\s+)?(\*\*|__)((?:Recommendation|Proposal|Policy option|Option|Step|Measure)\s+(\d{1,3}|[A-Z]))\s*[:.—–-]\s+(?=[^*_\n]{1,120}?(?:[.:!?]\1|\1(?:[.:]|\s+[—–-])))/i;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

function ordinalValue(word: string): { value: number | 'last'; closes: boolean } {
  const lower = word.toLowerCase();
  if (lower.startsWith('first and foremost')) return { value: 1, closes: false };
  if (lower === 'finally' || lower === 'lastly' || lower.startsWith('last but')) return { value: 'last', closes: true };
  // "third, and finally": the ordinal is the first word, whatever follows its comma
  const base = lower.split(/[\s,]+/)[0]!.replace(/ly$/, '');
  return { value: ORDINALS[base] ?? 1, closes: /\band (?:finally|lastly|last)$/.test(lower) };
}

function ordinalMarker(text: string, at: number): MarkerInfo | undefined {
  const m = ORDINAL_OPENER.exec(text.slice(at));
  if (!m) return undefined;
  const word = m[2]!;
  const wordStart = at + m[1]!.length;
  const { value, closes } = ordinalValue(word + (m[3] ?? ''));
  return { style: 'ordinal', value, closes, text: word, start: wordStart, end: wordStart + word.length, bodyStart: at + m[0].length };
}

/** The roman numerals a list marker may be: i–iii, iv, v, vi–viii, ix, x. */
const LIST_ROMAN = /^(?:i{1,3}|iv|v|vi{1,3}|ix|x)$/;
const isLowerAscii = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** i, v or x. */
const isRomanLetter = (c: number) => c === 105 || c === 118 || c === 120;
const isStopAt = (text: string, i: number) => text.charCodeAt(i) === 46 /* . */ || text.charCodeAt(i) === 41 /* ) */;

/**
 * The list marker that opens `text` after white space: a bullet (-, *, +, •), a number of up to three
 * digits, a letter or a roman numeral up to x, each with a stop or a closing bracket ("3.", "b)",
 * "iv."), or in brackets ("(12)", "(a)", "(iv)"); a letter comes before a numeral ("i." is a letter;
 * the sequence pass may read it as a numeral). Read by character codes: every list item passes
 * here, and a pattern's match of six groups was the largest allocation in a 1 MB list.
 */
function readListMarker(text: string): { style: MarkerStyle; value: MarkerInfo['value']; start: number; end: number } | undefined {
  let i = 0;
  while (i < text.length && isSpaceAt(text, i)) i++;
  const start = i;
  const c = text.charCodeAt(i);
  if (c === 45 /* - */ || c === 42 /* * */ || c === 43 /* + */ || c === 0x2022 /* • */) return { style: 'bullet', value: undefined, start, end: i + 1 };
  const bracket = c === 40 /* ( */;
  const from = bracket ? i + 1 : i;
  let digits = from;
  while (digits < from + 3 && isDigit(text.charCodeAt(digits))) digits++;
  if (digits > from) return isStopAt(text, digits) ? { style: 'number', value: Number(text.slice(from, digits)), start, end: digits + 1 } : undefined;
  // "(a)", else "a." or "a)", else a roman numeral, "(iv)" or "iv."
  if (bracket && isLowerAscii(text.charCodeAt(from)) && text.charCodeAt(from + 1) === 41) return { style: 'letter', value: text.charCodeAt(from) - 96, start, end: from + 2 };
  if (!bracket && isLowerAscii(c) && isStopAt(text, i + 1)) return { style: 'letter', value: c - 96, start, end: i + 2 };
  let letters = from;
  while (letters < from + 4 && isRomanLetter(text.charCodeAt(letters))) letters++;
  if (letters === from || !isStopAt(text, letters)) return undefined;
  const numeral = text.slice(from, letters);
  return LIST_ROMAN.test(numeral) ? { style: 'roman', value: ROMAN[numeral], start, end: letters + 1 } : undefined;
}

/** The marker `readListMarker` reads, followed by white space, with where its proposal's own text starts. */
export function listMarker(text: string): MarkerInfo | undefined {
  const read = readListMarker(text);
  // the marker is followed by white space, which the proposal's own text starts after
  if (read === undefined || !isSpaceAt(text, read.end)) return undefined;
  let bodyStart = read.end + 1;
  while (bodyStart < text.length && isSpaceAt(text, bodyStart)) bodyStart++;
  const { style, value, start, end } = read;
  // one literal rather than a spread of shared fields: every list item passes here
  return { style, value, closes: false, text: text.slice(start, end), start, end, bodyStart };
}

/**
 * "Recommendation: support …", "**Proposal:** Convene …": a label without a number, which its place
 * numbers as a bullet's does. Only these two words, and only with a colon or a dash and text after
 * it on the line: "Step:" or "Option:" alone label other things.
 */
const HEADED_UNNUMBERED = /^(?:#{1,6}\s+)?([*_]{0,2})(Recommendation|Proposal)(?:\1\s*[:—–]|\s*[:—–]\1)[ \t]*(?=[^\s*_])/i;

/** "#", "*", "_" or white space, which may come before a headed marker's label. */
function isHashEmphasisOrSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 35 /* # */ || c === 42 /* * */ || c === 95 /* _ */ || isSpaceAt(text, i);
}

/**
 * Whether `text` may open with a label of `HEADED`, `HEADED_IN_LEAD_IN` or `HEADED_UNNUMBERED`:
 * past any "#", "*", "_" and white space, its first letter is one a label starts with (R, P, O, S
 * or M, in either case; ASCII only, as those patterns' case-insensitive match is). Most blocks
 * start otherwise, and every list item with its marker: over the blocks of 1 MB the three patterns
 * took 0.24 ms in prose and 0.79 in a treaty text, with this test first 0.09 and 0.23.
 */
function mayOpenWithLabel(text: string): boolean {
  let i = 0;
  while (i < text.length && isHashEmphasisOrSpaceAt(text, i)) i++;
  const lower = codeAt(text, i) | 32;
  return lower === 114 /* r */ || lower === 112 /* p */ || lower === 111 /* o */ || lower === 115 /* s */ || lower === 109 /* m */;
}

function headedMarker(text: string): MarkerInfo | undefined {
  if (!mayOpenWithLabel(text)) return undefined;
  const m = HEADED.exec(text) ?? HEADED_IN_LEAD_IN.exec(text);
  if (!m) return unnumberedHeadedMarker(text);
  const label = m[2]!;
  const start = text.indexOf(label);
  const numberText = m[3]!;
  const value = /\d/.test(numberText) ? Number(numberText) : numberText.toUpperCase().charCodeAt(0) - 64;
  return { style: 'headed', value, closes: false, text: label, start, end: start + label.length, bodyStart: m[0].length };
}

function unnumberedHeadedMarker(text: string): MarkerInfo | undefined {
  const m = HEADED_UNNUMBERED.exec(text);
  if (!m) return undefined;
  const label = m[2]!;
  const start = text.indexOf(label);
  return { style: 'headed', value: undefined, closes: false, text: label, start, end: start + label.length, bodyStart: m[0].length };
}

/** A numbered heading: "### 2. Reopen talks", "## **3)** Fund the mission". */
const NUMBERED_HEADING = /^#{1,6}\s+([*_]{0,2})(\d{1,2})[.)]\1\s+/;

function sectionMarker(text: string): MarkerInfo | undefined {
  const m = NUMBERED_HEADING.exec(text);
  if (!m) return undefined;
  const start = m[0].indexOf(m[2]!);
  // the number and its stop, "2." or "2)"
  const label = text.slice(start, start + m[2]!.length + 1);
  return { style: 'section', value: Number(m[2]), closes: false, text: label, start, end: start + label.length, bodyStart: m[0].length };
}

const OPERATIVE_OPENER = new RegExp(`^([*_]{0,2})(${OPERATIVE_VERBS})\\1\\s`);

/** The implicit marker of a paragraph with none: its operative verb, or (if `firstWord`) its first word. */
export function implicitMarker(text: string, firstWord: boolean): MarkerInfo | undefined {
  const operative = OPERATIVE_OPENER.exec(text);
  if (operative) {
    const start = operative[1]!.length;
    return { style: 'operative', value: undefined, closes: false, text: operative[2]!, start, end: start + operative[2]!.length, bodyStart: 0 };
  }
  if (!firstWord) return undefined;
  const word = /^[*_]{0,2}([\p{L}][\p{L}'’-]*)/u.exec(text);
  if (!word) return undefined;
  const start = word[0].length - word[1]!.length;
  return { style: 'paragraph', value: undefined, closes: false, text: word[1]!, start, end: word[0].length, bodyStart: 0 };
}

/**
 * The proposal markers of one block: the one that opens it ("First,", "2.", "Recommendation 3:")
 * and any ordinal that opens a later sentence of the same paragraph. A paragraph with none of these
 * gets its implicit marker, its first word, unless `firstWord` is false (the block scan asks for it
 * only when needed).
 */
export function findMarkers(text: string, kind: BlockKind, firstWord = true): readonly MarkerInfo[] {
  if (kind === 'code' || kind === 'comment' || kind === 'frontmatter') return NO_MARKERS;
  // most blocks have no marker, and the block scan asks every block: they share one empty list
  let markers: MarkerInfo[] | undefined;
  let opening = headedMarker(text) ?? (kind === 'item' ? listMarker(text) : kind === 'heading' ? sectionMarker(text) : undefined);
  const ordinal = kind === 'heading' ? undefined : ordinalMarker(text, opening?.bodyStart ?? 0);
  // "- **First**, …": a bullet numbers nothing, the ordinal after it does
  if (ordinal && opening?.style === 'bullet') opening = undefined;
  if (opening) markers = [opening];
  else if (ordinal) markers = [ordinal];
  const bodyStart = opening?.bodyStart ?? 0;
  // a paragraph is searched once for both a later sentence's ordinal and a performative verb: most
  // have neither, and the one search costs less than the two (1.05 rather than 2.4 ms a MB of prose)
  const mayHaveEither = kind === 'item' || (kind === 'paragraph' && ORDINAL_OR_VERB.test(text));
  if (mayHaveEither) {
    SENTENCE_ORDINAL.lastIndex = 0;
    for (let m = SENTENCE_ORDINAL.exec(text); m; m = SENTENCE_ORDINAL.exec(text)) {
      const at = m.index + m[0].length - m[1]!.length;
      if (at <= bodyStart) continue;
      const found = ordinalMarker(text, at);
      if (found) (markers ??= []).push(found);
    }
  }
  // two ordinals or more, so "first" or "second" among them (one quick pass before the pattern runs)
  if ((kind === 'paragraph' || kind === 'item') && hasCommaFirstOrSecond(text)) {
    const inSentence = modalOrdinals(text, bodyStart);
    if (inSentence) markers = markers ? [...markers, ...inSentence].sort((a, b) => a.start - b.start) : inSentence;
  }
  if (markers === undefined && kind === 'paragraph' && mayHaveEither) markers = performativeMarkers(text);
  if (markers === undefined && kind === 'paragraph') {
    const implicit = implicitMarker(text, firstWord);
    if (implicit) markers = [implicit];
  }
  return markers ?? NO_MARKERS;
}

/**
 * What a later sentence's ordinal (`SENTENCE_ORDINAL`) or a performative proposal needs: a stop
 * before one of the ordinals' first words, or one of the verbs after "we" or "I" and the adverbs
 * `PERFORMATIVE_OPENING` and `CLAUSE_OPENING` allow. Only a test that rules both out: searched
 * from "we" rather than from the verbs, whose first letters are common, it takes 1.05 rather than
 * 1.7 ms a MB of prose.
 */
const ORDINAL_OR_VERB =
  /[.!?:]["”’)]?\s+(?:F(?:irst|ifth|inally|ourth)|S(?:econd|ixth|eventh)|T(?:hird|enth)|Eighth|Ninth|Last)|(?:[Ww]e|I)\s+(?:(?:also|further|strongly|therefore|thus|hereby|now|again|would|respectfully)\s+){0,2}(?:propose|recommend|urge|call\s+(?:on|upon))/;

/** The verbs with which writers make a proposal in so many words, searched for first. */
const PERFORMATIVE_VERB = /\b(?:propose|recommend|urge|call\s+(?:on|upon))\b/g;
/**
 * What opens the sentence before such a verb when the writers propose: "We propose that ECOWAS
 * offer …", "I recommend a summit …", "For these reasons, we urge Washington to …", "We therefore
 * call on …". Not "we proposed" (the verb's own word ends there), not a question ("Why do we
 * propose …?" opens otherwise). `ORDINAL_OR_VERB` repeats its "we" and adverbs: change both.
 */
const PERFORMATIVE_OPENING = /^[*_]{0,2}(?:[A-Z][^.!?,;:\n]{0,60},\s+)?(?:[Ww]e|I)\s+(?:(?:also|further|strongly|therefore|thus|hereby|now|again|would|respectfully)\s+){0,2}$/;
/**
 * The same opening after ", and" or a semicolon, where a statement attaches its call to an
 * observation: "Talks on access have resumed, and we call on the Houthis to …", "…; we urge …".
 * Tested on the text just before the verb; the proposal starts at "we".
 */
const CLAUSE_OPENING = /(?:,\s+and|;)\s+((?:[Ww]e|I)\s+(?:(?:also|further|strongly|therefore|thus|now|again|would|respectfully)\s+){0,2})$/;
/** After the verb, an announcement of the proposals that follow ("We propose four steps.", "We recommend the following.") or a reference to earlier ones ("We recommend (1) and (2) now"). */
const NOT_PROPOSED_AFTER = /^\s+(?:\(|the following|these|several|a few|a number of|a set of|a series of|some|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b)/;
/** The longest opening PERFORMATIVE_OPENING allows, which bounds the search back for the sentence's start. */
const LONGEST_OPENING = 110;

/**
 * The performative proposals of a paragraph, one per sentence that makes one. None in a paragraph
 * that ends with a colon: "We recommend the following:" introduces the proposals after it. The
 * verbs are searched for, then the sentence's opening before each is read: a pattern that looked
 * for a sentence's start at every position took 3 ms a megabyte.
 */
export function performativeMarkers(text: string): MarkerInfo[] | undefined {
  if (endsWithColonAt(text)) return undefined;
  let found: MarkerInfo[] | undefined;
  PERFORMATIVE_VERB.lastIndex = 0;
  for (let m = PERFORMATIVE_VERB.exec(text); m; m = PERFORMATIVE_VERB.exec(text)) {
    const verbEnd = m.index + m[0].length;
    const sentence = sentenceStartWithin(text, m.index);
    let start = sentence;
    if (start >= 0 && !PERFORMATIVE_OPENING.test(text.slice(start, m.index))) {
      // "…, and we call on …", "…; we urge …": the proposal is the clause, its sentence ends the one before
      const clause = CLAUSE_OPENING.exec(text.slice(Math.max(start, m.index - 40), m.index));
      start = clause ? m.index - clause[1]!.length : -1;
    }
    if (start < 0) continue;
    if (NOT_PROPOSED_AFTER.test(text.slice(verbEnd, verbEnd + 24)) || ANNOUNCES.test(text.slice(verbEnd, sentenceEndFrom(text, verbEnd)))) continue;
    (found ??= []).push({ style: 'performative', value: undefined, closes: false, text: text.slice(start, verbEnd), start, end: verbEnd, bodyStart: start, sentenceStart: sentence });
    // "We call on Iran to engage … and on all parties to refrain …": the second addressee's demand is a proposal of its own
    const also = m[0].charCodeAt(0) === 99 /* c */ ? CALLED_TOO.exec(text.slice(verbEnd, sentenceEndFrom(text, verbEnd))) : null;
    if (also) {
      const at = verbEnd + also.index + 1;
      const end = at + also[1]!.trimEnd().length;
      found.push({ style: 'performative', value: undefined, closes: false, text: text.slice(at, end), start: at, end, bodyStart: at, sentenceStart: at });
    }
  }
  return found;
}

/**
 * A second addressee of the same call, with its own infinitive: "… and on all parties to refrain
 * from …" after "We call on Iran to engage …". Not "and on that basis to …", nor "and on behalf of …".
 */
const CALLED_TOO = /\s(and\s+(?:also\s+)?(?:on|upon)\s)(?!(?:the|that|this|its|their)\s+basis\b|behalf\b)[^.;:!?,]{1,80}?\sto\s+[a-z]/;

/**
 * Where the sentence that holds `at` starts: the text's start, or past a stop, a closing quote or
 * bracket and white space; -1 when no start lies within LONGEST_OPENING characters before `at`.
 */
function sentenceStartWithin(text: string, at: number): number {
  const limit = Math.max(0, at - LONGEST_OPENING);
  for (let i = at; i > limit; i--) {
    if (!isSpaceAt(text, i - 1)) continue;
    let j = i - 1;
    while (j > 0 && isSpaceAt(text, j - 1)) j--;
    let stop = j - 1;
    if (stop >= 0 && CLOSING.has(text.charCodeAt(stop))) stop--;
    if (stop >= 0 && isStopCode(text.charCodeAt(stop))) return i;
  }
  return limit === 0 ? 0 : -1;
}
/** A closing quote or bracket, which may stand between a stop and the next sentence. */
const CLOSING = new Set([0x22, 0x201d, 0x2019, 0x29]);

/** A count of the proposals to come: "We call on the parties to act on four points." introduces them. */
const ANNOUNCES =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[a-z-]+\s+)?(?:points|steps|measures|proposals|recommendations|priorities|areas|actions|things|ways|principles|elements|fronts|tracks|changes|ideas|reforms|tasks|lines)\b|\bone\s+(?:[a-z-]+\s+)?(?:point|step|measure|proposal|recommendation|priority|action|change|idea|reform)\s*$|\bthe following\b/;

/** Where the sentence that goes on at `from` ends: at its stop, else at the end of `text`. */
function sentenceEndFrom(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (isStopCode(text.charCodeAt(i)) && (i + 1 === text.length || isSpaceAt(text, i + 1))) return i;
  return text.length;
}

/** Whether `text` ends with a colon, white space aside. */
function endsWithColonAt(text: string): boolean {
  let i = text.length;
  while (i > 0 && isSpaceAt(text, i - 1)) i--;
  return text.charCodeAt(i - 1) === 58;
}

const NO_MARKERS: readonly MarkerInfo[] = EMPTY_LIST;

/**
 * An ordinal set off by commas after a modal, as a speech numbers its proposals inside sentences:
 * "We should, first, conclude the code … We should, second, open a hotline …". Searched from the
 * comma; the modal before it is checked in place.
 */
const COMMA_ORDINAL = /,\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|finally|lastly)(?:ly)?,\s+(?=[a-z])/g;

/**
 * Whether `text` holds ", first" or ", second", with the white space `COMMA_ORDINAL` allows after
 * the comma, as `/,\s+(?:first|second)/` tests: from comma to comma by `indexOf`, which finds a
 * character faster than the pattern searches (0.2 rather than 0.6 ms a MB of prose).
 */
function hasCommaFirstOrSecond(text: string): boolean {
  for (let comma = text.indexOf(','); comma !== -1; comma = text.indexOf(',', comma + 1)) {
    let i = comma + 1;
    // no read past the text's end (a resolution's preambular paragraphs end with a comma): one
    // makes V8 compile these reads, in every copy inlined, as calls to a builtin
    if (i >= text.length || !isSpaceAt(text, i)) continue;
    while (i < text.length && isSpaceAt(text, i)) i++;
    if (i === text.length) return false;
    const c = text.charCodeAt(i);
    if ((c === 102 /* f */ && text.startsWith('first', i)) || (c === 115 /* s */ && text.startsWith('second', i))) return true;
  }
  return false;
}
const MODAL_BEFORE_COMMA = /\b(?:should|must|will|shall|need to|have to|ought to|can)$/;

/** The ordinals of `COMMA_ORDINAL` after `from`, when there are at least two: one alone is a way of speaking ("we must, first, understand …"). */
function modalOrdinals(text: string, from: number): MarkerInfo[] | undefined {
  let found: MarkerInfo[] | undefined;
  // a sentence starts after the last marker at the earliest: the search back stops there, or a
  // paragraph of thousands of such ordinals without a full stop was searched to its start for each
  let notBefore = from;
  COMMA_ORDINAL.lastIndex = from;
  for (let m = COMMA_ORDINAL.exec(text); m; m = COMMA_ORDINAL.exec(text)) {
    if (!MODAL_BEFORE_COMMA.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const word = m[1]!;
    const start = m.index + m[0].indexOf(word);
    const { value, closes } = ordinalValue(word);
    let sentenceStart = sentenceStartAfter(text, notBefore, m.index, true);
    while (sentenceStart < m.index && isSpaceAt(text, sentenceStart)) sentenceStart++;
    notBefore = m.index + m[0].length;
    // the body is the whole clause, whose subject comes before the ordinal: "The Council should, first, adopt …"
    (found ??= []).push({ style: 'ordinal', value, closes, text: word, start, end: start + word.length, bodyStart: sentenceStart, sentenceStart });
  }
  return found && found.length >= 2 ? found : undefined;
}

const CUE_WORDS =
  /\b(propos\w*|recommend\w*|should|must|ought|steps?|measures|following|urge\w*|call(?:s|ed)? (?:on|upon)|options|actions|priorities|we ask|needs to|need to)\b/i;
/** A heading over proposals: "Recommendations", "What the Council should do", "How Europe should respond", "The Council should:", an NGO report's "To the Government of Israel". */
const HEADING_CUE =
  /\b(recommendations?|proposals?|policy options|next steps|the way forward|what to do|(?:what|how) .{1,40} (?:should|must|can|could) \w+|steps)\b|\b(?:should|must|ought to|needs? to)\s*:?[*_]{0,2}\s*$|^#{1,6}\s+[*_]{0,2}To\s+(?!(?:be|sum|conclude|summari[sz]e|date|this|that|what|how|keep|make)\b)(?:the\s+|all\s+)?\p{L}/iu;

/** A question that asks what someone should do, which proposals answer; group 1 is who ("What should Europe do …?", "So how should NATO respond?"). */
export const QUESTION_INTRO = /^(?:so,?\s+|then,?\s+)?(?:what|how)\s+(?:should|must|can|could|ought)\s+(.{1,60}?)\s+(?:to\s+)?(?:do|respond|act|proceed|react|answer)\b[^?]{0,80}\?$/i;

/** A full stop, an exclamation mark or a question mark. */
const isStopCode = (c: number) => c === 46 || c === 33 || c === 63;

/**
 * Where the sentence that holds `at` starts: after the last ".", "!" or "?" before it, not before
 * `notBefore`; with `clause`, after a ";" too ("… aid workers; and it should, second, review …").
 * Found backwards (a pattern searched forwards took time quadratic in a long paragraph without stops).
 */
function sentenceStartAfter(text: string, notBefore: number, at: number, clause = false): number {
  let i = at;
  while (i > notBefore && !isStopCode(text.charCodeAt(i - 1)) && !(clause && text.charCodeAt(i - 1) === 59 /* ; */)) i--;
  return i;
}

/** The text's last full stop, "!" or "?": one with none after it. */
const LAST_STOP = /[.!?][^.!?]*$/g;
/** How far from the end `lastSentenceStart` searches with `LAST_STOP` (a long paragraph's last sentence is found as fast). */
const LAST_STOP_REACH = 256;

/**
 * Where the text's last sentence starts: after its last stop in the last `LAST_STOP_REACH`
 * characters, found by `LAST_STOP`, which reads a slice of the document three times as fast as a
 * `charCodeAt` loop (treaty items that end with a colon, 2,100 a MB: 0.64 -> 0.22 ms); else a
 * character at a time back from there.
 */
function lastSentenceStart(text: string): number {
  const from = Math.max(0, text.length - LAST_STOP_REACH);
  LAST_STOP.lastIndex = from;
  const stop = LAST_STOP.exec(text);
  return stop ? stop.index + 1 : sentenceStartAfter(text, 0, from);
}

/** Whether a block introduces a list of proposals: it ends with a colon and speaks of proposing. */
export function introducesProposals(text: string, kind: BlockKind): boolean {
  if (kind === 'heading') return HEADING_CUE.test(text);
  const trimmed = text.trimEnd();
  // "What should Europe do before the winter?": a question that the proposals after it answer
  if (trimmed.endsWith('?')) return QUESTION_INTRO.test(trimmed.slice(lastSentenceStart(trimmed.slice(0, -1))).trimStart());
  // "We propose two steps.": a count of what is proposed introduces the items that follow as a colon
  // would (most paragraphs end with a stop, so the noun at the end is looked for first)
  if (trimmed.endsWith('.')) return mayEndWithCounted(trimmed) && COUNTED_AT_END.test(trimmed.slice(-30)) && ANNOUNCES_COUNT.test(trimmed.slice(lastSentenceStart(trimmed.slice(0, -1))).trimStart());
  if (!trimmed.endsWith(':')) return false;
  const last = trimmed.slice(lastSentenceStart(trimmed));
  return CUE_WORDS.test(last) && !RECORDS_DONE.test(last) && !DESCRIBES_TEXT.test(last.trimStart());
}

/**
 * A sentence that says what a resolution or decision does, whose list then sums up that text
 * rather than proposing: "The resolution adopted today does two things.", "Resolution 2231 contains
 * the following:", "The text we adopted sets out three steps." Not one that says what it should do
 * ("The resolution should do two things:").
 */
const DESCRIBES_TEXT =
  /^(?:(?:the|this|today's)\s+(?:draft\s+)?(?:resolution|decision|declaration|text)|(?:(?:security\s+council|general\s+assembly)\s+)?resolution\s+[\d/-]+)\b(?:(?!\b(?:should|must|ought|needs?)\b)[^.;:]){0,60}?\b(?:does|contains|sets\s+out|provides\s+for|includes|comprises|consists\s+of|makes)\b/i;

/**
 * Whether the last sentence of a paragraph says what a resolution or decision does (see
 * `DESCRIBES_TEXT`): the list after it sums that text up ("1. It requests the Director General …").
 */
export function describesText(text: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed.length > 0 && DESCRIBES_TEXT.test(trimmed.slice(lastSentenceStart(trimmed.slice(0, -1))).trimStart());
}

/**
 * A record of what was done, whose list names things signed or adopted rather than proposals: "The
 * following documents were signed:", "The leaders witnessed the exchange of the following
 * documents:", "The two sides concluded the following agreements:".
 */
const RECORDS_DONE =
  /\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:signed|adopted|concluded|exchanged|initiall?ed|ratified)\b|\b(?:signed|adopted|concluded|exchanged|initiall?ed|ratified|witnessed\s+the\s+(?:signing|exchange)\s+of)\s+the\s+following\b/i;

/** What an announcement counts: "steps", "measures" … (the singular after "one"). */
const COUNTED = String.raw`steps?|measures?|proposals?|recommendations?|actions?|priorit(?:y|ies)|ideas?|changes?|reforms?|options|principles|moves?`;
/** The noun `ANNOUNCES_COUNT` ends with, perhaps before "below", and its stop. */
const COUNTED_AT_END = new RegExp(String.raw`(?:${COUNTED})(?:\s+below)?\.$`, 'i');
/**
 * The last two letters, in lowercase, of each noun `COUNTED` names and of "below", as first × 256 +
 * second (change with `COUNTED`).
 */
const COUNTED_ENDINGS = new Set(
  ['ps', 'ep', 'es', 're', 'ls', 'al', 'ns', 'on', 'ty', 'as', 'ea', 'ge', 'ms', 'rm', 've', 'ow'].map((e) => e.charCodeAt(0) * 256 + e.charCodeAt(1)),
);

/**
 * Whether the two letters before the stop that ends `text` may end `COUNTED_AT_END`'s noun or its
 * "below" (ASCII letters, as that pattern's case-insensitive match reads them): a test of codes
 * before the pattern, which tried each of the last 30 positions of almost every paragraph
 * (0.35 % of a full analysis of prose); two paragraphs in three end otherwise.
 */
function mayEndWithCounted(text: string): boolean {
  const n = text.length;
  // `| 32` makes an ASCII capital lowercase and leaves every other code outside a–z
  return n >= 3 && COUNTED_ENDINGS.has((text.charCodeAt(n - 3) | 32) * 256 + (text.charCodeAt(n - 2) | 32));
}

/**
 * A sentence that says how many proposals follow: "We propose two steps.", "This paper recommends
 * three practical measures.", "We make two recommendations.", "This report makes two
 * recommendations.", "We set out two recommendations below."
 */
const ANNOUNCES_COUNT = new RegExp(
  String.raw`^(?:we|i|this\s+(?:paper|brief|report|memo|note|article))\s+(?:therefore\s+|also\s+|now\s+)?(?:propose|recommend|suggest|offer|make|set\s+out|outline)s?\s+(?:the\s+following\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\p{Ll}-]+\s+){0,2}|one\s+(?:[\p{Ll}-]+\s+)?)(?:${COUNTED})(?:\s+below)?\.$`,
  'iu',
);

const DEONTIC =
  /(?<!\b(?:has|have|had|was|were|been)\s+)\b(should|must|ought to|needs? to|has to|have to|will have to|would have to|shall|commit\w*|propos\w+|recommend\w*|urges?|calls? (?:on|upon)|demands?|decides?|requests?|instructs?|encourages?|invites?|authori[sz]es?|condemns?|welcomes?|offer\w*|we (?:seek|want|ask|will|shall|intend to|are ready to|stand ready to|pledge))\b/i;

/**
 * A resolution's "Calls for …" opening the paragraph: the body adopting the text asks, as with
 * "Calls on" (DEONTIC); only there, since elsewhere "calls for" reports ("the plan calls for cuts").
 */
const CALLS_FOR_OPENS = /^\s*[*_]{0,2}Calls for\s/;

/** A submission's "That you agree to …", "We recommend" left unsaid. */
const THAT_YOU_OPENS = /^\s*[*_]{0,2}That\s+you\s/;

/** A modal that asks, or the speakers recommending: what a second sentence needs to make a paragraph a recommendation. */
const ASKS = /\b(?:should|must|ought to|needs? to)\b|^we\s+(?:(?:also|further|strongly|therefore)\s+)?(?:recommend|urge|call\s+(?:on|upon))\b/i;

/**
 * Whether the proposal text reads as a recommendation rather than a report of facts: its first
 * sentence, or (`secondSentence`) the second after a finding, as a committee report's numbered
 * paragraphs run ("The Government's engagement has been sporadic. The FCDO should publish a
 * strategy."). The paragraph under a numbered heading is read by its first sentence only: the
 * second of a report's "## 1. Purpose of the inquiry" may well say what someone should do.
 */
export function readsAsRecommendation(body: string, secondSentence = true): boolean {
  const { first, second } = firstTwoSentences(body);
  if (DEONTIC.test(first) || STARTS_WITH_BASE_VERB_ANY_CASE.test(first.trimStart()) || THAT_YOU_OPENS.test(first) || CALLS_FOR_OPENS.test(first)) return true;
  return secondSentence && second !== undefined && ASKS.test(second) && !second.trimEnd().endsWith(':');
}

/**
 * The first two sentences of the first 600 characters of `body`, cut at white space after a stop
 * and before a capital, as `split(/(?<=[.!?])\s+(?=[A-Z])/, 2)` would cut them; found without the
 * list of pieces, since every list item is read so.
 */
export function firstTwoSentences(body: string): { readonly first: string; readonly second: string | undefined } {
  const head = body.length > 600 ? body.slice(0, 600) : body;
  const firstEnd = sentenceBreak(head, 0);
  if (firstEnd === -1) return { first: head, second: undefined };
  let secondStart = firstEnd;
  while (isSpaceAt(body, secondStart)) secondStart++;
  const secondEnd = sentenceBreak(head, secondStart);
  return { first: body.slice(0, firstEnd), second: body.slice(secondStart, secondEnd === -1 ? head.length : secondEnd) };
}

/** White space after a stop (. ! ?) and before an ASCII capital. */
const SENTENCE_BREAK = /[.!?]\s+(?=[A-Z])/g;

/**
 * Where the first sentence break (see `SENTENCE_BREAK`) in `text` at `from` or after starts: at its
 * white space; -1 for none. By a pattern: a loop of `charCodeAt` over a list item's text, a slice of
 * the document, took four times as long.
 */
function sentenceBreak(text: string, from: number): number {
  // the stop stands before the white space
  SENTENCE_BREAK.lastIndex = from > 0 ? from - 1 : 0;
  const found = SENTENCE_BREAK.exec(text);
  return found === null ? -1 : found.index + 1;
}
