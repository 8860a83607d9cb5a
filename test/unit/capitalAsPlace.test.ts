import * as assert from 'assert';
import { isDateline, isLocative } from '../../server/src/core/features/capitalAsPlace';

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

describe('isLocative', () => {
  /** Whether the first "Moscow" in `text` is a location there. */
  const locativeAt = (text: string) => {
    const start = text.indexOf('Moscow');
    return isLocative(text, start, start + 'Moscow'.length);
  };

  it('reads a place after a one-word preposition in any case, however it is spaced, as the pattern does', () => {
    for (const text of ['talks in Moscow', 'Talks IN  Moscow', 'In\nMoscow', '(near Moscow', 'x.into Moscow', 'the shelling\u00a0Moscow', '\u0301in Moscow']) {
      assert.strictEqual(locativeAt(text), true, text);
    }
  });

  it('reads none where the preposition ends another word of the pattern, or lies out of its reach', () => {
    // an underscore is a word character to the pattern's \b, and "ın" (dotless i) folds to "in" but is not written so
    for (const text of ['talks_in Moscow', 'talks ın Moscow', `in${' '.repeat(23)}Moscow`]) {
      assert.strictEqual(locativeAt(text), false, text);
    }
    // the part of a longer word within reach may still be one: "to" of "into", 22 spaces on
    assert.strictEqual(locativeAt(`into${' '.repeat(22)}Moscow`), true);
  });
});
