import type { BlockScan } from '../blocks/blockScan';
import type { ItemList } from './movedItems';

/**
 * The whole words of a document (its runs of letters and digits), by a hash of each in small
 * letters, with the first block that holds it: an index that says in one look-up where the search
 * for a word may start, and that a word one of whose words no block holds is nowhere.
 *
 * `WordPresence` searched the whole document once for each batch of words asked about, and a
 * document asks more as it names more ambiguous names: 1 MB of prose with sixty of them asked 44
 * times, each a pass over all of it. Building this index costs two or three such passes (it reads
 * every character, where a search's pattern skips most); after it a word costs a look-up, and the
 * search of the blocks from the first that may hold it.
 *
 * Why the look-up may rule a word out: the search (`wholeWord` in wordPresence.ts) matches the
 * word's letters in any case, between characters that are not letters or digits, so that every run
 * of letters and digits in the word matches such a whole run of the text, letter by letter in any
 * case. Both are hashed with each letter case-folded (`foldedCase`), one value for all the letters
 * a search in any case takes for one another: "É" as "é", the Kelvin sign as "k", the long s as "s".
 * A word with a letter outside the Basic Multilingual Plane, or with a Greek iota (see `IOTA`), is
 * not ruled out, and is searched from the first block.
 */
export class DocumentWords {
  /** Open addressing: a slot's hash (0: empty) and the first block with a word of that hash. */
  #hashes: Int32Array;
  #firstBlocks: Int32Array;
  #count = 0;

  private constructor(capacity: number) {
    this.#hashes = new Int32Array(capacity);
    this.#firstBlocks = new Int32Array(capacity);
  }

  /** The index of the words of `scans`, in one pass over their texts. */
  static of(scans: ItemList<BlockScan>): DocumentWords {
    const index = new DocumentWords(4096);
    for (let block = 0; block < scans.length; block++) index.#addWordsOf(scans.at(block)!.text, block);
    return index;
  }

  /**
   * The first block that may hold `word` as a whole word: past the first to hold each of its
   * words; -1 when some word of it is in no block, so that it is nowhere.
   */
  firstBlockFor(word: string): number {
    let first = 0;
    let hash = HASH_START;
    let inWord = false;
    for (let i = 0; i <= word.length; i++) {
      const code = i < word.length ? word.charCodeAt(i) : SPACE;
      const folded = foldedUnit(code);
      // a letter or digit outside the Basic Multilingual Plane, or an iota (see `IOTA`): the look-up cannot rule the word out
      if (folded === IOTA || code === YPOGEGRAMMENI || (isSurrogate(code) && isPairWordAt(word, i))) return 0;
      if (folded > 0) {
        hash = mix(hash, folded);
        inWord = true;
        continue;
      }
      if (!inWord) continue;
      const at = this.#find(finished(hash));
      if (at < 0) return -1;
      first = Math.max(first, this.#firstBlocks[at]!);
      hash = HASH_START;
      inWord = false;
    }
    return first;
  }

  #addWordsOf(text: string, block: number): void {
    let hash = HASH_START;
    let inWord = false;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : SPACE;
      let folded = foldedUnit(code);
      // a surrogate pair that makes a letter or digit: its two halves as they are (no word asked
      // about with such a letter is ruled out, and no other letter stands for it)
      if (code >= 0xd800 && code <= 0xdbff && isPairWordAt(text, i)) {
        hash = mix(hash, code);
        folded = text.charCodeAt(++i);
      }
      if (folded > 0) {
        hash = mix(hash, folded);
        inWord = true;
      } else if (inWord) {
        this.#add(finished(hash), block);
        hash = HASH_START;
        inWord = false;
      }
    }
  }

  /** The slot of `hash`, or -1. */
  #find(hash: number): number {
    const mask = this.#hashes.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const found = this.#hashes[slot]!;
      if (found === hash) return slot;
      if (found === 0) return -1;
    }
  }

  /** Files `hash` with `block`, unless an earlier block has it. */
  #add(hash: number, block: number): void {
    const mask = this.#hashes.length - 1;
    let slot = hash & mask;
    for (; ; slot = (slot + 1) & mask) {
      const found = this.#hashes[slot]!;
      if (found === hash) return;
      if (found === 0) break;
    }
    this.#hashes[slot] = hash;
    this.#firstBlocks[slot] = block;
    // at most half full, so that a look-up that finds nothing meets an empty slot soon
    if (++this.#count * 2 > this.#hashes.length) this.#grow();
  }

  #grow(): void {
    const hashes = this.#hashes;
    const firstBlocks = this.#firstBlocks;
    this.#hashes = new Int32Array(hashes.length * 2);
    this.#firstBlocks = new Int32Array(hashes.length * 2);
    const mask = this.#hashes.length - 1;
    for (let k = 0; k < hashes.length; k++) {
      const hash = hashes[k]!;
      if (hash === 0) continue;
      let slot = hash & mask;
      while (this.#hashes[slot] !== 0) slot = (slot + 1) & mask;
      this.#hashes[slot] = hash;
      this.#firstBlocks[slot] = firstBlocks[k]!;
    }
  }
}

const SPACE = 32;
/**
 * The Greek iota, as `foldedCase` has it, and the combining mark that a search in any case takes for
 * it: the only character neither a letter nor a digit that matches one. The words are cut at the
 * mark, as the search's look at the characters around a word does, so that a word with an iota is
 * not ruled out: the search may find its iota in the mark.
 */
const IOTA = 0x3b9;
const YPOGEGRAMMENI = 0x345;
const HASH_START = 0x811c9dc5 | 0;

/** By ASCII code: a letter in small letters, a digit as itself, 0 for any other character. */
const ASCII_FOLDED = (() => {
  const table = new Int16Array(128);
  for (let c = 48; c <= 57; c++) table[c] = c;
  for (let c = 97; c <= 122; c++) table[c] = table[c - 32] = c;
  return table;
})();

const mix = (hash: number, code: number) => Math.imul(hash ^ code, 0x01000193);

/** A word's hash as filed: spread over the slots, and never 0, which marks an empty slot. */
function finished(hash: number): number {
  const spread = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  return (spread ^ (spread >>> 13)) | 1;
}

/** The search's letters and digits. */
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/** What a UTF-16 unit is hashed as, the text's and the word's alike: its letter case-folded, its digit; 0 for any other character and for a surrogate. */
const foldedUnit = (code: number) => (code < 128 ? ASCII_FOLDED[code]! : isSurrogate(code) ? 0 : foldedBmp(code));

/**
 * By UTF-16 unit outside ASCII and the surrogates: `foldedCase` of a letter or digit, 0 for any
 * other character, `NOT_READ` not read yet (U+FFFF is no letter, so no letter folds to it). Made
 * with the first index: most processes never make one.
 */
let bmpFolded: Uint16Array | undefined;
const NOT_READ = 0xffff;

/** What the character `code` (outside ASCII, not a surrogate) is hashed as: `foldedCase` for a letter or digit, else 0. */
function foldedBmp(code: number): number {
  bmpFolded ??= new Uint16Array(0x10000).fill(NOT_READ);
  let folded = bmpFolded[code]!;
  if (folded === NOT_READ) {
    const character = String.fromCharCode(code);
    bmpFolded[code] = folded = WORD_CHARACTER.test(character) ? foldedCase(character) : 0;
  }
  return folded;
}

/**
 * One letter for all those that a search in any case takes for one another: the small letter of
 * the capital of `character` (so "ς" and "σ" are both "σ", "ſ" is "s" and the Kelvin sign "k"), or
 * the character itself where either is not one letter. Checked over every letter and digit of the
 * Basic Multilingual Plane against every character V8's case-insensitive pattern matches to it;
 * the three pairs it missed are `UNFOLDED` (see `test/unit/wordPresence.test.ts`).
 */
export function foldedCase(character: string): number {
  const code = character.charCodeAt(0);
  const unfolded = UNFOLDED.get(code);
  if (unfolded !== undefined) return unfolded;
  const upper = character.toUpperCase();
  const lower = (upper.length === 1 ? upper : character).toLowerCase();
  return (lower.length === 1 ? lower : character).charCodeAt(0);
}

/** Letters that a search in any case takes for another whose capital or small letter differs: "ΐ" (U+1FD3) for "ΐ" (U+0390), "ΰ" for "ΰ", "ﬆ" for "ﬅ". */
const UNFOLDED = new Map([
  [0x1fd3, 0x390],
  [0x1fe3, 0x3b0],
  [0xfb06, 0xfb05],
]);

/** Whether a surrogate pair starts at `i` and makes a letter or digit. */
function isPairWordAt(text: string, i: number): boolean {
  const point = text.codePointAt(i)!;
  return point > 0xffff && WORD_CHARACTER.test(String.fromCodePoint(point));
}
