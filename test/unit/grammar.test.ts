import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { INITIAL, Registry, type IGrammar } from 'vscode-textmate';
import { createOnigScanner, createOnigString, loadWASM } from 'vscode-oniguruma';

const root = path.resolve(__dirname, '../../..');
const grammarFile = (name: string) => path.join(root, 'syntaxes', name);

let grammar: IGrammar;

/** The scopes of each piece of a line, as `text=innermost.scope` for pieces with a policy scope. */
function scoped(line: string): string[] {
  return grammar
    .tokenizeLine(line, INITIAL)
    .tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes.at(-1)!] as const)
    .filter(([, scope]) => scope.endsWith('.policy') && scope !== 'text.policy')
    .map(([text, scope]) => `${text}=${scope}`);
}

describe('TextMate grammar for the policy language', () => {
  before(async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new Registry({
      onigLib: Promise.resolve({ createOnigScanner, createOnigString }),
      loadGrammar: async (scope) => (scope === 'text.policy' ? JSON.parse(fs.readFileSync(grammarFile('policy.tmLanguage.json'), 'utf8')) : null),
    });
    grammar = (await registry.loadGrammar('text.policy'))!;
  });

  it('marks ordinal openers at the start of a line or sentence, not other uses', () => {
    assert.deepStrictEqual(scoped('First, ratify the treaty.'), ['First=keyword.control.proposal.ordinal.policy']);
    assert.deepStrictEqual(scoped('It failed. Second, fund it.'), ['Second=keyword.control.proposal.ordinal.policy']);
    assert.deepStrictEqual(scoped('The First World War ended.'), []);
  });

  it('marks numbered items, headed recommendations and operative verbs', () => {
    assert.deepStrictEqual(scoped('2. Establish a commission.'), ['2.=keyword.control.proposal.number.policy']);
    assert.deepStrictEqual(scoped('Recommendation 3: Restore the hotline.'), ['Recommendation 3=keyword.control.proposal.headed.policy']);
    assert.ok(scoped('**Step 1**: Restore the hotline.').includes('Step 1=keyword.control.proposal.headed.policy'));
    assert.ok(scoped('**Recommendation:** Restore the hotline.').includes('Recommendation=keyword.control.proposal.headed.policy'));
    assert.deepStrictEqual(scoped('Proposal:'), []);
    assert.deepStrictEqual(scoped('1. *Calls upon* all parties'), ['1.=keyword.control.proposal.number.policy', 'Calls upon=keyword.control.proposal.operative.policy']);
  });

  it('marks headings, dates, article references, quotations and preambular verbs', () => {
    assert.ok(scoped('## Background').includes('Background=entity.name.section.policy'));
    assert.ok(scoped('Signed on 8 December 1987 and 1988-06-01.').includes('8 December 1987=constant.numeric.date.policy'));
    assert.ok(scoped('Under Article 5 of the treaty').includes('Article 5 of=constant.other.reference.article.policy'));
    assert.ok(scoped('He said “no deal” twice.').some((s) => s.endsWith('string.quoted.double.policy')));
    assert.deepStrictEqual(scoped('Recalling its resolutions,'), ['Recalling=entity.other.preambular.policy']);
  });

  it('has an injection grammar for Markdown whose patterns all compile', () => {
    const injection = JSON.parse(fs.readFileSync(grammarFile('policy-markers.injection.tmLanguage.json'), 'utf8'));
    assert.strictEqual(injection.injectionSelector.startsWith('L:text.html.markdown'), true);
    const sources = Object.values(injection.repository as Record<string, { match: string }>).map((r) => r.match);
    for (const source of sources) assert.doesNotThrow(() => createOnigScanner([source]), source);
  });
});
