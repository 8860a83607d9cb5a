/**
 * A document's blocks kept by column (`blocks/blockList.ts`): what the split writes, how the
 * re-split moves them, and the searches the passes run over them.
 */
import * as assert from 'assert';
import { BlockList, BlockListBuilder } from '../../server/src/core/blocks/blockList';
import { splitBlocks, type Block } from '../../server/src/core/blocks/splitBlocks';

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
});
