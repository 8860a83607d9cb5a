// Smoke check of the packaged extension as a user installs it: the .vsix, not the repository.
const assert = require('assert');
const path = require('path');
const vscode = require('vscode');

describe('the installed .vsix', () => {
  it('is the installed copy, and it answers a hover from its bundled server', async () => {
    const extension = vscode.extensions.getExtension('policy-lens.policy-lens');
    assert.ok(extension, 'Policy Lens is installed');
    assert.ok(extension.extensionPath.includes(process.env.POLICY_LENS_EXTENSIONS_DIR), `loaded from ${extension.extensionPath}`);
    await extension.activate();
    const doc = await vscode.workspace.openTextDocument(path.join(vscode.workspace.workspaceFolders[0].uri.fsPath, 'european-security-brief.txt'));
    await vscode.window.showTextDocument(doc);
    const at = doc.positionAt(doc.getText().indexOf('Minsk II') + 1);
    let hovers = [];
    for (const started = Date.now(); hovers.length === 0 && Date.now() - started < 20000; ) {
      hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, at);
    }
    assert.match(hovers.flatMap((h) => h.contents.map((c) => c.value ?? String(c))).join('\n'), /\*\*Minsk II\*\*/);
  });
});
