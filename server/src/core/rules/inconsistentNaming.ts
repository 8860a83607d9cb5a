import type { Mention } from '../types';
import { boundedMemo } from '../text/boundedMemo';
import { comparable, groupsOf, holdsAny, keysWithin, type TalliedBlock, type TallyKeys } from './namingTally';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { NO_RAW_FINDINGS, type DocumentRuleContext, type RawFinding } from './ruleContext';
import { editDistance } from '../text/editDistance';
import { formerNameOf } from '../kb/formerNames';
import { skeletonLetter } from '../kb/transliteration';
import { movedFindings } from './shiftFinding';
import { oneLine } from '../text/oneLine';

/**
 * The form to write everywhere: the entry's own name if the text uses it, else a form that is not
 * a variant, else the most frequent.
 */
function preferredForm(group: readonly Mention[], fold: (text: string) => string): string {
  const counts = new Map<string, { count: number; rank: number; text: string }>();
  for (const m of group) {
    const key = fold(m.text);
    const rank = m.form === 'name' ? 2 : m.variant ? 0 : 1;
    const entry = counts.get(key) ?? { count: 0, rank, text: oneLine(m.text) };
    entry.count++;
    counts.set(key, entry);
  }
  const ranked = [...counts.values()].sort((a, b) => b.rank - a.rank || b.count - a.count);
  return ranked[0]!.text;
}

/** The mentions of one entity written in one shape, with the offsets of their blocks. */
interface Group {
  readonly members: Mention[];
  readonly offsets: number[];
}

/**
 * The form a text is compared in: case and spacing aside ("TÜRKİYE" is "Türkiye"), as written. Hyphens and accents count:
 * "Kim Jong-un" beside "Kim Jong Un", or "Orban" beside "Orbán", is the inconsistency an editor
 * fixes, though both forms name the same person. By written text; names recur, so the memo stays small.
 */
const fold = boundedMemo((text: string) => oneLine(text.toLowerCase().replace(DOT_ABOVE, '')), 50_000);
/** The dot that lowercasing leaves on a Turkish capital İ ("TÜRKİYE" → "türki̇ye"): no letter of its own. */
const DOT_ABOVE = /\u0307/g;

/**
 * A form's consonants as transliteration leaves them (`skeletonLetter`), and its digits, across its
 * words: accents, spaces and hyphens dropped, repeats as one ("Bab al-Mandab" and "Bab-el-Mandeb" are "blmndb",
 * "Turkey" and "Türkiye" "trk"). Undefined for fewer than three such consonants, which too many
 * short forms share. By folded form; bounded.
 */
const spellingSkeleton = boundedMemo((key: string): string | undefined => {
  let skeleton = '';
  for (const ch of key.normalize('NFD')) {
    const letter = ch.charCodeAt(0);
    // digits count: "Section 122" and "Section 201" are two sections, not two spellings of one
    const c = letter >= 48 && letter <= 57 ? letter : letter < 97 || letter > 122 ? -1 : skeletonLetter(letter);
    if (c === -1) continue;
    const kept = String.fromCharCode(c);
    if (!skeleton.endsWith(kept)) skeleton += kept;
  }
  return skeleton.length >= 3 ? skeleton : undefined;
}, 50_000);

/** Whether two folded forms differ only as transliterations do (see `spellingSkeleton`). */
const sameSkeleton = (a: string, b: string): boolean => {
  const skeleton = spellingSkeleton(a);
  return skeleton !== undefined && skeleton === spellingSkeleton(b);
};

/** Whether `key` (folded) is the entry's own name of a mention, or that name's last word (its surname). */
const isCanonicalFor = (key: string, m: Mention): boolean => {
  const name = fold(m.name);
  return key === name || key === name.slice(name.lastIndexOf(' ') + 1);
};

/** The surname of a person's mention in several words, as a mention of its own (a fix rewrites the surname alone). */
function surnameOf(m: Mention, text: string, offset: number): Mention {
  const start = m.start + offset;
  const { id, kind, category, form, name, variant } = m;
  return { id, kind, category, form, name, variant, text, start, end: start + text.length };
}

/**
 * The mentions of the groups written two ways, with the offsets of their blocks. Runs over every
 * block whenever an edit touches such a mention (see `namingFindings`): it makes nothing for a
 * block that names none of them.
 */
function membersOf(mixed: ReadonlySet<number>, forEachBlock: (visit: (block: TalliedBlock, offset: number) => void) => void, kb: KnowledgeBase): Group[] {
  const members = new Map<number, Group>();
  // the keys of each text read in this pass, found by the text's address (see `keysWithin`)
  const seen = new Map<string, TallyKeys>();
  const join = (group: number, m: Mention, offset: number) => {
    let entry = members.get(group);
    if (!entry) members.set(group, (entry = { members: [], offsets: [] }));
    entry.members.push(m);
    entry.offsets.push(offset);
  };
  forEachBlock((block, offset) => {
    if (!holdsAny(groupsOf(block, kb, seen), mixed)) return;
    for (const m of block.mentions) {
      if (!comparable(m)) continue;
      // the groups the tally counted the mention in (see `tallyKeysOf`)
      const keys = keysWithin(m, kb, seen);
      if (mixed.has(keys.group)) join(keys.group, m, offset);
      // a full name's surname, compared with the surname written alone (see `surnameGroupOf` in the tally)
      if (keys.surname !== undefined && mixed.has(keys.surnameGroup)) join(keys.surnameGroup, surnameOf(m, keys.surname, keys.surnameStart), offset);
    }
  });
  return [...members.values()];
}

/**
 * The same entity spelt two ways in one document ("Sergei Lavrov" and "Sergey Lavrov", "Kiev" and
 * "Kyiv", "Kim Jong Un" and "Kim Jong-un"). Different names for one entity ("United States", "America") are a style choice and are
 * left alone: only forms within two edits of each other, or a variant beside its canonical form, count.
 */
export function inconsistentNaming(ctx: DocumentRuleContext): RawFinding[] {
  // block-relative mentions are enough to find entities written two ways: only their findings are placed
  const forEachBlock = ctx.mentionIndex.forEachBlock.bind(ctx.mentionIndex);
  const mixed = ctx.namingTally.mixed;
  if (mixed.size === 0) return [];
  const styleList = ctx.settings.preferredSpellings;
  const findings: RawFinding[] = [];
  for (const group of membersOf(mixed, forEachBlock, ctx.kb)) {
    // the team's style list decides between two spellings it names ("Kiev" and "Kyiv")
    const listed = group.members.find((m) => Object.hasOwn(styleList, m.text) && group.members.some((o) => o.text === styleList[m.text]));
    const preferred = listed ? styleList[listed.text]! : preferredForm(group.members, fold);
    const preferredKey = fold(preferred);
    // a group writes a few forms many times, and this runs at each keystroke that touches one of
    // them: each form's distance and message are made once
    const far = new Map<string, boolean>();
    const messages = new Map<string, string>();
    const title = `Write "${preferred}"`;
    group.members.forEach((m, i) => {
      const key = fold(m.text);
      // a former name ("Swaziland" beside "Eswatini") is no second spelling but an old name, right in
      // its time, which former-name checks against the time
      if (key === preferredKey || formerNameOf(ctx.kb, m) !== undefined) return;
      let isFar = far.get(key);
      // a form more than two edits away is still one spelling of the name when only its vowels and
      // transliterated consonants differ ("Bab al-Mandab" beside "Bab-el-Mandeb", "Turkey" beside "Türkiye")
      if (isFar === undefined) far.set(key, (isFar = editDistance(key, preferredKey, 2) > 2 && !sameSkeleton(key, preferredKey)));
      // far from the form preferred, only a variant beside the name it varies is flagged ("Kiev"
      // beside "Kyiv"), not one beside another name ("Gebreyesus" beside the given name "Tedros")
      if (isFar && !(m.variant && isCanonicalFor(preferredKey, m))) return;
      let message = messages.get(m.text);
      if (message === undefined) messages.set(m.text, (message = `"${oneLine(m.text)}" is written "${preferred}" elsewhere in this document.`));
      const start = m.start + group.offsets[i]!;
      const end = m.end + group.offsets[i]!;
      findings.push({ code: 'inconsistent-naming', message, start, end, fixes: [{ title, edits: [{ start, end, newText: preferred }], safe: true }] });
    });
  }
  // a full name flagged as a whole ("Khalifa Hifter") needs no second finding on its surname
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  return findings.filter((f, i) => i === 0 || f.end > findings[i - 1]!.end || f.start >= findings[i - 1]!.end);
}

/** The previous version's inconsistent-naming findings, and the edit that made this version from it: text from `editEnd` on (old offsets) moved by `delta`. */
export interface PreviousNamingFindings {
  readonly findings: readonly RawFinding[];
  readonly editEnd: number;
  readonly delta: number;
  /** Whether every mention of this version is one of the previous version's, moved with the text (see `sameMentionsMoved`): asked only when the tally cannot tell. */
  readonly mentionsMoved: () => boolean;
}

/**
 * inconsistent-naming's findings in this version, unless the settings switch it off. When the
 * edit left every mention of the groups written two ways alone (see `NamingTally.sameMixedMembers`),
 * or left every mention as it was, moved (typing in a paragraph that names such a group, away from
 * its names), the rule would read what it read before: the previous version's findings are moved
 * with the text. Reading those mentions visits every block, which took a third of a keystroke in
 * the samples' drafts repeated to 1 MB, and half of one typed at the end of such a paragraph.
 * `previous` must have been found with the same settings.
 */
export function namingFindings(ctx: DocumentRuleContext, previous: PreviousNamingFindings | undefined): readonly RawFinding[] {
  if (ctx.settings.rules['inconsistent-naming'] === 'off') return NO_RAW_FINDINGS;
  if (previous && (ctx.namingTally.sameMixedMembers || previous.mentionsMoved())) {
    const { findings, editEnd, delta } = previous;
    return findings.length === 0 ? findings : movedFindings(findings, editEnd, delta);
  }
  return inconsistentNaming(ctx);
}
