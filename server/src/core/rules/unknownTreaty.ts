import { firstStartingAt, overlapsAny } from '../features/spanSearch';
import type { UnnamedWords } from '../recognizers/entities';
import { NO_RAW_FINDINGS, type RawFinding, type RuleContext } from './ruleContext';
import { foldName, splitWords } from '../kb/names';
import { knowledgeIndex } from '../kb/knowledgeIndex';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { oneLine } from '../text/oneLine';
import { boundedMemo } from '../text/boundedMemo';

const INSTRUMENT = '(?:Treat(?:y|ies)|Conventions?|Agreements?|Accords?|Protocol|Memorandum|Pact|Charter|Declaration)';
/** A word of a name: capitalized, or an abbreviation in capitals ("U.S."), never a word that ends a sentence ("Reef. The"). */
const NAME_WORD = "(?:(?:\\p{Lu}\\.){2,}|[\\p{Lu}][\\p{L}'’-]+|of|on|the|for|and|de|du|la)";
/** A month after "of", which dates an instrument rather than names it ("the Northwood Declaration of July 2025"). */
const NOT_A_MONTH = '(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)';
/**
 * Words that open a sentence or a clause, not a name: "After the INF Treaty", "Recalling the
 * Convention"; and articles, so that "The Treaty of Lilliput" opening a sentence is found whole.
 */
const NOT_A_NAME_START =
  '(?!(?:After|Before|Under|Since|With|Without|Beyond|Despite|Unlike|Like|Per|Following|During|Through|Within|Recalling|Noting|Welcoming|Reaffirming|Recognizing|Recognising|Bearing|Mindful|Guided|Convinced|Emphasizing|Emphasising|Taking|If|When|While|As|In|On|At|By|From|Both|Neither|Either|Until|Once|The|A|An|This|That)\\b)';
/**
 * What may follow an instrument word inside a name: "… Declaration of Argyle for Dialogue and Peace",
 * "… Convention for the Safety of Fishing Vessels" (a name cut at "for" had named "International
 * Convention" alone).
 */
const OF_PLACE_OR_AIM = `(?:\\s+(?:of|on|for)\\s+(?:the\\s+)?${NOT_A_MONTH}[\\p{Lu}][\\p{L}'’-]+(?:\\s+(?:(?:and|for|of)\\s+)?[\\p{Lu}][\\p{L}'’-]+){0,4})`;
/**
 * "the Treaty of X", "the X Y Convention", "the X–Y Accords", "the Joint Declaration of X". It
 * starts where the name scan sees a word start (not after a letter or digit, nor an apostrophe
 * inside a word), so that the scan's unnamed words can stand in for the search for instrument
 * words (`startsInstrumentWord`).
 */
const TREATY_LIKE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}]['’])(?:${INSTRUMENT}\\s+(?:of|on)\\s+(?:the\\s+)?${NOT_A_MONTH}[\\p{Lu}][\\p{L}'’-]+(?:\\s+(?:(?:and|of)\\s+)?[\\p{Lu}][\\p{L}'’-]+){0,3}|(?!${INSTRUMENT}\\b)${NOT_A_NAME_START}(?:[\\p{Lu}][\\p{L}'’-]+[\\s–-]+)(?:${NAME_WORD}[\\s–-]+){0,4}${INSTRUMENT}${OF_PLACE_OR_AIM}?)(?![\\p{L}])`,
  'gu',
);
/** Instrument words, found cheaply before the full pattern, which is slow to run and to fail. */
const INSTRUMENT_WORDS = new RegExp(INSTRUMENT, 'g');
/** The same, at one place: a word the name scan visited. */
const INSTRUMENT_WORD_AT = new RegExp(INSTRUMENT, 'y');

/** A phrase that ends with its instrument word. */
/** A phrase that is an instrument's name on its own, "Stability Pact" or "Treaty of Lilliput": not "Russia". */
const WHOLE_NAME = new RegExp(`^(?:${TREATY_LIKE.source})$`, 'u');
/** A part of an instrument named before ("Part XII of the Convention", "Annex I to the Treaty"): no name. */
const PART_OF = new RegExp(`\\s(?:of|to|under)\\s+the\\s+${INSTRUMENT}$`);

/** Generic uses that name no particular instrument ("an Additional Protocol", "the Optional Protocol": which one, the text around says). */
const GENERIC = /^(?:The|This|That|Such|Any|Each|Every|A|An|Our|Their|Its|No|New|Final|Peace|Framework|Interim|Bilateral|Multilateral|Additional|Optional)\s/;

/**
 * Kinds of instrument that many pairs of states conclude, written capitalized but naming none in
 * particular ("the Status of Forces Agreement with Japan", "a Memorandum of Understanding", "Iran's
 * Comprehensive Safeguards Agreement"): which one, the parties around say. Folded, as `foldName`
 * gives them; a kind with its parties before it ("the EU–Japan Economic Partnership Agreement")
 * is one instrument, and stays a name.
 */
const KINDS_OF_INSTRUMENT: ReadonlySet<string> = new Set(
  [
    'Status of Forces Agreement', 'Host Country Agreement', 'Headquarters Agreement', 'Memorandum of Understanding',
    'Free Trade Agreement', 'Bilateral Investment Treaty', 'Mutual Legal Assistance Treaty', 'Extradition Treaty',
    'Double Taxation Agreement', 'Double Taxation Convention', 'Readmission Agreement', 'Comprehensive Safeguards Agreement',
    'Safeguards Agreement', 'Stabilisation and Association Agreement', 'Stabilization and Association Agreement', 'Association Agreement',
    'Partnership and Cooperation Agreement', 'Economic Partnership Agreement', 'Comprehensive Economic Partnership Agreement',
    'Defence Cooperation Agreement', 'Defense Cooperation Agreement', 'General Security of Military Information Agreement',
    'Security Agreement', 'Trade Agreement', 'Investment Agreement', 'Implementing Agreement', 'Cooperation Agreement',
    'Ceasefire Agreement', 'Cease-fire Agreement', 'Agreement on Reciprocal Trade',
  ].map(foldName),
);

/**
 * A word that opens a heading or a sentence, then "the", before a name: "What the Pact changes",
 * "Ratifying the Chagos Treaty". Names do not go on through a lowercase "the" before their
 * instrument word, so the name is what follows it.
 */
const OPENER_BEFORE_THE = /^[\p{Lu}][\p{L}'’-]*\s+the\s+/u;

/** "a" or "an" right before a phrase. */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])[Aa]n?\s+$/u;
/** "the Government of National Accord": a government, not an instrument. */
const GOVERNMENT = /^Government\s+of\s/;
/** A Roman numeral and "of (the)" opening a phrase: "IV of the …". */
const ROMAN_PART = /^[IVXLC]+\s+of\s+(?:the\s+)?/;
/** An instrument word alone: "Convention", "Treaty". */
const BARE_INSTRUMENT = new RegExp(`^${INSTRUMENT}$`);
/** A numbered part opening a phrase: "Article IV of the …", "Chapter 7 of the …". */
const NUMBERED_PART = /^(?:Articles?|Chapters?|Sections?|Parts?|Annex(?:es)?|Titles?|Paragraphs?)\s+(?:[IVXLC]+|\d+)\s+of\s+(?:the\s+)?/;
/** The word of a numbered part before it: "Article", "Chapter", "Section", "Part", "Annex", "Title". */
const PART_WORD_BEFORE = /\b(?:Articles?|Chapters?|Sections?|Parts?|Annex(?:es)?|Titles?|Paragraphs?)\s+$/;

/**
 * The knowledge base's treaty names and their last two or more words, folded: "Reciprocal Access
 * Agreement" ends "Japan–Philippines Reciprocal Access Agreement", and a text that names the one
 * gives the other as its short form; a name it knows but did not read here, an ambiguous one
 * without its context words ("Oslo Accords"), is no unknown instrument either.
 */
const knownTreatyNames = knowledgeIndex('treaty names and their last words', (kb): ReadonlySet<string> => {
  const names = new Set<string>();
  for (const entry of kb.entries.values()) {
    if (entry.kind !== 'treaty') continue;
    for (const name of [entry.name, ...entry.aliases, ...entry.variants]) {
      names.add(foldName(name));
      const words = splitWords(name);
      for (let k = 1; k < words.length - 1; k++) names.add(foldName(words.slice(k).join(' ')));
    }
  }
  return names;
});

/**
 * A phrase shaped like an instrument's name that the knowledge base does not know, as a name or as
 * the end of a longer one. The finding
 * carries the name, so the host can offer to add a skeleton entry to the user's knowledge base.
 */
export function unknownTreaty(ctx: RuleContext): readonly RawFinding[] {
  let findings: RawFinding[] | undefined;
  for (const block of ctx.blocks) {
    if (block.kind === 'code' || block.kind === 'frontmatter' || block.kind === 'comment') continue;
    const text = ctx.text.slice(block.start, block.end);
    const mayName = ctx.unnamedWords ? startsInstrumentWord(text, ctx.unnamedWords) : hasUnnamedInstrumentWord(text, block.start, ctx.mentions);
    if (!mayName) continue;
    for (let m = nextTreatyLike(text, 0); m !== null; m = nextTreatyLike(text, m.index + m[0].length)) {
      // "Can You Leave a Humanitarian Treaty?", "a New Treaty on Plastics": after "a" or "an", a kind of instrument in title case, no name
      if (/^(?:A|An)\s/.test(m[0]) || INDEFINITE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      const article = /^(?:The|A|An)\s+/.exec(m[0])?.[0].length ?? 0;
      let start = block.start + m.index + article;
      let phrase = m[0].slice(article);
      if (GOVERNMENT.test(phrase)) continue;
      // "Article IV of the Mutual Defense Treaty": a numbered part's Roman numeral is no word of the name
      const part = NUMBERED_PART.exec(phrase) ?? (PART_WORD_BEFORE.test(ctx.text.slice(Math.max(0, start - 12), start)) ? ROMAN_PART.exec(phrase) : null);
      if (part) {
        [start, phrase] = [start + part[0].length, phrase.slice(part[0].length)];
        // "Part XII of the Convention": a part of an instrument named before, no name
        if (BARE_INSTRUMENT.test(phrase.trim())) continue;
      }
      const opener = OPENER_BEFORE_THE.exec(phrase)?.[0].length ?? 0;
      if (opener > 0) {
        if (!WHOLE_NAME.test(phrase.slice(opener))) continue;
        [start, phrase] = [start + opener, phrase.slice(opener)];
      }
      // "the Agreement on Movement and Access" and "the Stability and Growth Pact" are one name;
      // "the Treaty of Rome and Russia" is a known treaty and a state: a phrase that runs into a
      // mention is tried again up to its "and", or after it when the mention comes first ("Russia
      // and the Stability Pact")
      // "the Convention on the Safety of United Nations …": a phrase that runs through "of" into a
      // mention is the name up to the "of"
      const of = overlapsAny(ctx.mentions, start, start + phrase.length) ? ofBeforeMention(phrase, start, ctx.mentions) : -1;
      if (of > 0) phrase = phrase.slice(0, of);
      else if (overlapsAny(ctx.mentions, start, start + phrase.length)) {
        const and = /\s+and\s/.exec(phrase);
        if (!and) continue;
        if (!overlapsAny(ctx.mentions, start, start + and.index)) phrase = phrase.slice(0, and.index);
        else {
          const after = /^(?:the\s+)?/.exec(phrase.slice(and.index + and[0].length))![0].length + and.index + and[0].length;
          if (!WHOLE_NAME.test(phrase.slice(after)) || overlapsAny(ctx.mentions, start + after, start + phrase.length)) continue;
          [start, phrase] = [start + after, phrase.slice(after)];
        }
      }
      const name = unknownInstrumentNameOf(ctx.kb)(phrase);
      if (name === undefined) continue;
      const end = start + phrase.length;
      (findings ??= []).push({
        code: 'unknown-treaty',
        message: `"${name}" looks like the name of an instrument, but the knowledge base does not know it.`,
        start,
        end,
        data: { name },
      });
    }
  }
  return findings ?? NO_RAW_FINDINGS;
}

/**
 * The name `phrase` writes, on one line, when it names an instrument the knowledge base does not
 * know; undefined for a generic use, a part of an instrument, a kind of instrument or a known name.
 */
function unknownInstrumentName(phrase: string, kb: KnowledgeBase): string | undefined {
  const name = oneLine(phrase).trim();
  const folded = foldName(name);
  if ((GENERIC.test(name + ' ') && name.split(' ').length <= 2) || PART_OF.test(name) || KINDS_OF_INSTRUMENT.has(folded) || knownTreatyNames(kb).has(folded)) return undefined;
  return name;
}

/**
 * `unknownInstrumentName` per knowledge base, remembered by phrase: the treaty text of the benchmark
 * writes one unknown name a thousand times a megabyte, and each was put on one line and folded again.
 */
const unknownInstrumentNameOf = knowledgeIndex('unknown instrument names by phrase', (kb) => boundedMemo((phrase: string) => unknownInstrumentName(phrase, kb), 2_000));

/** TREATY_LIKE tried at one place. */
const TREATY_LIKE_AT = new RegExp(TREATY_LIKE.source, 'uy');

/** How many runs of white space or dashes TREATY_LIKE allows before its instrument word: one after each of at most five words. */
const MOST_GAPS = 5;

/**
 * The earliest place, not before `from`, where a match of TREATY_LIKE holding the instrument word at
 * `word` may start: before that word a match holds only the characters of a name (letters,
 * apostrophes, hyphens and dashes, dots, white space), and at most MOST_GAPS runs of white space or
 * dashes (hyphens inside a word make no run of their own).
 */
function phraseStartBefore(text: string, from: number, word: number): number {
  let start = word;
  let gaps = 0;
  let inGap = false;
  let gapHasSpace = false;
  while (start > from) {
    const code = text.charCodeAt(start - 1);
    const space = code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE_OR_DASH.test(text[start - 1]!);
    if (space || code === 45) {
      if (!inGap) [inGap, gapHasSpace] = [true, false];
      if (space && !gapHasSpace && ++gaps > MOST_GAPS) break;
      gapHasSpace ||= space;
    } else {
      inGap = false;
      const letter = code < 128 ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 || code === 46 : (code >= 0xd800 && code <= 0xdfff) || LETTER_OR_APOSTROPHE.test(text[start - 1]!);
      if (!letter) break;
    }
    start--;
  }
  return start;
}
const SPACE_OR_DASH = /[\s–]/;
const LETTER_OR_APOSTROPHE = /[\p{L}’]/u;

/** Whether a phrase of TREATY_LIKE may start at a character: a capital letter; past ASCII, the pattern decides (not inside a surrogate pair). */
function mayStartAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 128 ? code >= 65 && code <= 90 : code < 0xdc00 || code > 0xdfff;
}

/**
 * The next match of TREATY_LIKE in a block from `from`, as `matchAll` gives them one after another
 * (the next search starts where a match ends). The pattern is tried only at the capitals from
 * `phraseStartBefore` up to each instrument word: a match that started before would hold an
 * instrument word before it. `matchAll` copied the pattern for each block, and with the search over
 * the whole block took 7 ms of the rules' 25 ms in the 1 MB treaty text. (A generator, made for each
 * block with an instrument word, cost a tenth of the rule's time there.)
 */
function nextTreatyLike(text: string, from: number): RegExpExecArray | null {
  for (;;) {
    INSTRUMENT_WORDS.lastIndex = from;
    const word = INSTRUMENT_WORDS.exec(text)?.index;
    if (word === undefined) return null;
    for (let start = phraseStartBefore(text, from, word); start <= word; start++) {
      if (!mayStartAt(text, start)) continue;
      TREATY_LIKE_AT.lastIndex = start;
      const found = TREATY_LIKE_AT.exec(text);
      if (found) return found;
    }
    from = word + 1;
  }
}

/** Where the "of" before the first mention inside `phrase` (at `start` in the text) begins, when one stands right before it and not in a mention; else -1. */
function ofBeforeMention(phrase: string, start: number, mentions: RuleContext['mentions']): number {
  // the first character a mention covers: the phrase's first, or where the next mention starts
  const next = mentions[firstStartingAt(mentions, start)];
  const at = overlapsAny(mentions, start, start + 1) || !next ? 0 : Math.min(next.start - start, phrase.length);
  const of = /\s+of\s+(?:the\s+)?$/.exec(phrase.slice(0, at));
  return of && WHOLE_NAME.test(phrase.slice(0, of.index)) && !overlapsAny(mentions, start, start + of.index) ? of.index : -1;
}

/**
 * Whether one of the capitalized words that the name scan found no name at (see `UnnamedWords`) is
 * an instrument word: those are all the block's capitalized words outside its mentions, so this
 * answers what `hasUnnamedInstrumentWord` does without searching the block.
 */
function startsInstrumentWord(text: string, unnamed: Readonly<UnnamedWords>): boolean {
  for (let k = 0; k < unnamed.count; k++) {
    INSTRUMENT_WORD_AT.lastIndex = unnamed.starts[k]!;
    if (INSTRUMENT_WORD_AT.test(text)) return true;
  }
  return false;
}

/**
 * Whether the block has an instrument word outside every mention. Every candidate phrase holds
 * one, and a phrase whose instrument word is part of a known name ("the INF Treaty") overlaps that
 * mention and is dropped; so a block whose instrument words are all named needs no full search.
 */
function hasUnnamedInstrumentWord(text: string, offset: number, mentions: RuleContext['mentions']): boolean {
  // by the word's last character, found with `test` (no match arrays): when that character lies
  // outside every mention, so may the word, and the full search decides
  INSTRUMENT_WORDS.lastIndex = 0;
  while (INSTRUMENT_WORDS.test(text)) {
    const end = offset + INSTRUMENT_WORDS.lastIndex;
    if (!overlapsAny(mentions, end - 1, end)) return true;
  }
  return false;
}
