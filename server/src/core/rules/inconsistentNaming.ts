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

/**
 * The same entity spelt two ways in one document ("Sergei Lavrov" and "Sergey Lavrov", "Kiev" and
 * "Kyiv"). Different names for one entity ("United States", "America") are a style choice and are
 * left alone: only forms within two edits of each other, or a variant beside its canonical form, count.
 */
export function inconsistentNaming(ctx: RuleContext): RawFinding[] {
  const folded = new Map<string, { key: string; words: number }>();
  const foldOf = (text: string) => {
    let entry = folded.get(text);
    if (entry === undefined) {
      const key = foldName(text);
      folded.set(text, (entry = { key, words: key.split(' ').length }));
    }
    return entry;
  };
  const fold = (text: string) => foldOf(text).key;
  // by entity, then by shape: compare like with like, so "Lavrov" alone is a short form of "Sergey Lavrov", not a spelling of it
  const groups = new Map<string, { first: string; mixed: boolean; members: Mention[] }[]>();
  for (const m of ctx.mentions) {
    if (!comparable(m)) continue;
    const id = m.placeId ?? m.id;
    const shape = foldOf(m.text).words * 2 + (m.form === 'metonym' ? 1 : 0);
    let shapes = groups.get(id);
    if (!shapes) groups.set(id, (shapes = []));
    const group = shapes[shape];
    if (!group) shapes[shape] = { first: m.text, mixed: false, members: [m] };
    else {
      if (m.text !== group.first) group.mixed = true;
      group.members.push(m);
    }
  }
  const styleListed = new Set(Object.keys(ctx.settings.preferredSpellings));
  const findings: RawFinding[] = [];
  for (const shapes of groups.values()) {
    for (const entry of shapes) {
      // one spelling throughout: nothing to compare
      if (!entry?.mixed) continue;
      const group = entry.members;
      const preferred = preferredForm(group, fold);
      const preferredKey = fold(preferred);
      for (const m of group) {
        const key = fold(m.text);
        if (key === preferredKey || styleListed.has(m.text)) continue;
        if (editDistance(key, preferredKey, 2) > 2 && !m.variant) continue;
        findings.push({
          code: 'inconsistent-naming',
          message: `"${m.text.replace(/\s+/g, ' ')}" is written "${preferred}" elsewhere in this document.`,
          start: m.start,
          end: m.end,
          fixes: [{ title: `Write "${preferred}"`, edits: [{ start: m.start, end: m.end, newText: preferred }], safe: true }],
        });
      }
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
