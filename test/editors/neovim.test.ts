import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');
const hasNeovim = spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0;

describe('the server in Neovim', function () {
  this.timeout(60_000);

  before(function () {
    // CI installs Debian's neovim; elsewhere the test says why it did not run
    if (!hasNeovim) {
      if (process.env.CI) throw new Error('nvim is not installed, but CI must run this test (apt-get install neovim)');
      this.skip();
    }
  });

  it('hovers and lists proposals through Neovim’s own LSP client', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-nvim-')), 'result.json');
    const sample = path.join(root, 'samples', 'narrative-not-proposals.md');
    const line = fs.readFileSync(sample, 'utf8').split('\n').findIndex((l) => l.includes('INF Treaty bans'));
    const character = fs.readFileSync(sample, 'utf8').split('\n')[line]!.indexOf('INF Treaty') + 1;
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', sample, '-c', `luafile ${path.join(root, 'test/editors/neovim.lua')}`], {
      cwd: root,
      env: { ...process.env, POLICY_LENS_NVIM_OUT: out, POLICY_LENS_SERVER: path.join(root, 'dist/server.js'), POLICY_LENS_LINE: String(line), POLICY_LENS_CHARACTER: String(character) },
      timeout: 50_000,
      encoding: 'utf8',
    });
    assert.ok(fs.existsSync(out), `Neovim wrote no result: ${run.stderr}`);
    const result = JSON.parse(fs.readFileSync(out, 'utf8')) as { attached: boolean; hover?: string; symbols: string[] };
    assert.strictEqual(result.attached, true);
    assert.match(result.hover ?? '', /\*\*Intermediate-Range Nuclear Forces Treaty\*\*/);
    assert.match(result.hover ?? '', /terminated since 2 August 2019/);
    assert.ok(result.symbols.includes('Why the Talks of January 2022 Failed'), JSON.stringify(result.symbols));
  });
});
