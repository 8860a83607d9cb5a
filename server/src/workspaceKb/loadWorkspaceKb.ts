import { builtinKbFiles, loadKnowledgeBase, type KnowledgeBase, type Span } from '../core/index';
import { parseKbFile } from './parseKbFile';

/** A problem in a user knowledge-base file, located in that file's text. */
export interface KbFileProblem {
  readonly path: string;
  readonly message: string;
  readonly span: Span;
}

/** The user's knowledge-base files, as text, in the order they apply (later files override). */
export interface KbFileText {
  readonly path: string;
  readonly text: string;
}

/**
 * Loads the built-in knowledge base plus the user's files. An invalid user file never breaks the
 * built-in entries, and the valid entries of a file with errors still load. Problems in the
 * built-in data are not the user's: they come back separately, for the log.
 */
export function loadWorkspaceKb(files: readonly KbFileText[]): {
  kb: KnowledgeBase;
  problems: readonly KbFileProblem[];
  builtinProblems: readonly string[];
} {
  const parsed = files.map((f) => parseKbFile(f.path, f.text));
  const problems: KbFileProblem[] = parsed.flatMap((p) => p.syntaxErrors.map((e) => ({ path: p.path, message: `Syntax error: ${e.message}`, span: e.span })));
  const userFiles = parsed.filter((p) => p.data !== undefined).map((p) => ({ name: p.path, data: p.data }));
  const { kb, problems: loadProblems } = loadKnowledgeBase([...builtinKbFiles, ...userFiles]);
  const byPath = new Map(parsed.map((p) => [p.path, p]));
  const builtinProblems: string[] = [];
  for (const problem of loadProblems) {
    const file = byPath.get(problem.file);
    if (file) problems.push({ path: file.path, message: problem.message, span: file.locate(problem.path) });
    else builtinProblems.push(`${problem.file}${problem.path.length > 0 ? ` ${problem.path.join('.')}` : ''}: ${problem.message}`);
  }
  return { kb, problems, builtinProblems };
}
