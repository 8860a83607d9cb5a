import * as fs from 'fs';
import * as path from 'path';
import { URI } from 'vscode-uri';
import type { KbFileProblem, KbFileText } from '../workspaceKb/loadWorkspaceKb';
import { analysisCode } from './analysisCode';
import type { KnowledgeBase } from '../core/index';

const KB_FILE = /\.(json|ya?ml)$/i;

/**
 * The knowledge base of a workspace: the built-in entries plus the team's files in
 * `<root>/<knowledgeBaseFolder>/*.json|yaml|yml`. An open editor buffer of such a file overrides
 * what is on disk, so problems show while the user types. Reads files; never writes.
 */
export class WorkspaceKnowledge {
  private buffers = new Map<string, string>();

  /** `folder` is the `knowledgeBaseFolder` setting; the default one until it is set. */
  constructor(
    private readonly roots: readonly string[],
    private folder?: string,
  ) {}

  /** The folder, the setting's default read from the analysis code when none is set (the first read loads it). */
  #folder(): string {
    return (this.folder ??= analysisCode().defaultSettings.knowledgeBaseFolder);
  }

  /** Whether a document URI is one of the team's knowledge-base files. */
  isKbFile(uri: string): boolean {
    const file = URI.parse(uri).fsPath;
    return KB_FILE.test(file) && this.roots.some((root) => path.dirname(file) === path.join(root, this.#folder()));
  }

  /** The workspace root that holds a file, or the first root. */
  rootFor(file: string): string | undefined {
    return this.roots.find((root) => file.startsWith(root + path.sep)) ?? this.roots[0];
  }

  setFolder(folder: string): void {
    this.folder = folder;
  }

  /** Records an editor buffer of a knowledge-base file (undefined when it closes). */
  setBuffer(uri: string, text: string | undefined): void {
    const file = URI.parse(uri).fsPath;
    if (text === undefined) this.buffers.delete(file);
    else this.buffers.set(file, text);
  }

  /** Reads every knowledge-base file and loads them over the built-in entries. */
  load(): { kb: KnowledgeBase; problems: readonly KbFileProblem[]; builtinProblems: readonly string[]; texts: ReadonlyMap<string, string> } {
    const files: KbFileText[] = [];
    for (const root of this.roots) {
      const dir = path.join(root, this.#folder());
      let names: string[] = [];
      try {
        names = fs.readdirSync(dir).filter((n) => KB_FILE.test(n)).sort();
      } catch {
        names = [];
      }
      // an open buffer counts even before it is first saved
      for (const file of this.buffers.keys()) if (path.dirname(file) === dir && !names.includes(path.basename(file))) names.push(path.basename(file));
      for (const name of names.sort()) {
        const file = path.join(dir, name);
        const text = this.buffers.get(file) ?? readText(file);
        if (text !== undefined) files.push({ path: file, text });
      }
    }
    return { ...analysisCode().loadWorkspaceKb(files), texts: new Map(files.map((f) => [f.path, f.text])) };
  }
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
