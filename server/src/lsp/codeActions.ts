import type { CodeAction, CodeActionParams } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/index';
import { FIX_ALL_KIND, toFixAll, toQuickFixes } from './convert';
import { addToKnowledgeBaseAction } from './kbActions';
import type { WorkspaceKnowledge } from './workspaceKnowledge';

/**
 * The code actions for a range: each finding's quick fixes, "add to the knowledge base" for an
 * unknown treaty, and fix-all; limited to the kinds the client asked for.
 */
export function codeActionsFor(
  doc: TextDocument,
  analysis: Analysis,
  params: CodeActionParams,
  knowledge: WorkspaceKnowledge,
  knowledgeBaseFolder: string,
): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (!only || only.some((kind) => kind.startsWith('quickfix'))) {
    actions.push(...toQuickFixes(doc, analysis.findings, params.range));
    for (const finding of analysis.findings.filter((f) => f.code === 'unknown-treaty' && f.data?.name)) {
      const action = addToKnowledgeBaseAction(doc, finding, params.range, knowledge, knowledgeBaseFolder);
      if (action) actions.push(action);
    }
  }
  if (!only || only.some((kind) => FIX_ALL_KIND.startsWith(kind))) {
    const fixAll = toFixAll(doc, analysis.findings);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}
