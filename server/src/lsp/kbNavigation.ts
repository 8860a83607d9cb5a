import * as fs from 'fs';
import type { Location } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import type { Analysis, KnowledgeBase } from '../core/index';
import { analysisCode } from './analysisCode';

/** The scheme of the read-only documents that show built-in entries (the VS Code client provides them). */
export const KB_SCHEME = 'policy-lens-kb';

const BUILTIN_URI = new RegExp(`^${KB_SCHEME}:/builtin/([a-z0-9-]+)\\.json$`);

/**
 * Where the entry a mention resolves to is defined: the user's file at the entry, or, for a
 * built-in entry, a read-only virtual document when the client can show one.
 */
export function definitionAt(kb: KnowledgeBase, analysis: Analysis, offset: number, virtualDocuments: boolean): Location | null {
  const mention = analysisCode().mentionAt(analysis, offset);
  if (!mention) return null;
  const origin = kb.origins.get(mention.id);
  if (!origin) return null;
  if (origin.file.startsWith('builtin:')) {
    if (!virtualDocuments) return null;
    return { uri: `${KB_SCHEME}:/builtin/${mention.id}.json`, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
  }
  let text: string;
  try {
    text = fs.readFileSync(origin.file, 'utf8');
  } catch {
    return null;
  }
  const span = analysisCode().parseKbFile(origin.file, text).locate(['entries', origin.index, 'id']);
  const position = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
  };
  return { uri: URI.file(origin.file).toString(), range: { start: position(span.start), end: position(span.end) } };
}

/** The text of a built-in entry's virtual document: the entry as formatted JSON. */
export function kbEntryText(kb: KnowledgeBase, uri: string): string | null {
  const id = BUILTIN_URI.exec(uri)?.[1];
  const entry = id ? kb.get(id) : undefined;
  return entry ? `${JSON.stringify(entry, null, 2)}\n` : null;
}
