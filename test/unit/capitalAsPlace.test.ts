import * as assert from 'assert';
import { isDateline } from '../../server/src/core/features/capitalAsPlace';

describe('isDateline', () => {
  /** Whether `name`, where `line` writes it first, opens or closes a dateline there. */
  const datelineAt = (line: string, name: string) => {
    const start = line.indexOf(name);
    return isDateline(line, start, start + name.length);
  };

  it('reads the leads a dateline may have: a list marker, emphasis, a city and a slash, a city and a comma, a day', () => {
    for (const [line, name] of [
      ['KYIV, 3 March 2022 — Talks resumed.', 'KYIV'],
      ['- KYIV, 3 March 2022 — Talks resumed.', 'KYIV'],
      ['12)  Kyiv, 3 March 2022 — Talks resumed.', 'Kyiv'],
      ['1. *Kyiv, 3 March 2022*', 'Kyiv'],
      ['__Kyiv, 3 March 2022__', 'Kyiv'],
      ['WARSAW/KYIV, 3 March 2022 — Talks resumed.', 'KYIV'],
      ['BELEM, BRAZIL, 4 March 2026 — Talks resumed.', 'BRAZIL'],
      ['- **25 September, Kyiv.**', 'Kyiv'],
    ]) {
      assert.strictEqual(datelineAt(line!, name!), true, line);
    }
  });

  it('reads no dateline after a word and a space near the start of a paragraph, or after a lone space', () => {
    for (const [line, name] of [
      ['Talks in Kyiv, 3 March 2022 — resumed.', 'Kyiv'],
      ['On Kyiv — talks resumed.', 'Kyiv'],
      [' Kyiv, 3 March 2022 — Talks resumed.', 'Kyiv'],
      ['-Kyiv, 3 March 2022 — Talks resumed.', 'Kyiv'],
    ]) {
      assert.strictEqual(datelineAt(line!, name!), false, line);
    }
  });
});
