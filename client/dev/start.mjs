// `npm start`: opens samples/ in VS Code with the extension loaded from this folder.
// Runs after `npm run build`. Uses desktop VS Code (`code` on PATH, or $POLICY_LENS_CODE).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

const code = candidates.find(onPath);
if (code) {
  console.log(`Opening ${samples} in ${code} with Policy Lens loaded from ${root} …`);
  const child = spawn(code, ['--new-window', `--extensionDevelopmentPath=${root}`, samples], { stdio: 'inherit', detached: true, shell: process.platform === 'win32' });
  child.unref();
} else {
  console.error(`policy-lens: no desktop VS Code found (tried: ${candidates.join(', ')}).

To see Policy Lens in an editor:
  - install VS Code (https://code.visualstudio.com) so that "code" is on your PATH, then run "npm start" again;
    or set POLICY_LENS_CODE to the path of a VS Code executable;
  - or use any LSP editor with the standalone server: "node dist/server.js --stdio"
    (see "Other editors" in the README for Neovim, Helix, Emacs and Zed).

Meanwhile the same analysis runs in the terminal:
  node dist/cli.js analyze samples/*.md samples/*.txt
`);
  process.exit(1);
}
