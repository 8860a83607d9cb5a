import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const SERVER = path.resolve(__dirname, '../../../dist/server.js');

/** How long a test waits for the server before failing. */
export const TIMEOUT_MS = 10_000;

export interface ClientOptions {
  /** Whether the test client declares pull diagnostics (VS Code does; Neovim 0.7 does not). */
  readonly pull: boolean;
  readonly rootPath: string;
  /** The `policyLens` section returned to `workspace/configuration` requests; none: the client cannot pull. */
  readonly configuration?: Record<string, unknown>;
  readonly initializationOptions?: unknown;
  /** The server to start; the built `dist/server.js` unless given. */
  readonly serverPath?: string;
}

/** A minimal LSP client over stdio against the built server, for protocol tests. */
export class TestClient {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  private readonly listeners: ((method: string, params: unknown) => void)[] = [];
  readonly logs: string[] = [];
  /** The messages the server asked the client to show (`window/showMessage`). */
  readonly shown: string[] = [];
  /** The server's trace messages (`$/logTrace`), sent while the trace is on. */
  readonly traces: string[] = [];
  configuration: Record<string, unknown> | undefined;

  constructor(readonly options: ClientOptions) {
    this.configuration = options.configuration;
    this.process = spawn(process.execPath, [options.serverPath ?? SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification((method: string, params: unknown) => {
      if (method === 'window/logMessage') this.logs.push((params as { message: string }).message);
      if (method === 'window/showMessage') this.shown.push((params as { message: string }).message);
      for (const listener of this.listeners) listener(method, params);
    });
    // the connection handles trace messages itself unless a handler of the test's own replaces its
    this.connection.onNotification('$/logTrace', (params: { message: string }) => {
      this.traces.push(params.message);
      for (const listener of this.listeners) listener('$/logTrace', params);
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.configuration ?? null));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.listen();
  }

  /** Initializes; `initialized: false` leaves out the notification that follows, as a hasty client might. */
  async initialize({ initialized = true } = {}): Promise<Record<string, unknown>> {
    const uri = `file://${this.options.rootPath}`;
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: 'test' }],
      initializationOptions: this.options.initializationOptions,
      capabilities: {
        workspace: { configuration: this.options.configuration !== undefined, diagnostics: { refreshSupport: true } },
        textDocument: {
          ...(this.options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
          publishDiagnostics: {},
          hover: { contentFormat: ['markdown'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
    });
    if (initialized) await this.connection.sendNotification('initialized', {});
    return (result as { capabilities: Record<string, unknown> }).capabilities;
  }

  open(name: string, text: string, languageId = 'markdown'): string {
    const uri = `file://${path.join(this.options.rootPath, name)}`;
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Resolves with the first notification of `method` whose params satisfy `accept`. */
  waitFor<T>(method: string, accept: (params: T) => boolean): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      const listener = (m: string, params: unknown) => {
        if (m !== method || !accept(params as T)) return;
        clearTimeout(timer);
        this.listeners.splice(this.listeners.indexOf(listener), 1);
        resolve(params as T);
      };
      this.listeners.push(listener);
    });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  /** Shuts the server down and resolves with its exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
