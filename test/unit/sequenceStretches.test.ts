/**
 * The stretches of text each proposal sequence's rules read, kept in chunks that versions share
 * (`rules/sequenceStretches.ts`): what an edit moves, sets and leaves.
 */
import * as assert from 'assert';
import { SequenceStretches, STRETCH_CHUNK } from '../../server/src/core/rules/sequenceStretches';
import { random } from './helpers';

const read = (stretches: SequenceStretches) => Array.from({ length: stretches.length }, (_, s) => [stretches.from(s), stretches.to(s)]);

describe('sequence stretches kept in chunks', () => {
  it('reads as the stretches it stands for after many edits that move whole chunks and set single sequences, and leaves every earlier version as it was', () => {
    const next = random(20261205);
    const count = 2 * STRETCH_CHUNK + 300;
    let model = Array.from({ length: count }, (_, s) => [10 * s, 10 * s + 5 + (s % 7)]);
    // an empty sequence's stretch, -1 to -1, which no move touches
    model[5] = [-1, -1];
    let stretches = SequenceStretches.of(Int32Array.from(model, (m) => m[0]!), Int32Array.from(model, (m) => m[1]!));
    const versions: { stretches: SequenceStretches; model: number[][] }[] = [];
    for (let edit = 0; edit < 200; edit++) {
      const editor = stretches.edit();
      const moved = model.map((m) => [...m]);
      for (let c = 0; c < stretches.chunkCount; c++) {
        if (next() < 0.5) continue;
        const delta = Math.floor(next() * 9) - 4;
        const first = c * STRETCH_CHUNK;
        const end = Math.min(count, first + STRETCH_CHUNK);
        if (stretches.least(c) >= 0 && next() < 0.7) {
          editor.moveChunk(c, delta);
          for (let s = first; s < end; s++) moved[s] = [moved[s]![0]! + delta, moved[s]![1]! + delta];
        } else {
          const s = first + Math.floor(next() * (end - first));
          const from = Math.floor(next() * 30_000);
          editor.set(s, from, from + 3);
          moved[s] = [from, from + 3];
        }
      }
      stretches = editor.finish();
      model = moved;
      assert.deepStrictEqual(read(stretches), model, `edit ${edit}`);
      for (let c = 0; c < stretches.chunkCount; c++) {
        const inChunk = model.slice(c * STRETCH_CHUNK, (c + 1) * STRETCH_CHUNK);
        assert.strictEqual(stretches.least(c), Math.min(...inChunk.map((m) => m[0]!)), `edit ${edit}, least of chunk ${c}`);
        assert.strictEqual(stretches.most(c), Math.max(...inChunk.map((m) => m[1]!)), `edit ${edit}, most of chunk ${c}`);
      }
      if (edit % 25 === 0) versions.push({ stretches, model });
    }
    for (const { stretches: old, model: was } of versions) assert.deepStrictEqual(read(old), was);
  });
});
