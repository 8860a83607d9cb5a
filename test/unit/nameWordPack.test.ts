import * as assert from 'assert';
import { builtinKbFiles, createAnalyzer } from '../../server/src/core/index';
import { compileKnowledgeBase } from '../../server/src/core/kb/knowledgeBase';
import { loadEntries } from '../../server/src/core/kb/loader';
import { WordHashSet } from '../../server/src/core/kb/wordHash';
import { nameWordIndexOf, type NameWordIndex } from '../../server/src/core/rules/misspelledName';
import { packNameWordIndex, unpackNameWordIndex, type NameWordPack } from '../../server/src/core/rules/nameWordPack';

const loaded = loadEntries(builtinKbFiles);
const entries = loaded.entries;

/** The index as plain data, every map, set and list in its order, the sets of hashes by their bits. */
const described = (index: NameWordIndex) =>
  JSON.stringify(index, (_, value: unknown) => {
    if (value instanceof Map) return { map: [...value] };
    if (value instanceof Set) return { set: [...value] };
    if (value instanceof WordHashSet) return { hashes: [...(value as unknown as { bits: Uint8Array }).bits] };
    // a hole in a list by length, as `nameWordIndexOf` leaves it, and `undefined` written out, as a field
    return value === undefined ? 'undefined' : value;
  });

/** A pack as the build writes it and a start reads it: through JSON. */
const shipped = (pack: NameWordPack): NameWordPack => JSON.parse(JSON.stringify(pack)) as NameWordPack;

/** The pack with one word more, "Zzyzxland", a name of Ukraine's that no entry has. */
function withInventedWord(pack: NameWordPack): NameWordPack {
  const invented: NameWordPack['byInitial'][number][1][number] = [9, ['Zzyzxland'], ['zzyzxland']];
  const byInitial = pack.byInitial.map(([initial, byLength]) => [initial, initial === 'z' ? [...byLength, invented] : byLength] as const);
  return { ...pack, known: [...pack.known, 'zzyzxland'], byInitial, owners: [...pack.owners, ['Zzyzxland', 'ukraine', null, false, false]] };
}

/** The findings of misspelled-name in `text`, with the knowledge base of the built-in entries given `pack`. */
function slipsWith(pack: unknown, text: string): string[] {
  const kb = compileKnowledgeBase(loaded, { names: () => undefined, nameWords: () => pack });
  const analysis = createAnalyzer({ kb, today: () => '2026-11-30' }).analyze({ uri: 'memory://slips.md', version: 1, getText: () => text });
  return analysis.findings.filter((finding) => finding.code === 'misspelled-name').map((finding) => finding.message);
}

describe("the misspelled-name rule's index of name words, packed at build time (rules/nameWordPack.ts)", () => {
  const index = nameWordIndexOf(entries.values());
  const pack = shipped(packNameWordIndex(index, [...entries.keys()]));

  it('unpacks into the index that making it gives, every map, set, list and set of hashes in order', () => {
    const unpacked = unpackNameWordIndex(pack, entries);
    assert.ok(unpacked);
    assert.ok(index.owners.size > 5_000);
    assert.strictEqual(described(unpacked), described(index));
  });

  it('is what the rule reads, for the entries it was made of alone', () => {
    const TEXT = 'Talks with Zzyzxlamd resumed in Geneva.\n';
    assert.deepStrictEqual(slipsWith(undefined, TEXT), []);
    assert.deepStrictEqual(slipsWith(withInventedWord(pack), TEXT), ['"Zzyzxlamd" looks like a misspelling of "Zzyzxland" (Ukraine).']);
    // made of other entries, or of the same in another order: the index is made anew
    assert.deepStrictEqual(slipsWith({ ...withInventedWord(pack), entryIds: [...pack.entryIds].reverse() }, TEXT), []);
    assert.deepStrictEqual(slipsWith({ ...withInventedWord(pack), entryIds: pack.entryIds.slice(1) }, TEXT), []);
  });

  it('is set aside when it is not whole, and the index made anew', () => {
    const broken: unknown[] = [
      null,
      'nameWords',
      { ...pack, known: undefined },
      { ...pack, known: [...pack.known, 7] },
      { ...pack, longestWord: '17' },
      { ...pack, owners: [['Zzyzxland', 'ukraine', null, false]] },
      { ...pack, owners: [['Zzyzxland', 'ukraine', 'kyiv', false, false]] },
      { ...pack, byInitial: [['z', [[-1, [], []]]]] },
      { ...pack, middlesOf: [['someone', [['word']]]] },
      { ...pack, bySurname: [['Zzyzx', 'someone']] },
      { ...pack, surnameOf: [['someone', 7]] },
    ];
    for (const damaged of broken) assert.strictEqual(unpackNameWordIndex(damaged, entries), undefined);
  });
});
