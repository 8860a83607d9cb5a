import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { builtinKbFiles } from '../../server/src/core/kb/builtin';
import { loadEntries } from '../../server/src/core/kb/loader';
import { entriesById, fileEveryName } from '../../server/src/core/kb/matcher';
import { packNames, type NamePack } from '../../server/src/core/kb/namePack';
import { nameWordIndexOf } from '../../server/src/core/rules/misspelledName';
import { packNameWordIndex, type NameWordPack } from '../../server/src/core/rules/nameWordPack';

const DIST = path.resolve(__dirname, '../../../dist');
const readPack = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(DIST, 'kb', file), 'utf8')) as T;

/** A copy of the CLI bundle with the built-in knowledge base beside it, its pack `file` as `change` makes it. */
function cliWithPack<T>(file: string, change: (pack: T) => T): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-pack-'));
  fs.mkdirSync(path.join(copy, 'kb'));
  fs.copyFileSync(path.join(DIST, 'cli.js'), path.join(copy, 'cli.js'));
  for (const name of fs.readdirSync(path.join(DIST, 'kb'))) fs.copyFileSync(path.join(DIST, 'kb', name), path.join(copy, 'kb', name));
  fs.writeFileSync(path.join(copy, 'kb', file), JSON.stringify(change(readPack<T>(file))));
  return path.join(copy, 'cli.js');
}

/** The CLI at `cli` on `text`, with the knowledge-base files `kbFiles`: the analysis in its JSON contract. */
function analysed(cli: string, text: string, kbFiles: readonly string[] = []): { entities: { id: string }[]; diagnostics: { code: string; message: string }[] } {
  const kbOptions = kbFiles.flatMap((file) => ['--kb', file]);
  const result = spawnSync(process.execPath, [cli, 'analyze', '-', '--format', 'json', '--date', '2026-11-30', ...kbOptions], { input: text, encoding: 'utf8' });
  assert.strictEqual(result.status, 0, result.stderr);
  return (JSON.parse(result.stdout) as { files: { entities: { id: string }[]; diagnostics: { code: string; message: string }[] }[] }).files[0]!;
}

/** The ids of the entities the CLI at `cli` finds in `text`. */
const entitiesFound = (cli: string, text: string, kbFiles: readonly string[] = []) => analysed(cli, text, kbFiles).entities.map((entity) => entity.id);

/** The messages of misspelled-name the CLI at `cli` gives on `text`. */
const slipsFound = (cli: string, text: string) => analysed(cli, text).diagnostics.filter((finding) => finding.code === 'misspelled-name').map((finding) => finding.message);

/** The built-in entries in the order a start loads them. */
const byId = entriesById(loadEntries(builtinKbFiles).entries.values());

/** The pack with one name more: "Zzyzxland", filed for the entry `id`, a name no entry has. */
function withInventedName(pack: NamePack, id: string): NamePack {
  const node = pack.parents.length;
  const entry = pack.entryIds.indexOf(id);
  // a target's flags: the form "name" (0), written with a capital (8)
  return { ...pack, keys: [...pack.keys, 'zzyzxland'], parents: [...pack.parents, 0], targets: [...pack.targets, node, entry, 8, 0, 0], words: [...pack.words, ['Zzyzxland']] };
}

describe('the built-in names the build packs beside the bundles (kb/names.json)', function () {
  this.timeout(20_000);
  const TEXT = 'Zzyzxland and Ukraine agreed.\n';

  it('are those a start would file, in the order it loads the built-in files', () => {
    assert.deepStrictEqual(readPack('names.json'), JSON.parse(JSON.stringify(packNames(fileEveryName(byId), byId))));
  });

  it('are what the bundles read: a name added to the pack alone is found', () => {
    assert.deepStrictEqual(entitiesFound(path.join(DIST, 'cli.js'), TEXT), ['ukraine']);
    assert.deepStrictEqual(entitiesFound(cliWithPack<NamePack>('names.json', (pack) => withInventedName(pack, 'ukraine')), TEXT), ['ukraine', 'ukraine']);
  });

  it('are set aside for entries other than theirs, and the names filed anew', () => {
    const ofOtherEntries = cliWithPack<NamePack>('names.json', (pack) => withInventedName({ ...pack, entryIds: [...pack.entryIds].reverse() }, 'ukraine'));
    assert.deepStrictEqual(entitiesFound(ofOtherEntries, TEXT), ['ukraine']);
  });

  it("are set aside when a team's file is loaded, which may replace a built-in entry", () => {
    const withName = cliWithPack<NamePack>('names.json', (pack) => withInventedName(pack, 'ukraine'));
    const team = path.join(path.dirname(withName), 'team.yaml');
    // Ukraine's record replaced: the team's names for it, not the pack's, and not the built-in ones
    fs.writeFileSync(team, 'entries:\n  - id: ukraine\n    kind: actor\n    category: state\n    name: Ukrayina\n    summary: "A record that replaces the built-in one, for this test."\n    source: https://example.org/\n    reviewed: "2026-11-24"\n');
    assert.deepStrictEqual(entitiesFound(withName, 'Zzyzxland, Ukraine and Ukrayina agreed.\n', [team]), ['ukraine']);
  });

  it('are filed anew when the file cannot be read', () => {
    const broken = cliWithPack<NamePack>('names.json', (pack) => pack);
    fs.writeFileSync(path.join(path.dirname(broken), 'kb', 'names.json'), '{ "keys": ');
    assert.deepStrictEqual(entitiesFound(broken, TEXT), ['ukraine']);
    fs.rmSync(path.join(path.dirname(broken), 'kb', 'names.json'));
    assert.deepStrictEqual(entitiesFound(broken, TEXT), ['ukraine']);
  });
});

describe("the misspelled-name rule's index of name words the build packs beside the bundles (kb/nameWords.json)", function () {
  this.timeout(20_000);
  const TEXT = 'Talks with Zzyzxlamd resumed in Geneva.\n';
  /** The pack with one word more, "Zzyzxland", a name of Ukraine's that no entry has. */
  const withInventedWord = (pack: NameWordPack): NameWordPack => {
    const invented: NameWordPack['byInitial'][number][1][number] = [9, ['Zzyzxland'], ['zzyzxland']];
    const byInitial = pack.byInitial.map(([initial, byLength]) => [initial, initial === 'z' ? [...byLength, invented] : byLength] as const);
    return { ...pack, known: [...pack.known, 'zzyzxland'], byInitial, owners: [...pack.owners, ['Zzyzxland', 'ukraine', null, false, false]] };
  };

  it('is the index a first analysis would make, of the entries in the order a start loads them', () => {
    assert.deepStrictEqual(readPack('nameWords.json'), JSON.parse(JSON.stringify(packNameWordIndex(nameWordIndexOf(byId.values()), [...byId.keys()]))));
  });

  it('is what the bundles read: a word added to the pack alone has its slips found', () => {
    assert.deepStrictEqual(slipsFound(path.join(DIST, 'cli.js'), TEXT), []);
    assert.deepStrictEqual(slipsFound(cliWithPack<NameWordPack>('nameWords.json', withInventedWord), TEXT), ['"Zzyzxlamd" looks like a misspelling of "Zzyzxland" (Ukraine).']);
  });

  it('is set aside for other entries, and made anew when the file cannot be read', () => {
    assert.deepStrictEqual(slipsFound(cliWithPack<NameWordPack>('nameWords.json', (pack) => withInventedWord({ ...pack, entryIds: pack.entryIds.slice(1) })), TEXT), []);
    const broken = cliWithPack<NameWordPack>('nameWords.json', (pack) => pack);
    fs.writeFileSync(path.join(path.dirname(broken), 'kb', 'nameWords.json'), '[');
    const SLIP = 'Talks resumed, and Volodymyr Zelenskky met them in Kyiv.\n';
    const expected = slipsFound(path.join(DIST, 'cli.js'), SLIP);
    assert.ok(expected.length > 0);
    assert.deepStrictEqual(slipsFound(broken, SLIP), expected);
  });
});
