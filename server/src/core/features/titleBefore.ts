/**
 * Titles written before a person's name, kept for the office-holder checks, with up to two words
 * before them that say whose office it is ("UK Prime Minister", "U.S. Secretary of State", "European
 * Council President"): words or abbreviations with inner periods, not the last word of the sentence
 * before ("… bin Salman. President"). Also the press's "chief" of an organization or a field ("NATO
 * chief", "UN refugee chief"), which `titleFamilies` reads only with the words that say which.
 */
export const TITLE_BEFORE =
  /(?:\b(?:[Ff]ormer|[Tt]hen|[Cc]urrent|[Aa]cting|[Ii]ncoming|[Oo]utgoing|[Ee]x-|[Ll]ate)\s+)?(?:(?:[\p{Lu}][\p{L}]+|[\p{Lu}](?:\.[\p{Lu}])+\.)\s+){0,2}(?:President|Vice[- ]President|Prime Minister|Deputy Prime Minister|Foreign Minister|Defen[cs]e Minister|Minister of Foreign Affairs|Minister of Defen[cs]e|Foreign Secretary|Defence Secretary|Secretary of State|Secretary of Defense|Secretary-General|Secretary General|Secretary|Chancellor|Minister|Premier|King|Queen|Ambassador|Senator|Speaker|High Representative|Special Representative|Special Envoy|High Commissioner|Emergency Relief Coordinator|Director-General|Director General|Executive Director|Commissioner-General|Supreme Leader|Crown Prince|Emir|General|Admiral|(?:foreign policy |refugee |(?:human )?rights |aid |humanitarian |relief |nuclear watchdog )?chief)\s+$/u;
/** The last words TITLE_BEFORE can end with. */
export const TITLE_LAST = new Set(
  'president minister affairs defence defense secretary state general chancellor premier king queen ambassador senator speaker representative envoy commissioner coordinator director leader prince emir admiral chief'.split(' '),
);

/** A title found before a name, and where it starts. */
export interface FoundTitle {
  readonly text: string;
  readonly start: number;
}

/** Words that open a sentence before a title, and are no part of it: "Yesterday US Secretary of State …". */
const NOT_OF_THE_TITLE = /^(?:(?:the|a|an|yesterday|today|tomorrow|later|meanwhile|however|also|still|now|recently|earlier|last|this|when|while|after|before|since|and|but|so|yet)\s+)+/i;

/** A title matched in the text that ends at `end`, without a leading article or adverb ("The Supreme Leader"). */
export function foundTitle(match: string, end: number): FoundTitle {
  const lead = NOT_OF_THE_TITLE.exec(match)?.[0].length ?? 0;
  return { text: match.slice(lead).replace(/[,\s]+$/, ''), start: end - match.length + lead };
}

/** The title written just before the name at `start`, if any ("European Council President Michel"). */
export function titleBefore(text: string, start: number): FoundTitle | undefined {
  const from = Math.max(0, start - 60);
  const title = TITLE_BEFORE.exec(text.slice(from, start));
  // "High Representative/Vice-President Kallas": one office with two titles, which neither half names
  // alone; "Under-Secretary-General Guterres": the title found is the end of another one
  const before = title ? text.charCodeAt(from + title.index - 1) : 0;
  if (!title || before === 47 /* / */ || before === 45 /* - */) return undefined;
  return foundTitle(title[0], start);
}
