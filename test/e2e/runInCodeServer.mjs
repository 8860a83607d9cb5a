// Runs the end-to-end suite inside a real VS Code, offline: code-server serves VS Code on
// loopback, headless Chromium (driven by playwright-core) opens it with our extension under
// development and the suite as `extensionTestsPath`, and the workbench reports the result back.
// Exit code: the suite's. Screenshots of what users see with POLICY_LENS_SCREENSHOTS=1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const screenshots = path.join(root, 'test/e2e/screenshots');
if (process.env.POLICY_LENS_SCREENSHOTS) mkdirSync(screenshots, { recursive: true });
const version = process.env.CODE_SERVER_VERSION ?? '4.100.3';
const codeServer = path.join(root, '.cache/code-server', version, 'node_modules/code-server/out/node/entry.js');
const browser = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SUITE_TIMEOUT_MS = 5 * 60 * 1000;
const NOISE = [/^\[lifecycle\] Long running operations/, /vsda/, /service-worker/i, /^\[remote/i, /Extension host .* started/, /^Started local extension host/];

function fail(message) {
  console.error(`e2e: ${message}`);
  process.exit(2);
}

if (!existsSync(path.join(root, 'dist/client.js'))) fail('dist/ is missing: run "npm run build" first');
if (!existsSync(codeServer)) {
  const install = spawnSync('bash', [path.join(root, 'test/e2e/installCodeServer.sh')], { stdio: 'inherit' });
  if (install.status !== 0 || !existsSync(codeServer)) fail('code-server could not be installed (see above)');
}
if (!existsSync(browser)) fail(`no Chromium at ${browser}: apt-get install -y chromium (or set CHROMIUM)`);

const port = await new Promise((resolve) => {
  const server = createServer();
  server.listen(0, '127.0.0.1', () => {
    const { port: free } = server.address();
    server.close(() => resolve(free));
  });
});
const work = mkdtempSync(path.join(os.tmpdir(), 'policy-lens-e2e-'));
const userData = path.join(work, 'user-data');
mkdirSync(path.join(userData, 'User'), { recursive: true });
writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off', 'git.openRepositoryInParentFolders': 'never', 'workbench.reduceMotion': 'on' }));
writeFileSync(path.join(work, 'config.yaml'), 'auth: none\n');

// With POLICY_LENS_E2E_VSIX, install the packaged extension and test that copy: a stub extension
// stands in as the development extension, which the test host requires.
const vsix = process.env.POLICY_LENS_E2E_VSIX ? path.resolve(process.env.POLICY_LENS_E2E_VSIX) : undefined;
const extensionsDir = path.join(work, 'extensions');
if (vsix) {
  const installed = spawnSync(process.execPath, [codeServer, '--extensions-dir', extensionsDir, '--user-data-dir', userData, '--install-extension', vsix], { encoding: 'utf8', env: { ...process.env, EXTENSIONS_GALLERY: '{}' } });
  if (installed.status !== 0) fail(`could not install ${vsix}: ${installed.stderr || installed.stdout}`);
  console.log(`e2e: installed ${path.basename(vsix)} into a fresh extensions folder`);
}
const developmentPath = vsix ? path.join(root, 'test/e2e/stub') : root;
const testsPath = path.join(root, vsix ? 'test/e2e/smoke' : 'test/e2e/suite');

const server = spawn(process.execPath, [codeServer, '--config', path.join(work, 'config.yaml'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
  '--user-data-dir', userData, '--extensions-dir', extensionsDir, '--disable-telemetry', '--disable-update-check',
  '--disable-workspace-trust', '--ignore-last-opened', path.join(root, 'samples')], {
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, EXTENSIONS_GALLERY: '{}', POLICY_LENS_SCREENSHOTS_DIR: screenshots, POLICY_LENS_EXTENSIONS_DIR: extensionsDir },
});
let serverLog = '';
server.stdout.on('data', (d) => (serverLog += d));
server.stderr.on('data', (d) => (serverLog += d));
let browserInstance;
const stop = async (code) => {
  await browserInstance?.close().catch(() => undefined);
  try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
  setTimeout(() => { try { process.kill(-server.pid, 'SIGKILL'); } catch { /* gone */ } process.exit(code); }, 1500).unref();
  process.exitCode = code;
};
const deadline = setTimeout(() => { console.error('e2e: the suite did not finish in time'); void stop(1); }, SUITE_TIMEOUT_MS);

// wait for code-server's health check, by polling its endpoint with a bounded number of tries
let healthy = false;
for (let i = 0; i < 300 && !healthy; i++) {
  healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
  if (!healthy) await new Promise((resolve) => setTimeout(resolve, 100));
}
if (!healthy) {
  console.error(serverLog);
  await stop(2);
  await new Promise(() => undefined);
}

const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
const payload = [['extensionDevelopmentPath', remote(developmentPath)], ['extensionTestsPath', remote(testsPath)], ['skipWelcome', 'true']];
const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(path.join(root, 'samples'))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

browserInstance = await chromium.launch({ executablePath: browser, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const context = await browserInstance.newContext({ viewport: { width: 1400, height: 900 } });
const finished = new Promise((resolve) => {
  void context.exposeFunction('codeAutomationLog', (_level, args) => {
    const line = format(...(Array.isArray(args) ? args : [args]));
    const shot = /^policy-lens:screenshot ([\w-]+)$/.exec(line);
    if (shot) void takeScreenshot(shot[1]);
    else if (!NOISE.some((n) => n.test(line))) console.log(line);
  });
  void context.exposeFunction('codeAutomationExit', (code) => resolve(code));
});
const page = await context.newPage();
/* global document, getComputedStyle -- used inside page.waitForFunction, which runs in the browser */
/** Photographs the workbench when the suite asks; a hover, if one is coming, is waited for. */
async function takeScreenshot(name) {
  // wait for the hover or the quick-fix menu the scene opened to be fully drawn
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('.monaco-hover:not(.hidden), .action-widget')].some((h) => getComputedStyle(h).opacity === '1' && h.textContent) ||
        document.querySelector('iframe.webview.ready') !== null,
      undefined,
      { timeout: 10000 },
    )
    .catch(() => console.log(`e2e: no hover, menu or view visible in ${name}`));
  await page.screenshot({ path: path.join(screenshots, `${name}.png`) });
  console.log(`e2e: saved test/e2e/screenshots/${name}.png`);
}
await page.goto(url);
await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 60000 });
const code = await finished;
clearTimeout(deadline);
console.log(`e2e: the suite ran in VS Code (code-server ${version}) and ${code === 0 ? 'passed' : 'failed'}`);
await stop(code === 0 ? 0 : 1);
