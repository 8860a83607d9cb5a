import * as assert from 'assert';
import { ChunkedList } from '../../server/src/core/blocks/chunkedList';
import { random } from './helpers';

const entries = (list: ChunkedList<number>) => Array.from({ length: list.length }, (_, i) => list.at(i));

describe('chunked lists', () => {
  it('read as the array they were made of, at every length around a chunk', () => {
    for (const length of [0, 1, 1023, 1024, 1025, 2048, 3000]) {
      const items = Array.from({ length }, (_, i) => i * 3);
      const list = ChunkedList.of(items);
      assert.strictEqual(list.length, length);
      assert.deepStrictEqual(entries(list), items);
      assert.strictEqual(
        list.some((n) => n === 3 * (length - 1)),
        length > 0,
      );
    }
  });

  it('splice and replace as an array does, in place or growing and shrinking, within a chunk and across chunks', () => {
    const next = random(20261202);
    let array = Array.from({ length: 5000 }, (_, i) => i);
    let list = ChunkedList.of(array);
    // every version made, with what it should read: each shares chunks with the others
    const versions: [ChunkedList<number>, number[]][] = [[list, array]];
    for (let round = 0; round < 300; round++) {
      const before = Math.floor(next() * (array.length + 1));
      const movedFrom = Math.min(array.length, before + Math.floor(next() * (next() < 0.1 ? 3000 : 5)));
      // as many made as replaced in most rounds, as a keystroke inside a block
      const count = next() < 0.6 ? movedFrom - before : Math.floor(next() * 8);
      const made = Array.from({ length: count }, () => -Math.floor(next() * 1000));
      list = list.spliced(before, movedFrom, made);
      array = [...array.slice(0, before), ...made, ...array.slice(movedFrom)];
      if (next() < 0.3) {
        const replaced = new Map<number, number>();
        for (let k = 0; k < 3 && array.length > 0; k++) replaced.set(Math.floor(next() * array.length), 10_000 + k);
        list = list.with(replaced);
        array = array.slice();
        for (const [i, value] of replaced) array[i] = value;
      }
      assert.strictEqual(list.length, array.length, `round ${round}`);
      assert.deepStrictEqual(entries(list), array, `round ${round}`);
      versions.push([list, array]);
    }
    // no version changed when later ones were made from it
    versions.forEach(([version, expected], k) => assert.deepStrictEqual(entries(version), expected, `version ${k}`));
  });
});
