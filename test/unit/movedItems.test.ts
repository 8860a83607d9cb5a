import * as assert from 'assert';
import { OffsetShift } from '../../server/src/core/features/offsetShift';
import { firstItemStartingAt, MovedItems, type ItemMover } from '../../server/src/core/features/movedItems';
import { FOLD_MOVER, movedList } from '../../server/src/core/features/reuseStructure';
import type { Fold } from '../../server/src/core/index';
import { random } from './helpers';

/** An edit as `MovedItems` takes it: the offsets at or after `editEnd` move by `delta`. */
interface Edit {
  readonly editEnd: number;
  readonly delta: number;
}

/** Random edits to a text of `length` characters: insertions, deletions, replacements, and a line break typed over a space (no change in length). */
function randomEdits(next: () => number, length: number, count: number): Edit[] {
  const edits: Edit[] = [];
  let size = length;
  let cursor = Math.floor(next() * size);
  for (let i = 0; i < count; i++) {
    // mostly typing on from the last edit, as keystrokes do; now and then somewhere else
    if (next() < 0.2) cursor = Math.floor(next() * size);
    const roll = next();
    const removed = roll < 0.3 ? Math.min(cursor, 1 + Math.floor(next() * 5)) : 0;
    const typed = roll < 0.3 ? Math.floor(next() * 2) : roll < 0.4 ? 1 : 1 + Math.floor(next() * 3);
    const start = cursor - removed;
    // replacing [start, cursor) with `typed` characters: what was at or after `cursor` moves
    const delta = roll >= 0.3 && roll < 0.4 ? 0 : typed - removed;
    edits.push({ editEnd: cursor, delta });
    size += delta;
    cursor = Math.max(0, start + typed);
  }
  return edits;
}

/** Folds spread over a text, nested as sections hold proposals. */
function randomFolds(next: () => number, length: number, count: number): Fold[] {
  const folds: Fold[] = [];
  for (let i = 0; i < count; i++) {
    const start = Math.floor(next() * length);
    folds.push({ start, end: Math.min(length, start + Math.floor(next() * 400)), kind: next() < 0.2 ? 'section' : 'proposal' });
  }
  return folds.sort((a, b) => a.start - b.start);
}

describe('moved items', () => {
  it('moves each offset as the edits, applied one after another, move it, or says it cannot', () => {
    const next = random(20261202);
    let refused = 0;
    for (let round = 0; round < 40; round++) {
      const edits = randomEdits(next, 5_000, 60);
      let shift: OffsetShift = OffsetShift.NONE;
      let offsets = Array.from({ length: 200 }, () => Math.floor(next() * 5_000));
      let first = offsets;
      for (const { editEnd, delta } of edits) {
        const moved = offsets.map((o) => (o >= editEnd ? o + delta : o));
        const composed = shift.then(editEnd, delta);
        if (composed) {
          shift = composed;
          // as exact for offsets inside the text an edit removed, where it left them
          assert.deepStrictEqual(
            first.map((o) => shift.of(o)),
            moved,
            `round ${round}`,
          );
        } else {
          // an edit just before text an earlier one removed: the caller starts again from the moved offsets
          refused++;
          first = offsets;
          shift = OffsetShift.edit(editEnd, delta);
          assert.deepStrictEqual(
            first.map((o) => shift.of(o)),
            moved,
          );
        }
        offsets = moved;
      }
    }
    assert.ok(refused > 0 && refused < 400, `${refused} edits refused`);
  });

  it('says a span moved whole exactly when no edit fell inside it', () => {
    const next = random(20261203);
    for (let round = 0; round < 40; round++) {
      const edits = randomEdits(next, 5_000, 40);
      let spans = Array.from({ length: 100 }, () => {
        const start = Math.floor(next() * 5_000);
        return { start, end: start + Math.floor(next() * 300) };
      });
      let shift: OffsetShift = OffsetShift.NONE;
      let current = spans.map((s) => ({ ...s, cut: false }));
      for (const { editEnd, delta } of edits) {
        const composed = shift.then(editEnd, delta);
        if (!composed) {
          spans = current.map(({ start, end }) => ({ start, end }));
          current = spans.map((s) => ({ ...s, cut: false }));
        }
        shift = composed ?? OffsetShift.edit(editEnd, delta);
        current = current.map((s) => ({
          start: s.start >= editEnd ? s.start + delta : s.start,
          end: s.end >= editEnd ? s.end + delta : s.end,
          cut: s.cut || (s.start < editEnd && editEnd <= s.end),
        }));
      }
      spans.forEach((s, i) => {
        const by = shift.uniform(s.start, s.end);
        assert.strictEqual(by === undefined, current[i]!.cut, `round ${round}, span ${i}`);
        if (by !== undefined) assert.strictEqual(s.start + by, current[i]!.start);
      });
    }
  });

  it('reads as the list moved eagerly at each edit, with items replaced and after many places edited', () => {
    const next = random(20261204);
    for (let round = 0; round < 20; round++) {
      const folds = randomFolds(next, 20_000, 300);
      // past 32 places the list is copied before it moves on: some rounds edit at more
      const edits = randomEdits(next, 20_000, round % 2 === 0 ? 20 : 120);
      let lazy = MovedItems.of(folds, FOLD_MOVER);
      let eager: Fold[] = folds;
      edits.forEach(({ editEnd, delta }, k) => {
        lazy = lazy.moved(editEnd, delta);
        eager = movedList(eager, editEnd, delta, FOLD_MOVER);
        if (next() < 0.2) {
          // an item made again at this version's offsets, as a proposal read again is
          const i = Math.floor(next() * eager.length);
          const again: Fold = { ...eager[i]!, kind: 'section' };
          lazy = lazy.with(new Map([[i, again]]));
          eager = eager.map((f, j) => (j === i ? again : f));
        }
        // read now and then, as a host asks: the next versions start from what it read
        if (next() < 0.1) assert.deepStrictEqual(lazy.toArray(), eager, `round ${round}, edit ${k}, read whole`);
      });
      assert.strictEqual(lazy.length, eager.length);
      eager.forEach((fold, i) => {
        assert.deepStrictEqual(lazy.at(i), fold, `round ${round}, item ${i}`);
        assert.strictEqual(lazy.startOf(i), fold.start);
      });
      const offset = Math.floor(next() * 20_000);
      assert.strictEqual(firstItemStartingAt(lazy, offset), firstItemStartingAt(eager, offset));
      assert.deepStrictEqual(lazy.toArray(), eager);
    }
  });

  it('reads as the list spliced eagerly, the items after each splice renumbered, through many splices and edits between reads', () => {
    // items that count their place, as proposals count their sequence and their parent's index
    interface Counted {
      readonly start: number;
      readonly end: number;
      readonly sequence: number;
      readonly parent: number;
    }
    const mover: ItemMover<Counted> = {
      whole: (c, by) => ({ ...c, start: c.start + by, end: c.end + by }),
      across: (c, shift) => ({ ...c, start: shift.of(c.start), end: shift.of(c.end) }),
      renumbered: (c, by, sequences, indices) => ({ start: c.start + by, end: c.end + by, sequence: c.sequence + sequences, parent: c.parent + indices }),
    };
    const next = random(20261205);
    let splices = 0;
    for (let round = 0; round < 20; round++) {
      let eager: Counted[] = Array.from({ length: 400 }, (_, i) => ({ start: i * 50, end: i * 50 + 30, sequence: i >> 2, parent: i }));
      let lazy = MovedItems.of(eager, mover);
      // more splices than the layers kept before the list is copied, in some rounds without a read
      for (let k = 0; k < 80; k++) {
        const roll = next();
        if (roll < 0.5 && eager.length > 0) {
          // a splice around an edit, as a new numbered item makes: a few items out, a few in, the rest renumbered
          const at = Math.floor(next() * eager.length);
          const editEnd = eager[at]!.start + 10;
          const delta = Math.floor(next() * 9) - 3;
          const to = Math.min(eager.length, at + Math.floor(next() * 3));
          const fresh = Array.from({ length: Math.floor(next() * 4) }, (_, j) => ({ start: editEnd + j, end: editEnd + j + 1, sequence: -1, parent: 1000 + j }));
          const renumbering = { sequences: Math.floor(next() * 5) - 2, indices: fresh.length - (to - at) };
          lazy = lazy.moved(editEnd, delta).spliced(at, to, fresh, renumbering);
          const moved = movedList(eager, editEnd, delta, mover);
          const renumbered = moved.slice(to).map((c) => ({ ...c, sequence: c.sequence + renumbering.sequences, parent: c.parent + renumbering.indices }));
          eager = [...moved.slice(0, at), ...fresh, ...renumbered];
          splices++;
        } else if (roll < 0.8) {
          const editEnd = Math.floor(next() * 25_000);
          const delta = Math.floor(next() * 7) - 2;
          lazy = lazy.moved(editEnd, delta);
          eager = movedList(eager, editEnd, delta, mover);
        } else if (eager.length > 0) {
          const i = Math.floor(next() * eager.length);
          const again = { ...eager[i]!, sequence: 1000 + k };
          lazy = lazy.with(new Map([[i, again]]));
          eager = eager.map((c, j) => (j === i ? again : c));
        }
        if (round % 4 === 0 && next() < 0.1) assert.deepStrictEqual(lazy.toArray(), eager, `round ${round}, step ${k}, read whole`);
        const probe = Math.floor(next() * (eager.length + 1));
        assert.deepStrictEqual(lazy.at(probe), eager[probe], `round ${round}, step ${k}, item ${probe}`);
      }
      assert.strictEqual(lazy.length, eager.length);
      eager.forEach((c, i) => assert.strictEqual(lazy.startOf(i), c.start, `round ${round}, start of ${i}`));
      const offset = Math.floor(next() * 25_000);
      assert.strictEqual(firstItemStartingAt(lazy, offset), firstItemStartingAt(eager, offset));
      assert.deepStrictEqual(lazy.toArray(), eager, `round ${round}`);
    }
    assert.ok(splices > 600, `${splices} splices`);
  });

  it('renumbers nothing it cannot, and splicing nothing keeps the list', () => {
    const folds: Fold[] = [{ start: 0, end: 10, kind: 'section' }];
    const list = MovedItems.of(folds, FOLD_MOVER);
    assert.strictEqual(list.spliced(1, 1, []), list);
    assert.throws(() => list.spliced(1, 1, [], { sequences: 1, indices: 0 }), /no numbers to renumber/);
  });

  it('keeps the items before every edit, and makes the others anew though an edit moved them by nothing', () => {
    const folds: Fold[] = [
      { start: 0, end: 10, kind: 'section' },
      { start: 20, end: 30, kind: 'proposal' },
      { start: 40, end: 50, kind: 'proposal' },
    ];
    const list = MovedItems.of(folds, FOLD_MOVER);
    assert.strictEqual(list.toArray(), folds);
    // a line break typed over a space at 25: the same offsets, on other lines after it
    const overtyped = list.moved(26, 0);
    assert.strictEqual(overtyped.at(0), folds[0]);
    assert.notStrictEqual(overtyped.at(1), folds[1]);
    assert.notStrictEqual(overtyped.at(2), folds[2]);
    assert.deepStrictEqual(overtyped.toArray(), folds);
    // read once per version: the same objects at every read
    assert.strictEqual(overtyped.toArray(), overtyped.toArray());
    assert.strictEqual(overtyped.at(2), overtyped.toArray()[2]);
    assert.strictEqual(overtyped.at(3), undefined);
  });
});

/** An item that knows which item it was made as: moving keeps its tag, making it again gives a new one. */
interface Tagged {
  readonly start: number;
  readonly end: number;
  readonly tag: number;
}

const TAGGED_MOVER: ItemMover<Tagged> = {
  whole: (t, by) => ({ start: t.start + by, end: t.end + by, tag: t.tag }),
  across: (t, shift) => ({ start: shift.of(t.start), end: shift.of(t.end), tag: t.tag }),
};

describe('moved items, version to version', () => {
  it('says which items of two versions may differ only where every other item is the same one moved', () => {
    const next = random(20261203);
    let tags = 0;
    const made = (start: number): Tagged => ({ start, end: start + 1 + Math.floor(next() * 300), tag: tags++ });
    let defined = 0;
    let differing = 0;
    for (let round = 0; round < 12; round++) {
      const first = Array.from({ length: 200 }, (_, k) => made(k * 100));
      const versions = [{ lazy: MovedItems.of(first, TAGGED_MOVER), eager: first }];
      for (let step = 0; step < 60; step++) {
        // mostly from the last version; now and then from an earlier one, as a warm-up's edit is
        const from = next() < 0.15 ? versions[Math.max(0, versions.length - 1 - Math.floor(next() * 4))]! : versions.at(-1)!;
        const roll = next();
        let { lazy, eager } = from;
        if (roll < 0.65) {
          const [{ editEnd, delta }] = randomEdits(next, 20_000, 1);
          lazy = lazy.moved(editEnd, delta);
          eager = movedList(eager, editEnd, delta, TAGGED_MOVER);
        } else if (roll < 0.85) {
          const i = Math.floor(next() * eager.length);
          const again = { ...eager[i]!, tag: tags++ };
          lazy = lazy.with(new Map([[i, again]]));
          eager = eager.map((t, j) => (j === i ? again : t));
        } else if (roll < 0.9) {
          const i = Math.floor(next() * (eager.length - 1));
          const put = [made(eager[i]!.start)];
          lazy = lazy.spliced(i, i + 1, put);
          eager = [...eager.slice(0, i), ...put, ...eager.slice(i + 1)];
        } else if (roll < 0.93) {
          eager = eager.map((t) => ({ ...t, tag: tags++ }));
          lazy = MovedItems.of(eager, TAGGED_MOVER);
        } else {
          // read whole, as a host asks: the versions after it move the copy
          assert.deepStrictEqual(lazy.toArray(), eager);
        }
        versions.push({ lazy, eager });
      }
      for (const a of versions) {
        for (const b of versions) {
          const changed = b.lazy.changedSince(a.lazy);
          if (changed === undefined) continue;
          defined++;
          assert.strictEqual(b.eager.length, a.eager.length);
          b.eager.forEach((item, i) => {
            if (!changed.has(i)) assert.strictEqual(item.tag, a.eager[i]!.tag, `round ${round}: item ${i} is said to be the same one`);
            else if (item.tag !== a.eager[i]!.tag) differing++;
          });
        }
      }
    }
    assert.ok(defined > 5000 && differing > 100, `${defined} pairs related, ${differing} items told apart`);
  });
});
