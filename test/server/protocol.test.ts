import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadWorkspaceKb } from '../../server/src/workspaceKb/loadWorkspaceKb';
import { SERVER, TestClient, TIMEOUT_MS } from './lspClient';

/** A workspace whose own knowledge base (in .policy-lens/) defines the entries the tests need. */
function makeWorkspace(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-ws-'));
  fs.mkdirSync(path.join(root, '.policy-lens'));
  const entry = (fields: string) => `  - ${fields.trim().split('\n').join('\n    ')}\n    summary: "An entry written for the protocol tests only."\n    source: https://example.org/source\n    reviewed: "2026-11-24"\n`;
  fs.writeFileSync(
    path.join(root, '.policy-lens', 'test.yaml'),
    'entries:\n' +
      entry('id: test-treaty\nkind: treaty\nname: Treaty of Testing\nofficialTitle: Treaty of Testing\nacronyms: [TOT]\ntype: treaty\ndomain: [arms-control]\nsigned: { date: "1990-05-01", place: Geneva }\ninForce: "1991-01-01"\nstatus: { value: in-force, note: "In force for the test." }') +
      entry('id: test-state\nkind: actor\ncategory: state\nname: Testland\nadjectives: [Testish]'),
  );
  return root;
}

const DOC = ['# Memo', '', 'We propose the following:', '', 'First, Testland should ratify the Treaty of Testing.', '', 'Second, Testland should fund it.', '', 'Fourth, review it.', ''].join('\n');

describe('language server over stdio', function () {
  this.timeout(20_000);
  let root: string;
  let client: TestClient;

  before(async () => {
    root = makeWorkspace();
    client = new TestClient({ pull: true, rootPath: root, configuration: {} });
    await client.initialize();
  });
  after(async () => {
    const code = await client.stop();
    assert.strictEqual(code, 0, 'the server exits cleanly after shutdown and exit');
  });

  it('announces its capabilities', async () => {
    const other = new TestClient({ pull: true, rootPath: root, configuration: {} });
    const caps = await other.initialize();
    await other.stop();
    assert.strictEqual(caps.hoverProvider, true);
    assert.strictEqual(caps.foldingRangeProvider, true);
    assert.ok(caps.documentSymbolProvider);
    assert.deepStrictEqual((caps.semanticTokensProvider as { legend: { tokenTypes: string[] } }).legend.tokenTypes, ['treaty', 'actor', 'person', 'place', 'proposalMarker']);
    assert.deepStrictEqual((caps.semanticTokensProvider as { full: unknown }).full, { delta: true });
    assert.ok(caps.diagnosticProvider, 'pull diagnostics for a client that can pull');
  });

  it('hovers with facts from the workspace knowledge base', async () => {
    const uri = client.open('hover.md', DOC);
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 40 } });
    assert.match(hover.contents.value, /\*\*Treaty of Testing\*\*/);
    assert.match(hover.contents.value, /Signed:\*\* 1 May 1990, Geneva/);
  });

  it('lists proposals under their section, and updates after an edit', async () => {
    const uri = client.open('symbols.md', DOC);
    type Symbol = { name: string; children?: Symbol[] };
    const symbols = await client.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.strictEqual(symbols[0]!.name, 'Memo');
    assert.deepStrictEqual(symbols[0]!.children!.map((s) => s.name), ['1. Ratify the Treaty of Testing', '2. Fund it', '4. Review it']);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 6 } }, text: 'Third' }],
    });
    const updated = await client.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepStrictEqual(updated[0]!.children!.map((s) => s.name).at(-1), '3. Review it');
  });

  it('answers a request sent before the initialized notification with the whole knowledge base (loaded on demand)', async () => {
    const hasty = new TestClient({ pull: true, rootPath: root, configuration: {} });
    await hasty.initialize({ initialized: false });
    const uri = hasty.open('hasty.md', 'The International Court of Justice (ICC) ruled on Testland.\n');
    const report = await hasty.request<{ items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
    await hasty.stop();
    assert.deepStrictEqual(report.items.map((d) => d.code), ['acronym-mismatch']);
  });

  it('gives the same diagnostics, outline, folds and code lenses after every edit as a fresh server gives for the edited text (reused diagnostics and symbols stay right)', async () => {
    const sections = Array.from({ length: 6 }, (_, i) =>
      [`## Part ${i + 1}`, '', `Testland keeps citing the Treaty of Testing (TOT) in part ${i + 1}.`, '', 'We propose the following:', '', 'First, Testland should ratify the Treaty of Testing.', '', 'Fourth, Testland should fund it.', ''].join('\n'),
    );
    let text = `# Memo\n\n${sections.join('\n')}`;
    const uri = client.open('edited.md', text);
    // a server of its own, so that nothing it caches can be shared with the edited document
    const other = new TestClient({ pull: true, rootPath: root, configuration: {} });
    await other.initialize();
    const lines = () => text.split('\n');
    // all of which the server takes from the last version's answers where the edit allows
    const requests = ['textDocument/diagnostic', 'textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/codeLens'];
    const outlines = async (step: number) => {
      const freshUri = other.open(`step-${step}.md`, text);
      const edited = [];
      const fresh = [];
      for (const method of requests) {
        // result ids differ between the servers
        edited.push(JSON.parse(JSON.stringify(await client.request(method, { textDocument: { uri } }), (key, v: unknown) => (key === 'resultId' ? undefined : v))));
        // a lens's command and a related diagnostic's location name the document
        fresh.push(JSON.parse(JSON.stringify(await other.request(method, { textDocument: { uri: freshUri } }), (key, v: unknown) => (key === 'resultId' ? undefined : v)).replaceAll(freshUri, uri)));
      }
      const [report] = edited as [{ items: unknown[] }];
      assert.ok(report.items.length >= 6, `${report.items.length} diagnostics at step ${step}`);
      return { edited, fresh };
    };
    // typing in inert paragraphs across the document, a new paragraph, line breaks inside paragraphs
    const edits: { line: number; character: number; insert: string }[] = [
      { line: 4, character: 10, insert: 'x' },
      { line: 24, character: 0, insert: 'y' },
      { line: 44, character: 5, insert: 'zz' },
      { line: 24, character: 3, insert: 'Extra words here.\n\nNew paragraph ' },
      { line: 2 + 10 * 5 + 2, character: 0, insert: 'Closing remark. ' },
      { line: 4, character: 5, insert: '\n' },
      { line: 15, character: 2, insert: 'w' },
      { line: 35, character: 0, insert: 'On a new line\n' },
    ];
    try {
      let version = 1;
      for (const [step, edit] of edits.entries()) {
        const { edited, fresh } = await outlines(step);
        assert.deepStrictEqual(edited, fresh, `before edit ${step}`);
        const offset = lines().slice(0, edit.line).reduce((sum, l) => sum + l.length + 1, 0) + edit.character;
        text = text.slice(0, offset) + edit.insert + text.slice(offset);
        const position = { line: edit.line, character: edit.character };
        await client.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: ++version },
          contentChanges: [{ range: { start: position, end: position }, text: edit.insert }],
        });
      }
      const { edited, fresh } = await outlines(edits.length);
      assert.deepStrictEqual(edited, fresh, 'after the last edit');
    } finally {
      await other.stop();
    }
  });

  it('reads a CRLF document edited by several changes to an event as a fresh server reads the edited text', async () => {
    const lines = ['# Memo', '', 'The International Court of Justice (ICC) ruled on Testland.', '', 'We propose the following:', '', 'First, Testland should ratify the Treaty of Testing.', '', 'Second, Testland should fund it.', ''];
    let text = lines.join('\r\n');
    const uri = client.open('crlf.md', text);
    const other = new TestClient({ pull: true, rootPath: root, configuration: {} });
    await other.initialize();
    /** The offset of a position in `text`, a line ending at "\r\n". */
    const offsetAt = (position: { line: number; character: number }) => text.split('\r\n').slice(0, position.line).reduce((sum, line) => sum + line.length + 2, 0) + position.character;
    // each change applies to the text the one before it left: a third proposal typed after the
    // second, the acronym corrected, a line joined to the next (its "\r\n" removed), a word typed
    const events = [
      [
        { range: { start: { line: 8, character: 32 }, end: { line: 8, character: 32 } }, text: '\r\n\r\nFourth, Testland should report.' },
        { range: { start: { line: 2, character: 36 }, end: { line: 2, character: 39 } }, text: 'ICJ' },
      ],
      [
        { range: { start: { line: 4, character: 25 }, end: { line: 5, character: 0 } }, text: '' },
        { range: { start: { line: 0, character: 6 }, end: { line: 0, character: 6 } }, text: 's' },
      ],
    ];
    try {
      for (const [k, changes] of events.entries()) {
        for (const change of changes) text = text.slice(0, offsetAt(change.range.start)) + change.text + text.slice(offsetAt(change.range.end));
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: k + 2 }, contentChanges: changes });
        const freshUri = other.open(`crlf-${k}.md`, text);
        for (const method of ['textDocument/diagnostic', 'textDocument/documentSymbol', 'textDocument/foldingRange']) {
          const edited = await client.request<unknown>(method, { textDocument: { uri } });
          const fresh = await other.request<unknown>(method, { textDocument: { uri: freshUri } });
          // result ids and the documents' names differ between the servers; nothing else may
          const answer = (value: unknown, name: string) => JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'resultId' ? undefined : v)).replaceAll(name, 'DOC'));
          assert.deepStrictEqual(answer(edited, uri), answer(fresh, freshUri), `${method} after event ${k}`);
        }
      }
      const report = await client.request<{ items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.ok(!report.items.some((d) => d.code === 'acronym-mismatch'), 'the corrected acronym');
      assert.ok(report.items.some((d) => d.code === 'proposal-numbering'), '"Fourth" after "Second"');
    } finally {
      await other.stop();
    }
  });

  it('returns semantic tokens that decode to the recognized words', async () => {
    const uri = client.open('tokens.md', DOC);
    const { data } = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const lines = DOC.split('\n');
    // each token as its line, its word and its type's number
    const decode = (encoded: readonly number[]) => {
      const tokens: { line: number; word: string; type: number }[] = [];
      let line = 0;
      let char = 0;
      for (let i = 0; i < encoded.length; i += 5) {
        line += encoded[i]!;
        char = encoded[i] === 0 ? char + encoded[i + 1]! : encoded[i + 1]!;
        tokens.push({ line, word: lines[line]!.slice(char, char + encoded[i + 2]!), type: encoded[i + 3]! });
      }
      return tokens;
    };
    const tokens = decode(data);
    assert.deepStrictEqual(tokens.slice(0, 4).map((t) => t.word), ['First', 'Testland', 'Treaty of Testing', 'Second']);
    const ranged = await client.request<{ data: number[] }>('textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: 6, character: 0 }, end: { line: 7, character: 0 } } });
    assert.deepStrictEqual(ranged.data.slice(0, 3), [6, 0, 'Second'.length], 'only the tokens of line 7: "Second, Testland …"');
    const onLine7 = tokens.filter((t) => t.line === 6);
    assert.ok(onLine7.length >= 2, JSON.stringify(onLine7));
    assert.deepStrictEqual(decode(ranged.data), onLine7, 'the range gives the same tokens as the whole list, on that line only');
  });

  it('sends semantic tokens as edits to the list the client holds, which apply to the fresh list', async () => {
    type Full = { resultId: string; data: number[] };
    type Delta = { resultId: string; edits: { start: number; deleteCount: number; data: number[] }[] };
    // the memo, then paragraphs that name something, which the edits above them leave alone: 3,500
    // of them, so that the list is long enough for the server to write each new one into the one
    // before last (see `SemanticTokenReports`)
    const text = DOC + Array.from({ length: 3_500 }, (_, i) => `\nTestland cited the Treaty of Testing in note ${i + 1}.\n`).join('');
    const uri = client.open('tokens-delta.md', text);
    let held = await client.request<Full>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.ok(held.data.length >= 32_768, `${held.data.length} numbers`);
    const lines = text.split('\n');
    // typing on line 5, inserting a line after it, and taking a name away from it
    const changes = [
      { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: 'Indeed, ' },
      { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: 'Testland agrees.\n' },
      { range: { start: { line: 4, character: 0 }, end: { line: 4, character: lines[4]!.length + 'Indeed, '.length } }, text: 'Nothing here.' },
    ];
    let current = text;
    const offsetAt = (position: { line: number; character: number }) =>
      current.split('\n').slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
    for (const [k, change] of changes.entries()) {
      current = current.slice(0, offsetAt(change.range.start)) + change.text + current.slice(offsetAt(change.range.end));
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: k + 2 }, contentChanges: [change] });
      // each delta from the last one, as an editor chains them
      const delta = await client.request<Delta>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: held.resultId });
      assert.ok(delta.edits, `change ${k}: an edit, not the whole list`);
      assert.ok(delta.edits.every((e) => e.data.length < held.data.length / 2), `change ${k}: only a stretch of the list`);
      const applied = [...held.data];
      for (const edit of [...delta.edits].reverse()) applied.splice(edit.start, edit.deleteCount, ...edit.data);
      // the same text opened afresh
      const fresh = await client.request<Full>('textDocument/semanticTokens/full', { textDocument: { uri: client.open(`tokens-delta-${k}.md`, current) } });
      assert.deepStrictEqual(applied, fresh.data, `change ${k}`);
      held = { resultId: delta.resultId, data: applied };
    }
    // a result id the server no longer holds gets the whole list
    const stale = await client.request<Full>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: 'gone' });
    assert.deepStrictEqual(stale.data, held.data);
  });

  it('folds sections', async () => {
    const uri = client.open('folds.md', DOC);
    const folds = await client.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepStrictEqual(folds[0], { startLine: 0, endLine: 8, kind: 'region' });
  });

  it('pulls diagnostics with a rule code and a quick fix', async () => {
    const uri = client.open('diagnostics.md', DOC);
    const report = await client.request<{ items: { code: string; message: string; range: unknown }[] }>('textDocument/diagnostic', { textDocument: { uri } });
    const numbering = report.items.find((d) => d.code === 'proposal-numbering');
    assert.ok(numbering, 'the numbering gap is reported');
    const actions = await client.request<{ title: string; kind: string; edit: { changes: Record<string, { newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: numbering.range,
      context: { diagnostics: [numbering] },
    });
    const renumber = actions.find((a) => a.title === 'Renumber as "Third"');
    assert.ok(renumber);
    assert.strictEqual(renumber.edit.changes[uri]![0]!.newText, 'Third');
    assert.ok(actions.some((a) => a.kind === 'source.fixAll.policyLens'));
  });

  it('answers "unchanged" when a pulled report would repeat the last one, and a full report when it changes', async () => {
    type Report = { kind: string; resultId?: string; items?: { code: string }[] };
    const uri = client.open('unchanged.md', DOC);
    const first = await client.request<Report>('textDocument/diagnostic', { textDocument: { uri } });
    assert.strictEqual(first.kind, 'full');
    assert.ok(first.resultId);
    // an edit that moves no diagnostic: a word at the end of the first line
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 6 }, end: { line: 0, character: 6 } }, text: 's' }],
    });
    const same = await client.request<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
    assert.deepStrictEqual(same, { kind: 'unchanged', resultId: first.resultId });
    // a client that lost the report gets it in full
    const again = await client.request<Report>('textDocument/diagnostic', { textDocument: { uri } });
    assert.strictEqual(again.kind, 'full');
    // fixing the numbering gap changes the diagnostics
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 6 } }, text: 'Third' }],
    });
    const changed = await client.request<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: again.resultId });
    assert.strictEqual(changed.kind, 'full');
    assert.ok(!changed.items!.some((d) => d.code === 'proposal-numbering'));
  });

  it('says, while the trace is on, how long after each edit arrived its diagnostics were answered, once per edit', async () => {
    const uri = client.open('timed.md', DOC);
    const pull = () => client.request('textDocument/diagnostic', { textDocument: { uri } });
    const edit = (version: number) =>
      client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
      });
    const trace = (value: string) => client.connection.sendNotification('$/setTrace', { value });
    await pull();
    await edit(2);
    await pull(); // the trace is off
    await trace('verbose');
    await edit(3);
    await pull();
    await pull(); // the same version again: no work for the edit, no message
    await edit(4);
    await pull();
    await trace('off');
    await edit(5);
    await pull();
    await trace('messages');
    await edit(6);
    // messages arrive in order: when version 6's has come, any for versions before it has too
    const last = client.waitFor<{ message: string }>('$/logTrace', (p) => p.message.includes(`${uri} version 6 `));
    await pull();
    await last;
    await trace('off');
    const timed = client.traces.filter((m) => m.includes(uri)).map((m) => /version (\d+) answered (\d+\.\d+) ms after its edit arrived$/.exec(m));
    assert.deepStrictEqual(timed.map((m) => m?.[1]), ['3', '4', '6']);
    for (const m of timed) assert.ok(Number(m![2]) >= 0 && Number(m![2]) < TIMEOUT_MS, m![0]);
  });

  it('warms up a long document left alone after opening, leaving what the client holds true, and then reads keystrokes as a fresh server reads the edited text', async () => {
    type Report = { kind: string; resultId?: string };
    const section = (i: number) =>
      [`## Section ${i}`, '', 'The International Court of Justice (ICC) ruled on Testland.', '', 'We propose the following:', '', 'First, Testland should ratify the Treaty of Testing.', '', 'Second, Testland should fund it.', '', 'Fourth, review it.', ''].join('\n');
    // past the 256 KB from which the server warms a document up
    let text = Array.from({ length: 1300 }, (_, i) => section(i)).join('\n');
    assert.ok(text.length > 256 * 1024, `${text.length} characters`);
    const warmed = client.waitFor<{ message: string }>('window/logMessage', (params) => /warmed up \S*long\.md for its first keystrokes: 80 keystrokes at 40 places/.test(params.message));
    const uri = client.open('long.md', text);
    const first = await client.request<Report>('textDocument/diagnostic', { textDocument: { uri } });
    const outline = await client.request<unknown>('textDocument/documentSymbol', { textDocument: { uri } });
    await warmed;
    // what the client holds is still true: the report unchanged, the outline the same
    assert.deepStrictEqual(await client.request<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId }), { kind: 'unchanged', resultId: first.resultId });
    assert.deepStrictEqual(await client.request<unknown>('textDocument/documentSymbol', { textDocument: { uri } }), outline);
    const other = new TestClient({ pull: true, rootPath: root, configuration: {} });
    await other.initialize();
    try {
      // "Third" for "Fourth" in the middle of the document, then a word typed at a line's end
      const lines = text.split('\n');
      const fourth = lines.indexOf('Fourth, review it.', lines.length / 2);
      const changes = [
        { range: { start: { line: fourth, character: 0 }, end: { line: fourth, character: 6 } }, text: 'Third' },
        { range: { start: { line: fourth - 2, character: 32 }, end: { line: fourth - 2, character: 32 } }, text: ' soon' },
      ];
      lines[fourth] = `Third${lines[fourth]!.slice(6)}`;
      lines[fourth - 2] = `${lines[fourth - 2]} soon`;
      text = lines.join('\n');
      for (const [k, change] of changes.entries()) await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: k + 2 }, contentChanges: [change] });
      const freshUri = other.open('long-fresh.md', text);
      for (const method of ['textDocument/diagnostic', 'textDocument/documentSymbol', 'textDocument/foldingRange']) {
        const edited = await client.request<unknown>(method, { textDocument: { uri } });
        const fresh = await other.request<unknown>(method, { textDocument: { uri: freshUri } });
        const answer = (value: unknown, name: string) => JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'resultId' ? undefined : v)).replaceAll(name, 'DOC'));
        assert.deepStrictEqual(answer(edited, uri), answer(fresh, freshUri), method);
      }
    } finally {
      await other.stop();
    }
  });

  it('goes to the definition of an entry in the user’s knowledge-base file', async () => {
    const uri = client.open('definition.md', DOC);
    const location = await client.request<{ uri: string; range: { start: { line: number } } }>('textDocument/definition', { textDocument: { uri }, position: { line: 4, character: 8 } });
    assert.strictEqual(location.uri, `file://${path.join(root, '.policy-lens', 'test.yaml')}`);
    assert.strictEqual(location.range.start.line, 14, 'the line of the Testland entry');
  });

  it('offers to add an unknown treaty to the workspace knowledge base, as an edit the user applies', async () => {
    const text = 'Both sides cited the Treaty of Lilliput.';
    const uri = client.open('unknown.md', text);
    const report = await client.request<{ items: { code: string; range: unknown }[] }>('textDocument/diagnostic', { textDocument: { uri } });
    const unknown = report.items.find((d) => d.code === 'unknown-treaty');
    assert.ok(unknown, 'the unknown treaty is reported');
    type Change = { kind?: string; uri?: string; textDocument?: { uri: string }; edits?: { newText: string }[] };
    const actions = await client.request<{ title: string; edit: { documentChanges: Change[] } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: unknown.range,
      context: { diagnostics: [unknown] },
    });
    const add = actions.find((a) => a.title === 'Add "Treaty of Lilliput" to the workspace knowledge base');
    assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
    const target = `file://${path.join(root, '.policy-lens', 'workspace.yaml')}`;
    assert.deepStrictEqual(add.edit.documentChanges[0], { kind: 'create', uri: target, options: { ignoreIfExists: true } });
    const inserted = add.edit.documentChanges[1]!.edits![0]!.newText;
    assert.match(inserted, /^entries:\n {2}- id: treaty-of-lilliput\n {4}kind: treaty\n/);
    assert.deepStrictEqual(loadWorkspaceKb([{ path: 'workspace.yaml', text: inserted }]).problems, [], 'the skeleton is a valid entry');
    assert.ok(!fs.existsSync(path.join(root, '.policy-lens', 'workspace.yaml')), 'the server itself wrote nothing');
  });

  it('never crashes on garbage and keeps answering', async () => {
    const garbage = ['\u0000\u0001\ud800\udfff'.repeat(100), '```\n'.repeat(500), 'First, '.repeat(10_000), '(((('.repeat(5000), 'x\n'.repeat(100_000)];
    for (const [i, text] of garbage.entries()) {
      const uri = client.open(`garbage-${i}.md`, text);
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      await client.request('textDocument/diagnostic', { textDocument: { uri } });
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 9999, character: 9999 } });
    }
    const uri = client.open('after-garbage.md', DOC);
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.strictEqual(symbols.length, 1);
  });
});

describe('language server settings and push diagnostics', function () {
  this.timeout(20_000);

  it('pushes diagnostics to a client that cannot pull, from initializationOptions', async () => {
    const client = new TestClient({ pull: false, rootPath: makeWorkspace(), initializationOptions: { rules: { 'proposal-numbering': 'error' } } });
    const caps = await client.initialize();
    assert.strictEqual(caps.diagnosticProvider, undefined);
    const uri = client.open('push.md', DOC);
    const published = await client.waitFor<{ uri: string; diagnostics: { code: string; severity: number }[] }>('textDocument/publishDiagnostics', (p) => p.uri === uri);
    assert.deepStrictEqual(published.diagnostics.filter((d) => d.code === 'proposal-numbering').map((d) => d.severity), [1]);
    await client.stop();
  });

  it('pushes problems of a knowledge-base file that is not open, at the offending line', async () => {
    const root = makeWorkspace();
    const file = path.join(root, '.policy-lens', 'on-disk.yaml');
    fs.writeFileSync(file, 'entries:\n  - id: Bad Id\n    kind: actor\n');
    const client = new TestClient({ pull: false, rootPath: root });
    const published = client.waitFor<{ uri: string; diagnostics: { message: string; range: { start: { line: number; character: number } } }[] }>(
      'textDocument/publishDiagnostics',
      (p) => p.uri === `file://${file}`,
    );
    await client.initialize();
    const kebab = (await published).diagnostics.find((d) => /kebab-case/.test(d.message));
    assert.deepStrictEqual(kebab?.range.start, { line: 1, character: 8 });
    await client.stop();
  });

  it('pulls configuration per document, reports bad values, and honours a disabled language', async () => {
    const client = new TestClient({ pull: true, rootPath: makeWorkspace(), configuration: { rules: { 'proposal-numbering': 'off' }, enable: { plaintext: false }, colour: 'blue' } });
    await client.initialize();
    const uri = client.open('config.md', DOC);
    const report = await client.request<{ items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.ok(!report.items.some((d) => d.code === 'proposal-numbering'));
    const text = client.open('config.txt', DOC, 'plaintext');
    assert.deepStrictEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: text } }), []);
    assert.ok(client.logs.some((l) => l.includes('policyLens.colour: unknown setting')));
    await client.stop();
  });

  it('declines a document over the size limit with one message', async () => {
    const client = new TestClient({ pull: true, rootPath: makeWorkspace(), configuration: { maxDocumentLength: 100 } });
    await client.initialize();
    const uri = client.open('huge.md', DOC.repeat(5));
    const report = await client.request<{ items: { message: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.strictEqual(report.items.length, 1);
    assert.match(report.items[0]!.message, /over the limit of 100/);
    await client.stop();
  });

  /**
   * A client of a copy of the server with only `bundles` of dist/ beside it, as a broken
   * installation has, once initialized, and the first message it showed, which must be an error.
   */
  async function brokenInstallation(bundles: readonly string[]): Promise<{ client: TestClient; message: string }> {
    const alone = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-server-alone-'));
    for (const bundle of bundles) fs.copyFileSync(path.join(path.dirname(SERVER), bundle), path.join(alone, bundle));
    const client = new TestClient({ pull: true, rootPath: makeWorkspace(), configuration: {}, serverPath: path.join(alone, 'server.js') });
    try {
      const shown = client.waitFor<{ type: number; message: string }>('window/showMessage', () => true);
      await client.initialize();
      const { type, message } = await shown;
      assert.strictEqual(type, 1, 'an error');
      return { client, message };
    } catch (error) {
      await client.stop();
      throw error;
    }
  }

  it('says so once, as an error the user sees, when the installation lost its built-in knowledge base, and still answers', async () => {
    // the server reads the built-in entries from dist/kb/ beside it: a copy of the server and its analysis bundle alone has none
    const { client, message } = await brokenInstallation(['server.js', 'serverAnalysis.js']);
    try {
      assert.match(message, /could not read part of its built-in knowledge base.*kb[\\/]\w+\.json \(ENOENT\)/);
      // the workspace's own entries still load, and the server goes on answering
      const uri = client.open('memo.md', DOC);
      const report = await client.request<{ items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.ok(report.items.some((d) => d.code === 'proposal-numbering'));
      // a reload (a settings change) logs the problem again but does not show it again: the log
      // line comes just before where the message would, so a round trip after it would bring both
      const logged = client.waitFor<{ message: string }>('window/logMessage', (p) => p.message.includes('built-in knowledge base'));
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await logged;
      await client.request('textDocument/diagnostic', { textDocument: { uri } });
      assert.strictEqual(client.shown.length, 1, client.shown.join('\n'));
    } finally {
      await client.stop();
    }
  });

  it('says so once, as an error the user sees, when the installation lost its analysis bundle, and still answers', async () => {
    // the server loads its analysis code from serverAnalysis.js beside it once it has answered initialize
    const { client, message } = await brokenInstallation(['server.js']);
    try {
      assert.match(message, /cannot load its analysis code \(Cannot find module '\.\/serverAnalysis\.js'\).*reinstalling/);
      // every request gets its empty answer, and the server goes on answering
      const uri = client.open('memo.md', DOC);
      const report = await client.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.deepStrictEqual(report.items, []);
      const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 40 } });
      assert.strictEqual(hover, null);
      await client.request('textDocument/diagnostic', { textDocument: { uri } });
      assert.strictEqual(client.shown.length, 1, client.shown.join('\n'));
    } finally {
      await client.stop();
    }
  });

  it('reports problems in the user’s knowledge-base file at the offending key', async () => {
    const root = makeWorkspace();
    const client = new TestClient({ pull: true, rootPath: root, configuration: {} });
    await client.initialize();
    const kbText = 'entries:\n  - id: Bad Id\n    kind: actor\n';
    const uri = client.open('.policy-lens/broken.yaml', kbText, 'yaml');
    const report = await client.request<{ items: { message: string; range: { start: { line: number } } }[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.ok(report.items.some((d) => /kebab-case/.test(d.message) && d.range.start.line === 1), JSON.stringify(report.items));
    const doc = client.open('still-works.md', DOC);
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: doc }, position: { line: 4, character: 40 } });
    assert.match(hover!.contents.value, /Treaty of Testing/, 'the valid file still loads');
    await client.stop();
  });
});
