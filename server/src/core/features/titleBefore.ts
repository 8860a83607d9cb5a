import { MONTH_PATTERN } from '../dates';
import { asciiLettersFirst } from '../text/asciiLettersFirst';
import { INTELLIGENCE_SERVICES } from '../kb/officeTitles';
import { lineBreakSpaces } from '../text/lineBreakSpaces';
import { oneLine } from '../text/oneLine';
import { asciiWordHashes } from '../kb/wordHash';

/** A title as words, each gap a space, as the office checks read it; its offsets are the written title's. */
export const titleAsWords = (title: string): string => oneLine(title);

/** The titles the office checks read, longest first where one begins another. */
const TITLES_WRITTEN = String.raw`Head of the Office of the President|President|Vice[- ]President|Prime Minister|Deputy Prime Minister|Foreign Minister|Defen[cs]e Minister|Minister of Foreign Affairs|Minister of Defen[cs]e|Foreign Secretary|Defence Secretary|Secretary of State|Secretary of Defense|Secretary of War|Secretary of (?:the )?(?:Treasury|Homeland Security|Commerce|Energy|Health and Human Services|Agriculture|Labor|Education|Transportation|Interior|Veterans Affairs|Housing and Urban Development)|War Secretary|Secretary-General|Secretary General|Secretary|Chancellor|Minister|Premier|Taoiseach|T[áa]naiste|King|Queen|Ambassador to the (?:UN|U\.N\.|United Nations)|Permanent Representative to the (?:UN|U\.N\.|United Nations)|Permanent Representative|Ambassador|Senator|Speaker|High Representative|Special Representative|Special Envoy|High Commissioner for (?:Refugees|Human Rights)|High Commissioner|Emergency Relief Coordinator|Director of National Intelligence|Director of the CIA|(?:${INTELLIGENCE_SERVICES}) Director|Director-General|Director General|Executive Director|Commissioner-General|Commissioner|Supreme Leader|Majority Leader|Minority Leader|Crown Prince|Emir|National Security Advis[eo]r|Chairman|Chairwoman|Chairperson|Chair|Supreme Allied Commander Europe|SACEUR|General|Admiral|(?:foreign policy |refugee |(?:human )?rights |aid |humanitarian |relief |nuclear watchdog |intelligence |spy )?chief`;
// a space between a title's words may be a line break, where hard-wrapped text breaks a title
// across lines ("Secretary of" at a line's end, "State Antony Blinken" on the next)
const TITLES = lineBreakSpaces(TITLES_WRITTEN);

/** When the holder held it ("former", "acting" …), written before the title; the patterns that ignore case use it as it is. */
const QUALIFIERS = ['former', 'then', 'current', 'acting', 'incoming', 'outgoing', 'ex-', 'late'];
/**
 * Up to two capitalized words or dotted abbreviations before a title that say whose office it is
 * ("UK", "U.S.", "European Council", "MI6"); not a month or a day, which dates what follows ("In late July
 * Polish Prime Minister …").
 */
const WHOSE = String.raw`(?:(?!(?:${MONTH_PATTERN}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?:[\p{Lu}][\p{L}\p{Nd}]+|[\p{Lu}](?:\.[\p{Lu}])+\.)\s+){0,2}`;
/** A qualifier, capitalized or not ("former", "Acting"). */
const CASED_QUALIFIER = String.raw`(?:\b(?:${QUALIFIERS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})\s+)?`;
/** A qualifier, then whose office it is: what may come before a title written before a name. */
const CASED_LEAD = `${CASED_QUALIFIER}${WHOSE}`;

/**
 * Titles written before a person's name, kept for the office-holder checks, with up to two words
 * before them that say whose office it is ("UK Prime Minister", "U.S. Secretary of State", "European
 * Council President"): words or abbreviations with inner periods, not the last word of the sentence
 * before ("… bin Salman. President"). Also the press's "chief" of an organization or a field ("NATO
 * chief", "UN refugee chief"), which `titleFamilies` reads only with the words that say which.
 */
export const TITLE_BEFORE = new RegExp(
  asciiLettersFirst(String.raw`${CASED_LEAD}(?:${TITLES})\s+$`),
  'u',
);

/**
 * A Commissioner's title with the portfolio before the name, its words capitalized: "European
 * Commissioner for Trade Valdis Dombrovskis", "Commissioner for Trade and Economic Security Maroš
 * Šefčovič", "Commissioner for the Mediterranean Dubravka Šuica". Only "European" or "EU" before
 * it: "Council of Europe Commissioner for Human Rights" is another office, "Commissioner for Human
 * Rights". In any case and in apposition, OF_TAIL reads "the commissioner for trade".
 */
const COMMISSIONER_FOR_BEFORE = new RegExp(
  lineBreakSpaces(
    String.raw`${CASED_QUALIFIER}(?:(?:European|EU)\s+)?Commissioner for (?:the )?\p{Lu}[\p{L}'’-]*(?:,? (?:and |the )?\p{Lu}[\p{L}'’-]*| of (?:the )?\p{Lu}[\p{L}'’-]*){0,5}\s+$`,
  ),
  'u',
);

/**
 * The same titles in lowercase, as much of the press writes them before a name ("former foreign
 * minister Hossein Amir-Abdollahian", "finance minister Avigdor Lieberman"): titles of two words or
 * more, a minister's with the common portfolios, and "president" and "chancellor"; a lowercase
 * "minister" or "general" alone says too little.
 */
const LOWER_TITLES = lineBreakSpaces(String.raw`president|vice[- ]president|prime minister|deputy prime minister|foreign minister|defen[cs]e minister|(?:finance|economy|interior|home|justice|health|environment|climate|energy|trade|education|agriculture|transport|labou?r|industry|development) minister|foreign secretary|defence secretary|secretary of state|secretary of defense|secretary of war|secretary[- ]general|high representative|special representative|special envoy|high commissioner|director[- ]general|director of national intelligence|national security advis[eo]r|chancellor`);
const TITLE_BEFORE_LOWER = new RegExp(
  String.raw`${CASED_LEAD}(?:${LOWER_TITLES})\s+$`,
  'u',
);

/**
 * What an office is of, after its title in apposition: "President of the European Council", "president of Russia" (checked to be capitalized in code: the patterns ignore case).
 * A word inside it has periods only as an abbreviation's ("U.S."): "of Vietnam. Analysts agree" crosses a sentence's end.
 */
const OF_TAIL = String.raw`(?<of>\s+(?:of|for)\s+(?:the\s+)?(?:(?:[\p{L}'’-]+|(?:\p{L}\.){2,})\s+){0,6}[\p{L}.'’-]+)?`;

/** A title before a comma, in any case: "Israel's defense minister, Yoav Gallant, …", "the President of the European Council, Charles Michel, …". */
export const TITLE_BEFORE_COMMA = new RegExp(
  String.raw`(?:\b(?:${QUALIFIERS.join('|')})\s+)?(?<whose>${WHOSE})(?:${TITLES})${OF_TAIL},\s+$`,
  'iu',
);

/**
 * The title `TITLE_BEFORE_COMMA` found, without a title before it joined by "and", which the pattern
 * (it ignores case) took for words saying whose office it is: "Deputy Prime Minister and Minister for
 * Defence, Richard Marles," holds "Minister for Defence", not "Minister and Minister for Defence".
 */
export function titleBeforeCommaText(title: RegExpExecArray): string {
  const whose = title.groups?.['whose'] ?? '';
  const joined = / and\s+$/.exec(whose);
  return joined ? title[0].slice(title[0].indexOf(whose) + joined.index + joined[0].length) : title[0];
}

/**
 * Words that open a clause or a phrase of another sense, not a title's: "Lavrov, who was foreign
 * minister, …", "Blinken, as secretary of state, …". "who" is refused in code (`titleAfter`): the
 * pattern ignores case, and "the WHO executive secretary" names whose office it is.
 */
const NOT_WHOSE = String.raw`(?:whom|whose|which|that|was|is|were|are|as|and|or|but|his|her|its|their|our|my|your|also|once|twice|long|now|still|never|not|then)`;

/**
 * A title in apposition after a person's name, in any case, with at most two words of whose office
 * it is, up to the comma, bracket, dash or stop that closes it: "Filippo Grandi, the UN's refugee
 * chief, …", "Antony Blinken, the former US secretary of state." Group 1 is the title. A word with a
 * period is an abbreviation's ("U.S."): "Blinken, spoke. The Secretary of State, …" crosses a sentence's end.
 */
const TITLE_AFTER = new RegExp(
  String.raw`^,\s+(?:the\s+|a\s+)?((?:(?:former|then|current|acting|incoming|outgoing|ex-|late|last)\s+)?(?:(?!${NOT_WHOSE}\b)(?:\p{L}+|(?:\p{L}\.){2,})(?:['’]s)?\s+){0,2}?(?:${TITLES})${OF_TAIL})(?=\s*[,;)—–]|\.(?:\s|$)|$)`,
  'iu',
);

/** The last words TITLE_BEFORE can end with. */
export const TITLE_LAST = new Set(
  'president minister affairs defence defense war secretary state general chancellor premier taoiseach tanaiste king queen ambassador senator speaker representative envoy commissioner coordinator director leader prince emir admiral chief adviser advisor intelligence chair chairman chairwoman chairperson saceur'.split(' '),
);

/**
 * With TITLE_LAST, the last words of the longer titles TITLE_BEFORE reads ("Ambassador to the UN",
 * "Secretary of Homeland Security", "Supreme Allied Commander Europe", "High Commissioner for
 * Refugees"): looked at before a person's name only, since before other names these words are mostly
 * no title's ("the Security Council").
 */
export const LONG_TITLE_LAST = new Set([...TITLE_LAST, ...'un nations treasury security commerce energy services agriculture labor education transportation interior development europe refugees rights'.split(' ')]);
/** The hashes of TITLE_LAST's and LONG_TITLE_LAST's words, for `mayBeWordBefore`. */
export const TITLE_LAST_HASHES = asciiWordHashes(TITLE_LAST);
export const LONG_TITLE_LAST_HASHES = asciiWordHashes(LONG_TITLE_LAST);

/**
 * Whether "Commissioner for" stands in the 60 characters before a name at `start`, whose word before
 * is then a portfolio's, not in TITLE_LAST ("Commissioner for Trade Valdis Dombrovskis"): a cheap
 * test before TITLE_BEFORE.
 */
export const followsCommissionerFor = (text: string, start: number): boolean => text.slice(Math.max(0, start - 60), start).includes('Commissioner for');

/** A title found before a name, and where it starts. */
export interface FoundTitle {
  readonly text: string;
  readonly start: number;
}

/**
 * Words that open a sentence or a phrase before a title, and are no part of it: "Yesterday US Secretary
 * of State …", "written to the President of …", "As Prime Minister Justin Trudeau has told …".
 */
const NOT_OF_THE_TITLE = /^(?:(?:the|a|an|yesterday|today|tomorrow|later|meanwhile|however|also|still|now|recently|earlier|last|this|when|while|after|before|since|and|but|so|yet|to|with|by|from|on|at|in|told|asked|met|wrote|as|if|once|unlike|like|for|because|although|though|until|during|without)\s+)+/i;

/**
 * Lowercase words of the sentence before an article that opens a title in apposition, which the
 * pattern that ignores case took for words saying whose office it is: "We urge the Special
 * Representative …, Abdoulaye Bathily,". Not a qualifier ("then the President"), which is the title's.
 */
const CLAUSE_BEFORE_ARTICLE = new RegExp(String.raw`^(?!(?:${QUALIFIERS.join('|')})\b)(?:\p{Ll}[\p{L}'’-]*\s+){1,2}(?:the|a|an)\s+`, 'u');

/** A title matched in the text that ends at `end`, without a leading article or adverb ("The Supreme Leader"). */
export function foundTitle(match: string, end: number): FoundTitle {
  let lead = NOT_OF_THE_TITLE.exec(match)?.[0].length ?? 0;
  lead += CLAUSE_BEFORE_ARTICLE.exec(match.slice(lead))?.[0].length ?? 0;
  return { text: match.slice(lead).replace(/[,\s]+$/, ''), start: end - match.length + lead };
}

/** Whether a title's "of …" (the pattern's group `of`), if any, names something in capitals ("of the European Council", not "of the party"). */
export const ofNamesSomething = (match: RegExpExecArray): boolean => {
  const of = match.groups?.['of'];
  return of === undefined || /^\s+\S+\s+(?:the\s+)?\p{Lu}/u.test(of);
};

/** The title written just before the name at `start`, if any ("European Council President Michel"). */
export function titleBefore(text: string, start: number): FoundTitle | undefined {
  const from = Math.max(0, start - 60);
  const words = text.slice(from, start);
  const title = TITLE_BEFORE.exec(words) ?? TITLE_BEFORE_LOWER.exec(words) ?? (words.includes('Commissioner for') ? COMMISSIONER_FOR_BEFORE.exec(words) : null);
  // "High Representative/Vice-President Kallas": one office with two titles, which neither half names
  // alone; "Under-Secretary-General Guterres": the title found is the end of another one
  const before = title && from + title.index > 0 ? text.charCodeAt(from + title.index - 1) : 0;
  if (!title || before === 47 /* / */ || before === 45 /* - */) return undefined;
  const found = foundTitle(title[0], start);
  // "Head of the Office of the President Andriy Yermak", "Spokesperson for the Secretary-General
  // Stéphane Dujarric": the title found ends a longer one, whose holder the name is
  if (ENDS_A_LONGER_TITLE.test(text.slice(Math.max(0, found.start - 40), found.start))) return undefined;
  // "deputy foreign minister Sergei Ryabkov", "shadow foreign secretary": a lesser office than the title found
  return LESSER_BEFORE.test(text.slice(Math.max(0, found.start - 12), found.start)) ? undefined : found;
}

/** A word before a title that makes it another, lesser office: "deputy", "vice", "assistant", "junior", "shadow", "under". */
const LESSER_BEFORE = /\b(?:[Dd]eputy|[Vv]ice|[Aa]ssistant|[Jj]unior|[Ss]hadow|[Uu]nder|[Aa]ssociate)[\s-]+$/;

/** A capitalized word and "of the", "to the" or "for the" right before a title: the end of a longer title. */
const ENDS_A_LONGER_TITLE = new RegExp(asciiLettersFirst(String.raw`\p{Lu}[\p{L}-]*\s+(?:of|to|for)\s+the\s+$`), 'u');

/**
 * Whether the title before a comma that `TITLE_BEFORE_COMMA` found in `before` ends a longer one,
 * of a capitalized word or of an aide ("the Personal Envoy of the Secretary-General, Ramtane
 * Lamamra,", "the adviser to the President, …"): the name after it holds that other office, which
 * the list of titles lacks. The pattern ignores case, so the words it reads as whose office it is
 * are then that "of the" itself; not after any other word ("We wrote to the High Representative …").
 */
export function endsLongerTitleBeforeComma(before: string, title: RegExpExecArray): boolean {
  return /^(?:of|to|for)\s+the\s/i.test(title[0]) && HOLDER_OF_LONGER_TITLE.test(before.slice(Math.max(0, title.index - 30), title.index));
}
const HOLDER_OF_LONGER_TITLE = /(?:\p{Lu}[\p{L}-]*|advis[eo]r|aide|assistant|envoy|spokes(?:person|man|woman)|successor|predecessor|deputy)\s+$/u;

/** The title in apposition right after the name that ends at `end`, if any ("Grandi, the UN's refugee chief,"). */
export function titleAfter(text: string, end: number): FoundTitle | undefined {
  const title = TITLE_AFTER.exec(text.slice(end, end + 120));
  if (!title || !ofNamesSomething(title)) return undefined;
  const written = title[1]!;
  if (RELATIVE_WHO.test(written)) return undefined;
  // "secretary of the Supreme National Security Council since August": when is no part of the office
  return { text: written.replace(TIME_AFTER_TITLE, ''), start: end + title[0].length - written.length };
}
/** "who" as the pronoun, not the World Health Organization. */
const RELATIVE_WHO = /(?:^|\s)[Ww]ho\s/;
const TIME_AFTER_TITLE = /\s+(?:since|until|till|from|during|between)\s+[^,;]*$/i;
