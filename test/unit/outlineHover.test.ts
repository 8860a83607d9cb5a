import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Analysis, Mention, OutlineNode, Proposal, SemanticSpan, TokenType } from '../../server/src/core/index';
import { builtinKbFiles, createAnalyzer, defaultSettings, loadKnowledgeBase } from '../../server/src/core/index';
import { semanticSpans } from '../../server/src/core/features/semanticSpans';
import { AnalysisResult } from '../../server/src/core/analysisResult';
import type { MentionIndex } from '../../server/src/core/features/mentionIndex';
import { MovedItems } from '../../server/src/core/features/movedItems';
import { FOLD_MOVER, NODE_MOVER } from '../../server/src/core/features/reuseStructure';
import { PROPOSAL_MOVER } from '../../server/src/core/features/shiftedProposal';
import { editsBetween, SemanticTokenReports } from '../../server/src/lsp/semanticTokenReports';
import { convertFolds, encodeSemanticTokens, TOKEN_TYPES } from '../../server/src/lsp/convert';
import { PieceDocument } from '../../server/src/lsp/pieceDocument';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, joinLines, testAnalyzer, withCursor } from './helpers';
import { movedFrom, movedWhole, plainNode, shiftedNode } from '../../server/src/core/features/shiftedNode';
import { headingLead } from '../../server/src/core/features/outline';

const shape = (nodes: readonly OutlineNode[]): unknown[] =>
  nodes.map((n) => (n.children.length ? { [n.name]: shape(n.children) } : n.name));

function hoverAt(input: string, settings?: unknown): string | undefined {
  const { text, offset } = withCursor(input);
  return testAnalyzer().hover(analyze(text, settings), offset)?.markdown;
}

describe('outline', () => {
  it('nests proposals under sections and entities under proposals', () => {
    const text = joinLines('# Memo', '', '## Recommendations', '', 'We recommend the following:', '', '1. Ratify the New START treaty with Russia.', '2. Fund NATO.', '', '## Background', '', 'Text.');
    assert.deepStrictEqual(shape(analyze(text).outline), [
      { Memo: [{ Recommendations: [{ '1. Ratify the New START treaty with Russia': ['New START', 'Russia'] }, { '2. Fund NATO': ['North Atlantic Treaty Organization'] }] }, 'Background'] },
    ]);
  });

  it("reads a proposal's node and its entities' nodes from the proposal and the mentions, and gives them as plain literals in JSON", () => {
    const text = joinLines('We recommend the following:', '', '1. Ratify the New START treaty with Russia.');
    const analysis = analyze(text);
    const [proposal] = analysis.proposals;
    const [node] = analysis.outline;
    assert.ok(proposal && node);
    const [treaty, russia] = analysis.mentions;
    assert.ok(treaty && russia && russia.name === 'Russia', JSON.stringify(analysis.mentions));
    const expected: OutlineNode = {
      kind: 'proposal',
      name: `1. ${proposal.title}`,
      detail: '1.',
      start: proposal.start,
      end: proposal.end,
      selection: proposal.markerSpan,
      children: [
        // "New START treaty", the instrument word taken in
        { kind: 'entity', name: 'New START', detail: 'treaty', start: treaty.start, end: text.indexOf(' with'), selection: { start: treaty.start, end: treaty.end }, children: [], entityKind: 'treaty' },
        { kind: 'entity', name: 'Russia', detail: russia.category, start: russia.start, end: russia.end, selection: { start: russia.start, end: russia.end }, children: [], entityKind: 'actor' },
      ],
    };
    // read by property, as the server converts it
    assert.deepStrictEqual(plainNode(node), expected);
    // an entity's selection is its own span
    const entity = node.children[1]!;
    assert.deepStrictEqual([entity.selection.start, entity.selection.end], [russia.start, russia.end]);
    // JSON, as the CLI and a test's snapshot read it: plain data, no cycle through the selection
    assert.deepStrictEqual(JSON.parse(JSON.stringify(analysis.outline)), [expected]);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(entity)), expected.children[1]);
  });

  it('lists proposals of a document without headings', () => {
    assert.deepStrictEqual(shape(analyze(joinLines('Recommendation 1: Open talks.', '', 'Recommendation 2: Fund monitors.')).outline), ['1. Open talks', '2. Fund monitors']);
  });

  it('folds sections, multi-line proposals and front matter', () => {
    const text = joinLines('---', 'date: 2020-01-01', '---', '# A', 'one', '', 'two', '# B', 'three');
    assert.deepStrictEqual(analyze(text).folds.map((f) => [f.kind, text.slice(f.start, f.end).split('\n')[0]]), [
      ['frontmatter', '---'],
      ['section', '# A'],
      ['section', '# B'],
    ]);
  });

  it('answers folds as folding ranges: front matter a comment, sections regions, folds on one line left out, the same lines after an edit on one line', () => {
    const text = joinLines('---', 'date: 2020-01-01', '---', '# A', 'one', '', 'two', '# B');
    const analyzer = testAnalyzer();
    const doc = PieceDocument.create('memory://folds.md', 'markdown', 1, text);
    const folds = convertFolds(doc, analyzer.analyze(doc), undefined);
    const expected = [
      { startLine: 0, endLine: 2, kind: 'comment' },
      { startLine: 3, endLine: 6, kind: 'region' },
    ];
    assert.deepStrictEqual(folds.ranges, expected);
    // each answer is made anew, from the numbers kept
    assert.notStrictEqual(folds.ranges, folds.ranges);
    const edited = PieceDocument.update(doc, [{ range: { start: { line: 4, character: 3 }, end: { line: 4, character: 3 } }, text: 'x' }], 2);
    const after = convertFolds(edited, analyzer.analyze(edited), folds);
    assert.strictEqual(after.doc, edited);
    assert.deepStrictEqual(after.ranges, expected);
  });

  it("reads a heading's name after up to three spaces, six marks and the spaces and tabs after them, as /^ {0,3}#{0,6}[ \\t]*/ does", () => {
    const cases = ['# A', '   ## B', '    # C', '####### D', '#\t \tE', '#', '', 'F', ' \t# G', '###### H #'];
    for (const line of cases) assert.strictEqual(headingLead(line), /^ {0,3}#{0,6}[ \t]*/.exec(line)![0].length, JSON.stringify(line));
  });
});

describe('hover', () => {
  it('shows treaty facts, today’s status and the status on the document date', () => {
    const md = hoverAt('---\ndate: 2018-05-01\n---\nThe I|NF Treaty bans missiles.')!;
    assert.match(md, /\*\*Intermediate-Range Nuclear Forces Treaty\*\*/);
    assert.match(md, /Signed:\*\* 8 December 1987, Washington/);
    assert.match(md, /Status today:\*\* terminated since 2 August 2019/);
    assert.match(md, /On the document date, 1 May 2018 \(from the front matter\):\*\* in force \(since 1 June 1988\)/);
    assert.match(md, /\[Source\]\(https:\/\/example\.org\/source\)/);
  });

  it('lists a treaty\'s events in the order they happened, and leaves out a note that repeats the status', () => {
    const builtin = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-11-30' });
    const text = 'The Rome Statute binds its parties.';
    const md = builtin.hover(builtin.analyze({ uri: 'memory://rome.md', version: 1, getText: () => text }), 6)!.markdown;
    // the knowledge base lists Hungary's withdrawal (2026) before the Sahel states' notices (2025)
    assert.ok(md.indexOf('22 September 2025') < md.indexOf('2 June 2026'), md);
    assert.match(md, /Status today:\*\* in force\. _\(as of/);
  });

  it("gives an organization's number of members with the date it became that number", () => {
    const builtin = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-11-30' });
    const text = 'ASEAN met.';
    const md = builtin.hover(builtin.analyze({ uri: 'memory://asean.md', version: 1, getText: () => text }), 2)!.markdown;
    assert.match(md, /\*\*Members:\*\* 11 \(since 26 October 2025\)/);
  });

  it("gives a person's birth with the age on the document date, and a death with the age at death", () => {
    const builtin = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-12-04' });
    const kerry = builtin.hover(builtin.analyze({ uri: 'memory://kerry.md', version: 1, getText: () => 'John Kerry spoke.' }), 2)!.markdown;
    assert.match(kerry, /\*\*Born:\*\* 11 December 1943 \(82 on the document date\)/);
    const cheney = builtin.hover(builtin.analyze({ uri: 'memory://cheney.md', version: 1, getText: () => 'Dick Cheney spoke.' }), 2)!.markdown;
    assert.match(cheney, /\*\*Born:\*\* 30 January 1941\n- \*\*Died:\*\* 3 November 2025, aged 84/);
  });

  it('gives the days the bodies an organization continues were founded, from which its anniversaries count too', () => {
    const builtin = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-11-30' });
    const text = 'The OSCE met.';
    const md = builtin.hover(builtin.analyze({ uri: 'memory://osce.md', version: 1, getText: () => text }), 5)!.markdown;
    assert.match(md, /\*\*Founded:\*\* 1 January 1995 \(forerunners from 3 July 1973, 1 August 1975\)/);
  });

  it('gives the names an entity stopped going by, with the day it did', () => {
    const builtin = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-12-04' });
    const md = builtin.hover(builtin.analyze({ uri: 'memory://eswatini.md', version: 1, getText: () => 'Eswatini met.' }), 2)!.markdown;
    assert.match(md, /\*\*Former names:\*\* Swaziland \(until 19 April 2018\)/);
  });

  it("gives a state's capital with the day it became the seat, where the knowledge base dates it", () => {
    const builtin = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-11-30' });
    const text = 'Kazakhstan and France met.';
    const analysis = builtin.analyze({ uri: 'memory://capitals.md', version: 1, getText: () => text });
    assert.match(builtin.hover(analysis, 2)!.markdown, /\*\*Capital:\*\* Astana \(since 10 December 1997\)/);
    assert.match(builtin.hover(analysis, text.indexOf('France') + 1)!.markdown, /\*\*Capital:\*\* Paris\n/);
  });

  it("lists who led a state and who headed a ministry on the document date, from the people's records", () => {
    const builtin = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-11-30' });
    const text = 'France, the Soviet Union, the Pentagon, the Israel Defense Forces, the Russian Foreign Ministry and the UN.';
    const analysis = builtin.analyze({ uri: 'memory://leaders.md', version: 1, getText: () => text }, { ...defaultSettings, documentDate: '1987-06-01' });
    const hover = (name: string) => builtin.hover(analysis, text.indexOf(name) + 1)!.markdown;
    assert.match(hover('France'), /\*\*In office on the document date\*\* \(as recorded here\): President: François Mitterrand \(21 May 1981 – 17 May 1995\); Prime Minister: Jacques Chirac \(20 March 1986 – 10 May 1988\)/);
    // a ruling party's leader beside the head of state
    assert.match(hover('Soviet Union'), /General Secretary of the Communist Party: Mikhail Gorbachev/);
    // a ministry's minister, by its names; a force whose name has "Defense" in it is no ministry
    assert.match(hover('Pentagon'), /\*\*Minister on the document date\*\* \(as recorded here\): Secretary of Defense: Caspar Weinberger/);
    assert.doesNotMatch(hover('Israel Defense Forces'), /Minister on the document date/);
    // Russia's ministry had no minister of Russia's on the record in 1987 (Shevardnadze was the Soviet Union's)
    assert.doesNotMatch(hover('Russian Foreign Ministry'), /Minister on the document date/);
    // an organization's heads
    assert.match(hover('UN.'), /\*\*Heads on the document date\*\* \(as recorded here\): Secretary-General of the United Nations: Javier Pérez de Cuéllar \(1 January 1982 – 31 December 1991\)/);
  });

  it("lists a ministry's or a central bank's heads by the titles its record names, on the document date", () => {
    const builtin = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-11-30' });
    const text = 'HM Treasury, the Home Office, the Department of Homeland Security and the Fed.';
    const hoverOn = (date: string, name: string) =>
      builtin.hover(builtin.analyze({ uri: `memory://heads-${date}.md`, version: 1, getText: () => text }, { ...defaultSettings, documentDate: date }), text.indexOf(name) + 1)!.markdown;
    assert.match(hoverOn('2020-06-01', 'HM Treasury'), /\*\*Heads on the document date\*\* \(as recorded here\): Chancellor of the Exchequer: Rishi Sunak/);
    assert.match(hoverOn('2025-06-01', 'Home Office'), /Home Secretary: Yvette Cooper/);
    // Kristi Noem handed over to Markwayne Mullin in March 2026
    assert.match(hoverOn('2025-06-01', 'Department of Homeland'), /Secretary of Homeland Security: Kristi Noem/);
    assert.match(hoverOn('2026-06-01', 'Department of Homeland'), /Secretary of Homeland Security: Markwayne Mullin/);
    // the Fed's chair changed in May 2026
    assert.match(hoverOn('2026-06-01', 'Fed.'), /Chair of the Board of Governors of the Federal Reserve System: Kevin Warsh/);
  });

  it("lists who presided over a parliament on the document date, an office of the state its parents lead to", () => {
    const builtin = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-11-30' });
    const text = 'The U.S. House of Representatives, the Bundestag and the Verkhovna Rada voted.';
    const hoverOn = (date: string, name: string) =>
      builtin.hover(builtin.analyze({ uri: `memory://speakers-${date}.md`, version: 1, getText: () => text }, { ...defaultSettings, documentDate: date }), text.indexOf(name) + 1)!.markdown;
    // the House's parent is Congress; its Speaker is an office of the United States
    assert.match(hoverOn('2022-06-01', 'House of'), /\*\*Heads on the document date\*\* \(as recorded here\): Speaker of the House of Representatives: Nancy Pelosi/);
    assert.match(hoverOn('2024-06-01', 'House of'), /Speaker of the House of Representatives: Mike Johnson/);
    assert.match(hoverOn('2024-06-01', 'Bundestag'), /President of the Bundestag: Bärbel Bas/);
    assert.match(hoverOn('2026-06-01', 'Bundestag'), /President of the Bundestag: Julia Klöckner/);
    assert.match(hoverOn('2020-06-01', 'Verkhovna'), /Chairman of the Verkhovna Rada: Dmytro Razumkov/);
  });

  it('shows offices held on the document date for a person', () => {
    const md = hoverAt('Secretary Blin|ken spoke.', { documentDate: '2022-01-20' })!;
    assert.match(md, /\*\*Offices\*\* \(✓ held on the document date, 20 January 2022\):/);
    assert.match(md, /Secretary of State, United States: 26 January 2021 – 20 January 2025 ✓/);
    assert.match(md, /Document date: 20 January 2022 \(from the policyLens.documentDate setting\)/);
  });

  it("adds the note of the office held on the document date, and only that one's", () => {
    const builtin = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-11-30' });
    const text = 'Prime Minister Keir Starmer spoke.';
    const md = builtin.hover(builtin.analyze({ uri: 'memory://starmer.md', version: 1, getText: () => text }), 20)!.markdown;
    assert.match(md, /Prime Minister, United Kingdom: since 5 July 2024, last confirmed 22 June 2026 ✓ — Announced his resignation on 22 June 2026/);
    // Serbia's president: the note of an office not held on the date stays out
    const vucic = 'Aleksandar Vučić spoke.';
    const before = builtin.hover(builtin.analyze({ uri: 'memory://vucic.md', version: 1, getText: () => vucic }, { ...defaultSettings, documentDate: '2015-01-01' }), 3)!.markdown;
    assert.doesNotMatch(before, /resign within weeks/);
  });

  it('says when the sources last showed a holder in an open office, where that is before the document date', () => {
    const builtin = createAnalyzer({ kb: loadKnowledgeBase(builtinKbFiles).kb, today: () => '2026-11-30' });
    const hover = (text: string, offset: number, documentDate: string) =>
      builtin.hover(builtin.analyze({ uri: 'memory://uk.md', version: 1, getText: () => text }, { ...defaultSettings, documentDate }), offset)!.markdown;
    // the state's leaders, and the person's own offices
    assert.match(hover('Britain voted.', 2, '2026-11-30'), /Prime Minister: Keir Starmer \(since 5 July 2024; last confirmed 22 June 2026\)/);
    assert.match(hover('Keir Starmer spoke.', 2, '2026-11-30'), /since 5 July 2024, last confirmed 22 June 2026 ✓/);
    // before that day the office was held as far as the sources go: nothing to say
    assert.match(hover('Britain voted.', 2, '2026-03-01'), /Prime Minister: Keir Starmer \(since 5 July 2024\)/);
  });

  it('explains a metonym and shows a proposal marker', () => {
    assert.match(hoverAt('Mos|cow insists.', { documentDate: '2022-01-20' })!, /stands here for the government of \*\*Russia\*\*/);
    const md = hoverAt(joinLines('We propose the following:', '', 'Fir|st, ratify the INF Treaty with Russia.', '', 'Second, fund it.'))!;
    assert.match(md, /\*\*Proposal 1\*\* of 2/);
    assert.match(md, /Treaties:\*\* Intermediate-Range Nuclear Forces Treaty/);
  });

  it('shows the exchange, who must act and the conditions of a proposal', () => {
    const md = hoverAt(joinLines('We propose the following:', '', 'Fir|st, the United States should ratify the INF Treaty in return for a Russian pledge, for a period of 20 years.', '', 'Second, fund it.'))!;
    assert.match(md, /Who must act:\*\* United States/);
    assert.match(md, /Offer:\*\* ratify the INF Treaty/);
    assert.match(md, /In return \(in return for\):\*\* a Russian pledge/);
    assert.match(md, /Condition:\*\* for a period of 20 years/);
  });

  it('returns nothing between mentions', () => {
    assert.strictEqual(hoverAt('NATO | and Russia'), undefined);
  });
});

describe('outline nodes moved whole', () => {
  const entity: OutlineNode = { kind: 'entity', name: 'Russia', detail: 'state', start: 30, end: 36, selection: { start: 30, end: 36 }, children: [], entityKind: 'actor' };
  const proposal: OutlineNode = { kind: 'proposal', name: '1. Talk to Russia', detail: '1.', start: 20, end: 40, selection: { start: 20, end: 22 }, children: [entity] };
  const section: OutlineNode = { kind: 'section', name: 'Steps', start: 10, end: 50, selection: { start: 13, end: 18 }, children: [proposal] };

  it('read as the same nodes at the new offsets, children included, and as plain data in JSON', () => {
    const moved = shiftedNode(section, 7);
    const expected = plainNode({
      ...section,
      start: 17,
      end: 57,
      selection: { start: 20, end: 25 },
      children: [{ ...proposal, start: 27, end: 47, selection: { start: 27, end: 29 }, children: [{ ...entity, start: 37, end: 43, selection: { start: 37, end: 43 } }] }],
    });
    assert.deepStrictEqual(plainNode(moved), expected);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(moved)), expected);
    // a child is moved once, when first read
    assert.strictEqual(moved.children[0], moved.children[0]);
  });

  it('move their source by the sum when moved again, and remember only the version just before', () => {
    const once = movedWhole(section, 5);
    const twice = movedWhole(once, -2);
    assert.deepStrictEqual(plainNode(twice), plainNode(shiftedNode(section, 3)));
    assert.strictEqual(movedFrom(twice), once);
    // the first move's record of its source is dropped, so no chain of versions stays alive
    assert.strictEqual(movedFrom(once), undefined);
    assert.strictEqual(movedFrom(section), undefined);
  });
});

describe('semantic spans', () => {
  /** The spans as a sort of every mention and marker gives them, longer first at one start, mentions first at a tie. */
  function sortedSpans(analysis: Analysis): SemanticSpan[] {
    const typeOf = (m: Mention): TokenType => (m.kind === 'treaty' ? 'treaty' : m.kind === 'place' ? 'place' : m.category === 'person' ? 'person' : 'actor');
    const all: SemanticSpan[] = [
      ...analysis.mentions.map((m) => ({ start: m.start, end: m.end, type: typeOf(m) })),
      ...analysis.proposals.map((p) => ({ start: p.markerSpan.start, end: p.markerSpan.end, type: 'proposalMarker' as const })),
    ].sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: SemanticSpan[] = [];
    for (const span of all) if (kept.length === 0 || span.start >= kept.at(-1)!.end) kept.push(span);
    return kept;
  }

  it('merge mentions and markers as a sort of them all would, on every sample', () => {
    const dir = path.resolve(__dirname, '../../../samples');
    for (const file of fs.readdirSync(dir)) {
      const analysis = analyze(fs.readFileSync(path.join(dir, file), 'utf8'));
      assert.ok(analysis.proposals.length + analysis.mentions.length > 0 || file === 'README.md', file);
      assert.deepStrictEqual(semanticSpans(analysis), sortedSpans(analysis), file);
    }
  });

  it('merge them so after a keystroke too, when the blocks after it have moved', () => {
    const dir = path.resolve(__dirname, '../../../samples');
    const text = fs.readdirSync(dir).filter((file) => file !== 'README.md').map((file) => fs.readFileSync(path.join(dir, file), 'utf8')).join('\n\n');
    const analyzer = testAnalyzer();
    analyzer.analyze({ uri: 'memory://spans.md', version: 1, getText: () => text });
    // a word typed in the middle of a paragraph halfway through: every block after it moves
    const at = text.indexOf(' ', text.length >> 1);
    const edited = analyzer.analyze({ uri: 'memory://spans.md', version: 2, getText: () => `${text.slice(0, at)} Testland${text.slice(at)}` });
    assert.ok(edited.mentions.filter((m) => m.start > at).length > 10, 'mentions after the edit');
    assert.deepStrictEqual(semanticSpans(edited), sortedSpans(edited));
  });

  it('keep the longer span at one start, a mention at a tie, and sort lists that come out of order', () => {
    const mention = (start: number, end: number, kind: Mention['kind'] = 'actor') => ({ start, end, kind, category: 'state' }) as Mention;
    const marker = (start: number, end: number) => ({ markerSpan: { start, end } }) as Proposal;
    const analysis = {
      mentions: [mention(0, 4), mention(10, 12), mention(20, 25, 'treaty'), mention(30, 33), mention(50, 52, 'place'), mention(40, 45)],
      proposals: [marker(0, 2), marker(10, 14), marker(20, 25), marker(31, 36), marker(45, 47)],
    } as unknown as Analysis;
    assert.deepStrictEqual(semanticSpans(analysis), [
      { start: 0, end: 4, type: 'actor' },
      { start: 10, end: 14, type: 'proposalMarker' },
      { start: 20, end: 25, type: 'treaty' },
      { start: 30, end: 33, type: 'actor' },
      { start: 40, end: 45, type: 'actor' },
      { start: 45, end: 47, type: 'proposalMarker' },
      { start: 50, end: 52, type: 'place' },
    ]);
    assert.deepStrictEqual(semanticSpans(analysis), sortedSpans(analysis));
    // the same, read from an analysis's own mentions (in order, as it keeps them) without placing them
    const inOrder = [...analysis.mentions].sort((a, b) => a.start - b.start);
    const index = { mentions: inOrder, visit: (visit: (start: number, end: number, m: Mention) => void) => inOrder.forEach((m) => visit(m.start, m.end, m)) };
    const own = new AnalysisResult(
      { iso: '2026-11-24', source: 'today' },
      index as unknown as MentionIndex,
      MovedItems.of(analysis.proposals, PROPOSAL_MOVER),
      MovedItems.of([], NODE_MOVER),
      MovedItems.of([], FOLD_MOVER),
      [],
      [],
      [],
    );
    assert.deepStrictEqual(semanticSpans(own), semanticSpans(analysis));
  });
});

describe('semantic token edits', () => {
  const apply = (before: readonly number[], edits: ReturnType<typeof editsBetween>) => {
    const list = [...before];
    for (const edit of [...edits].reverse()) list.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
    return list;
  };

  const edits = (before: readonly number[], after: readonly number[]) => editsBetween(Int32Array.from(before), Int32Array.from(after));

  it('turn any list into any other, keeping what the two share at both ends', () => {
    assert.deepStrictEqual(edits([1, 2, 3], [1, 2, 3]), []);
    assert.deepStrictEqual(edits([1, 2, 3], [1, 2, 2, 3]), [{ start: 2, deleteCount: 0, data: [2] }]);
    assert.deepStrictEqual(edits([], [4, 5]), [{ start: 0, deleteCount: 0, data: [4, 5] }]);
    assert.deepStrictEqual(edits([4, 5], []), [{ start: 0, deleteCount: 2, data: [] }]);
    // random lists of few values, so that the ends often repeat and overlap
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 4;
    for (let k = 0; k < 500; k++) {
      const before = Array.from({ length: next() * 3 }, next);
      const after = Array.from({ length: next() * 3 }, next);
      assert.deepStrictEqual(apply(before, edits(before, after)), after, JSON.stringify([before, after]));
    }
  });

  it('bring the client\'s list to each new one while the server writes each long list into the one before last', () => {
    const reports = new SemanticTokenReports();
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 3;
    const buffers = new Set<Int32Array>();
    let client: number[] = [];
    let first: { readonly list: number[]; readonly data: readonly number[] } | undefined;
    let resultId = '';
    for (let version = 0; version < 12; version++) {
      // long lists, as the server keeps a spare for, that differ here and there
      const list = Array.from({ length: 40_000 + next() * 5_000 }, next);
      // written as the encoder writes them: into the spare when it has room
      const spare = reports.takeSpare('memory://t.md');
      const data = spare && spare.length >= list.length ? spare : new Int32Array(50_000);
      data.set(list);
      buffers.add(data);
      const answer = version === 0 ? reports.full('memory://t.md', { data, length: list.length }) : reports.delta('memory://t.md', { data, length: list.length }, resultId);
      client = 'edits' in answer ? apply(client, answer.edits) : answer.data;
      if (version === 0 && 'data' in answer) first = { list, data: answer.data };
      resultId = answer.resultId!;
      assert.deepStrictEqual(client, list, `version ${version}`);
    }
    // two lists in turn, and the first answer a copy that the later writes left alone
    assert.strictEqual(buffers.size, 2);
    assert.deepStrictEqual(first?.data, first?.list);
    // a list too short to keep a spare for: each is made anew
    reports.full('memory://short.md', { data: new Int32Array(10), length: 10 });
    reports.full('memory://short.md', { data: new Int32Array(10), length: 10 });
    assert.strictEqual(reports.takeSpare('memory://short.md'), undefined);
  });
});

describe('semantic token encoding', () => {
  /** The encoding as written first: a line search from each span and the document's own positions. */
  function encodedSimply(doc: TextDocument, spans: readonly SemanticSpan[]): number[] {
    const data: number[] = [];
    const text = doc.getText();
    let previousLine = 0;
    let previousChar = 0;
    const push = (start: number, end: number, type: number) => {
      const pos = doc.positionAt(start);
      const deltaLine = pos.line - previousLine;
      data.push(deltaLine, deltaLine === 0 ? pos.character - previousChar : pos.character, end - start, type, 0);
      previousLine = pos.line;
      previousChar = pos.character;
    };
    for (const span of spans) {
      const type = TOKEN_TYPES.indexOf(span.type);
      let start = span.start;
      // a line ends at "\r\n", "\n" or "\r", as the document's positions have it
      const lineBreak = /\r\n|\r|\n/g;
      lineBreak.lastIndex = start;
      for (let found = lineBreak.exec(text); found && found.index < span.end; found = lineBreak.exec(text)) {
        if (found.index > start) push(start, found.index, type);
        start = found.index + found[0].length;
        while (start < span.end && (text[start] === ' ' || text[start] === '\t')) start++;
        lineBreak.lastIndex = start;
      }
      if (span.end > start) push(start, span.end, type);
    }
    return data;
  }

  it('gives what a search from each span with the document\'s own positions gives, for every line ending', () => {
    const dir = path.resolve(__dirname, '../../../samples');
    const texts = fs.readdirSync(dir).map((file) => fs.readFileSync(path.join(dir, file), 'utf8'));
    // a name broken across lines, blank lines, and the same text with CRLF and with lone CRs
    const broken = joinLines('# Talks', '', 'The United', '   States and the Treaty of Testing went on.', '', '', 'Testland signed the Treaty', 'of Testing.', '');
    for (const text of [...texts, broken, broken.replace(/\n/g, '\r\n'), broken.replace(/\n/g, '\r'), texts.join('\r\n\r\n')]) {
      const doc = TextDocument.create('memory://tokens.md', 'markdown', 1, text);
      const spans = semanticSpans(analyze(text));
      assert.ok(spans.length > 0 || text.trim() === '', 'spans to encode');
      assert.deepStrictEqual(encodeSemanticTokens(doc, spans), encodedSimply(doc, spans), text.slice(0, 40));
      // a span broken across lines, made by hand: each line's part is a token
      const first = text.indexOf('United');
      if (first !== -1) assert.deepStrictEqual(encodeSemanticTokens(doc, [{ start: first, end: text.indexOf('States') + 6, type: 'actor' }]), encodedSimply(doc, [{ start: first, end: text.indexOf('States') + 6, type: 'actor' }]));
      // spans out of order, which the walk from token to token does not expect: it starts again
      const reversed = [...spans].reverse();
      assert.deepStrictEqual(encodeSemanticTokens(doc, reversed), encodedSimply(doc, reversed), `${text.slice(0, 40)}, reversed`);
    }
  });
});
