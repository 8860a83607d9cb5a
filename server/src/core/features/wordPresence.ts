import type { ChunkedList } from '../blocks/chunkedList';
import type { BlockScan } from '../blocks/blockScan';
import type { BlockChanges } from '../blocks/resplit';
import type { ItemList } from './movedItems';
import { DocumentWords } from './documentWords';
import { boundedMemo } from '../text/boundedMemo';
import { escapeRegExp } from '../text/escapeRegExp';

/** `word` in a pattern: the words of a name may stand on two lines, as hard-wrapped text breaks them. */
const spelled = (word: string) => escapeRegExp(word).replace(/ /g, '\\s+');

/** `word` as a whole word, as a pattern's source. */
const whole = (word: string) => `(?<![\\p{L}\\p{N}])${spelled(word)}(?![\\p{L}\\p{N}])`;

/** Two capitals and no small letter: an acronym ("WHO", "US", "PLAN"), which the same word in small letters is not ("who", "us", "plan"). */
const ACRONYM = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** The flags that find `word`: an acronym in its own case, any other word in any case. */
const flagsFor = (word: string, sticky: string) => (ACRONYM.test(word) ? 'u' : 'iu') + sticky;

/** `word` as a whole word, in any case unless it is an acronym. */
const wholeWord = boundedMemo((word: string) => new RegExp(whole(word), flagsFor(word, '')), 2_000);

/** `wholeWord` starting where `lastIndex` says. */
const wholeWordAt = boundedMemo((word: string) => new RegExp(whole(word), flagsFor(word, 'y')), 2_000);

/**
 * Which of the words asked about a document holds, each with a block that holds it (its witness),
 * kept from version to version. An ambiguous name is read by the words around it in the whole
 * document ("Minsk agreements" beside "2015"), and searching the whole text for each such word at
 * every keystroke made the whole text and read it: about 3 ms a keystroke in 1 MB of the samples'
 * drafts. A word never spans blocks (blank lines part them), so after an edit only the blocks it
 * changed can add a word, and a word is lost only where its witness was changed and holds it no
 * more; only then is the document searched again, block by block.
 */
export class WordPresence {
  /** Per word asked about, a block that holds it, or null when none does. */
  readonly #witnesses = new Map<string, BlockScan | null>();
  /** The blocks the witnesses are among. */
  #scans: ChunkedList<BlockScan> | undefined;
  /** Characters of `#scans` read so far by the searches for words asked about. */
  #read = 0;
  /** The characters of all of `#scans`, once a search has been made. */
  #length: number | undefined;
  /**
   * The index of `#scans`' words, made once the searches have read them three times over (see
   * `#indexForSearch`).
   */
  #index: DocumentWords | undefined;

  /**
   * The presence of the words in `scans`: `previous` updated when it described `previousScans`
   * and `changes` says which blocks are new and which old ones are gone (see `BlockChanges`); else
   * nothing known yet. Takes over `previous`.
   */
  static of(scans: ChunkedList<BlockScan>, previous: WordPresence | undefined, previousScans: ChunkedList<BlockScan> | undefined, changes: BlockChanges | undefined): WordPresence {
    if (!previous || !changes || !previousScans || previous.#scans !== previousScans) {
      const fresh = new WordPresence();
      fresh.#scans = scans;
      return fresh;
    }
    if (previous.#witnesses.size > 0) previous.#update(scans, previousScans, changes);
    previous.#scans = scans;
    previous.#read = 0;
    previous.#length = undefined;
    previous.#index = undefined;
    return previous;
  }

  /**
   * Looks for those of `words` not asked about yet, all in one pass: an ambiguous name's entries
   * ask for a dozen context words, and most of them are nowhere in the document, so each had been a
   * search of the whole of it.
   */
  lookFor(words: readonly string[]): void {
    const scans = this.#scans;
    if (!scans) return;
    const unknown = [...new Set(words)].filter((word) => !this.#witnesses.has(word));
    if (unknown.length < 2) return;
    const index = this.#indexForSearch(scans);
    // with the index, the words it rules out are nowhere, and the others are searched for together
    // from the first block that may hold one of them
    let searched = unknown;
    let from = 0;
    if (index) {
      searched = [];
      from = scans.length;
      for (const word of unknown) {
        const first = index.firstBlockFor(word);
        if (first < 0) this.#witnesses.set(word, null);
        else {
          searched.push(word);
          from = Math.min(from, first);
        }
      }
    }
    if (searched.length > 0) for (const [word, witness] of this.#counted(() => witnessesIn(scans, searched, from))) this.#witnesses.set(word, witness);
  }

  /** Whether some block of the document holds `word` as a whole word: in any case, but an acronym in its own. */
  has(word: string): boolean {
    let witness = this.#witnesses.get(word);
    if (witness === undefined) {
      const scans = this.#scans;
      const index = scans && this.#indexForSearch(scans);
      witness = scans ? this.#counted(() => witnessFrom(scans, index ? index.firstBlockFor(word) : 0, word)) : null;
      this.#witnesses.set(word, witness);
    }
    return witness !== null;
  }

  /** The answer of `search` (of `#scans`, for words asked about), its characters read added to `#read`. */
  #counted<T>(search: () => T): T {
    charactersRead = 0;
    const found = search();
    this.#read += charactersRead;
    return found;
  }

  /**
   * Drops the index, which serves one analysis: a document kept open would hold it (up to about a
   * MB for 10 MB of text) until its next version.
   */
  forgetIndex(): void {
    this.#index = undefined;
  }

  /**
   * The index of `scans`' words for a search of them all, once the searches so far have read them
   * three times over; else undefined. Building it costs two or three searches that find nothing (it
   * reads every character, where a search's pattern skips most of them), so a document that asks
   * once or twice never pays for it, and one that asks again and again pays at most about twice
   * what it would with the index from the start.
   */
  #indexForSearch(scans: ChunkedList<BlockScan>): DocumentWords | undefined {
    if (this.#index === undefined && this.#read > 0 && this.#read >= 3 * (this.#length ??= lengthOf(scans))) this.#index = DocumentWords.of(scans);
    return this.#index;
  }

  #update(scans: ChunkedList<BlockScan>, previousScans: ChunkedList<BlockScan>, changes: BlockChanges): void {
    const added = changes.added.map((i) => scans.at(i));
    const removed = new Set(changes.removed.map((j) => previousScans.at(j)));
    let lost: string[] | undefined;
    for (const [word, witness] of this.#witnesses) {
      if (witness !== null && !removed.has(witness)) continue;
      // the changed blocks may hold it now
      const inAdded = witnessIn(added, word);
      if (inAdded !== null || witness === null) this.#witnesses.set(word, inAdded);
      else (lost ??= []).push(word);
    }
    // the words whose witness changed and that the changed blocks lack are looked for everywhere,
    // in one search: deleting the one paragraph that held a name's context words had searched the
    // whole document once for each of them, in the keystroke
    if (lost) for (const [word, witness] of witnessesIn(scans, lost, 0)) this.#witnesses.set(word, witness);
  }
}

/** The characters of the blocks that `witnessFrom` and `witnessesIn` searched since `WordPresence.#counted` set it to 0. */
let charactersRead = 0;

/** The characters of all of `scans`. */
function lengthOf(scans: ItemList<BlockScan>): number {
  let length = 0;
  for (let i = 0; i < scans.length; i++) length += scans.at(i)!.text.length;
  return length;
}

/** The first of `scans` (the document's, or those of the blocks an edit made) that holds `word`, or null. */
function witnessIn(scans: ItemList<BlockScan>, word: string): BlockScan | null {
  return witnessFrom(scans, 0, word);
}

/** `witnessIn` from the block `from` on, which no block before holds it; none when `from` is -1. */
function witnessFrom(scans: ItemList<BlockScan>, from: number, word: string): BlockScan | null {
  if (from < 0) return null;
  const pattern = wholeWord(word);
  for (let i = from; i < scans.length; i++) {
    const scan = scans.at(i)!;
    charactersRead += scan.text.length;
    if (pattern.test(scan.text)) return scan;
  }
  return null;
}

/** The ASCII letters from the most to the least common in English prose; digits count as rarer still. */
const BY_FREQUENCY = 'etaoinsrhldcumfpgwybvkxjqz';

/** How rare the ASCII letter or digit of `code` is (the higher, the rarer); -1 for any other character. */
function rarity(code: number): number {
  if (code >= 48 && code <= 57) return BY_FREQUENCY.length;
  // `| 32` makes an ASCII capital lowercase and leaves every other code outside a–z
  const lower = code | 32;
  return lower >= 97 && lower <= 122 ? BY_FREQUENCY.indexOf(String.fromCharCode(lower)) : -1;
}

/**
 * Where `anyOfPattern` finds `word`: at its rarest letter or digit among the ASCII letters and
 * digits it opens with ("Starmer" at its "m", 4; "Iraq" at its "q"), or at its start when it
 * opens with none. The letters before it stand for as many characters of the text, in any case.
 */
export function anchorOf(word: string): number {
  let anchor = 0;
  let rarest = -1;
  for (let i = 0; i < word.length; i++) {
    const rank = rarity(word.charCodeAt(i));
    if (rank < 0) break;
    if (rank > rarest) {
      anchor = i;
      rarest = rank;
    }
  }
  return anchor;
}

/**
 * A pattern, in any case, that finds any of `words` as `spelled`, each at its `anchorOf` rather
 * than its start: "m(?<=starm)er" for "Starmer". V8 tries the pattern at every character, and most
 * of the work is at the characters that may open a match: a dozen words' first letters are a fifth
 * of the letters of English prose, their rarest letters a sixteenth, and the search of a document
 * for a dozen absent words took 0.63 of the time. Those anchored at the same ASCII letter or digit
 * are put behind it once ("b(?:ush|lair)"); in any case a letter stands for both its cases, so it
 * finds the same places.
 */
export function anyOfPattern(words: readonly string[]): RegExp {
  const rests = new Map<string, string[]>();
  const alternatives: string[] = [];
  for (const word of words) {
    const at = anchorOf(word);
    if (rarity(word.charCodeAt(at)) < 0) alternatives.push(spelled(word));
    else {
      const anchor = word[at]!.toLowerCase();
      // the ASCII letters and digits up to the anchor, which a look behind it reads
      const rest = (at > 0 ? `(?<=${word.slice(0, at + 1)})` : '') + spelled(word.slice(at + 1));
      const known = rests.get(anchor);
      if (known) known.push(rest);
      else rests.set(anchor, [rest]);
    }
  }
  for (const [anchor, rest] of rests) alternatives.push(rest.length === 1 ? anchor + rest[0] : `${anchor}(?:${rest.join('|')})`);
  return new RegExp(alternatives.join('|'), 'giu');
}

/**
 * `witnessIn` for several words at once. Whole-word patterns with several alternatives ran ten
 * times slower than one each, so the blocks are searched for any of the words as written, without
 * the look at the characters around them; where one is found, each word still missing is tried
 * there as a whole word (from as far before as its anchor is into it), and a word once found
 * leaves the search. Blocks before `from` are known to hold none of them.
 */
function witnessesIn(scans: ItemList<BlockScan>, words: readonly string[], from: number): Map<string, BlockScan | null> {
  const witnesses = new Map<string, BlockScan | null>(words.map((word) => [word, null]));
  let missing = words;
  let anyOf = anyOfPattern(missing);
  for (let i = from; i < scans.length && missing.length > 0; i++) {
    const scan = scans.at(i)!;
    charactersRead += scan.text.length;
    anyOf.lastIndex = 0;
    let hit: RegExpExecArray | null;
    while (missing.length > 0 && (hit = anyOf.exec(scan.text)) !== null) {
      const at = hit.index;
      const here = missing.filter((word) => {
        const start = at - anchorOf(word);
        if (start < 0) return false;
        const pattern = wholeWordAt(word);
        pattern.lastIndex = start;
        return pattern.test(scan.text);
      });
      if (here.length > 0) {
        for (const word of here) witnesses.set(word, scan);
        missing = missing.filter((word) => !here.includes(word));
        if (missing.length > 0) anyOf = anyOfPattern(missing);
      }
      // another of the words may start inside this one ("Bush" where "Bushehr" is not whole)
      anyOf.lastIndex = at + 1;
    }
  }
  return witnesses;
}
