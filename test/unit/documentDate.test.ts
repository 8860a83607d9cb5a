import * as assert from 'assert';
import { analyze, joinLines } from './helpers';

describe('document date', () => {
  it('comes from front matter first', () => {
    const date = analyze(joinLines('---', 'title: Memo', 'date: 2019-03-04', '---', 'Text.')).date;
    assert.deepStrictEqual([date.iso, date.source], ['2019-03-04', 'front-matter']);
  });
  it('accepts a written front-matter date', () => {
    assert.strictEqual(analyze(joinLines('---', 'date: "March 4, 2019"', '---')).date.iso, '2019-03-04');
  });
  it('comes from a dateline near the top', () => {
    const date = analyze(joinLines('# Brief', '', 'BRUSSELS, 12 March 2024 — Allies met.')).date;
    assert.deepStrictEqual([date.iso, date.source], ['2024-03-12', 'dateline']);
  });
  it('comes from a dateline in any case, in emphasis, after two cities, or after a label and a city', () => {
    for (const line of ['*Washington, 12 March 2026*', 'Beirut, 12 March 2026 — Talks resumed after a pause of a month.', 'ADEN/RIYADH, 12 March 2026 — Talks resumed.', '**Pyongyang, 12 March 2026**', '*Briefing note, New York, 12 March 2026*', '*Address to the Council on Foreign Relations, New York, 12 March 2026*', '*Address by Prime Minister Mark Carney to the Canadian Institute of International Affairs, Toronto, 12 March 2026*']) {
      const date = analyze(joinLines('# Brief', '', line, '', 'Text.')).date;
      assert.deepStrictEqual([date.iso, date.source], ['2026-03-12', 'dateline'], line);
    }
    // the last part of a byline
    assert.deepStrictEqual(analyze(joinLines('# Brief', '', 'Discussion paper | Updated 12 March 2026', '', 'Text.')).date.source, 'updated-line');
    assert.deepStrictEqual(analyze(joinLines('# Brief', '', '*Policy brief — 12 March 2026*', '', 'Text.')).date.iso, '2026-03-12');
    assert.deepStrictEqual(analyze(joinLines('Discussion paper · Orbit Project · 12 March 2026', '', 'Text.')).date.iso, '2026-03-12');
    // a city and the date in a byline's last part
    assert.deepStrictEqual(analyze(joinLines('**Briefing No. 212 | Mogadishu/Nairobi, 12 March 2026**', '', 'Text.')).date.iso, '2026-03-12');
    // a report's line that ends with its publication after a comma
    const report = analyze(joinLines('# Report', '', '*Fourth Report of Session 2025–26, published 12 March 2026*', '', 'Text.')).date;
    assert.deepStrictEqual([report.iso, report.source], ['2026-03-12', 'updated-line']);
    // a date inside a sentence is no dateline
    assert.strictEqual(analyze(joinLines('# Brief', '', 'Allies, 12 March 2026 aside, have met every month since the summit.')).date.source, 'today');
    assert.strictEqual(analyze(joinLines('# Brief', '', 'The allies met in Warsaw on 12 March 2026 and agreed on little.')).date.source, 'today');
  });
  it('comes from an "Updated" line', () => {
    assert.deepStrictEqual(analyze('Updated Jan. 18, 2022\n\nText.').date.source, 'updated-line');
    assert.strictEqual(analyze('Updated Jan. 18, 2022\n\nText.').date.iso, '2022-01-18');
    // under a report's title, on the next line of the same block; its span is the date's
    const report = 'Foreign Affairs Committee — Third Report of Session 2026–27\nPublished 1 December 2026\n\nText.';
    const date = analyze(report).date;
    assert.deepStrictEqual([date.iso, date.source, date.span && report.slice(date.span.start, date.span.end)], ['2026-12-01', 'updated-line', '1 December 2026']);
    // a date on a later line that no such word opens is no document date
    assert.strictEqual(analyze('Committee report\nThe talks of 1 December 2026\n\nText.').date.source, 'today');
    assert.strictEqual(analyze('Committee report\nDate of the next review: 1 June 2027\n\nText.').date.source, 'today');
    assert.strictEqual(analyze('Date of the next review: 1 June 2027\n\nText.').date.source, 'today');
    assert.strictEqual(analyze('Committee report\nPublished on 3 March 2019\n\nText.').date.iso, '2019-03-03');
    // a weekday between the word and the date
    assert.strictEqual(analyze('# Talks\n\nPublished: Monday, 6 January 2025\n\nText.').date.iso, '2025-01-06');
    assert.strictEqual(analyze('# Talks\nPublished: Monday 6 January 2025\n\nText.').date.iso, '2025-01-06');
    assert.strictEqual(analyze('Discussion paper | Updated: Monday, 6 January 2025\n\nText.').date.iso, '2025-01-06');
  });
  it('comes from a dateline under a press office\'s name, on the next line of the same block', () => {
    const release = analyze('Office of the Spokesperson\nWashington, D.C., 4 December 2024\n\nText.').date;
    assert.deepStrictEqual([release.iso, release.source], ['2024-12-04', 'dateline']);
    // not a city and a date that go on in a sentence
    assert.strictEqual(analyze('Office of the Spokesperson\nWashington, D.C., 4 December 2024 saw talks resume\n\nText.').date.source, 'today');
  });
  it('comes from a byline under a title, where the date ends the line', () => {
    const oped = 'Old institutions, new tests\nBy a contributing analyst, 9 March 2026\n\nText.';
    const date = analyze(oped).date;
    assert.deepStrictEqual([date.iso, date.source, date.span && oped.slice(date.span.start, date.span.end)], ['2026-03-09', 'dateline', '9 March 2026']);
    assert.strictEqual(analyze('Old institutions\n*By Jane Doe | 9 March 2026*\n\nText.').date.iso, '2026-03-09');
    // a byline that goes on after the date, or a later line that only names someone, gives none
    assert.strictEqual(analyze('Old institutions\nBy Jane Doe, 9 March 2026, who met the envoy\n\nText.').date.source, 'today');
    assert.strictEqual(analyze('Old institutions\nBypassing the talks of 9 March 2026\n\nText.').date.source, 'today');
  });
  it('comes from a date on a line of its own under a series or a label', () => {
    const brief = '*Policy Brief No. 41 — Asia Security Programme*\n*12 March 2025*\n\nText.';
    const date = analyze(brief).date;
    assert.deepStrictEqual([date.iso, date.source, date.span && brief.slice(date.span.start, date.span.end)], ['2025-03-12', 'dateline', '12 March 2025']);
    assert.strictEqual(analyze('Discussion paper, Northeast Asia Security Initiative\n12 March 2025\n\nText.').date.iso, '2025-03-12');
    // a later line that tells of the day is no dateline
    assert.strictEqual(analyze('Timeline of the talks\n12 March 2025: the envoys met in Riyadh\n\nText.').date.source, 'today');
  });
  it('falls back to today, and a setting overrides the text', () => {
    assert.deepStrictEqual(analyze('No date here.').date, { iso: '2026-11-24', source: 'today' });
    assert.strictEqual(analyze('date: 2019-01-01', { documentDate: '2001-09-11' }).date.source, 'setting');
  });
  it('ignores impossible dates and dates deep in the text', () => {
    assert.strictEqual(analyze('February 30, 2020').date.source, 'today');
    const deep = Array.from({ length: 12 }, (_, i) => `Paragraph ${i}.`).join('\n\n') + '\n\nMarch 1, 2020';
    assert.strictEqual(analyze(deep).date.source, 'today');
  });
});
