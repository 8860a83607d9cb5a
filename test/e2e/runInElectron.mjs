// Runs the same end-to-end suite in desktop VS Code through @vscode/test-electron, for anyone with
// internet access (it downloads VS Code into .vscode-test/) or a local VS Code (POLICY_LENS_CODE).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'test/e2e/suite/index.js'),
    launchArgs: [path.join(root, 'samples'), '--disable-extensions', '--disable-workspace-trust'],
    ...(process.env.POLICY_LENS_CODE ? { vscodeExecutablePath: process.env.POLICY_LENS_CODE } : {}),
  });
} catch (error) {
  console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
