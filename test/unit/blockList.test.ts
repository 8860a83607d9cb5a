/**
 * A document's blocks kept by column (`blocks/blockList.ts`): what the split writes, how the
 * re-split moves them, and the searches the passes run over them.
 */
import * as assert from 'assert';
import { BlockList, BlockListBuilder } from '../../server/src/core/blocks/blockList';
import { BlockFlagColumn } from '../../server/src/core/blocks/blockFlagColumn';
import { splitBlocks, type Block } from '../../server/src/core/blocks/splitBlocks';
import { random } from './helpers';

const list = (blocks: readonly Block[]): BlockList => {
  // a capacity of one, so that the columns grow while the blocks are written
  const builder = new BlockListBuilder(1);
  for (const b of blocks) builder.push(b.kind, b.start, b.end, b.level);
  return builder.finish();
};

const BLOCKS: readonly Block[] = [
  { kind: 'frontmatter', start: 0, end: 20, level: 0 },
  { kind: 'heading', start: 22, end: 30, level: 2 },
  { kind: 'paragraph', start: 32, end: 90, level: 0 },
  { kind: 'item', start: 92, end: 100, level: 0 },
  { kind: 'item', start: 101, end: 120, level: 4 },
  { kind: 'code', start: 122, end: 140, level: 0 },
  { kind: 'comment', start: 142, end: 150, level: 0 },
];

describe('blocks kept by column', () => {
  it('reads back every block written, past the columns’ first capacity, by field and as objects', () => {
    const blocks = list(BLOCKS);
    assert.strictEqual(blocks.length, BLOCKS.length);
    assert.deepStrictEqual([...blocks], BLOCKS);
    assert.deepStrictEqual(
      BLOCKS.map((_, i) => [blocks.kind(i), blocks.start(i), blocks.end(i), blocks.level(i)]),
      BLOCKS.map((b) => [b.kind, b.start, b.end, b.level]),
    );
    assert.strictEqual(blocks.at(-1), undefined);
    assert.strictEqual(blocks.at(BLOCKS.length), undefined);
  });

  it('finds the first block starting at, and the first ending at or after, an offset', () => {
    const blocks = list(BLOCKS);
    assert.deepStrictEqual([0, 22, 23, 92, 150, 151].map((o) => blocks.firstStartingAt(o)), [0, 1, 2, 3, 7, 7]);
    assert.deepStrictEqual([0, 21, 30, 31, 100, 150, 151].map((o) => blocks.firstEndingAtOrAfter(o)), [0, 1, 1, 2, 3, 6, 7]);
  });

  it('finds the first block ending at or after an offset near its last answer as far from it', () => {
    // 400 blocks with gaps; offsets asked in order (the window by the last answer), back by a few
    // blocks, and anywhere (the whole list), each against a scan of every block
    const next = random(7);
    const model: Block[] = [];
    for (let i = 0, at = 0; i < 400; i++, at += 12) model.push({ kind: 'paragraph', start: at, end: at + 3 + (i % 9), level: 0 });
    const blocks = list(model);
    const expected = (offset: number) => (model.findIndex((b) => b.end >= offset) + model.length + 1) % (model.length + 1);
    let offset = -3;
    for (let k = 0; k < 3000; k++) {
      const step = next();
      offset = step < 0.6 ? offset + Math.floor(next() * 20) : step < 0.8 ? offset - Math.floor(next() * 60) : Math.floor(next() * 4900) - 10;
      assert.strictEqual(blocks.firstEndingAtOrAfter(offset), expected(offset), `ask ${k}, offset ${offset}`);
    }
  });

  it('splices a region in, keeping the blocks before it and moving those after it', () => {
    const blocks = list(BLOCKS);
    // blocks 2 and 3 became one longer paragraph: the text grew by 5 characters
    const region = list([{ kind: 'paragraph', start: 32, end: 105, level: 0 }]);
    const spliced = BlockList.spliced(blocks, 2, region, 4, 5);
    assert.deepStrictEqual(
      [...spliced],
      [
        ...BLOCKS.slice(0, 2),
        { kind: 'paragraph', start: 32, end: 105, level: 0 },
        ...BLOCKS.slice(4).map((b) => ({ ...b, start: b.start + 5, end: b.end + 5 })),
      ],
    );
    // the old list is left as it was
    assert.deepStrictEqual([...blocks], BLOCKS);
    assert.ok(spliced.sameAs(3, blocks, 4, 5) && !spliced.sameAs(3, blocks, 4, 0) && !spliced.sameAs(2, blocks, 2, 0));
  });

  it('reads as the blocks it stands for after many edits, sharing the columns while the blocks keep their kinds, and leaves every earlier list as it was', () => {
    const next = random(20261203);
    const kinds = ['heading', 'paragraph', 'item'] as const;
    // blocks of 2 to 9 characters, one character apart
    let model: Block[] = [];
    for (let i = 0, at = 0; i < 300; i++, at += 10) model.push({ kind: kinds[i % 3]!, start: at, end: at + 2 + (i % 8), level: i % 3 === 2 ? i % 5 : 0 });
    let blocks = list(model);
    const versions: { blocks: BlockList; model: Block[] }[] = [];
    for (let edit = 0; edit < 600; edit++) {
      // typing in one place for a while, then in another; now and then an edit that merges two blocks
      const at = edit % 40 < 30 ? Math.floor(model.length / 2) + (edit % 3) : Math.floor(next() * model.length);
      const first = Math.max(0, at - 1);
      const last = Math.min(model.length - 1, at + 1);
      const merges = next() < 0.05 && first < last;
      // typed or deleted in block `at`, which keeps a character at least
      const shift = merges ? 0 : Math.max(Math.floor(next() * 7) - 2, 1 - (model[at]!.end - model[at]!.start));
      const edited: Block[] = merges
        ? [...model.slice(first, last - 1), { ...model[last - 1]!, end: model[last]!.end }]
        : model.slice(first, last + 1).map((b, k) => (first + k < at ? b : first + k === at ? { ...b, end: b.end + shift } : { ...b, start: b.start + shift, end: b.end + shift }));
      blocks = BlockList.spliced(blocks, first, list(edited), last + 1, shift);
      model = [...model.slice(0, first), ...edited, ...model.slice(last + 1).map((b) => ({ ...b, start: b.start + shift, end: b.end + shift }))];
      assert.deepStrictEqual([...blocks], model, `edit ${edit}`);
      if (edit % 50 === 0) versions.push({ blocks, model });
      const offset = model[Math.floor(next() * model.length)]!.start + Math.floor(next() * 3) - 1;
      const firstWhere = (fits: (b: Block) => boolean) => (model.findIndex(fits) + model.length + 1) % (model.length + 1);
      assert.strictEqual(blocks.firstStartingAt(offset), firstWhere((b) => b.start >= offset), `edit ${edit}, start at ${offset}`);
      assert.strictEqual(blocks.firstEndingAtOrAfter(offset), firstWhere((b) => b.end >= offset), `edit ${edit}, end at ${offset}`);
    }
    for (const { blocks: old, model: was } of versions) assert.deepStrictEqual([...old], was);
  });

  it('moves a region split on its own to its place in the document', () => {
    const region = list(BLOCKS.slice(1, 3).map((b) => ({ ...b, start: b.start - 22, end: b.end - 22 })));
    assert.deepStrictEqual([...region.movedBy(22)], BLOCKS.slice(1, 3));
  });
});

describe('the split into blocks', () => {
  const kinds = (text: string) => [...splitBlocks(text)].map((b) => `${b.kind}:${b.level}:${text.slice(b.start, b.end)}`);

  it('ends a paragraph at a line of any white space, as at an empty one', () => {
    for (const blank of ['', '   ', '\t', '\u00a0', ' \u2003\t ']) {
      assert.deepStrictEqual(kinds(`First paragraph.\n${blank}\nSecond paragraph.`), ['paragraph:0:First paragraph.', 'paragraph:0:Second paragraph.'], JSON.stringify(blank));
    }
    // a line with a letter after white space goes on with the paragraph
    assert.deepStrictEqual(kinds('First paragraph.\n\u00a0x\nSecond line.'), ['paragraph:0:First paragraph.\n\u00a0x\nSecond line.']);
  });

  it('gives a list item its indentation as its level, up to twelve spaces', () => {
    assert.deepStrictEqual(kinds('- one\n   (a) two\n            - three'), ['item:0:- one', 'item:3:   (a) two', 'item:12:            - three']);
    // thirteen spaces make no item: the line goes on with the one before
    assert.deepStrictEqual(kinds('- one\n             - two'), ['item:0:- one\n             - two']);
  });

  it('reads a line of capitals alone between blank lines as a heading, as plain-text memos write them', () => {
    assert.deepStrictEqual(kinds('BACKGROUND\n\nTalks stalled.\n\nOPTIONS AND RECOMMENDATION\n\nApprove it.'), [
      'heading:2:BACKGROUND',
      'paragraph:0:Talks stalled.',
      'heading:2:OPTIONS AND RECOMMENDATION',
      'paragraph:0:Approve it.',
    ]);
    // a sentence, a short acronym, a line that goes on, or one with a lowercase letter stays a paragraph
    assert.deepStrictEqual(kinds('NO.\n\nUN\n\nBACKGROUND\nTalks stalled.\n\nBRUSSELS, 12 March 2026'), [
      'paragraph:0:NO.',
      'paragraph:0:UN',
      'paragraph:0:BACKGROUND\nTalks stalled.',
      'paragraph:0:BRUSSELS, 12 March 2026',
    ]);
  });
});

describe('block flags kept from version to version', () => {
  it('reads as the flags it stands for after many splices, whether it shares its bytes or wrote its own, and leaves every earlier column as it was', () => {
    const next = random(20261204);
    let model = Array.from({ length: 200 }, (_, i) => i % 4);
    let column = BlockFlagColumn.of(Uint8Array.from(model));
    const versions: { column: BlockFlagColumn; model: number[] }[] = [];
    for (let edit = 0; edit < 500; edit++) {
      const before = Math.floor(next() * model.length);
      const movedFrom = Math.min(model.length, before + Math.floor(next() * 4));
      // mostly as many blocks as before, now and then one more or one fewer
      const count = next() < 0.9 ? movedFrom - before : Math.max(0, movedFrom - before + (next() < 0.5 ? 1 : -1));
      const region = Array.from({ length: count }, () => Math.floor(next() * 4));
      const spliced = [...model.slice(0, before), ...region, ...model.slice(movedFrom)];
      const entries = new Map<number, number>();
      for (let k = 0; k < 2; k++) if (spliced.length > 0) entries.set(Math.floor(next() * spliced.length), Math.floor(next() * 4));
      for (const [i, flags] of entries) spliced[i] = flags;
      column = column.spliced(before, movedFrom, Uint8Array.from(region), entries);
      model = spliced;
      assert.strictEqual(column.length, model.length, `edit ${edit}`);
      assert.deepStrictEqual(Array.from({ length: model.length }, (_, i) => column.at(i)), model, `edit ${edit}`);
      if (edit % 40 === 0) versions.push({ column, model });
    }
    for (const { column: old, model: was } of versions) assert.deepStrictEqual(Array.from({ length: was.length }, (_, i) => old.at(i)), was);
  });
});

