import { asciiWordHash, lastWordHash, mayBeAmong, wordStartHashed, type WordHashes } from '../kb/wordHash';
import { spaceStartBefore } from '../text/wordBefore';

const THE_HASH = asciiWordHash('the', 0, 3);

/** `governingWordHash` where `wordBeforeArticle` gives '' (no word before the offset). */
export const NO_WORD = -2;

/**
 * The `asciiWordHash` of the word `wordBeforeArticle` gives at `offset` (the word before, past a
 * "the"), read in place: NO_WORD where it gives '', and -1 for a word past ASCII, whose folded form
 * only `wordBeforeArticle` can tell. A rule that wants one of a few words there (`asciiWordHashes`)
 * rules out most names with it, and calls `wordBeforeArticle` for the rest: that cuts the words out,
 * looks them up and, past a "the", reads the first word again.
 */
export function governingWordHash(text: string, offset: number): number {
  let end = spaceStartBefore(text, offset);
  if (end === offset) return NO_WORD;
  let start = wordStartHashed(text, end);
  // "the" (in any case) told by its length and hash: no other three ASCII letters or digits hash alike
  if (end - start === 3 && lastWordHash() === THE_HASH) {
    end = spaceStartBefore(text, start);
    if (end === start) return NO_WORD;
    start = wordStartHashed(text, end);
  }
  return start === end ? NO_WORD : lastWordHash();
}

/** Whether `wordBeforeArticle` at `offset` may give one of the words whose hashes `words` holds (see `governingWordHash`). */
export function mayGovern(text: string, offset: number, words: WordHashes): boolean {
  return mayBeAmong(governingWordHash(text, offset), words);
}
