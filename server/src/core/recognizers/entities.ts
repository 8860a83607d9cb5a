import { childFor, firstCharBit, type NameMatcher, type NameTarget, type TrieNode } from '../kb/matcher';
import { isNameStartCode, isNonProseOpenerCode } from '../kb/nameStarts';
import { afterPossessive, codeAt, foldWord, isApostrophe, isDigitAt, isSpaceAt, isWordChar, wordEnd } from '../kb/names';
import { asciiWordHashes, lastWordHash, wordEndHashed } from '../kb/wordHash';
import { EMPTY_LIST } from '../text/emptyList';

/** A run of words that names one or more knowledge-base entries, before context picks one. */
export interface RawMatch {
  /** Offsets relative to the scanned block. */
  readonly start: number;
  readonly end: number;
  /** The names that fit, already filtered by case; several when the words are ambiguous. */
  readonly targets: readonly NameTarget[];
}

/** Generic words that may follow a treaty's name and belong to the mention ("the New START treaty"). */
const INSTRUMENT_WORDS = new Set([
  'treaty', 'treaties', 'agreement', 'agreements', 'accord', 'accords', 'protocol', 'protocols',
  'convention', 'memorandum', 'pact', 'charter', 'deal',
]);

const INSTRUMENT_WORD_HASHES = asciiWordHashes(INSTRUMENT_WORDS);

/** The first letters of `INSTRUMENT_WORDS` as `firstCharBit`s: most words after a treaty's name start otherwise, and are not read. */
const INSTRUMENT_FIRST_CHARS = [...INSTRUMENT_WORDS].reduce((bits, word) => bits | firstCharBit(word.charCodeAt(0)), 0);

/** Longest span skipped as a bracketed aside inside a name: "(INF)", "(Adapted)". */
const MAX_ASIDE = 24;

const isUpperStart = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return c >= 48 && c <= 57;
  const ch = text[i]!;
  return ch !== ch.toLowerCase();
};

/**
 * The offset of the first `code` in [from, to), or -1; read in place, without a slice. Bounded: a
 * search to the end of the paragraph for a ")" that never comes, repeated at every "(" of a long
 * paragraph, was quadratic.
 */
function codeIndexIn(text: string, code: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** Whether a region that holds no prose starts at `i`: inline code, an HTML comment, a link target. */
function opensNonProse(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 96 /* ` */ || (c === 60 /* < */ && text.startsWith('<!--', i)) || (c === 93 /* ] */ && codeAt(text, i + 1) === 40 /* ( */);
}

/**
 * Where the careful scan of one block last looked for the ")" that ends a link target: the first
 * ")" at or after `from` is at `at` (-1: none). A later search from between `from` and `at` has the
 * same answer: a paragraph of link openers that never close ("[a]( [b]( …") was searched to its
 * end at each of them.
 */
interface LinkCloseMemo {
  from: number;
  at: number;
}

/** Offset just past a region that holds no prose: inline code, an HTML comment, a link target, a URL. */
function skipNonProse(text: string, i: number, limit: number, closes: LinkCloseMemo): number {
  const c = text.charCodeAt(i);
  if (c === 96 /* ` */) {
    const close = text.indexOf('`', i + 1);
    return close === -1 || close >= limit ? i + 1 : close + 1;
  }
  if (c === 60 /* < */ && text.startsWith('<!--', i)) {
    const close = text.indexOf('-->', i + 4);
    return close === -1 || close >= limit ? limit : close + 3;
  }
  if (c === 93 /* ] */ && text.charCodeAt(i + 1) === 40 /* ( */) {
    const from = i + 2;
    if (from < closes.from || (closes.at !== -1 && from > closes.at)) {
      closes.from = from;
      closes.at = text.indexOf(')', from);
    }
    return closes.at === -1 || closes.at >= limit ? i + 1 : closes.at + 1;
  }
  return i;
}

/** Whether a word starting at `i` is a URL or e-mail address, which holds no names. */
function isUrlAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 104 /* h */ && c !== 119 /* w */) return false;
  return text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('www.', i);
}

/**
 * The start of the next word of a name after the word that ends at `i`, or -1 where a name cannot
 * go on. A possessive is stepped over, so that names that hold one are found whole; the trie decides
 * whether the words after it continue a name ("Russia's position" stays "Russia"), and a target only
 * where its name has a possessive there (`NameTarget.possessiveGaps`).
 */
function nextWordStart(text: string, i: number, limit: number): number {
  // the usual gap, one space before a plain letter or digit, read without the checks below
  if (i + 1 < limit && text.charCodeAt(i) === 32) {
    const c = text.charCodeAt(i + 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return i + 1;
  }
  return nextWordStartPastGap(text, i, limit);
}

/** `nextWordStart` past its usual gap, a function of its own: the name's walk then takes in the usual gap alone. */
function nextWordStartPastGap(text: string, i: number, limit: number): number {
  i = afterPossessive(text, i, limit);
  while (i < limit && !isWordChar(text, i)) {
    if (opensNonProse(text, i)) return -1;
    // a closing quote ends a name; so does a sentence or clause boundary
    const c = text.charCodeAt(i);
    if (c === 59 /* ; */ || c === 58 /* : */ || c === 33 || c === 63 || c === 34 || c === 0x201c || c === 0x201d) return -1;
    if (isApostrophe(text, i)) return -1;
    i++;
  }
  return i < limit ? i : -1;
}

/** Word boundaries of the words walked so far, reused across calls: a scan allocates no arrays per word. */
const wordStarts: number[] = [];
const wordEnds: number[] = [];

/** Whether a "+" ends the word that ends at `end` ("OPEC+ agreed", not "Russia+China"). */
const plusAt = (text: string, end: number) => codeAt(text, end) === 43 /* + */ && (end + 1 >= text.length || !isWordChar(text, end + 1));

/**
 * Whether the word at [start, end) starts in lowercase and is the first part of a hyphenated word:
 * "post" of "Kyiv post-war", which is no "Kyiv Post".
 */
function opensLowercaseCompound(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  return c >= 97 && c <= 122 && end + 1 < text.length && text.charCodeAt(end) === 45 /* - */ && isWordChar(text, end + 1);
}

/** Whether a name's word is written with a capital (or a digit) in the knowledge base. */
const writtenCapitalized = (word: string | undefined) => word !== undefined && isUpperStart(word, 0);

function acceptable(target: NameTarget, wordCount: number, text: string, firstStart: number, plus: boolean, gapCommas: number, gapPossessives: number, lowercaseCompound: boolean): boolean {
  if (target.plus !== plus || (gapCommas & ~target.commaGaps) !== 0 || (gapPossessives & ~target.possessiveGaps) !== 0) return false;
  // "Kyiv post-war": a capitalized last word of a name, in lowercase, starting a hyphenated word
  if (lowercaseCompound && writtenCapitalized(target.words[wordCount - 1])) return false;
  if (target.form === 'acronym') {
    if (target.words.length !== wordCount) return false;
    for (let k = 0; k < wordCount; k++) {
      const written = target.words[k]!;
      if (written.length !== wordEnds[k]! - wordStarts[k]! || !text.startsWith(written, wordStarts[k]!)) return false;
    }
    return true;
  }
  return !target.capitalized || isUpperStart(text, firstStart);
}

/**
 * The targets of `node` that the words walked so far accept: the trie's own list when every target
 * fits (the usual case), as matches are many and lists add up.
 */
function acceptedTargets(node: TrieNode, wordCount: number, text: string, start: number, plus: boolean, gapCommas: number, gapPossessives: number, lowercaseCompound: boolean): readonly NameTarget[] {
  const targets = node.targets!;
  // the targets kept, as bits (a node holds at most 25; a unit test checks that none holds more than 30)
  let accepted = 0;
  for (let k = 0; k < targets.length; k++) if (acceptable(targets[k]!, wordCount, text, start, plus, gapCommas, gapPossessives, lowercaseCompound)) accepted |= 1 << k;
  return accepted === (1 << targets.length) - 1 ? targets : acceptedSubset(node, accepted);
}

/** The targets of `node` whose bits `accepted` holds, one shared list per subset (see `TrieNode.acceptedSubsets`). */
function acceptedSubset(node: TrieNode, accepted: number): readonly NameTarget[] {
  if (accepted === 0) return EMPTY_LIST;
  node.acceptedSubsets ??= new Map();
  let subset = node.acceptedSubsets.get(accepted);
  if (subset === undefined) node.acceptedSubsets.set(accepted, (subset = node.targets!.filter((_, k) => (accepted & (1 << k)) !== 0)));
  return subset;
}

/**
 * The match `nameAt` found last, rewritten by each call: the scan copies it into its list, and
 * most words tried match nothing, so no object is made for a walk.
 */
const found: { start: number; end: number; targets: readonly NameTarget[] } = { start: 0, end: 0, targets: EMPTY_LIST };

/** Whether the prose scan under way has met a word that starts with a digit, for `UnnamedWords.numberless`; `matchAt` sets it too. */
let numberMet = false;

/** Whether a name walked since the prose scan began stepped over a bracketed aside, whose characters the scan's pattern did not read. */
let asideMet = false;

/**
 * Walks the trie from the word at `start`, which ends at `firstEnd` and has the hash `firstHash`
 * (the caller has them already). Writes the longest acceptable match to `found` and returns
 * whether there is one.
 */
function matchAt(text: string, start: number, firstEnd: number, firstHash: number, matcher: NameMatcher): boolean {
  const limit = text.length;
  let node = matcher.root;
  let wordStart = start;
  let previousEnd = -1;
  let asideSkipped = false;
  let wordCount = 0;
  // the longest match so far, made into an object once the walk ends: a walk through "the Budapest
  // Memorandum" passes a name ("Budapest") before the longer one, and matches are many
  let bestEnd = -1;
  let bestTargets: readonly NameTarget[] | undefined;
  let bestNamesTreaty = false;
  let lowercaseLead = false;
  // the gaps walked so far that hold a comma or follow a possessive, as `NameTarget.commaGaps` and `possessiveGaps` have them
  let gapCommas = 0;
  let gapPossessives = 0;
  const upperStart = isUpperStart(text, start);
  while (wordStart !== -1) {
    const first = wordStart === start;
    // "al-Qaeda": the prose scan finds a lead word in lowercase only from a word it stops at
    if (lowercaseLead && !isNameStartCode(matcher, text.charCodeAt(wordStart))) break;
    // after the first word, most walks end at a word no child starts with: it is not read
    const mayContinue = first || (node.firstChars! & firstCharBit(text.charCodeAt(wordStart))) !== 0;
    const wEnd = first ? firstEnd : mayContinue ? wordEndHashed(text, wordStart, limit) : -1;
    const child = mayContinue ? childFor(matcher.children, node, text, wordStart, wEnd, first ? firstHash : lastWordHash()) : undefined;
    if (!child) {
      // "Intermediate-Range Nuclear Forces (INF) Treaty": step over one bracketed aside
      const opensAside = previousEnd !== -1 && codeIndexIn(text, 40 /* ( */, previousEnd, wordStart) !== -1;
      const close = opensAside && !asideSkipped ? codeIndexIn(text, 41 /* ) */, wordStart, Math.min(limit, wordStart + MAX_ASIDE)) : -1;
      if (close !== -1) {
        asideSkipped = true;
        // its words are not read one by one, and may hold a number, or code
        numberMet = true;
        asideMet = true;
        // a comma before the aside is read with it ("Forces (INF), Treaty" is not one name either way)
        gapCommas &= ~(1 << (wordCount - 1));
        wordStart = nextWordStart(text, close + 1, limit);
        continue;
      }
      break;
    }
    wordStarts[wordCount] = wordStart;
    wordEnds[wordCount] = wEnd;
    wordCount++;
    // a number in a name ("Resolution 2231"), which the scan then steps over
    if (isDigitAt(text, wordStart)) numberMet = true;
    node = child;
    lowercaseLead = first && child.lead === true && !upperStart;
    if (node.targets) {
      const plus = plusAt(text, wEnd);
      const lowercaseCompound = !first && opensLowercaseCompound(text, wordStart, wEnd);
      // most names have plain targets and are written with a capital and plain gaps, which every
      // target accepts: they are not read (see `TrieNode.plainTargets`)
      const everyTarget = node.plainTargets === true && upperStart && !plus && (gapCommas | gapPossessives) === 0 && !lowercaseCompound;
      const targets = everyTarget ? node.targets : acceptedTargets(node, wordCount, text, start, plus, gapCommas, gapPossessives, lowercaseCompound);
      if (targets.length > 0) {
        bestEnd = plus ? wEnd + 1 : wEnd;
        bestTargets = targets;
        bestNamesTreaty = node.namesTreaty === true;
      }
    }
    if (!node.next) break;
    previousEnd = wEnd;
    wordStart = nextWordStart(text, wEnd, limit);
    // the usual gap is one space; a longer one may hold a comma, or start with a possessive
    if (wordStart > wEnd + 1 && wordCount <= 31) {
      if (codeIndexIn(text, 44 /* , */, wEnd, wordStart) !== -1) gapCommas |= 1 << (wordCount - 1);
      if (isApostrophe(text, wEnd)) gapPossessives |= 1 << (wordCount - 1);
    }
  }
  if (bestTargets === undefined) return false;
  found.start = start;
  // most names name no treaty, and their targets need not be read again
  found.end = bestNamesTreaty ? endWithInstrumentWord(text, bestEnd, bestTargets, limit) : bestEnd;
  found.targets = bestTargets;
  return true;
}

/** Where a match that ends at `end` ends with a following "treaty", "agreement" … taken in, when it names a treaty. */
function endWithInstrumentWord(text: string, end: number, targets: readonly NameTarget[], limit: number): number {
  let treaty = false;
  for (const t of targets) treaty ||= t.kind === 'treaty';
  if (!treaty) return end;
  let i = end;
  while (i < limit && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13)) i++;
  if (i === end || i >= limit || (firstCharBit(text.charCodeAt(i)) & INSTRUMENT_FIRST_CHARS) === 0 || !isWordChar(text, i)) return end;
  const after = wordEndHashed(text, i, limit);
  // most treaty names are followed by an ordinary word, which its hash rules out without a copy
  const hash = lastWordHash();
  if (hash >= 0 && !INSTRUMENT_WORD_HASHES.has(hash)) return end;
  return INSTRUMENT_WORDS.has(foldWord(text.slice(i, after))) ? after : end;
}

/** A name's last word written as a dotted abbreviation ("U.S", "Washington, D.C"), its final period not yet taken in. */
const DOTTED_END = /(?:^|[\s,])\p{Lu}(\.\p{Lu})+$/u;

/**
 * Settles `found` by the characters beside it: false for the "US" of "US$110", a currency rather
 * than the state; else true, `found` widened to the final period of a dotted abbreviation that ends
 * it ("U.S.", "Washington, D.C.") and to the opening bracket of a bracketed qualifier that the name
 * starts with ("(Adapted) Conventional Forces …").
 */
function settleFound(text: string): boolean {
  const { start, end } = found;
  const after = codeAt(text, end);
  if (after === 36 /* $ */) return false;
  if (after === 46 /* . */ && DOTTED_END.test(text.slice(start, end))) found.end = end + 1;
  if (start > 0 && text.charCodeAt(start - 1) === 40 && closesBracketBefore(text, start, end)) found.start = start - 1;
  return true;
}

/**
 * Whether a name's first ")" closes a bracket opened before the name, not one of its own: "(Adapted)
 * Conventional Forces …" takes in the "(" before it, "(Regulation (EU) 2021/821)" does not.
 */
function closesBracketBefore(text: string, start: number, end: number): boolean {
  const close = codeIndexIn(text, 41 /* ) */, start, end);
  return close !== -1 && codeIndexIn(text, 40 /* ( */, start, close) === -1;
}

/**
 * Whether a block needs the careful scan: inline code, comments, link targets and URLs hold no
 * names. "://" stands for "http://" and "https://": the careful scan finds what the fast one would
 * in any block. The prose scan tells all but "www." itself, at no cost of its own (see
 * `NON_PROSE_OPENERS`), and searches the block for them only after a bracketed aside it did not read.
 */
const opensNonProseAt = (text: string, i: number) => opensNonProse(text, i) || (text.charCodeAt(i) === 58 /* : */ && text.startsWith('//', i + 1));
const holdsNonProse = (text: string) => text.includes('`') || text.includes('<!--') || text.includes('](') || text.includes('://');
const mayHoldUrl = (text: string) => text.includes('www.');

/** What `scanProse` returns for a block that holds code, a comment, a link target or a URL. */
const NOT_PROSE = -1;

/**
 * Where the capitalized words of a block start that start no name, outside every match, in order
 * (any word starting past ASCII is among them): the first `count` entries of `starts`, or a count
 * of -1 for a block with code, comments, link targets or URLs, whose scan steps over those regions
 * and so does not visit every word. The caller owns it and reads it before the next scan: a rule
 * that looks at capitalized words reads them here instead of searching the block again.
 */
export interface UnnamedWords {
  readonly starts: number[];
  /** Each word's `asciiWordHash` (-1 past ASCII), as the scan read it: a check of a word against a set of surnames need not read it again. */
  readonly hashes: number[];
  count: number;
  /**
   * Whether no digit opens the block or follows white space in it: the scan stops at every word
   * starting with a digit outside the names it finds, and a name's walk reads the first character of
   * each of its words (a bracketed aside it steps over counts as a number). False where the scan read
   * no words or stepped over code and links. Most blocks of prose hold no number, and so no list of
   * resolutions (see `mayListResolutions` in features/mentions.ts).
   */
  numberless: boolean;
}

/**
 * Finds every name of the knowledge base in a block of text, longest match first, in one pass.
 * Only words that can start a name are tried: capitalized words, digits, and the few lowercase
 * first words the knowledge base has; a word whose hash starts no name is passed over without
 * being cut out. Names never match inside other words. Fills `unnamed`, when given, with the
 * capitalized words it tried in vain.
 */
export function scanEntities(text: string, matcher: NameMatcher, unnamed?: UnnamedWords): RawMatch[] {
  return scanEntitiesInPlace(text, matcher, unnamed).map(({ start, end, targets }) => ({ start, end, targets }));
}

/**
 * `scanEntities` for a caller that reads the matches before the next scan and keeps none of them:
 * the match objects are reused from scan to scan. A document's 20,000 matches were a tenth of what
 * its full analysis allocated, and each is read once, to make a mention.
 */
export function scanEntitiesInPlace(text: string, matcher: NameMatcher, unnamed?: UnnamedWords): readonly RawMatch[] {
  let count = mayHoldUrl(text) ? NOT_PROSE : scanProse(text, matcher, unnamed);
  if (count === NOT_PROSE) {
    if (unnamed) {
      unnamed.count = -1;
      unnamed.numberless = false;
    }
    count = scanCarefully(text, matcher);
  }
  if (count === 0) return NO_MATCHES;
  // appended in order, or cut short: the list stays packed, which V8 reads fastest
  if (matchList.length > count) matchList.length = count;
  for (let k = 0; k < count; k++) matchList[k] = pool[k]!;
  return matchList;
}

const NO_MATCHES: readonly RawMatch[] = EMPTY_LIST;

/** The matches of the last scan, written by index and never cut short: `keepFound` rewrites them for the next one. */
const pool: { start: number; end: number; targets: readonly NameTarget[] }[] = [];

/** The list `scanEntitiesInPlace` hands out: the first of `pool`, as many as the last scan found. */
const matchList: RawMatch[] = [];

/** Copies `found` to the scan's `index`th match; returns where the match ends. */
function keepFound(index: number): number {
  const match = pool[index];
  if (match === undefined) pool[index] = { start: found.start, end: found.end, targets: found.targets };
  else {
    match.start = found.start;
    match.end = found.end;
    match.targets = found.targets;
  }
  return found.end;
}

/**
 * Whether a name starts with the word at `i`, which ends at `end` and has the hash `hash`; the match
 * is then in `found`, until the next call.
 */
function nameAt(text: string, i: number, end: number, hash: number, matcher: NameMatcher): boolean {
  if (!isUpperStart(text, i) && !matcher.lowercaseStarts.has(text.charCodeAt(i))) return false;
  if (!matcher.firstWordHashes.mayHave(hash) || !matchAt(text, i, end, hash, matcher)) return false;
  // "The Hague Regulations of 1907 bind …": a name that opens with "The" may be cut short by a longer one after it
  if (end - i === 3 && text.charCodeAt(i) === 84 /* T */ && text.startsWith('The ', i)) preferLongerAfterArticle(text, end + 1, matcher);
  return settleFound(text);
}

/**
 * Keeps in `found` the name that starts at `at`, the word after a matched name's "The", where it
 * ends past that name: at a sentence's start "The Hague Regulations" is the treaty its words
 * "Hague Regulations" name, as they are after a lowercase "the", not the city "The Hague". Else
 * `found` is left as it was ("The Hague Summit Declaration" ends where "Hague Summit Declaration" does).
 */
function preferLongerAfterArticle(text: string, at: number, matcher: NameMatcher): void {
  const { start, end, targets } = found;
  const wEnd = wordEndHashed(text, at, text.length);
  const hash = lastWordHash();
  if (!isUpperStart(text, at) || !matcher.firstWordHashes.mayHave(hash) || !matchAt(text, at, wEnd, hash, matcher) || found.end > end) return;
  found.start = start;
  found.end = end;
  found.targets = targets;
}

/** Whether a word starts at `i`: not after a letter, nor after an apostrophe inside a word ("d'Ivoire"). */
function isWordStart(text: string, i: number): boolean {
  // the usual case, a plain letter or digit after a space, read without the checks below
  const c = text.charCodeAt(i);
  if (i > 0 && text.charCodeAt(i - 1) === 32 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return true;
  return isWordStartOtherwise(text, i);
}

/**
 * `isWordStart` past its usual case, a function of its own: the scan's loop takes in the usual case
 * alone, and V8 has room left to inline more of the calls made at every stop.
 */
function isWordStartOtherwise(text: string, i: number): boolean {
  if (!isWordChar(text, i)) return false;
  if (i === 0) return true;
  if (isWordChar(text, i - 1)) return false;
  return !(isApostrophe(text, i - 1) && i >= 2 && isWordChar(text, i - 2) && wordEnd(text, i - 2, text.length) > i);
}

/**
 * The scan of a block with no "www.": the pattern of the characters a name can start with jumps
 * from one candidate to the next, which the regular-expression engine does faster than a loop over
 * every character. Finds what `scanCarefully` finds (a unit test compares them), or returns
 * `NOT_PROSE` for a block with code, a comment, a link target or "://", before it fills `unnamed`.
 */
function scanProse(text: string, matcher: NameMatcher, unnamed: UnnamedWords | undefined): number {
  const starts = matcher.startChars;
  const leads = matcher.leadWords.length > 0;
  let named = 0;
  let count = 0;
  let from = 0;
  numberMet = false;
  asideMet = false;
  starts.lastIndex = 0;
  while (starts.test(text)) {
    const i = starts.lastIndex - 1;
    const scanned = from;
    from = starts.lastIndex;
    if (!isWordStart(text, i)) {
      if (isNonProseOpenerCode(text.charCodeAt(i))) {
        if (opensNonProseAt(text, i)) return NOT_PROSE;
        // no stop for a name: a lead word before the next is looked for as before
        from = scanned;
      }
      continue;
    }
    if (isDigitAt(text, i)) numberMet = true;
    // "al-Qaeda": "al" is looked for before "Qaeda" (see `NameStarts.leadWords`)
    const lead = leads && (firstCharBit(text.charCodeAt(i)) & matcher.leadFollowers) !== 0 ? leadBefore(text, i, scanned, matcher) : -1;
    if (lead !== -1 && nameAt(text, lead, wordEndHashed(text, lead, text.length), lastWordHash(), matcher)) {
      starts.lastIndex = from = keepFound(named++);
      continue;
    }
    const end = wordEndHashed(text, i, text.length);
    const hash = lastWordHash();
    if (nameAt(text, i, end, hash, matcher)) {
      starts.lastIndex = from = keepFound(named++);
      continue;
    }
    // written by index, never shortened: the caller's list keeps its room from block to block
    if (unnamed && mayBeCapital(text.charCodeAt(i))) {
      unnamed.hashes[count] = hash;
      unnamed.starts[count++] = i;
    }
    starts.lastIndex = from = end;
  }
  if (asideMet && holdsNonProse(text)) return NOT_PROSE;
  if (unnamed) {
    unnamed.count = count;
    unnamed.numberless = !numberMet;
  }
  return named;
}

/**
 * The start of a lead word (see `NameStarts.leadWords`) written in lowercase just before the word
 * at `i`, not before `from`, where the scan went on after its last stop; -1 for none (nearly
 * always, which the last letter of the word before tells).
 */
function leadBefore(text: string, i: number, from: number, matcher: NameMatcher): number {
  let end = i;
  while (end > from && !isWordChar(text, end - 1)) end--;
  // a lead word ends past `from`, after at least one character that is no letter
  if (end === i || end === from) return -1;
  const c = text.charCodeAt(end - 1);
  if (c < 97 || c > 122) return -1;
  for (const word of matcher.leadWordsByLastLetter[c - 97]!) {
    const start = end - word.length;
    if (start >= from && text.startsWith(word, start) && isWordStart(text, start) && wordEnd(text, start, text.length) === end) return start;
  }
  return -1;
}

/** A capital, or a character past ASCII that may be one: digits and lowercase start no capitalized word. */
const mayBeCapital = (c: number) => (c >= 65 && c <= 90) || c >= 128;

/** The scan of any block, character by character, stepping over code, comments, link targets and URLs. */
function scanCarefully(text: string, matcher: NameMatcher): number {
  let named = 0;
  const limit = text.length;
  const closes: LinkCloseMemo = { from: limit + 1, at: -1 };
  let i = 0;
  while (i < limit) {
    if (!isWordChar(text, i)) {
      const skipped = skipNonProse(text, i, limit, closes);
      i = skipped === i ? i + 1 : skipped;
      continue;
    }
    if (isUrlAt(text, i)) {
      while (i < limit && !isSpaceAt(text, i)) i++;
      continue;
    }
    const end = wordEndHashed(text, i, limit);
    i = nameAt(text, i, end, lastWordHash(), matcher) ? keepFound(named++) : end;
  }
  return named;
}
