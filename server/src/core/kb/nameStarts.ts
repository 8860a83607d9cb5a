import type { TrieNode } from './matcher';

/**
 * Where the prose scan stops to try a name (see `scanProse` in `entities.ts`): capitals, digits,
 * any character past ASCII but the no-break space and general punctuation (dashes, curly quotes),
 * which start no word, and the letters of a few lowercase first words.
 */
export interface NameStarts {
  /**
   * The characters a name can start with, as a global pattern the scan jumps along, and the first
   * characters of the regions that hold no prose but a URL without "://" (see `NON_PROSE_OPENERS`).
   */
  readonly startChars: RegExp;
  /** Plain lowercase first words the scan finds from the word after them ("al", looked for before "Qaeda"). */
  readonly leadWords: readonly string[];
  /**
   * They again, by their last letter (a–z), in the same order: a word before a candidate is compared
   * only with those that end as it does, one or two, and with none for most letters.
   */
  readonly leadWordsByLastLetter: readonly (readonly string[])[];
  /**
   * The first characters of the words that go on from a lead word in the trie, as `firstCharBit`s
   * ("q" of "Qaeda", "k" of "Korean", digits): a candidate that starts otherwise has no lead before it.
   */
  readonly leadFollowers: number;
  /** The ASCII characters the pattern stops at, as 1s. */
  readonly asciiStarts: Uint8Array;
}

/** The characters past ASCII the pattern stops at: all but the no-break space and general punctuation. */
const NON_ASCII_STARTS: readonly (readonly [number, number])[] = [[0x80, 0x9f], [0xa1, 0x1fff], [0x2070, 0xffff]];
const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
const NON_ASCII_CLASS = NON_ASCII_STARTS.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('');

/**
 * The first characters of inline code, an HTML comment, a link target and "://": the prose scan
 * stops at them too, to hand a block that holds one to the careful scan (see `scanProse` in
 * `entities.ts`). Few in prose, and a class of the pattern costs nothing more per character, where
 * a search of the block for each took a pass of its own.
 */
const NON_PROSE_OPENERS = '`<]:';
const NON_PROSE_OPENER_CODES = new Uint8Array(128);
for (const opener of NON_PROSE_OPENERS) NON_PROSE_OPENER_CODES[opener.charCodeAt(0)] = 1;

/** Whether the prose scan's pattern stopped at `c` for the first character of a region that holds no prose (see `NON_PROSE_OPENERS`). */
export const isNonProseOpenerCode = (c: number): boolean => c < 128 && NON_PROSE_OPENER_CODES[c] === 1;

/** Whether the prose scan's pattern stops at the character `c`. */
export function isNameStartCode(starts: NameStarts, c: number): boolean {
  if (c < 128) return starts.asciiStarts[c] === 1;
  for (const [from, to] of NON_ASCII_STARTS) if (c >= from && c <= to) return true;
  return false;
}

/**
 * A plain lowercase first word every lowercase name through which goes on with a word written with
 * a capital or digit ("al-Qaeda", "inter-Korean …", "resolution 2231"), and none of which is the
 * word alone: the scan need not stop at it, which made it try every "al", "inter" and "resolution"
 * of a text (a lookbehind per character, 1.7 of the pattern's 3.7 ms on 1 MB); it looks back from
 * the capital instead.
 */
function isLead(root: TrieNode, word: string): boolean {
  const node = root.next?.get(word);
  if (!node || node.targets?.some((t) => !t.capitalized)) return false;
  let ok = true;
  const visit = (n: TrieNode) => {
    for (const t of n.targets ?? []) if (!t.capitalized && !/^[A-Z0-9]/.test(t.words[1] ?? '')) ok = false;
    for (const child of n.next?.values() ?? []) visit(child);
  };
  visit(node);
  return ok;
}

/** The scan's stopping points for a trie whose lowercase first words are `lowercaseFirstWords`; marks the lead words' nodes. */
export function compileNameStarts(root: TrieNode, lowercaseFirstWords: ReadonlySet<string>): NameStarts {
  const plain = [...lowercaseFirstWords].filter((word) => /^[a-z][a-z0-9]*$/.test(word));
  const leadWords = plain.filter((word) => isLead(root, word));
  const leadWordsByLastLetter = Array.from({ length: 26 }, (_, k) => leadWords.filter((word) => word.charCodeAt(word.length - 1) === 97 + k));
  let leadFollowers = 0;
  for (const word of leadWords) {
    const node = root.next!.get(word)!;
    node.lead = true;
    leadFollowers |= node.firstChars ?? 0;
  }
  // any other plain one by its first letter and a look at the rest: the letter alone made every
  // word starting with "a" a candidate. One alternative per letter, the letter tested first: each
  // alternative is tried at every character the class above passes (one for "euro" and "eurozone",
  // not two). No look behind for a letter before it: the scan's `isWordStart` rules out the rare
  // stop inside a word ("neuro"), and the look behind at every "c", "e" and "r" cost a tenth of
  // the pattern's time on prose
  const restsByLetter = new Map<string, string[]>();
  for (const word of plain) {
    if (leadWords.includes(word)) continue;
    const rests = restsByLetter.get(word[0]!) ?? [];
    if (rests.length === 0) restsByLetter.set(word[0]!, rests);
    // not `\b`, for which "_" is a letter: the careful scan reads "coalition_of" as two words
    rests.push(`${word.slice(1)}(?![A-Za-z0-9])`);
  }
  const alternatives = [...restsByLetter]
    .map(([letter, rests]) => `|${letter}(?=${rests.join('|')})`)
    .join('');
  // any other lowercase first word ("d'…") by its letter alone
  const otherLetters = [...lowercaseFirstWords].filter((word) => !plain.includes(word) && /^[a-z]/.test(word)).map((word) => word[0]!);
  const asciiStarts = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) asciiStarts[c] = 1;
  for (const letter of otherLetters + NON_PROSE_OPENERS) asciiStarts[letter.charCodeAt(0)] = 1;
  const startChars = new RegExp(`[A-Z0-9${NON_ASCII_CLASS}${otherLetters.join('')}${NON_PROSE_OPENERS.replace(']', '\\]')}]${alternatives}`, 'g');
  return { startChars, leadWords, leadWordsByLastLetter, leadFollowers, asciiStarts };
}
