/**
 * Titles written before a person's name, kept for the office-holder checks, with a word before them
 * that says whose office it is ("UK Prime Minister", "U.S. Secretary of State"): a word, or an
 * abbreviation with inner periods, not the last word of the sentence before ("… bin Salman. President").
 */
export const TITLE_BEFORE =
  /(?:\b(?:[Ff]ormer|[Tt]hen|[Cc]urrent|[Aa]cting|[Ii]ncoming|[Oo]utgoing|[Ee]x-|[Ll]ate)\s+)?(?:(?:[\p{Lu}][\p{L}]+|[\p{Lu}](?:\.[\p{Lu}])+\.)\s+)?(?:President|Vice President|Prime Minister|Deputy Prime Minister|Foreign Minister|Defen[cs]e Minister|Minister of Foreign Affairs|Minister of Defen[cs]e|Foreign Secretary|Defence Secretary|Secretary of State|Secretary of Defense|Secretary-General|Secretary General|Secretary|Chancellor|Minister|Premier|King|Queen|Ambassador|Senator|Speaker|High Representative|Supreme Leader|Crown Prince|Emir|General|Admiral)\s+$/u;
/** The last words TITLE_BEFORE can end with. */
export const TITLE_LAST = new Set(
  'president minister affairs defence defense secretary state general chancellor premier king queen ambassador senator speaker representative leader prince emir admiral'.split(' '),
);
