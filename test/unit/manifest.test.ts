import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { defaultSettings, ruleInfos, ruleLevels } from '../../server/src/core/index';

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
const properties = manifest.contributes.configuration.properties as Record<string, { default: unknown; enum?: string[] }>;

/** Every leaf of the default settings as a `policyLens.*` key and its default. */
function flatten(value: unknown, prefix: string, out: Map<string, unknown>): Map<string, unknown> {
  const isLeafObject = prefix.endsWith('.preferredSpellings');
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !isLeafObject) {
    for (const [key, child] of Object.entries(value)) flatten(child, `${prefix}.${key}`, out);
  } else out.set(prefix, value);
  return out;
}

describe('package.json mirrors the settings defined in the core', () => {
  const expected = flatten(defaultSettings, 'policyLens', new Map());

  it('declares every setting with the same default, and nothing else', () => {
    assert.deepStrictEqual(Object.keys(properties).sort(), [...expected.keys()].sort());
    for (const [key, value] of expected) assert.deepStrictEqual(properties[key]!.default, value, key);
  });

  it('offers the same levels for every rule', () => {
    for (const rule of ruleInfos) assert.deepStrictEqual(properties[`policyLens.rules.${rule.id}`]!.enum, [...ruleLevels], rule.id);
  });

  it('activates on its languages only, never on everything', () => {
    assert.deepStrictEqual(manifest.activationEvents, ['onLanguage:markdown', 'onLanguage:plaintext', 'onLanguage:policy']);
  });

  it('documents every rule in the README', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
    for (const rule of ruleInfos) assert.ok(readme.includes(`<a id="rule-${rule.id}"></a>`), rule.id);
  });

  it('declares the semantic token types the server uses', () => {
    const types = manifest.contributes.semanticTokenTypes.map((t: { id: string }) => t.id);
    assert.deepStrictEqual(types, ['treaty', 'actor', 'person', 'place', 'proposalMarker']);
  });
});
