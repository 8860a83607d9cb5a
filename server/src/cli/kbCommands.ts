import { foldName, LineIndex, type Entry, type KnowledgeBase } from '../core/index';
import type { KbFileProblem } from '../workspaceKb/loadWorkspaceKb';

/** One row of `kb list --format json`. */
export function listRow(kb: KnowledgeBase, entry: Entry): Record<string, unknown> {
  return {
    id: entry.id,
    kind: entry.kind,
    category: entry.kind === 'treaty' ? entry.type : entry.category,
    name: entry.name,
    aliases: [...entry.aliases, ...entry.acronyms, ...entry.variants],
    source: entry.source,
    reviewed: entry.reviewed,
    origin: kb.origins.get(entry.id)?.file,
  };
}

/** Entries whose id, name or alias is `query` (folded), exact matches first. */
export function findEntries(kb: KnowledgeBase, query: string): Entry[] {
  const key = foldName(query);
  const byId = kb.get(query);
  if (byId) return [byId];
  return [...kb.entries.values()].filter((e) => [e.name, ...e.aliases, ...e.acronyms, ...e.variants].some((n) => foldName(n) === key));
}

/** `file:line:col error knowledge-base message` lines for problems in knowledge-base files. */
export function problemLines(problems: readonly KbFileProblem[], texts: ReadonlyMap<string, string>): string[] {
  return problems.map((p) => {
    const { line, character } = new LineIndex(texts.get(p.path) ?? '').positionAt(p.span.start);
    return `${p.path}:${line + 1}:${character + 1} error knowledge-base ${p.message}`;
  });
}
