import * as assert from 'assert';
import { ordinalPrefix } from '../../server/src/core/features/outline';

describe('ordinalPrefix', () => {
  it('starts a proposal node name as the template did, for ordinals in the shared list and past it', () => {
    for (const ordinal of [0, 1, 2, 9, 10, 99, 255, 256, 1000, 123456, -1, 1.5]) assert.strictEqual(ordinalPrefix(ordinal), `${ordinal}. `);
  });
});
