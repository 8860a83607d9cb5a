/**
 * The VS Code client: starts the language server and contributes the UI. No analysis happens here.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { registerProposalCommands } from './proposalCommands';
import { SERVER_ENV, SERVER_NODE_FLAGS } from './serverLaunch';

const KB_SCHEME = 'policy-lens-kb';
/** Restarts allowed within RESTART_WINDOW_MS before the client gives up and asks the user. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

let client: LanguageClient | undefined;

/** Restarts the server after a crash, a few times, then asks the user. */
function crashHandler(output: vscode.OutputChannel): ErrorHandler {
  const crashes: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length && now - crashes[0]! > RESTART_WINDOW_MS) crashes.shift();
      if (crashes.length <= MAX_RESTARTS) {
        output.appendLine('Policy Lens: the server stopped unexpectedly; restarting it.');
        return { action: CloseAction.Restart };
      }
      void vscode.window
        .showErrorMessage('The Policy Lens server stopped repeatedly and was not restarted. See the "Policy Lens" output.', 'Restart')
        .then((choice) => (choice === 'Restart' ? vscode.commands.executeCommand('policyLens.restartServer') : undefined));
      return { action: CloseAction.DoNotRestart };
    },
  };
}

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  const output = vscode.window.createOutputChannel('Policy Lens');
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS], env: { ...process.env, ...SERVER_ENV } } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6011'], env: { ...process.env, ...SERVER_ENV } } },
  };
  const kbFiles = '**/.policy-lens/*.{json,yaml,yml}';
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...['markdown', 'plaintext', 'policy'].flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      { scheme: 'file', pattern: kbFiles },
    ],
    diagnosticPullOptions: { onChange: true, onSave: true },
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(kbFiles) },
    initializationOptions: { virtualDocuments: true },
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: crashHandler(output),
  };
  client = new LanguageClient('policyLens', 'Policy Lens', serverOptions, clientOptions);
  const current = client;

  context.subscriptions.push(
    output,
    vscode.workspace.registerTextDocumentContentProvider(KB_SCHEME, {
      provideTextDocumentContent: async (uri) => (await current.sendRequest<string | null>('policyLens/kbEntry', { uri: uri.toString() })) ?? '',
    }),
    vscode.commands.registerCommand('policyLens.restartServer', async () => {
      output.appendLine('Policy Lens: restarting the server.');
      await current.restart();
    }),
    ...registerProposalCommands(context, current),
    { dispose: () => void current.stop() },
  );
  await client.start();
  return { client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
