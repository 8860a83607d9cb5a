import type { BlockScan } from '../blocks/blockScan';
import type { ItemList } from './movedItems';

/**
 * The whole words of a document (its runs of letters and digits), by a hash of each in small
 * letters, with the first block that holds it: an index that says in one look-up where the search
 * for a word may start, and that a word one of whose words no block holds is nowhere.
 *
 * `WordPresence` searched the whole document once for each batch of words asked about, and a
 * document asks more as it names more ambiguous names: 10 MB of the benchmark's prose asked three
 * times, each a pass over all of it, and took 3.8 times the 1 MB's time per MB for it. Building
 * this index costs about one such pass; after it a word costs a look-up, and the search of the
 * blocks from the first that may hold it.
 *
 * Why the look-up may rule a word out: the search (`wholeWord` in wordPresence.ts) matches the
 * word's letters in any case, between characters that are not letters or digits, so that every run
 * of letters and digits in the word matches such a whole run of the text, letter by letter in any
 * case. Only ASCII letters and digits are hashed as the word's: of all other characters only the
 * Kelvin sign and the long s match one of them in any case (as "k" and "s"), and they are hashed so.
 * A word with any other letter outside ASCII is not ruled out, and is searched from the first block.
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
      const folded = code < 128 ? ASCII_FOLDED[code]! : -1;
      if (folded > 0) {
        hash = mix(hash, folded);
        inWord = true;
        continue;
      }
      // a character outside ASCII: the look-up cannot rule out a word that has a letter or digit there
      if (folded < 0 && isWordCodeAt(word, i)) return 0;
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
      let folded = code < 128 ? ASCII_FOLDED[code]! : -1;
      if (folded < 0) {
        // a letter or digit outside ASCII; a surrogate pair is one character, read at its first half
        if (code === KELVIN_SIGN) folded = K;
        else if (code === LONG_S) folded = S;
        else if (isWordCodeAt(text, i)) folded = code;
        else folded = 0;
        if (folded !== 0 && code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
          hash = mix(hash, folded);
          folded = text.charCodeAt(++i);
        }
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
const KELVIN_SIGN = 0x212a;
const LONG_S = 0x17f;
const K = 107;
const S = 115;
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

/** By UTF-16 unit outside ASCII and the surrogates: 0 not read yet, 1 a letter or digit, 2 neither. */
const bmpClass = new Uint8Array(0x10000);

/** Whether the character at `i` (outside ASCII) is a letter or digit as the search reads it; a surrogate pair read whole. */
function isWordCodeAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdfff) return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(i)!));
  let known = bmpClass[code]!;
  if (known === 0) bmpClass[code] = known = WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}
