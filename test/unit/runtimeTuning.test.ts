import * as assert from 'assert';
import * as v8 from 'v8';
import { collectYoungGeneration } from '../../server/src/runtimeTuning';

const youngBytes = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')!.space_used_size;

describe('the runtime tuning of the server', () => {
  it('collects the young generation on demand, moving what survives out of it, without exposing gc to anyone else', () => {
    // young objects that stay alive, as an analysis just made, until they fill half a megabyte of
    // the young generation (a collection on the way may have moved the earlier ones)
    const kept: { index: number; words: string[] }[] = [];
    do kept.push({ index: kept.length, words: [String(kept.length)] });
    while (kept.length < 10_000 || youngBytes() < 500_000);
    collectYoungGeneration();
    const after = youngBytes();
    assert.ok(after < 100_000, `young generation in use after: ${after} bytes`);
    assert.strictEqual(kept.at(-1)!.index, kept.length - 1);
    assert.strictEqual(typeof (globalThis as { gc?: unknown }).gc, 'undefined');
  });
});
