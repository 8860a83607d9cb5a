// `npm run test:e2e`: runs the suite in desktop VS Code when one is at hand (`code` on PATH, or
// POLICY_LENS_E2E=electron), otherwise in code-server with headless Chromium, which works offline.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
const useElectron = process.env.POLICY_LENS_E2E === 'electron' || (process.env.POLICY_LENS_E2E !== 'code-server' && hasCode);
const runner = useElectron ? 'runInElectron.mjs' : 'runInCodeServer.mjs';
console.log(`e2e: running the suite with ${useElectron ? '@vscode/test-electron (desktop VS Code)' : 'code-server in headless Chromium'}`);
const result = spawnSync(process.execPath, [path.join(here, runner)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
