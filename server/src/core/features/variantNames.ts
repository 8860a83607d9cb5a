import type { NameMatcher } from '../kb/matcher';
import { foldWord, wordEnd } from '../kb/names';
import { differsInDoublingOnly, transliterationKey } from '../kb/transliteration';
import type { UnnamedWords } from '../recognizers/entities';
import type { EntryChooser } from './entryChooser';
import { MentionRecord } from './mentionRecord';

/**
 * The mentions of known people written with their own first name and a spelling of their surname
 * the knowledge base does not list, one transliteration away ("Sergei Shoygu" for Sergei Shoigu,
 * whose entry lists "Sergey Shoygu"), read as variants, so that inconsistent-naming counts them; among the capitalized
 * words the name scan found no name at, in order. A letter doubled or not is no transliteration
 * here: "Rafael Grosi" is left to misspelled-name.
 */
export function variantNameMentions(text: string, unnamed: Readonly<UnnamedWords>, matcher: NameMatcher, chooser: EntryChooser): MentionRecord[] | undefined {
  let found: MentionRecord[] | undefined;
  for (let k = 0; k + 1 < unnamed.count; k++) {
    // most capitalized words are no known first name: the hash the scan read says so at once
    if (!matcher.variantFirstNameHashes.mayHave(unnamed.hashes[k]!)) continue;
    const start = unnamed.starts[k]!;
    const firstEnd = wordEnd(text, start);
    const surnameStart = unnamed.starts[k + 1]!;
    if (surnameStart !== firstEnd + 1 || text.charCodeAt(firstEnd) !== 32) continue;
    const people = matcher.variantSurnames.get(foldWord(text.slice(start, firstEnd)));
    if (!people) continue;
    const end = wordEnd(text, surnameStart);
    const written = text.slice(surnameStart, end);
    const key = transliterationKey(written);
    const folded = foldWord(written);
    const fitting = people.filter((p) => p.key === key && p.folded !== folded && !differsInDoublingOnly(p.folded, folded));
    const picked = fitting.length === 1 ? chooser.pick(fitting[0]!.targets) : undefined;
    if (picked) (found ??= []).push(new MentionRecord(start, end, text.slice(start, end), picked.reading));
  }
  return found;
}
