// `npm start`: opens samples/ in VS Code with the extension loaded from this folder.
// Runs after `npm run build`. Uses desktop VS Code (`code` on PATH, or $POLICY_LENS_CODE); without
// one, serves VS Code with code-server on loopback (installed into .cache/ on first use).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const samples = path.join(root, 'samples');
const candidates = [process.env.POLICY_LENS_CODE, 'code', 'code-insiders', 'codium'].filter(Boolean);

function onPath(command) {
  const probe = spawnSync(command, ['--version'], { stdio: 'ignore', shell: process.platform === 'win32' });
  return probe.status === 0;
}

if (!existsSync(path.join(root, 'dist', 'client.js'))) {
  console.error('policy-lens: dist/client.js is missing; run "npm run build" first (npm start does this).');
  process.exit(1);
}

/** Serves VS Code with code-server on loopback, with the extension loaded, and prints the URL. */
function startCodeServer() {
  const version = process.env.CODE_SERVER_VERSION ?? '4.100.3';
  const entry = path.join(root, '.cache/code-server', version, 'node_modules/code-server/out/node/entry.js');
  if (!existsSync(entry)) {
    console.log('No desktop VS Code found; installing code-server (VS Code in the browser) into .cache/ …');
    const install = spawnSync('bash', [path.join(root, 'test/e2e/installCodeServer.sh')], { stdio: 'inherit' });
    if (install.status !== 0) return false;
  }
  const port = Number(process.env.PORT ?? 8765);
  const work = mkdtempSync(path.join(os.tmpdir(), 'policy-lens-start-'));
  mkdirSync(path.join(work, 'user-data/User'), { recursive: true });
  writeFileSync(path.join(work, 'user-data/User/settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false }));
  writeFileSync(path.join(work, 'config.yaml'), 'auth: none\n');
  const server = spawn(process.execPath, [entry, '--config', path.join(work, 'config.yaml'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', path.join(work, 'user-data'), '--extensions-dir', path.join(work, 'extensions'), '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--ignore-last-opened', samples], { stdio: 'ignore', env: { ...process.env, EXTENSIONS_GALLERY: '{}' } });
  // code-server takes the extension under development from the page's payload parameter
  const payload = encodeURIComponent(JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${root}`]]));
  console.log(`Policy Lens in VS Code for the browser, with the samples open:\n\n  http://127.0.0.1:${port}/?folder=${encodeURIComponent(samples)}&payload=${payload}\n\nOpen that address in a browser on this machine. Press Ctrl-C to stop.`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill('SIGTERM'));
  server.on('exit', (code) => process.exit(code ?? 0));
  return true;
}

const code = candidates.find(onPath);
if (code) {
  console.log(`Opening ${samples} in ${code} with Policy Lens loaded from ${root} …`);
  const child = spawn(code, ['--new-window', `--extensionDevelopmentPath=${root}`, samples], { stdio: 'inherit', detached: true, shell: process.platform === 'win32' });
  child.unref();
} else if (!startCodeServer()) {
  console.error(`policy-lens: no desktop VS Code found (tried: ${candidates.join(', ')}), and code-server could not be set up.

To see Policy Lens in an editor:
  - install VS Code (https://code.visualstudio.com) so that "code" is on your PATH, then run "npm start" again;
    or set POLICY_LENS_CODE to the path of a VS Code executable;
  - or, for VS Code in the browser, install the Debian packages code-server needs to build
    (apt-get install -y python3 make g++ ripgrep libkrb5-dev) and run "npm start" again;
  - or use any LSP editor with the standalone server: "node dist/server.js --stdio"
    (see "Other editors" in the README for Neovim, Helix, Emacs and Zed).

Meanwhile the same analysis runs in the terminal:
  node dist/cli.js analyze samples/*.md samples/*.txt
`);
  process.exit(1);
}
