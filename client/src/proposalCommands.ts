/**
 * Proposal commands: the summary view (a webview that follows the active document), export of the
 * analysis, and navigation between proposals. Data comes from the server's `policyLens/summary`.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface SummaryRow {
  number: string;
  title: string;
  offer: string;
  return: string;
  actors: string;
  treaties: string;
  conditions: string;
  start: number;
}

interface Summary {
  rows: SummaryRow[];
  markdown: string;
  csv: string;
  json: string;
}

const summaryOf = (client: LanguageClient, doc: vscode.TextDocument) =>
  client.sendRequest<Summary | null>('policyLens/summary', { uri: doc.uri.toString() });

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function summaryHtml(webview: vscode.Webview, doc: vscode.TextDocument, summary: Summary | null): string {
  const nonce = Array.from({ length: 24 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
  const rows = (summary?.rows ?? [])
    .map((r) => `<tr data-start="${r.start}" tabindex="0">${[r.number, r.title, r.offer, r.return, r.actors, r.treaties, r.conditions].map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('');
  const body = rows ? `<table><thead><tr><th>#</th><th>Proposal</th><th>Offer</th><th>In return</th><th>Who must act</th><th>Treaties</th><th>Conditions</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>No proposals found in this document.</p>';
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<style nonce="${nonce}">body{font-family:var(--vscode-font-family);color:var(--vscode-foreground)}table{border-collapse:collapse;width:100%}td,th{border:1px solid var(--vscode-panel-border);padding:4px;vertical-align:top;text-align:left}tbody tr{cursor:pointer}tbody tr:hover{background:var(--vscode-list-hoverBackground)}</style>
</head><body><h3>Proposals in ${escapeHtml(vscode.workspace.asRelativePath(doc.uri))}</h3>${body}
<script nonce="${nonce}">const vscode=acquireVsCodeApi();for(const row of document.querySelectorAll('tbody tr')){const go=()=>vscode.postMessage({start:Number(row.dataset.start)});row.addEventListener('click',go);row.addEventListener('keydown',e=>{if(e.key==='Enter')go();});}</script>
</body></html>`;
}

/** The summary panel, kept in step with the document the user edits. */
class SummaryPanel {
  private panel: vscode.WebviewPanel | undefined;
  private doc: vscode.TextDocument | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: LanguageClient) {}

  async show(doc: vscode.TextDocument): Promise<void> {
    this.doc = doc;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('policyLens.summary', 'Proposal summary', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage(async (message: { start?: unknown }) => {
        if (!this.doc || typeof message.start !== 'number') return;
        const position = this.doc.positionAt(message.start);
        const editor = await vscode.window.showTextDocument(this.doc, vscode.ViewColumn.One);
        editor.selection = new vscode.Selection(position, position);
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
      });
    }
    await this.render();
  }

  /** Follows the active editor, when the panel is open. */
  follow(doc: vscode.TextDocument): void {
    if (!this.panel || doc === this.doc) return;
    this.doc = doc;
    void this.render();
  }

  /** Re-renders shortly after the user stops typing. */
  onChange(doc: vscode.TextDocument): void {
    if (!this.panel || doc !== this.doc) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), 300);
  }

  private async render(): Promise<void> {
    if (!this.panel || !this.doc) return;
    this.panel.webview.html = summaryHtml(this.panel.webview, this.doc, await summaryOf(this.client, this.doc));
  }
}

/** Exports the analysis; `format` ("markdown", "json" or "csv") skips the question, e.g. from a keybinding. */
async function exportAnalysis(client: LanguageClient, doc: vscode.TextDocument, format?: unknown): Promise<vscode.TextDocument | undefined> {
  const summary = await summaryOf(client, doc);
  if (!summary) return void vscode.window.showWarningMessage('Policy Lens does not analyse this document.');
  const choices = [
    { id: 'markdown', label: 'Markdown table', language: 'markdown', content: summary.markdown },
    { id: 'json', label: 'JSON (the CLI contract)', language: 'json', content: summary.json },
    { id: 'csv', label: 'CSV', language: 'plaintext', content: summary.csv },
  ];
  const choice = choices.find((c) => c.id === format) ?? (await vscode.window.showQuickPick(choices, { placeHolder: 'Export the analysis as…' }));
  if (!choice) return undefined;
  const exported = await vscode.workspace.openTextDocument({ language: choice.language, content: choice.content });
  await vscode.window.showTextDocument(exported, vscode.ViewColumn.Beside);
  return exported;
}

async function goToProposal(client: LanguageClient, direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const summary = await summaryOf(client, editor.document);
  const here = editor.document.offsetAt(editor.selection.active);
  const starts = (summary?.rows ?? []).map((r) => r.start);
  const target = direction === 1 ? starts.find((s) => s > here) : [...starts].reverse().find((s) => s < here);
  if (target === undefined) return void vscode.window.setStatusBarMessage(`Policy Lens: no ${direction === 1 ? 'next' : 'previous'} proposal`, 2000);
  const position = editor.document.positionAt(target);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Registers the proposal commands; returns their disposables. */
export function registerProposalCommands(_context: vscode.ExtensionContext, client: LanguageClient): vscode.Disposable[] {
  const panel = new SummaryPanel(client);
  const activeDocument = async (uri?: unknown) =>
    typeof uri === 'string' ? vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : vscode.window.activeTextEditor?.document;
  return [
    vscode.commands.registerCommand('policyLens.showProposalSummary', async (uri?: unknown) => {
      const doc = await activeDocument(uri);
      if (doc) await panel.show(doc);
    }),
    vscode.commands.registerCommand('policyLens.exportAnalysis', async (format?: unknown) => {
      const doc = await activeDocument();
      // the exported document, for a caller that reads it (the active editor may still be changing)
      return doc ? exportAnalysis(client, doc, format) : undefined;
    }),
    vscode.commands.registerCommand('policyLens.nextProposal', () => goToProposal(client, 1)),
    vscode.commands.registerCommand('policyLens.previousProposal', () => goToProposal(client, -1)),
    vscode.workspace.onDidChangeTextDocument((event) => panel.onChange(event.document)),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor && ['markdown', 'plaintext', 'policy'].includes(editor.document.languageId)) panel.follow(editor.document);
    }),
  ];
}
