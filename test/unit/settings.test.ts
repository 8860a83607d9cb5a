import * as assert from 'assert';
import { defaultSettings, parseSettings } from '../../server/src/core/index';

describe('settings parser', () => {
  it('returns the defaults for missing or null input, without problems', () => {
    assert.deepStrictEqual(parseSettings(undefined), { settings: defaultSettings, problems: [] });
    assert.deepStrictEqual(parseSettings(null), { settings: defaultSettings, problems: [] });
    assert.deepStrictEqual(parseSettings({}).problems, []);
  });

  it('reads valid values', () => {
    const { settings, problems } = parseSettings({
      enable: { plaintext: false },
      documentDate: '2022-02-01',
      rules: { 'proposal-numbering': 'error' },
      maxDocumentLength: 1000,
      trace: { server: 'verbose' },
    });
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(settings.enable, { markdown: true, plaintext: false, policy: true });
    assert.strictEqual(settings.documentDate, '2022-02-01');
    assert.strictEqual(settings.rules['proposal-numbering'], 'error');
    assert.strictEqual(settings.maxDocumentLength, 1000);
    assert.strictEqual(settings.trace.server, 'verbose');
  });

  it('falls back to defaults and reports wrong types, bad values and unknown keys', () => {
    const { settings, problems } = parseSettings({
      enable: 'yes',
      documentDate: '2022-13-45',
      rules: { 'proposal-numbering': 'loud', 'no-such-rule': 'error' },
      maxDocumentLength: -5,
      colour: 'blue',
    });
    assert.deepStrictEqual(settings, defaultSettings);
    assert.strictEqual(problems.length, 6);
    assert.ok(problems.some((p) => p.includes('policyLens.rules.no-such-rule: unknown setting')));
    assert.ok(problems.some((p) => p.includes('policyLens.documentDate: expected a date')));
    assert.ok(problems.some((p) => p.includes('policyLens.colour: unknown setting')));
  });

  it('rejects a non-object payload', () => {
    assert.deepStrictEqual(parseSettings(42), { settings: defaultSettings, problems: ['policyLens: expected an object of settings'] });
    assert.strictEqual(parseSettings([1]).problems.length, 1);
  });
});
