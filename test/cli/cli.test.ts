import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-cli-'));

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

function cli(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const MEMO = ['# Memo', '', 'We propose the following:', '', 'First, NATO should ratify the INF Treaty with Russia.', '', 'Second, the International Court of Justice (ICC) should act.', '', 'Fourth, Moscow should stop.', ''].join('\n');

describe('policy-lens CLI', function () {
  this.timeout(20_000);

  it('stops quietly when the reader of its output goes away (`| head`)', async () => {
    const child = spawn(process.execPath, [CLI, 'kb', 'list', '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // the first chunk read, the pipe is closed, as `head -c` does
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.strictEqual(stderr, '');
    assert.strictEqual(code, 0);
  });

  it('prints the JSON contract: every span matches its text and its range', () => {
    const file = write('memo.md', '😀 ' + MEMO.replace(/\n/g, '\r\n'));
    const { code, stdout, stderr } = cli(['analyze', file, '--format', 'json', '--date', '2022-01-20']);
    assert.strictEqual(code, 0, stderr);
    const text = fs.readFileSync(file, 'utf8');
    const json = JSON.parse(stdout) as { version: number; files: { file: string; entities: Record<string, never>[]; proposals: Record<string, never>[]; diagnostics: Record<string, never>[] }[] };
    assert.strictEqual(json.version, 1);
    const [result] = json.files;
    assert.strictEqual(result!.file, file);
    const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
    const offsetOf = (p: { line: number; character: number }) => lineStarts[p.line]! + p.character;
    for (const e of result!.entities) {
      assert.deepStrictEqual(Object.keys(e).sort(), ['category', 'end', 'form', 'id', 'kind', 'name', 'range', 'start', 'text']);
      assert.strictEqual(text.slice(e.start, e.end), e.text);
      assert.strictEqual(offsetOf((e.range as { start: never }).start), e.start);
      assert.strictEqual(offsetOf((e.range as { end: never }).end), e.end);
    }
    const nato = result!.entities.find((e) => e.text === 'NATO')!;
    assert.deepStrictEqual([nato.id, nato.kind, nato.category, nato.form], ['nato', 'actor', 'organization', 'acronym']);
    const moscow = result!.entities.find((e) => e.text === 'Moscow')!;
    assert.deepStrictEqual([moscow.id, moscow.kind, moscow.category, moscow.form, moscow.name], ['russia', 'actor', 'state', 'metonym', 'Russia']);
    assert.deepStrictEqual(result!.proposals.map((p) => [p.ordinal, p.marker, p.title]), [[1, 'First', 'Ratify the INF Treaty with Russia'], [2, 'Second', 'Act'], [4, 'Fourth', 'Stop']]);
    assert.ok((result!.proposals[0]!.entityIds as string[]).includes('inf-treaty'));
    assert.ok(result!.diagnostics.some((d) => d.code === 'proposal-numbering' && d.severity === 'warning'));
    // a diagnostic's quick fixes, each edit's span in the file's text and its range
    type Edit = { start: number; end: number; newText: string; range: { start: never; end: never } };
    const acronym = result!.diagnostics.find((d) => d.code === 'acronym-mismatch')!;
    const fixes = acronym.fixes as unknown as { title: string; safe: boolean; edits: Edit[] }[];
    assert.deepStrictEqual(fixes.map((f) => [f.title, f.safe]), [['Change the acronym to "ICJ"', false], ['Change the name to "International Criminal Court"', false]]);
    const [edit] = fixes[0]!.edits;
    assert.deepStrictEqual([text.slice(edit!.start, edit!.end), edit!.newText, offsetOf(edit!.range.start), offsetOf(edit!.range.end)], ['ICC', 'ICJ', edit!.start, edit!.end]);
    // a diagnostic with no fix has no field for them, rather than an empty list
    for (const d of result!.diagnostics) assert.ok(!('fixes' in d) || (d.fixes as unknown[]).length > 0, d.code);
  });

  it('prints readable text by default', () => {
    const { code, stdout } = cli(['analyze', write('memo.md', MEMO)]);
    assert.strictEqual(code, 0);
    assert.match(stdout, /treaties \(1\):\n {4}Intermediate-Range Nuclear Forces Treaty {2}×1/);
    assert.match(stdout, /1\. Ratify the INF Treaty with Russia {2}\[First, line 5\]/);
  });

  it('check exits 1 on an error-severity finding, 0 otherwise, and prints file:line:col', () => {
    const file = write('check.md', MEMO);
    const bad = cli(['check', file]);
    assert.strictEqual(bad.code, 1);
    assert.match(bad.stdout, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:7:45 error acronym-mismatch "ICC" is the International Criminal Court`));
    assert.strictEqual(cli(['check', file, '--rule', 'acronym-mismatch=warning']).code, 0);
  });

  it('check --format sarif and --format json', () => {
    const file = write('sarif.md', MEMO);
    const sarif = JSON.parse(cli(['check', file, '--format', 'sarif']).stdout);
    assert.strictEqual(sarif.version, '2.1.0');
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'acronym-mismatch');
    assert.deepStrictEqual(result.locations[0].physicalLocation.region, { startLine: 7, startColumn: 45, endLine: 7, endColumn: 48 });
    // its quick fixes, as SARIF writes them: the acronym replaced in place
    assert.deepStrictEqual(result.fixes[0], {
      description: { text: 'Change the acronym to "ICJ"' },
      artifactChanges: [{ artifactLocation: { uri: file.split('\\').join('/') }, replacements: [{ deletedRegion: { startLine: 7, startColumn: 45, endLine: 7, endColumn: 48 }, insertedContent: { text: 'ICJ' } }] }],
    });
    const json = JSON.parse(cli(['check', file, '--format', 'json']).stdout);
    assert.ok(json.files[0].diagnostics.some((d: { code: string }) => d.code === 'proposal-numbering'));
  });

  it('check --fix applies safe fixes in place, and never writes without --fix', () => {
    const file = write('fix.md', 'Kiev and the Intermediate Nuclear Forces Treaty.\n');
    cli(['check', file]);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'Kiev and the Intermediate Nuclear Forces Treaty.\n');
    const { stderr } = cli(['check', file, '--fix']);
    assert.match(stderr, /applied 2 safe fixes/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'Kyiv and the Intermediate-Range Nuclear Forces Treaty.\n');
  });

  it('prints the proposal summary as a Markdown table', () => {
    const { stdout } = cli(['analyze', write('table.md', MEMO), '--format', 'markdown']);
    assert.match(stdout, /\| # \| Proposal \| Offer \| In return \| Who must act \| Treaties \| Conditions \|/);
    assert.match(stdout, /\| 1 \| Ratify the INF Treaty with Russia \|/);
  });

  it('reads standard input', () => {
    const { code, stdout } = cli(['analyze', '-', '--format', 'json'], 'NATO met.');
    assert.strictEqual(code, 0);
    assert.strictEqual(JSON.parse(stdout).files[0].entities[0].id, 'nato');
  });

  it('gives one clear line for each bad input, goes on with the others, and exits 2', () => {
    const good = write('good.md', 'NATO met.');
    const binary = write('binary.md', Buffer.from([0x4e, 0x00, 0x01, 0x02]));
    const latin1 = write('latin1.md', Buffer.from([0x4b, 0x69, 0x65, 0x76, 0xe9]));
    const { code, stdout, stderr } = cli(['analyze', path.join(dir, 'missing.md'), dir, binary, latin1, good, '--format', 'json']);
    assert.strictEqual(code, 2);
    assert.match(stderr, /missing\.md: no such file/);
    assert.match(stderr, /is a directory/);
    assert.match(stderr, /binary\.md: looks binary/);
    assert.match(stderr, /latin1\.md: is not valid UTF-8 text/);
    assert.ok(!/\bat .*\.js:\d+/.test(stderr), 'no stack trace');
    assert.strictEqual(JSON.parse(stdout).files.length, 1);
  });

  it('notes an empty file and drops a byte-order mark', () => {
    const empty = cli(['analyze', write('empty.md', '')]);
    assert.strictEqual(empty.code, 0);
    assert.match(empty.stderr, /empty\.md: is empty/);
    const bom = JSON.parse(cli(['analyze', write('bom.md', '\ufeffNATO'), '--format', 'json']).stdout);
    assert.strictEqual(bom.files[0].entities[0].start, 0);
  });

  it('rejects unknown commands, options and formats with usage errors', () => {
    assert.strictEqual(cli(['frobnicate']).code, 2);
    assert.match(cli(['analyze', 'x.md', '--colour']).stderr, /unknown option "--colour"/);
    assert.match(cli(['check', 'x.md', '--format', 'markdown']).stderr, /--format for check is one of text, json, sarif/);
    assert.match(cli(['analyze', 'x.md', '--date', 'yesterday']).stderr, /--date expects YYYY-MM-DD/);
    assert.match(cli(['check', 'x.md', '--rule', 'no-such-rule=error']).stderr, /unknown setting/);
    assert.strictEqual(cli(['--help']).code, 0);
    assert.match(cli(['--version']).stdout, /^\d+\.\d+\.\d+/);
  });

  it('kb list, show and validate, and --kb on analyze', () => {
    const list = JSON.parse(cli(['kb', 'list', '--kind', 'treaty', '--format', 'json']).stdout) as { id: string; kind: string; source: string }[];
    assert.ok(list.length > 10 && list.every((r) => r.kind === 'treaty' && r.source.startsWith('https://')));
    assert.match(cli(['kb', 'show', 'Intermediate Nuclear Forces Treaty', '--format', 'json']).stdout, /"id": "inf-treaty"/);
    // as text, the entry as its hover shows it, on --date
    const card = cli(['kb', 'show', 'Intermediate Nuclear Forces Treaty', '--date', '2010-06-01']).stdout;
    assert.match(card, /^\*\*Intermediate-Range Nuclear Forces Treaty\*\*/);
    assert.match(card, /\*\*On the document date, 1 June 2010 \(from the policyLens.documentDate setting\):\*\* in force/);
    assert.match(card, /_Read as of 2010-06-01\._\n$/);
    const kb = write('team.yaml', 'entries:\n  - id: test-pact\n    kind: treaty\n    name: Pact of Testing\n    officialTitle: Pact of Testing\n    type: treaty\n    domain: [other]\n    status: { value: in-force, note: "In force for the test." }\n    summary: "An entry written for the CLI tests only."\n    source: https://example.org/\n    reviewed: "2026-11-24"\n');
    assert.strictEqual(cli(['kb', 'validate', kb]).code, 0);
    const analysed = JSON.parse(cli(['analyze', write('pact.md', 'The Pact of Testing holds.'), '--kb', kb, '--format', 'json']).stdout);
    assert.strictEqual(analysed.files[0].entities[0].id, 'test-pact');
    const broken = write('broken.yaml', 'entries:\n  - id: Bad Id\n    kind: actor\n');
    const invalid = cli(['kb', 'validate', broken]);
    assert.strictEqual(invalid.code, 2);
    assert.match(invalid.stderr, /broken\.yaml:2:9 error knowledge-base Bad Id: expected an id in kebab-case/);
  });

  it('names the missing file when an installation lost its built-in knowledge base, and still runs', () => {
    // the bundles read the built-in entries from dist/kb/ beside them: a copy of the CLI alone has none
    const lonely = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-cli-alone-'));
    fs.copyFileSync(CLI, path.join(lonely, 'cli.js'));
    const result = spawnSync(process.execPath, [path.join(lonely, 'cli.js'), 'check', write('alone.md', MEMO)], { encoding: 'utf8' });
    assert.strictEqual(result.status, 0, result.stderr);
    assert.match(result.stderr, /built-in knowledge base: builtin:treaties: cannot read .*kb[\\/]treaties\.json \(ENOENT\); reinstalling Policy Lens restores it/);
    assert.match(result.stdout, /proposal-numbering/);
  });
});
