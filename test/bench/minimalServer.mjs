// The start-up baseline: Node plus vscode-languageserver answering `initialize` with nothing to
// load. Policy Lens's start-up is reported against it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';

const connection = createConnection(ProposedFeatures.all);
connection.onInitialize(() => ({ capabilities: { hoverProvider: true } }));
connection.listen();
