// The baseline server: Node plus vscode-languageserver answering `initialize` with nothing to
// load, and hovers at once with one line of Markdown. Policy Lens's start-up and hovers are reported against it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';

const connection = createConnection(ProposedFeatures.all);
connection.onInitialize(() => ({ capabilities: { hoverProvider: true } }));
// the hover baseline: an answer made at once, so that a round trip costs the transport alone
connection.onHover(({ position }) => ({ contents: { kind: 'markdown', value: `**Line ${position.line + 1}**` } }));
connection.listen();
