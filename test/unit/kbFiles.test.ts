import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { kbJsonSchema } from '../../server/src/core/kb/jsonSchema';
import { loadWorkspaceKb } from '../../server/src/workspaceKb/loadWorkspaceKb';
import { joinLines } from './helpers';

const schemaFile = path.resolve(__dirname, '../../../server/schema/kb.schema.json');

const entry = (id: string, extra = '') =>
  joinLines(`  - id: ${id}`, '    kind: actor', '    category: organization', `    name: Example ${id}`, '    summary: A think tank used in this test only.', '    source: https://example.org/', `    reviewed: "2026-11-24"${extra}`);

describe('user knowledge-base files', () => {
  it('loads valid YAML and JSON entries next to the built-in ones', () => {
    const json = JSON.stringify({ entries: [{ id: 'json-org', kind: 'actor', category: 'organization', name: 'Json Org', summary: 'A think tank used in this test only.', source: 'https://example.org/', reviewed: '2026-11-24' }] });
    const { kb, problems } = loadWorkspaceKb([
      { path: '/w/.policy-lens/a.yaml', text: joinLines('entries:', entry('yaml-org')) },
      { path: '/w/.policy-lens/b.json', text: json },
    ]);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(kb.get('yaml-org')?.name, 'Example yaml-org');
    assert.strictEqual(kb.get('json-org')?.name, 'Json Org');
  });

  it('loads the example entry the README shows', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
    const example = /```yaml\n(entries:[\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(example, 'the README has a YAML knowledge-base example');
    const { kb, problems } = loadWorkspaceKb([{ path: '/w/.policy-lens/example.yaml', text: example }]);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(kb.get('uk-ukraine-security-agreement')?.kind, 'treaty');
  });

  it('reports context words given for a name the entry does not list as ambiguous', () => {
    const extra = joinLines('', '    acronyms: [EX, EXO]', '    ambiguous: [EX]', '    nameContext:', '      EX: [Example]', '      EXO: [Example]');
    const { problems } = loadWorkspaceKb([{ path: 'kb.yaml', text: joinLines('entries:', entry('named-org', extra)) }]);
    assert.deepStrictEqual(problems.map((p) => p.message), ['named-org: "nameContext" gives words for "EXO", which is not listed under "ambiguous"']);
  });

  it('reports a name listed under "ambiguous" that is none of the entry\'s names, which would never be matched', () => {
    const extra = joinLines('', '    acronyms: [EX]', '    ambiguous: [EX, Exemplar]', '    context: [Example]');
    const { problems } = loadWorkspaceKb([{ path: 'kb.yaml', text: joinLines('entries:', entry('named-org', extra)) }]);
    assert.deepStrictEqual(problems.map((p) => p.message), ['named-org: "Exemplar" is listed under "ambiguous" but is none of the entry\'s names; add it to "aliases", "acronyms" or "variants" too']);
  });

  it('reports to the user\'s file a name it shares with a built-in entry that does not list it as ambiguous, which the user cannot edit', () => {
    const extra = joinLines('', '    acronyms: [CCP]', '    ambiguous: [CCP]', '    context: [pipeline]');
    const { problems, builtinProblems } = loadWorkspaceKb([{ path: 'kb.yaml', text: joinLines('entries:', entry('pipeline-co', extra)) }]);
    assert.deepStrictEqual(builtinProblems, []);
    assert.deepStrictEqual(
      problems.map((p) => `${p.path} ${p.message}`),
      ['kb.yaml pipeline-co: the name "ccp" is also a name of the built-in entry chinese-communist-party, which does not list it under "ambiguous"; drop the name here, or copy chinese-communist-party into this file (an entry with its id replaces the built-in one) and list the name under "ambiguous" in both'],
    );
  });

  it('reports the day an office was last confirmed beside its end, which says it is over', () => {
    const person = (office: string) =>
      joinLines('entries:', '  - id: some-minister', '    kind: actor', '    category: person', '    name: Some Minister', '    summary: A minister used in this test only.', '    source: https://example.org/', '    reviewed: "2026-11-24"', '    person:', '      offices:', `        - { title: Minister of Foreign Affairs, from: "2024-01-01"${office} }`);
    assert.deepStrictEqual(loadWorkspaceKb([{ path: 'kb.yaml', text: person(', confirmed: "2026-02"') }]).problems, []);
    const { problems } = loadWorkspaceKb([{ path: 'kb.yaml', text: person(', to: "2025-01-01", confirmed: "2024-06"') }]);
    assert.deepStrictEqual(problems.map((p) => p.message), ['some-minister: expected no "confirmed" beside "to": it says when an office still open was last seen held']);
  });

  it('reports an invalid entry at the offending key and still loads the valid ones', () => {
    const text = joinLines('entries:', entry('good-org'), entry('bad-org').replace('reviewed: "2026-11-24"', 'reviewed: "yesterday"'));
    const { kb, problems } = loadWorkspaceKb([{ path: 'kb.yaml', text }]);
    assert.ok(kb.get('good-org'));
    assert.strictEqual(kb.get('bad-org'), undefined);
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0]!.message, /bad-org: expected a date as YYYY, YYYY-MM or YYYY-MM-DD/);
    assert.strictEqual(text.slice(problems[0]!.span.start, problems[0]!.span.end), '"yesterday"');
  });

  it('reports a treaty event that says a party left or joined without naming the party', () => {
    const treaty = (events: unknown[]) => ({ id: 'test-pact', kind: 'treaty', name: 'Test Pact', officialTitle: 'Test Pact', type: 'treaty', domain: ['other'], status: { value: 'in-force', note: 'In force.' }, events, summary: 'A pact used in this test only.', source: 'https://example.org/', reviewed: '2026-11-24' });
    const loaded = (events: unknown[]) => loadWorkspaceKb([{ path: '/w/.policy-lens/pacts.json', text: JSON.stringify({ entries: [treaty(events)] }) }]);
    assert.deepStrictEqual(loaded([{ date: '2020-01-01', actor: 'france', party: 'left', note: 'France left.' }]).problems, []);
    const { kb, problems } = loaded([{ date: '2020-01-01', party: 'left', note: 'Someone left.' }]);
    assert.strictEqual(kb.get('test-pact'), undefined);
    assert.match(problems[0]!.message, /expected an "actor" beside "party"/);
  });

  it('reports a former name that is none of the entry\'s names, and skips that entry', () => {
    const state = (id: string, variants: string[]) => ({ id, kind: 'actor', category: 'state', name: `Newland ${id}`, variants, formerNames: [{ name: 'Oldland', until: '2018-04-19', source: 'https://example.org/' }], summary: 'A state used in this test only.', source: 'https://example.org/', reviewed: '2026-11-24' });
    const json = JSON.stringify({ entries: [state('named', ['Oldland']), state('unnamed', [])] });
    const { kb, problems } = loadWorkspaceKb([{ path: '/w/.policy-lens/states.json', text: json }]);
    assert.ok(kb.get('named'));
    assert.strictEqual(kb.get('unnamed'), undefined);
    assert.deepStrictEqual(problems.map((p) => p.message), ['"unnamed": the former name "Oldland" is none of the entry\'s aliases, acronyms or variants, so no text would be found to check; the entry is skipped']);
  });

  it('reports a stated surname that is not a word of the name, and skips that entry', () => {
    const person = (id: string, name: string, surname: string) => ({ id, kind: 'actor', category: 'person', name, summary: 'A person used in this test only.', source: 'https://example.org/', reviewed: '2026-11-24', person: { surname } });
    const json = JSON.stringify({ entries: [person('right-order', 'Pak Tae-su', 'Pak'), person('wrong-word', 'Pak Tae-su', 'Park')] });
    const { kb, problems } = loadWorkspaceKb([{ path: '/w/.policy-lens/people.json', text: json }]);
    assert.ok(kb.get('right-order'));
    assert.strictEqual(kb.get('wrong-word'), undefined);
    assert.deepStrictEqual(problems.map((p) => p.message), ['"wrong-word": the surname "Park" is not a word of the name "Pak Tae-su"; the entry is skipped']);
  });

  it('reports syntax errors and wrong shapes without breaking the built-in knowledge base', () => {
    const broken = loadWorkspaceKb([{ path: 'kb.yaml', text: 'entries: [\n  - id: x' }, { path: 'ok.yaml', text: joinLines('entries:', entry('still-here')) }]);
    assert.match(broken.problems[0]!.message, /^Syntax error/);
    assert.strictEqual(broken.problems[0]!.path, 'kb.yaml');
    assert.ok(broken.kb.get('still-here'), 'the valid file still loads');
    const shape = loadWorkspaceKb([{ path: 'kb.json', text: '{"items": []}' }]);
    assert.match(shape.problems[0]!.message, /expected an object with an "entries" array/);
    const binary = loadWorkspaceKb([{ path: 'kb.json', text: '\u0000\u0001\u0002' }]);
    assert.strictEqual(binary.problems.length, 1);
  });

  it('lets a user entry override a built-in one by id', () => {
    const { kb } = loadWorkspaceKb([{ path: 'a.yaml', text: joinLines('entries:', entry('first')) }, { path: 'b.yaml', text: joinLines('entries:', entry('first').replace('Example first', 'Renamed')) }]);
    assert.strictEqual(kb.get('first')?.name, 'Renamed');
  });

  it('ships a JSON Schema generated from the zod schemas (UPDATE_EXPECT=1 rewrites it)', () => {
    const expected = JSON.stringify(kbJsonSchema(), null, 2) + '\n';
    if (process.env.UPDATE_EXPECT) fs.writeFileSync(schemaFile, expected);
    assert.strictEqual(fs.readFileSync(schemaFile, 'utf8'), expected);
  });
});
