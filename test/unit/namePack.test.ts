import * as assert from 'assert';
import { builtinKbFiles } from '../../server/src/core/kb/builtin';
import { loadEntries } from '../../server/src/core/kb/loader';
import { compileMatcher, entriesById, fileEveryName, type FiledNames, type NameMatcher, type TrieNode } from '../../server/src/core/kb/matcher';
import { packNames, unpackNames, type NamePack } from '../../server/src/core/kb/namePack';

const byId = entriesById(loadEntries(builtinKbFiles).entries.values());

/**
 * Every node of a trie, each with its key, its children's keys in their order, the fields the scan
 * reads and its targets: two tries give the same list only when they are the same node for node.
 */
function described(root: TrieNode): unknown[] {
  const nodes: unknown[] = [];
  const visit = (node: TrieNode) => {
    const { key, id, firstChars, targets, namesTreaty, plainTargets, lead } = node;
    nodes.push({ key, id, children: [...(node.next?.keys() ?? [])], firstChars, targets, namesTreaty, plainTargets, lead });
    for (const child of node.next?.values() ?? []) visit(child);
  };
  visit(root);
  return nodes;
}

const describedFiling = (filed: FiledNames) => ({
  nodes: described(filed.root),
  lowercaseStarts: [...filed.lowercaseStarts],
  lowercaseFirstWords: [...filed.lowercaseFirstWords],
  singleWordNames: [...filed.singleWordNames],
  size: filed.size,
  alone: [...filed.alone],
});

/** A pack as the build writes it and a start reads it: through JSON. */
const shipped = (pack: NamePack): NamePack => JSON.parse(JSON.stringify(pack)) as NamePack;

describe('the built-in names packed at build time (kb/namePack.ts)', () => {
  const filed = fileEveryName(byId);
  const pack = shipped(packNames(filed, byId));

  it('unpack into the trie that filing the names makes, node for node and in order', () => {
    const unpacked = unpackNames(pack, byId);
    assert.ok(unpacked);
    assert.ok(filed.size > 10_000);
    assert.deepStrictEqual(describedFiling(unpacked), describedFiling(filed));
  });

  it('give the same matcher as filing the names, surnames and every derived index alike', () => {
    const fromPack = compileMatcher(byId.values(), (entries) => unpackNames(pack, entries));
    const filedAnew = compileMatcher(byId.values());
    const { root: packedRoot, children: packedChildren, ...packedRest } = fromPack;
    const { root: filedRoot, children: filedChildren, ...filedRest } = filedAnew;
    assert.deepStrictEqual(described(packedRoot), described(filedRoot));
    // the table of children by hash, slot for slot (its fields are private to the matcher's code, not to this test)
    const slots = (table: object) => {
      const { parents, hashes, exactLengths, children } = table as unknown as Record<string, Iterable<unknown>>;
      return { parents: [...parents], hashes: [...hashes], exactLengths: [...exactLengths], children: [...(children as Iterable<TrieNode | undefined>)].map((child) => child?.id) };
    };
    assert.deepStrictEqual(slots(packedChildren), slots(filedChildren));
    // the derived maps are keyed by target objects: compared by what they hold, in order
    const flat = (matcher: Omit<NameMatcher, 'root' | 'children'>) => JSON.stringify(matcher, (_, value: unknown) => (value instanceof Map ? [...value] : value instanceof Set ? [...value] : value));
    assert.strictEqual(flat(packedRest), flat(filedRest));
  });

  it('serve only the entries they were made of: other entries, or the same in another order, are filed anew', () => {
    const fewer = new Map([...byId].slice(1));
    assert.strictEqual(unpackNames(pack, fewer), undefined);
    const reordered = new Map([...byId].reverse());
    assert.strictEqual(unpackNames(pack, reordered), undefined);
    assert.ok(compileMatcher(fewer.values(), (entries) => unpackNames(pack, entries)).size > 10_000);
  });

  it('are filed anew from a pack that is not whole or points where nothing is', () => {
    const broken: NamePack[] = [
      { ...pack, parents: pack.parents.slice(1) },
      { ...pack, parents: [-1, 5, ...pack.parents.slice(2)] },
      { ...pack, targets: [...pack.targets.slice(0, 1), byId.size, ...pack.targets.slice(2)] },
      { ...pack, targets: [pack.parents.length, ...pack.targets.slice(1)] },
      { ...pack, words: pack.words.slice(1) },
      { ...pack, words: [['Zzyzx', 7], ...pack.words.slice(1)] } as unknown as NamePack,
      { ...pack, targets: [0.5, ...pack.targets.slice(1)] },
      null as unknown as NamePack,
      { ...pack, lowercaseFirstWords: [7] } as unknown as NamePack,
      { ...pack, size: '16371' } as unknown as NamePack,
      { ...pack, alonePeople: [byId.size, ...pack.alonePeople.slice(1)] },
      { ...pack, aloneSurnames: pack.aloneSurnames.slice(1) },
    ];
    for (const damaged of broken) assert.strictEqual(unpackNames(damaged, byId), undefined);
  });
});
