#!/usr/bin/env node
/**
 * The language server's Node entry: `policy-lens-server --stdio` (or `--node-ipc`, `--socket=N`).
 * Routes console output to the client, since stdout carries the protocol under --stdio.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';
import { tuneV8 } from './runtimeTuning';

declare const __POLICY_LENS_VERSION__: string | undefined;
const version = typeof __POLICY_LENS_VERSION__ === 'string' ? __POLICY_LENS_VERSION__ : '0.0.0-dev';

const HELP = `policy-lens-server ${version}: the Policy Lens language server.

Usage: policy-lens-server --stdio | --node-ipc | --socket=<port> [--no-warm-up]

  --no-warm-up  do not analyse a few edits of a long document (256 KB or more) while it is
                left alone after opening (that warm-up makes its first keystrokes faster)

Speaks the Language Server Protocol to any editor: hover, document symbols (proposals),
semantic tokens, folding, diagnostics (pull or push), code actions and go to definition.
`;

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${version}\n`);
} else if (args.includes('--help') || args.includes('-h') || !args.some((a) => /^--(stdio|node-ipc|socket|pipe|clientProcessId)/.test(a))) {
  process.stdout.write(HELP);
  process.exitCode = args.includes('--help') || args.includes('-h') ? 0 : 2;
} else {
  tuneV8();
  const connection = createConnection(ProposedFeatures.all);
  // stdout belongs to the protocol: everything else goes to the client's log
  /* eslint-disable no-console -- redirecting the console is the one sanctioned use */
  console.log = (...a: unknown[]) => connection.console.log(a.map(String).join(' '));
  console.info = (...a: unknown[]) => connection.console.info(a.map(String).join(' '));
  console.warn = (...a: unknown[]) => connection.console.warn(a.map(String).join(' '));
  console.error = (...a: unknown[]) => connection.console.error(a.map(String).join(' '));
  /* eslint-enable no-console */
  process.on('unhandledRejection', (reason) => connection.console.error(`Policy Lens: unhandled rejection: ${String(reason)}`));
  process.on('uncaughtException', (error) => connection.console.error(`Policy Lens: uncaught exception: ${error.stack ?? error.message}`));
  startServer(connection, { warmUp: !args.includes('--no-warm-up') });
}
