import * as assert from 'assert';
import { LineIndex, summaryCsv, summaryMarkdown, summaryRows } from '../../server/src/core/index';
import { analyze, joinLines } from './helpers';
import { testKb } from './testKb';

describe('proposal summary', () => {
  const text = joinLines(
    'We recommend the following:',
    '',
    '1. The United States should ratify the INF Treaty in return for a Russian pledge, for a period of 20 years.',
    '   a. publish the "data", quarterly;',
    '2. Fund NATO | now.',
  );
  const rows = summaryRows(testKb(), analyze(text));

  it('has one row per proposal with numbers as the outline shows them', () => {
    assert.deepStrictEqual(rows.map((r) => [r.number, r.title]), [['1', 'Ratify the INF Treaty'], ['1.1', 'Publish the "data"'], ['2', 'Fund NATO | now']]);
    assert.deepStrictEqual([rows[0]!.offer, rows[0]!.return, rows[0]!.actors, rows[0]!.treaties, rows[0]!.conditions], [
      'ratify the INF Treaty',
      'a Russian pledge',
      'United States',
      'Intermediate-Range Nuclear Forces Treaty',
      'for a period of 20 years',
    ]);
  });

  it('says who must act in words where no entry names them', () => {
    const [donors] = summaryRows(testKb(), analyze(joinLines('We recommend the following:', '', '1. Donors should fund the mission.', '2. The allies should extend it.')));
    assert.strictEqual(donors!.actors, 'Donors');
    // and beside the entries, after them
    const [both] = summaryRows(testKb(), analyze(joinLines('We recommend the following:', '', '1. The United States and its allies should fund the mission.', '2. Russia should reciprocate.')));
    assert.strictEqual(both!.actors, 'United States, its allies');
    // words beside an entry: both must act
    const [listed] = summaryRows(testKb(), analyze(joinLines('### To NATO and donors', '', '1. Fully fund the response plan.')));
    assert.strictEqual(listed!.actors, 'North Atlantic Treaty Organization, donors');
  });

  it('renders Markdown with escaped pipes and CSV with quoted fields', () => {
    const md = summaryMarkdown(rows);
    assert.ok(md.startsWith('| # | Proposal | Offer | In return | Who must act | Treaties | Conditions |\n| --- |'));
    assert.match(md, /\| 2 \| Fund NATO \\\| now \|/);
    const csv = summaryCsv(rows).split('\r\n');
    assert.strictEqual(csv[0], '#,Proposal,Offer,In return,Who must act,Treaties,Conditions');
    assert.strictEqual(csv[2], '1.1,"Publish the ""data""",,,,,');
  });
});

describe('line index', () => {
  it('maps offsets to lines and UTF-16 characters, CRLF and astral characters included', () => {
    const index = new LineIndex('ab\r\n😀c\nd');
    assert.deepStrictEqual(index.positionAt(0), { line: 0, character: 0 });
    assert.deepStrictEqual(index.positionAt(2), { line: 0, character: 2 });
    assert.deepStrictEqual(index.positionAt(6), { line: 1, character: 2 });
    assert.deepStrictEqual(index.positionAt(8), { line: 2, character: 0 });
    assert.deepStrictEqual(index.positionAt(99), { line: 2, character: 1 });
  });
});
