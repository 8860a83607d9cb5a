import { foldName } from '../kb/names';
import type { Mention } from '../types';
import type { RawFinding, RuleContext } from './ruleContext';
import { editDistance } from './textAround';

/** Forms that are a style choice, not a spelling: acronyms and demonyms. */
const comparable = (m: Mention) => m.form !== 'acronym' && m.form !== 'adjective';

/**
 * The form to write everywhere: the entry's own name if the text uses it, else a form that is not
 * a variant, else the most frequent.
 */
function preferredForm(group: readonly Mention[], fold: (text: string) => string): string {
  const counts = new Map<string, { count: number; rank: number; text: string }>();
  for (const m of group) {
    const key = fold(m.text);
    const rank = m.form === 'name' ? 2 : m.variant ? 0 : 1;
    const entry = counts.get(key) ?? { count: 0, rank, text: m.text.replace(/\s+/g, ' ') };
    entry.count++;
    counts.set(key, entry);
  }
  const ranked = [...counts.values()].sort((a, b) => b.rank - a.rank || b.count - a.count);
  return ranked[0]!.text;
}

/** The mentions of one entity written in one shape, with the offsets of their blocks. */
interface Group {
  readonly first: string;
  mixed: boolean;
  readonly members: Mention[];
  readonly offsets: number[];
}

/** Folded forms by written text; names recur, so the cache stays small. Cleared when it grows large. */
const folded = new Map<string, { key: string; words: number }>();
function foldOf(text: string): { key: string; words: number } {
  let entry = folded.get(text);
  if (entry === undefined) {
    if (folded.size > 50_000) folded.clear();
    const key = foldName(text);
    folded.set(text, (entry = { key, words: key.split(' ').length }));
  }
  return entry;
}

/**
 * The same entity spelt two ways in one document ("Sergei Lavrov" and "Sergey Lavrov", "Kiev" and
 * "Kyiv"). Different names for one entity ("United States", "America") are a style choice and are
 * left alone: only forms within two edits of each other, or a variant beside its canonical form, count.
 */
export function inconsistentNaming(ctx: RuleContext): RawFinding[] {
  const fold = (text: string) => foldOf(text).key;
  // by entity, then by shape: compare like with like, so "Lavrov" alone is a short form of "Sergey Lavrov", not a spelling of it
  const groups = new Map<string, Group[]>();
  const visit = (m: Mention, offset: number) => {
    if (!comparable(m)) return;
    const id = m.placeId ?? m.id;
    const shape = foldOf(m.text).words * 2 + (m.form === 'metonym' ? 1 : 0);
    let shapes = groups.get(id);
    if (!shapes) groups.set(id, (shapes = []));
    const group = shapes[shape];
    if (!group) shapes[shape] = { first: m.text, mixed: false, members: [m], offsets: [offset] };
    else {
      if (m.text !== group.first) group.mixed = true;
      group.members.push(m);
      group.offsets.push(offset);
    }
  };
  // block-relative mentions are enough to find entities written two ways: only their findings are placed
  if (ctx.mentionIndex) ctx.mentionIndex.forEachBlock((mentions, offset) => mentions.forEach((m) => visit(m, offset)));
  else for (const m of ctx.mentions) visit(m, 0);
  const styleListed = new Set(Object.keys(ctx.settings.preferredSpellings));
  const findings: RawFinding[] = [];
  for (const shapes of groups.values()) {
    for (const group of shapes) {
      // one spelling throughout: nothing to compare
      if (!group?.mixed) continue;
      const preferred = preferredForm(group.members, fold);
      const preferredKey = fold(preferred);
      group.members.forEach((m, i) => {
        const key = fold(m.text);
        if (key === preferredKey || styleListed.has(m.text)) return;
        if (editDistance(key, preferredKey, 2) > 2 && !m.variant) return;
        const start = m.start + group.offsets[i]!;
        const end = m.end + group.offsets[i]!;
        findings.push({
          code: 'inconsistent-naming',
          message: `"${m.text.replace(/\s+/g, ' ')}" is written "${preferred}" elsewhere in this document.`,
          start,
          end,
          fixes: [{ title: `Write "${preferred}"`, edits: [{ start, end, newText: preferred }], safe: true }],
        });
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
