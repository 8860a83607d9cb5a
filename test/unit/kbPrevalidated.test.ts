import * as assert from 'assert';
import { builtinKbFiles } from '../../server/src/core/kb/builtin';
import { loadEntries, PREVALIDATED } from '../../server/src/core/kb/loader';

const invalid = { entries: [{ id: 'Bad Id', kind: 'place' }] };

describe('knowledge-base loading shortcuts', () => {
  it('validates a file again when nothing marks it prevalidated, even if it says so in its keys', () => {
    const claims = { 'policy-lens.kb.prevalidated': true, ...invalid };
    const loaded = loadEntries([{ name: 'user.json', data: claims }]);
    assert.ok(loaded.problems.length > 0);
    assert.strictEqual(loaded.entries.size, 0);
  });

  it('takes data the build marked as prevalidated as it is', () => {
    const marked = { entries: [{ id: 'marked-place', kind: 'place', name: 'Marked Place' }] };
    Object.defineProperty(marked, PREVALIDATED, { value: true });
    const loaded = loadEntries([{ name: 'builtin:marked', data: marked }]);
    assert.deepStrictEqual(loaded.problems, []);
    assert.strictEqual(loaded.entries.get('marked-place')?.name, 'Marked Place');
  });

  it('reports prevalidated data that cannot be read as a problem of its file, without throwing', () => {
    // the shipped bundles read the built-in entries from a file beside them when first asked
    const unreadable = Object.defineProperty({}, 'entries', {
      get() {
        throw new Error('cannot read dist/kb/people.json (ENOENT)');
      },
    });
    Object.defineProperty(unreadable, PREVALIDATED, { value: true });
    const marked = { entries: [{ id: 'marked-place', kind: 'place', name: 'Marked Place' }] };
    Object.defineProperty(marked, PREVALIDATED, { value: true });
    const loaded = loadEntries([{ name: 'builtin:people', data: unreadable }, { name: 'builtin:marked', data: marked }]);
    assert.deepStrictEqual(loaded.problems, [{ file: 'builtin:people', path: [], message: 'cannot read dist/kb/people.json (ENOENT)' }]);
    assert.deepStrictEqual([...loaded.entries.keys()], ['marked-place']);
  });

  it('gives the same result when the same data is loaded again, under its own file name', () => {
    const first = loadEntries([{ name: 'a.json', data: invalid }]);
    const again = loadEntries([{ name: 'b.json', data: invalid }]);
    assert.strictEqual(first.problems[0]?.file, 'a.json');
    assert.strictEqual(again.problems[0]?.file, 'b.json');
    const builtin = loadEntries(builtinKbFiles);
    assert.deepStrictEqual([...loadEntries(builtinKbFiles).entries.keys()], [...builtin.entries.keys()]);
  });
});
