import * as assert from 'assert';
import { analyze, joinLines } from './helpers';

const titles = (text: string) => analyze(text).proposals.map((p) => `${p.ordinal}. ${p.title}`);

describe('proposal recognition', () => {
  it('finds ordinal openers introduced as proposals, with informative titles', () => {
    const text = joinLines(
      'The proposals from our side should be the following:',
      '',
      'First, the declaration of a moratorium on Ukrainian membership of NATO for a period of 20 years, allowing time for talks.',
      '',
      'Second, a U.S. commitment to ratify the (Adapted) Conventional Forces in Europe Treaty in return for a Russian commitment.',
      '',
      'Some explanation follows here, in a plain paragraph.',
      '',
      'Third, building on an offer already made, the United States should offer to return to the INF Treaty, with safeguards.',
      '',
      'Finally, the United States should state its commitment to the UN as a basis for a wider agreement on European security.',
    );
    assert.deepStrictEqual(titles(text), [
      '1. Declaration of a moratorium on Ukrainian membership of NATO for a period of 20 years',
      '2. U.S. commitment to ratify the (Adapted) Conventional Forces in Europe Treaty',
      '3. Offer to return to the INF Treaty',
      '4. State its commitment to the UN as a basis for a wider agreement on European security',
    ]);
    const [, second] = analyze(text).proposals;
    assert.deepStrictEqual(second!.entityIds, ['united-states', 'adapted-cfe-treaty', 'russia']);
    assert.strictEqual(second!.marker, 'Second');
  });

  it('does not take an enumeration of reasons or events for proposals', () => {
    assert.deepStrictEqual(titles('First, the talks failed; second, the ceasefire collapsed.'), []);
    assert.deepStrictEqual(
      titles(joinLines('First, the talks failed in 2014.', '', 'Second, the ceasefire collapsed within weeks.', '', 'Third, sanctions followed.')),
      [],
    );
    assert.deepStrictEqual(titles('The First World War and the Second World War shaped Europe.'), []);
  });

  it('accepts ordinal sequences whose items recommend, without an introduction', () => {
    assert.deepStrictEqual(
      titles(joinLines('First, Washington should reopen the consulate.', '', 'Second, both sides must resume inspections.')),
      ['1. Reopen the consulate', '2. Resume inspections'],
    );
  });

  it('finds numbered and bulleted lists introduced as proposals', () => {
    const text = joinLines('We recommend the following steps:', '', '1. Ratify the treaty by 2027.', '2. Establish a joint commission.', '', 'Sources:', '', '1. Annual report, 2020.', '2. Hearing record.');
    assert.deepStrictEqual(titles(text), ['1. Ratify the treaty by 2027', '2. Establish a joint commission']);
    assert.deepStrictEqual(titles(joinLines('Congress should:', '', '- fund the mission;', '- extend the mandate.')), ['1. Fund the mission', '2. Extend the mandate']);
  });

  it('finds headed recommendations and operative paragraphs', () => {
    assert.deepStrictEqual(titles(joinLines('Recommendation 1: Restore the hotline.', '', 'Recommendation 2: Resume data exchanges.')), [
      '1. Restore the hotline',
      '2. Resume data exchanges',
    ]);
    const resolution = joinLines('Recalling its earlier resolutions,', '', '1. *Calls upon* all parties to respect the ceasefire;', '2. *Requests* the Secretary-General to report within 60 days;');
    assert.deepStrictEqual(titles(resolution), ['1. Calls upon all parties to respect the ceasefire', '2. Requests the Secretary-General to report within 60 days']);
  });

  it('keeps titles within 90 characters and free of a bare subject', () => {
    const long = joinLines(
      'Our proposals should be the following:',
      '',
      'First, the United States should signal its genuine and sincere commitment to a solution of the Donbas conflict on the basis of the Minsk II agreement of 2015.',
      '',
      'Second, the United States should act.',
    );
    const [first] = analyze(long).proposals;
    assert.strictEqual(first!.title, 'Signal its genuine and sincere commitment to a solution of the Donbas conflict');
    assert.ok(analyze(long).proposals.every((p) => p.title.length <= 90 && !/^The United States should/.test(p.title)));
  });
});

describe('proposal numbering rule', () => {
  const numbered = joinLines('We propose the following:', '', 'First, ratify it.', '', 'Second, fund it.', '', 'Fourth, review it.');

  it('flags a gap with a fix that renumbers', () => {
    const findings = analyze(numbered).findings;
    assert.strictEqual(findings.length, 1);
    const [gap] = findings;
    assert.strictEqual(gap!.code, 'proposal-numbering');
    assert.strictEqual(gap!.severity, 'warning');
    assert.match(gap!.message, /"Fourth" follows "Second"; 3 is missing/);
    assert.strictEqual(numbered.slice(gap!.start, gap!.end), 'Fourth');
    assert.deepStrictEqual(gap!.fixes?.[0]?.edits, [{ start: gap!.start, end: gap!.end, newText: 'Third' }]);
  });

  it('flags wrong order, honours the severity setting, and stays quiet on a clean sequence', () => {
    const swapped = joinLines('We propose the following:', '', 'First, ratify it.', '', 'Third, fund it.', '', 'Second, review it.');
    assert.deepStrictEqual(analyze(swapped).findings.map((f) => f.message.slice(0, 28)), ['Proposal numbering skips: "T', 'Proposals out of order: "Sec']);
    assert.strictEqual(analyze(numbered, { rules: { 'proposal-numbering': 'error' } }).findings[0]!.severity, 'error');
    assert.deepStrictEqual(analyze(numbered, { rules: { 'proposal-numbering': 'off' } }).findings, []);
    assert.deepStrictEqual(analyze(joinLines('We propose the following:', '', 'First, a.', '', 'Second, b.', '', 'Finally, c.')).findings, []);
  });
});
