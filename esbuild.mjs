// Bundles the client, the server (its protocol code, and its analysis code apart), and the CLI into dist/ (Node CommonJS).
// The server and CLI entries start with a #! line, which esbuild keeps, so they run as `bin`s.
// `--production` minifies; `--watch` rebuilds on change; `--outdir=DIR` writes elsewhere than dist/
// (the benchmark times the start-up of the minified server, as the extension ships it).
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { prevalidatedKb } from './server/scripts/prevalidatedKb.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const outdir = process.argv.find((arg) => arg.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const common = {
  plugins: [prevalidatedKb],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { __POLICY_LENS_VERSION__: JSON.stringify(version) },
};

/** The server's analysis code, a bundle of its own that the server loads once it has answered `initialize` (see server/src/lsp/analysisCode.ts). */
const ANALYSIS_BUNDLE = 'serverAnalysis.js';

/**
 * Keeps the analysis code out of the server bundle: its one `require` of the analysis exports names
 * the analysis bundle beside it, and a module of the core or of the workspace knowledge base that
 * reached the server bundle some other way (a value imported where a type was meant) fails the build.
 */
const analysisApart = {
  name: 'analysis-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/analysisExports$/ }, () => ({ path: `./${ANALYSIS_BUNDLE}`, external: true }));
    build.onEnd((result) => {
      const inputs = Object.values(result.metafile?.outputs ?? {}).flatMap((output) => Object.keys(output.inputs));
      const stray = inputs.filter((input) => /^server\/src\/(core|workspaceKb)\//.test(input));
      if (stray.length > 0) throw new Error(`the server bundle holds analysis code, which ${ANALYSIS_BUNDLE} is for: ${stray.slice(0, 3).join(', ')}${stray.length > 3 ? ` and ${stray.length - 3} more` : ''}`);
    });
  },
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: `${outdir}/client.js`, external: ['vscode'] },
  { entryPoints: ['server/src/main.ts'], outfile: `${outdir}/server.js`, plugins: [prevalidatedKb, analysisApart], metafile: true },
  { entryPoints: ['server/src/lsp/analysisExports.ts'], outfile: `${outdir}/${ANALYSIS_BUNDLE}` },
  { entryPoints: ['server/src/cli/main.ts'], outfile: `${outdir}/cli.js` },
].filter((entry) => existsSync(entry.entryPoints[0]));

const contexts = await Promise.all(entries.map((entry) => esbuild.context({ ...common, ...entry })));
if (watch) {
  await Promise.all(contexts.map((ctx) => ctx.watch()));
} else {
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
}
