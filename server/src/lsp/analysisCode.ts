import type * as AnalysisExports from './analysisExports';

export type AnalysisCode = typeof AnalysisExports;

let loaded: AnalysisCode | undefined;
/** Why the load failed, kept: an installation without the bundle would otherwise be searched again at every request. */
let failure: Error | undefined;

/**
 * The analysis code, loaded at its first use: once the client has the answer to `initialize`
 * (with the knowledge base, see `onInitialized` in server.ts), or at the first request that needs
 * it. Node then compiles and runs the server's protocol code alone before it answers: the core
 * was nearly three quarters of the shipped bundle and about a quarter of the start-up. The
 * protocol layer imports the core's types only (a lint rule says so); in the shipped server this
 * module's `require` names the analysis bundle beside server.js (esbuild.mjs), which the build
 * checks the server bundle does not hold.
 */
export function analysisCode(): AnalysisCode {
  if (loaded) return loaded;
  if (failure) throw failure;
  try {
    // copied into a plain object: a module's exports are getters (in the bundle and in tsc's output),
    // which every call through them would run, thousands of times a keystroke in `convertDiagnostics`
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a deferred load; `import()` would make every use asynchronous
    return (loaded = { ...(require('./analysisExports') as AnalysisCode) });
  } catch (error) {
    throw (failure = new Error(`cannot load its analysis code (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`));
  }
}
