import { isWordChar, wordEnd } from './names';

/**
 * A 30-bit hash of a word of ASCII letters, digits and apostrophes, lowercased as it is read, so
 * that a word in the text and its folded form in the knowledge base hash alike. The scanner checks
 * it before cutting a word out of the text: most capitalized words start no name. -1 for a word
 * with other characters, whose folded form only a full look-up can tell.
 */
export function asciiWordHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c += 32;
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  // 30 bits: the hash keys maps, and V8 keeps integers below 2^30 unboxed (a 32-bit key was a heap
  // number, allocated and hashed as a double at every look-up)
  return hash & 0x3fffffff;
}

/**
 * The `asciiWordHash` of the ASCII letters from `start` (the word `asciiLettersEnd` ends), read in
 * one pass; -1 where no letter stands there. The rules that look up the word after a name in a
 * set of hashes read it here once, not once for its end and again for its hash.
 */
export function asciiLettersHash(text: string, start: number): number {
  let hash = 0;
  let i = start;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  return i === start ? -1 : hash & 0x3fffffff;
}

/** The `asciiWordHash` of each of `words` (ASCII), for a set that a word read in place is looked up in. */
export const asciiWordHashes = (words: Iterable<string>): WordHashes => new WordHashes([...words].map((word) => asciiWordHash(word, 0, word.length)));

/**
 * Whether a word read in place, whose hash is `hash` (-1 for a word past ASCII, whose folded form
 * only the word cut out can tell), may be one of the words whose hashes `words` holds.
 */
export const mayBeAmong = (hash: number, words: WordHashes): boolean => hash === -1 || words.has(hash);

/** A slot of `WordHashes` that holds no hash: every hash it holds is 0 or more. */
const EMPTY_SLOT = -1;

/**
 * A set of word hashes (`asciiWordHash`, 0 or more) as an open-addressed table: `has` is a multiply
 * and an array read or two, which V8 inlines, where a `Set`'s look-up is a call into a builtin
 * (the rules look up the word beside most names in one). False for any negative number.
 */
export class WordHashes {
  private readonly slots: Int32Array;
  /** How far a hash times the golden ratio is shifted right to give a slot: 32 minus the table's bits. */
  private readonly shift: number;

  constructor(hashes: readonly number[]) {
    let bits = 3;
    // at most a quarter full, so that a probe seldom reads a second slot
    while (1 << bits < 4 * hashes.length) bits++;
    this.shift = 32 - bits;
    this.slots = new Int32Array(1 << bits).fill(EMPTY_SLOT);
    for (const hash of hashes) {
      if (hash < 0) throw new Error('WordHashes holds the hashes of ASCII words only');
      if (!this.has(hash)) this.slots[this.freeSlotFor(hash)] = hash;
    }
  }

  has(hash: number): boolean {
    const mask = this.slots.length - 1;
    for (let i = Math.imul(hash, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      const slot = this.slots[i]!;
      if (slot === EMPTY_SLOT) return false;
      if (slot === hash) return true;
    }
  }

  private freeSlotFor(hash: number): number {
    const mask = this.slots.length - 1;
    let i = Math.imul(hash, 0x9e3779b1) >>> this.shift;
    while (this.slots[i] !== EMPTY_SLOT) i = (i + 1) & mask;
    return i;
  }
}

/** Whether the text between `start` and `end`, lowercased, is `key` (both ASCII). */
export function isSameAsciiWord(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let k = 0; k < key.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== key.charCodeAt(k)) return false;
  }
  return true;
}

/** A set of word hashes as a bitmap of their low 16 bits: 8 KB, and a look-up is one array read. */
export class WordHashSet {
  private readonly bits = new Uint8Array(1 << 13);

  add(hash: number): void {
    if (hash >= 0) this.bits[(hash & 0xffff) >> 3]! |= 1 << (hash & 7);
  }

  /** Whether a word with this hash may be in the set; always true for -1 (not hashed). */
  mayHave(hash: number): boolean {
    return hash < 0 || (this.bits[(hash & 0xffff) >> 3]! & (1 << (hash & 7))) !== 0;
  }
}

/** The `asciiWordHash` of the word `wordEndHashed` last read. */
let hashOfLastWord = 0;
export const lastWordHash = (): number => hashOfLastWord;

/** Where the word `wordEndHashed` last read starts, and whether it holds letters alone (see `isHashedExactly`). */
let startOfLastWord = -1;
let lettersOfLastWord = false;

/** The longest words of letters alone that `asciiWordHash` tells apart (see `isHashedExactly`). */
const EXACTLY_HASHED_LENGTH = 6;

/**
 * Whether `word` (folded) is of letters alone, a–z, and short enough that every other such word of its length has
 * another `asciiWordHash`: the hash sums each letter times a power of 31, and two letters differ by
 * at most 25, less than 31, so two sums of up to six letters differ by less than 2^30 and are equal
 * only where every letter is. A word of the text with its hash and length is then the same word
 * (where it holds letters alone too: "c0" and "an" share a hash), and need not be read again.
 */
export const isHashedExactly = (word: string): boolean => word.length <= EXACTLY_HASHED_LENGTH && /^[a-z]+$/.test(word);

/**
 * Whether the word at `start`, which `wordEndHashed` read last (the caller's promise), holds
 * letters alone: it is then a word that `isHashedExactly` accepts, of its length and hash.
 */
export const isLastWordLettersAt = (start: number): boolean => start === startOfLastWord && lettersOfLastWord;

/**
 * `wordEnd` of the word at `start`, computing its `asciiWordHash` (read it with `lastWordHash`) in
 * the same pass: the scanner needs both for every capitalized word, and most are plain ASCII
 * letters, read once here instead of twice. Anything else (an apostrophe, a non-ASCII letter) goes
 * to `wordEnd`, which depends on the position alone, so it can take over mid-word.
 */
export function wordEndHashed(text: string, start: number, limit: number): number {
  let hash = 0;
  let letters = true;
  let i = start;
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    // a letter, lowercased by its bit of 32 (which takes no other character of ASCII to a–z)
    const lower = c | 32;
    if (lower >= 97 && lower <= 122) hash = (Math.imul(hash, 31) + lower) | 0;
    else if (c >= 48 && c <= 57) {
      hash = (Math.imul(hash, 31) + c) | 0;
      letters = false;
    }
    // the usual end, a space or punctuation: only an apostrophe of ASCII may go on with the word
    else if (c < 128 && c !== 39) break;
    else return wordEndHashedFrom(text, start, i, limit, hash, letters);
  }
  hashOfLastWord = hash & 0x3fffffff;
  startOfLastWord = start;
  // no word at all holds no letters either
  lettersOfLastWord = letters && i > start;
  return i;
}

/**
 * `wordEndHashed` on from `i`, at an apostrophe or a character past ASCII, with the hash of the letters
 * before it: a function of its own, so that the usual word's loop is small enough for V8 to inline
 * into the scan's loops (which inline too much else to take in the whole).
 */
function wordEndHashedFrom(text: string, start: number, i: number, limit: number, hash: number, letters: boolean): number {
  const end = wordEnd(text, i, limit);
  hashOfLastWord = end === i ? hash & 0x3fffffff : asciiWordHash(text, start, end);
  startOfLastWord = start;
  // a possessive's apostrophe ends the word ("Russia's"); anything else it holds is no letter of ASCII
  lettersOfLastWord = end === i && letters && i > start;
  return end;
}

/**
 * `wordStartAt` of the word that ends at `end` (its run of word characters), computing its
 * `asciiWordHash` (read it with `lastWordHash`; -1 for a word past ASCII) in the same pass, from its
 * last character back: the hash is each character times a power of 31, which sums alike in either
 * direction. A rule that hashes the word before a name reads each of its characters once, not once
 * for its start and again for its hash.
 */
export function wordStartHashed(text: string, end: number): number {
  let hash = 0;
  let power = 1;
  let ascii = true;
  let i = end;
  for (; i > 0; i--) {
    let c = text.charCodeAt(i - 1);
    if (c >= 128) {
      if (!isWordChar(text, i - 1)) break;
      ascii = false;
      continue;
    }
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) break;
    hash = (hash + Math.imul(c, power)) | 0;
    power = Math.imul(power, 31);
  }
  hashOfLastWord = ascii ? hash & 0x3fffffff : -1;
  return i;
}
