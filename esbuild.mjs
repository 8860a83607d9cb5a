// Bundles the client, the server and the CLI into dist/ (one file each, Node CommonJS).
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

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: `${outdir}/client.js`, external: ['vscode'] },
  { entryPoints: ['server/src/main.ts'], outfile: `${outdir}/server.js` },
  { entryPoints: ['server/src/cli/main.ts'], outfile: `${outdir}/cli.js` },
].filter((entry) => existsSync(entry.entryPoints[0]));

const contexts = await Promise.all(entries.map((entry) => esbuild.context({ ...common, ...entry })));
if (watch) {
  await Promise.all(contexts.map((ctx) => ctx.watch()));
} else {
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
}
