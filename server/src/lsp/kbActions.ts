import * as fs from 'fs';
import * as path from 'path';
import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { Finding } from '../core/index';
import { toDiagnostic } from './convert';
import type { WorkspaceKnowledge } from './workspaceKnowledge';

/** The file the quick fix adds entries to, inside the knowledge-base folder. */
export const WORKSPACE_KB_FILE = 'workspace.yaml';

const TYPE_BY_WORD: Record<string, string> = {
  convention: 'convention', agreement: 'agreement', accord: 'accord', accords: 'accord', protocol: 'protocol',
  memorandum: 'memorandum', charter: 'charter', declaration: 'declaration', pact: 'treaty', treaty: 'treaty',
};

const kebab = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** A skeleton entry in YAML, for the user to complete; it validates as it stands. */
function skeleton(name: string, today: string): string {
  const word = Object.keys(TYPE_BY_WORD).find((w) => new RegExp(`\\b${w}\\b`, 'i').test(name)) ?? 'treaty';
  return [
    `  - id: ${kebab(name)}`,
    '    kind: treaty',
    `    name: ${JSON.stringify(name)}`,
    `    officialTitle: ${JSON.stringify(name)}`,
    `    type: ${TYPE_BY_WORD[word]}`,
    '    domain: [other]',
    '    status: { value: in-force, note: "To check: the status and its date." }',
    '    summary: "To write: two or three sentences in your own words."',
    '    source: https://example.org/replace-with-the-source',
    `    reviewed: "${today}"`,
    '',
  ].join('\n');
}

/**
 * "Add to workspace knowledge base" for an unknown treaty-like name: a workspace edit that creates
 * `<folder>/workspace.yaml` if needed and appends a skeleton entry. The user sees and applies the
 * edit; the server itself never writes.
 */
export function addToKnowledgeBaseAction(doc: TextDocument, finding: Finding, range: Range, knowledge: WorkspaceKnowledge, folder: string): CodeAction | undefined {
  const root = knowledge.rootFor(URI.parse(doc.uri).fsPath);
  const name = finding.data?.name;
  const start = doc.offsetAt(range.start);
  const end = doc.offsetAt(range.end);
  if (!root || !name || finding.end < start || finding.start > end) return undefined;
  const file = path.join(root, folder, WORKSPACE_KB_FILE);
  const uri = URI.file(file).toString();
  const entry = skeleton(name, new Date().toISOString().slice(0, 10));
  let existing: string | undefined;
  try {
    existing = fs.readFileSync(file, 'utf8');
  } catch {
    existing = undefined;
  }
  const lines = existing?.split('\n') ?? [];
  const endPosition = { line: Math.max(0, lines.length - 1), character: lines.at(-1)?.length ?? 0 };
  const insert = existing === undefined ? `entries:\n${entry}` : `${existing.endsWith('\n') || existing === '' ? '' : '\n'}${entry}`;
  return {
    title: `Add "${name}" to the workspace knowledge base`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toDiagnostic(doc, finding)],
    edit: {
      documentChanges: [
        ...(existing === undefined ? [{ kind: 'create' as const, uri, options: { ignoreIfExists: true } }] : []),
        { textDocument: { uri, version: null }, edits: [{ range: { start: endPosition, end: endPosition }, newText: insert }] },
      ],
    },
  };
}
