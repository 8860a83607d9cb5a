import * as assert from 'assert';
import { ordinalPrefix } from '../../server/src/core/features/outline';

describe('ordinalPrefix', () => {
  it('starts a proposal node name as the template did, shared or made', () => {
    for (const ordinal of [0, 1, 2, 9, 10, 99, 255, 256, 1000, 123456, -1, 1.5]) assert.strictEqual(ordinalPrefix(ordinal), `${ordinal}. `);
    assert.strictEqual(ordinalPrefix(3), ordinalPrefix(3));
  });
});
