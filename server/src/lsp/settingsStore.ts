import type { Connection } from 'vscode-languageserver/node';
import type { Settings } from '../core/index';
import { analysisCode } from './analysisCode';

/**
 * Settings per document, pulled with `workspace/configuration` when the client supports it, and
 * otherwise read from `initializationOptions` or the `didChangeConfiguration` payload. Every value
 * goes through the core's one validating parser; each distinct problem is logged once.
 */
export class SettingsStore {
  private readonly perUri = new Map<string, Promise<Settings>>();
  private readonly logged = new Set<string>();
  private pushed: unknown;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
    initializationOptions: unknown,
  ) {
    this.pushed = initializationOptions;
  }

  /** The settings for a document. */
  get(uri: string): Promise<Settings> {
    let settings = this.perUri.get(uri);
    if (!settings) {
      settings = this.read(uri);
      this.perUri.set(uri, settings);
    }
    return settings;
  }

  /** Forgets what was read; `payload` is the `settings` of a `didChangeConfiguration` notification. */
  reset(payload?: unknown): void {
    this.perUri.clear();
    const section = (payload as { policyLens?: unknown } | null | undefined)?.policyLens;
    if (section !== undefined) this.pushed = section;
  }

  forget(uri: string): void {
    this.perUri.delete(uri);
  }

  private async read(uri: string): Promise<Settings> {
    let raw: unknown = this.pushed;
    if (this.canPull) {
      try {
        raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'policyLens' });
      } catch (error) {
        this.log(`Policy Lens: could not read settings (${String(error)}); using defaults.`);
        raw = undefined;
      }
    }
    const { settings, problems } = analysisCode().parseSettings(raw);
    for (const problem of problems) this.log(`Policy Lens settings: ${problem}`);
    return settings;
  }

  private log(message: string): void {
    if (this.logged.has(message)) return;
    this.logged.add(message);
    this.connection.console.warn(message);
  }
}
