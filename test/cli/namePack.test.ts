import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { builtinKbFiles } from '../../server/src/core/kb/builtin';
import { loadEntries } from '../../server/src/core/kb/loader';
import { entriesById, fileEveryName } from '../../server/src/core/kb/matcher';
import { packNames, type NamePack } from '../../server/src/core/kb/namePack';

const DIST = path.resolve(__dirname, '../../../dist');
const SHIPPED = path.join(DIST, 'kb', 'names.json');
const readPack = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as NamePack;

/** A copy of the CLI bundle with the built-in knowledge base beside it, its packed names as `change` makes them. */
function cliWithPack(change: (pack: NamePack) => NamePack): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-name-pack-'));
  fs.mkdirSync(path.join(copy, 'kb'));
  fs.copyFileSync(path.join(DIST, 'cli.js'), path.join(copy, 'cli.js'));
  for (const file of fs.readdirSync(path.join(DIST, 'kb'))) fs.copyFileSync(path.join(DIST, 'kb', file), path.join(copy, 'kb', file));
  fs.writeFileSync(path.join(copy, 'kb', 'names.json'), JSON.stringify(change(readPack(SHIPPED))));
  return path.join(copy, 'cli.js');
}

/** The ids of the entities the CLI at `cli` finds in `text`. */
function entitiesFound(cli: string, text: string): string[] {
  const result = spawnSync(process.execPath, [cli, 'analyze', '-', '--format', 'json'], { input: text, encoding: 'utf8' });
  assert.strictEqual(result.status, 0, result.stderr);
  return (JSON.parse(result.stdout) as { files: { entities: { id: string }[] }[] }).files[0]!.entities.map((entity) => entity.id);
}

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
    const byId = entriesById(loadEntries(builtinKbFiles).entries.values());
    assert.deepStrictEqual(readPack(SHIPPED), JSON.parse(JSON.stringify(packNames(fileEveryName(byId), byId))));
  });

  it('are what the bundles read: a name added to the pack alone is found', () => {
    assert.deepStrictEqual(entitiesFound(path.join(DIST, 'cli.js'), TEXT), ['ukraine']);
    assert.deepStrictEqual(entitiesFound(cliWithPack((pack) => withInventedName(pack, 'ukraine')), TEXT), ['ukraine', 'ukraine']);
  });

  it('are set aside for entries other than theirs, and the names filed anew', () => {
    const ofOtherEntries = cliWithPack((pack) => withInventedName({ ...pack, entryIds: [...pack.entryIds].reverse() }, 'ukraine'));
    assert.deepStrictEqual(entitiesFound(ofOtherEntries, TEXT), ['ukraine']);
  });

  it('are filed anew when the file cannot be read', () => {
    const broken = cliWithPack((pack) => pack);
    fs.writeFileSync(path.join(path.dirname(broken), 'kb', 'names.json'), '{ "keys": ');
    assert.deepStrictEqual(entitiesFound(broken, TEXT), ['ukraine']);
    fs.rmSync(path.join(path.dirname(broken), 'kb', 'names.json'));
    assert.deepStrictEqual(entitiesFound(broken, TEXT), ['ukraine']);
  });
});
