// The baseline for editing over stdio: Node plus vscode-languageserver keeping open documents in
// sync, as ours does (incremental changes applied by vscode-languageserver-textdocument), and
// answering at once: no diagnostics, and as outline the symbols the benchmark hands it. A round
// trip to it costs the transport and the document update alone, which ours pays too.
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let symbols = [];
connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false },
    documentSymbolProvider: true,
  },
}));
// the outline baseline: the same symbols as ours answered, so that both answers weigh the same
connection.onNotification('bench/symbols', (list) => (symbols = list));
connection.onDocumentSymbol(() => symbols);
// no diagnostics: applying the change has already made the text one string again, as in ours
connection.languages.diagnostics.on(() => ({ kind: 'full', items: [] }));
documents.listen(connection);
connection.listen();
