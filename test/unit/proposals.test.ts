import * as assert from 'assert';
import { NUMBERING_REACH } from '../../server/src/core/rules/proposalNumbering';
import { plainProposal, shiftedProposal } from '../../server/src/core/features/shiftedProposal';
import type { Proposal } from '../../server/src/core/types';
import { capitalize, interjectionLength, proposalText, proposalTitle } from '../../server/src/core/recognizers/proposalTitle';
import { romanOfLetter } from '../../server/src/core/features/proposals';
import { analyze, builtinAnalyzer, joinLines } from './helpers';

const titles = (text: string) => analyze(text).proposals.map((p) => `${p.ordinal}. ${p.title}`);
/** The title of one proposal's text, read alone. */
const title = (text: string) => proposalTitle(proposalText(text));

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

  it('reads a title past an adverbial aside and a comma between adjectives', () => {
    const text = joinLines(
      'We recommend the following:',
      '',
      '1. Washington should state publicly, at the level of the Secretary of State, that an attack on Ukraine would be answered.',
      '2. Moscow should be pressed, in every bilateral meeting, to enforce the UN sanctions.',
      '3. The Council should demand an immediate, nationwide humanitarian truce.',
      '4. The authorities should adopt, without delay, a national vetting framework for the police.',
      '5. The Council should adopt a plan, then review it yearly.',
    );
    assert.deepStrictEqual(titles(text), [
      '1. State publicly that an attack on Ukraine would be answered',
      '2. Enforce the UN sanctions',
      '3. Demand an immediate, nationwide humanitarian truce',
      '4. Adopt a national vetting framework for the police',
      '5. Adopt a plan',
    ]);
    // who must act is still the subject before the aside
    assert.deepStrictEqual(analyze(text).proposals[1]!.parties.actor, ['russia']);
    // an aside of a year, a month or a span of time too; one of place, or of two years, stays
    assert.strictEqual(title('The General Assembly should convene, in 2027, a high-level meeting on nuclear testing.'), 'Convene a high-level meeting on nuclear testing');
    assert.strictEqual(title('The Assembly should convene, by the end of 2027, a review conference.'), 'Convene a review conference');
    assert.strictEqual(title('The Secretary-General should report, within 90 days, on the moratorium.'), 'Report on the moratorium');
    assert.strictEqual(title('The General Assembly should convene, in Geneva, a high-level meeting.'), 'Convene, in Geneva, a high-level meeting');
    assert.strictEqual(title('The Council should decide, in 2027 and 2028, to review the mandate.'), 'Decide, in 2027 and 2028, to review the mandate');
  });

  it('keeps a "which" clause that is the object of the verb, not a relative clause', () => {
    assert.strictEqual(
      title('Washington should state publicly which kinds of coercion would trigger Article IV of the treaty.'),
      'State publicly which kinds of coercion would trigger Article IV of the treaty',
    );
    assert.strictEqual(title('The Council should decide which sanctions stay in force.'), 'Decide which sanctions stay in force');
    // a relative clause after the object still ends the title
    assert.strictEqual(title('The Council should adopt the plan which the envoy drafted last year.'), 'Adopt the plan');
  });

  it('reads a title past a capacity before "to", an aside of how and a contrast between commas', () => {
    assert.strictEqual(
      title('The Assembly should ask the Secretary-General, as depositary, to publish a consolidated table of notifications.'),
      'Ask the Secretary-General to publish a consolidated table of notifications',
    );
    assert.strictEqual(title('The Council should ask Kyiv to clarify, in writing, whether it has withdrawn.'), 'Ask Kyiv to clarify whether it has withdrawn');
    assert.strictEqual(title('Japan should be briefed before, not after, any deal.'), 'Japan to be briefed before, not after, any deal');
    // no infinitive after the capacity, and a contrast at the end, still end the title
    assert.strictEqual(title('The Council should invite the Secretary-General, as the treaty requires.'), 'Invite the Secretary-General');
    assert.strictEqual(title('Japan should be briefed before any deal, not after it.'), 'Japan to be briefed before any deal');
  });

  it('reads a body\'s conclusions in the third person ("The European Council calls on … to …") as whom it calls on', () => {
    const text = joinLines('# Conclusions', '', '1. The European Council calls on Russia to withdraw its troops from Ukraine.', '2. The European Council invites the Council to adopt the decisions.');
    assert.deepStrictEqual(titles(text), ['1. Withdraw its troops from Ukraine', '2. Adopt the decisions']);
    const [first, second] = analyze(text).proposals;
    assert.deepStrictEqual(first!.parties.actor, ['russia']);
    assert.strictEqual(second!.parties.actorText, 'the Council');
  });

  it('reads a readout\'s leaders tasking their officials ("the leaders instructed their ministers to …") as whom they task', () => {
    const text = joinLines('The two leaders decided on the following steps:', '', '- First, Ukraine will fund the coast guard.', '- Finally, the leaders instructed their ministers to explore joint exercises with Georgia.');
    assert.deepStrictEqual(titles(text), ['1. Fund the coast guard', '2. Explore joint exercises with Georgia']);
    assert.strictEqual(analyze(text).proposals[1]!.parties.actorText, 'their ministers');
  });

  it('reads a lettered request that opens with "that" and a subjunctive by its verb and its subject', () => {
    const text = joinLines('The Government of Ukraine requests the following:', '', '(a) that NATO convene an urgent meeting;', '(b) that Russia withdraw its forces.');
    assert.deepStrictEqual(titles(text), ['1. Convene an urgent meeting', '2. Withdraw its forces']);
    assert.deepStrictEqual(analyze(text).proposals.map((p) => p.parties.actor), [['nato'], ['russia']]);
  });

  it('reads "Authorise officials to offer …" as an order to the reader, not a subject before "offer"', () => {
    const text = joinLines('We recommend that you:', '', '1. Authorise officials to offer technical support to the committee.', '2. Instruct the embassy to report monthly.');
    assert.deepStrictEqual(titles(text), ['1. Authorise officials to offer technical support to the committee', '2. Instruct the embassy to report monthly']);
    assert.deepStrictEqual(analyze(text).proposals.map((p) => p.parties.actorText), ['you', 'you']);
  });

  it('drops "finally" after the modal from the title and an ordinal from who must act', () => {
    const text = joinLines('# Recommendations', '', '1. NATO should finally ratify it.', '2. Finally, the budget secretariat must publish a tracker of pledges.');
    assert.deepStrictEqual(titles(text), ['1. Ratify it', '2. Publish a tracker of pledges']);
    assert.strictEqual(analyze(text).proposals[1]!.parties.actorText, 'the budget secretariat');
  });

  it('shares one parties object among the proposals of one actor, or of one name for who acts, that name no one else', () => {
    const text = joinLines('## Article 1', '', '1. Each Party shall notify the Depositary.', '2. Each Party shall consult the other Party.', '3. Russia shall withdraw its forces.', '4. Russia shall notify Ukraine.');
    const [first, second, third, fourth] = analyze(text).proposals;
    assert.deepStrictEqual([first!.parties.actor, first!.parties.actorText, third!.parties.actor, third!.parties.actorText], [[], 'Each Party', ['russia'], undefined]);
    assert.strictEqual(first!.parties, second!.parties);
    assert.strictEqual(third!.parties, fourth!.parties);
  });

  it("reads a state's partners, allies or neighbours as who must act, not the state", () => {
    const text = joinLines('# Recommendations', '', "1. Russia's neighbours should fund the mission.", "2. Kyiv's partners must send air defence.");
    assert.deepStrictEqual(analyze(text).proposals.map((p) => [p.parties.actor, p.parties.actorText]), [[[], "Russia's neighbours"], [[], "Kyiv's partners"]]);
  });

  it('keeps no piece of a list of names when an aside with that list ends the title', () => {
    const text = joinLines('First, Washington should publish a control list for chipmaking equipment, agreed in advance with the Netherlands, Japan and South Korea, so that firms can plan.', '', 'Second, Washington should fund the labs.');
    assert.deepStrictEqual(titles(text), ['1. Publish a control list for chipmaking equipment', '2. Fund the labs']);
  });

  it('ends a title cut for length on no weak word ("… with partners such")', () => {
    const text = joinLines('We recommend the following:', '', '1. Share the imagery of those flights with Ukraine and with partners such as Georgia and Moldova.', '2. Russia should agree.');
    assert.deepStrictEqual(titles(text)[0], '1. Share the imagery of those flights with Ukraine and with partners');
  });

  it('reads "Third, and finally," and "Third and last," as the third ordinal, which closes its sequence', () => {
    const text = joinLines('We propose three steps.', '', 'First, NATO should pay. Second, Germany should lead. Third, and finally, France should host.');
    assert.deepStrictEqual(titles(text), ['1. Pay', '2. Lead', '3. Host']);
    assert.deepStrictEqual(analyze(text).findings.filter((f) => f.code === 'proposal-count' || f.code === 'proposal-numbering'), []);
    assert.deepStrictEqual(titles(joinLines('We propose two steps.', '', 'First, NATO should pay.', '', 'Second and last, Germany should lead.')), ['1. Pay', '2. Lead']);
    // after a colon in the same paragraph
    assert.deepStrictEqual(titles('Three steps are needed: First, fund the mission. Second, expand the patrols. Third, convene the donors.'), ['1. Fund the mission', '2. Expand the patrols', '3. Convene the donors']);
  });

  it('reads a sentence that counts what it proposes as the introduction of the items after it', () => {
    // the second item predicts rather than asks, which alone would leave no two recommending items
    const text = joinLines('We propose two steps.', '', 'First, the Union should fund the mission.', '', 'Second, officials will brief the Council monthly.');
    assert.deepStrictEqual(titles(text), ['1. Fund the mission', '2. Brief the Council monthly']);
    assert.deepStrictEqual(titles(joinLines('This paper recommends three practical measures.', '', '1. Fund it.', '2. Watch it.', '3. Officials will report.')), ['1. Fund it', '2. Watch it', '3. Report']);
    // one step announced is no proposal of its own, and introduces the item after it
    assert.deepStrictEqual(titles(joinLines('We recommend one step.', '', 'First, the Union should fund the mission.')), ['1. Fund the mission']);
    // a count of what happened introduces nothing
    assert.deepStrictEqual(titles(joinLines('We saw two changes.', '', 'First, the Union funded the mission.', '', 'Second, officials will brief the Council monthly.')), []);
  });

  it('does not take an enumeration of reasons or events for proposals', () => {
    assert.deepStrictEqual(titles('First, the talks failed; second, the ceasefire collapsed.'), []);
    assert.deepStrictEqual(
      titles(joinLines('First, the talks failed in 2014.', '', 'Second, the ceasefire collapsed within weeks.', '', 'Third, sanctions followed.')),
      [],
    );
    assert.deepStrictEqual(titles('The First World War and the Second World War shaped Europe.'), []);
  });

  it('makes no proposals of narrative paragraphs in a section that marks its proposals', () => {
    const text = joinLines(
      '# Ending the war: three proposals',
      '',
      'Since 2022, the Kremlin has rejected every ceasefire offer.',
      '',
      'We propose the following:',
      '',
      '1. The United Nations should mediate a prisoner exchange.',
      '2. NATO should offer Ukraine a path to membership.',
      '3. Russia should withdraw its forces.',
    );
    assert.deepStrictEqual(analyze(text).proposals.map((p) => p.marker), ['1.', '2.', '3.']);
    // a section of plain paragraphs under such a heading still makes them its proposals
    const plain = joinLines('## Recommendations', '', 'Washington should offer talks.', '', 'Moscow should withdraw its forces.');
    assert.deepStrictEqual(analyze(plain).proposals.map((p) => p.title), ['Offer talks', 'Withdraw its forces']);
  });
  it('accepts ordinal sequences whose items recommend, without an introduction', () => {
    assert.deepStrictEqual(
      titles(joinLines('First, Washington should reopen the consulate.', '', 'Second, both sides must resume inspections.')),
      ['1. Reopen the consulate', '2. Resume inspections'],
    );
    // a speech's pledges are its proposals, and a gap in them is found
    const pledges = joinLines('First, we will keep the door open.', '', 'Second, we will hold the line on inspections.', '', 'Fourth, we will host the summit.');
    assert.deepStrictEqual(titles(pledges), ['1. Keep the door open', '2. Hold the line on inspections', '4. Host the summit']);
    assert.deepStrictEqual(analyze(pledges).findings.filter((f) => f.code === 'proposal-numbering').map((f) => pledges.slice(f.start, f.end)), ['Fourth']);
  });

  it('finds numbered and bulleted lists introduced as proposals', () => {
    const text = joinLines('We recommend the following steps:', '', '1. Ratify the treaty by 2027.', '2. Establish a joint commission.', '', 'Sources:', '', '1. Annual report, 2020.', '2. Hearing record.');
    assert.deepStrictEqual(titles(text), ['1. Ratify the treaty by 2027', '2. Establish a joint commission']);
    assert.deepStrictEqual(titles(joinLines('Congress should:', '', '- fund the mission;', '- extend the mandate.')), ['1. Fund the mission', '2. Extend the mandate']);
    // a list of what was signed or exchanged is a record, not proposals
    const documents = ['- an Agreement on the Joint Production of Drones;', '- a Memorandum of Understanding on energy.'];
    assert.deepStrictEqual(titles(joinLines('The following documents were signed:', '', ...documents)), []);
    assert.deepStrictEqual(titles(joinLines('The leaders witnessed the exchange of the following documents:', '', ...documents)), []);
    assert.deepStrictEqual(titles(joinLines('The following documents should be signed:', '', ...documents)), [
      '1. Agreement on the Joint Production of Drones',
      '2. Memorandum of Understanding on energy',
    ]);
    // a list that sums up what an adopted resolution does is no proposals either, and asks no actor
    const adopted = ['1. It requests the Director General of the IAEA to report to the Council every 90 days.', '2. It calls upon Iran to provide the Agency with access to Fordow.'];
    const summary = joinLines('The resolution adopted today does two things.', '', ...adopted);
    assert.deepStrictEqual(titles(summary), []);
    assert.deepStrictEqual(analyze(summary).findings.filter((f) => f.code === 'proposal-actor'), []);
    assert.deepStrictEqual(titles(joinLines('Resolution 2231 (2015) contains the following:', '', ...adopted)), []);
    // one that says what the text should do, or finds fault with it, still leaves the list its proposals
    const asked = ['1. The Council should request regular reports.', '2. Iran must provide the Agency with access.'];
    assert.deepStrictEqual(titles(joinLines('The resolution should do two things:', '', ...asked)), ['1. Request regular reports', '2. Provide the Agency with access']);
    assert.deepStrictEqual(titles(joinLines('The resolution adopted today falls short.', '', ...asked)), ['1. Request regular reports', '2. Provide the Agency with access']);
  });

  it('finds headed recommendations and operative paragraphs', () => {
    assert.deepStrictEqual(titles(joinLines('Recommendation 1: Restore the hotline.', '', 'Recommendation 2: Resume data exchanges.')), [
      '1. Restore the hotline',
      '2. Resume data exchanges',
    ]);
    // the stop inside the emphasis, as committee reports write it
    assert.deepStrictEqual(titles(joinLines('**Recommendation 1:** Restore the hotline.', '', '**Recommendation 2.** Resume data exchanges.')), [
      '1. Restore the hotline',
      '2. Resume data exchanges',
    ]);
    // the label and the proposal's own title in one emphasis: the title is the lead-in's rest, the label numbers it
    const bold = analyze(
      joinLines(
        '**Recommendation 1: Create a reinsurance pool.** The EU should set up a pool for Black Sea shipping.',
        '',
        '**Recommendation 2: Protect the ports.** Kyiv should deploy air defence to Odesa.',
        '',
        '**Recommendation 4: Keep Türkiye in the tent.** NATO should consult Ankara on every step.',
      ),
    );
    assert.deepStrictEqual(bold.proposals.map((p) => [`${p.ordinal}. ${p.title}`, p.parties.actor]), [
      ['1. Create a reinsurance pool', ['eu']],
      ['2. Protect the ports', ['ukraine']],
      ['4. Keep Türkiye in the tent', ['nato']],
    ]);
    assert.deepStrictEqual(bold.findings.filter((f) => f.code === 'proposal-numbering').map((f) => f.message), ['Proposal numbering skips: "Recommendation 4" follows "Recommendation 2"; "Recommendation 3" is missing.']);
    // a decision memo's options are alternatives, not proposals; the recommendation that picks one is
    const memo = analyze(joinLines('OPTIONS', '', 'Option 1: Enablers only. The U.S. provides ISR and airlift.', '', 'Option 2: No contribution.', '', 'RECOMMENDATION', '', 'We recommend Option 1.'));
    assert.deepStrictEqual(memo.proposals.map((p) => `${p.ordinal}. ${p.title}`), ['1. Option 1']);
    assert.deepStrictEqual(titles(joinLines('## Policy options', '', '**Option A:** Washington should provide ISR.', '', '**Option B:** Washington should stay out.')), []);
    // so a CRS report's neutral "Options for Congress", none of which recommends; one that does keeps the list
    const options = (first: string) =>
      titles(joinLines('## Options for Congress', '', 'Congress may consider several options:', '', `1. Congress ${first} require the Department of Defense to report annually.`, '2. Congress could take no action.'));
    assert.deepStrictEqual(options('could'), []);
    assert.deepStrictEqual(options('should'), ['1. Require the Department of Defense to report annually', '2. Take no action']);
    // emphasis that no stop closes titles nothing, and its label marks nothing
    assert.deepStrictEqual(titles(joinLines('**Step 1: more work is needed** on the budget.', '', '**Step 2: a review is due** next year.')), []);
    // a label without a number, numbered by its place; "Recommendation:" alone on its line, and a
    // mid-sentence "proposal:", label nothing
    assert.deepStrictEqual(
      titles(joinLines('Recommendation: support the mediation, back a truce and press the UAE.', '', '**Proposal:** Convene the Quad again.', '', 'Recommendation 3: Fund the appeal.')),
      ['1. Support the mediation', '2. Convene the Quad again', '3. Fund the appeal'],
    );
    assert.deepStrictEqual(titles(joinLines('# Notes', '', 'Recommendation:', '', 'The talks stalled. Our proposal: wait.')), []);
    const resolution = joinLines('Recalling its earlier resolutions,', '', '1. *Calls upon* all parties to respect the ceasefire;', '2. *Requests* the Secretary-General to report within 60 days;');
    assert.deepStrictEqual(titles(resolution), ['1. Calls upon all parties to respect the ceasefire', '2. Requests the Secretary-General to report within 60 days']);
  });

  it('reads a title past a name in apposition', () => {
    const text = joinLines('The Assembly decides the following:', '', '1. Requests the Secretary-General, António Guterres, to report within ninety days;', '2. Decides to remain seized of the matter.');
    assert.deepStrictEqual(titles(text), ['1. Requests the Secretary-General to report within ninety days', '2. Decides to remain seized of the matter']);
  });
  it('reads a title past the "v." of a case name, which ends no sentence', () => {
    const text = joinLines('First, the Council should revisit Bosnia v. Serbia and overrule it.', '', 'Second, the Court should revisit *DRC v. Rwanda* and overrule it.');
    assert.deepStrictEqual(titles(text), ['1. Revisit Bosnia v. Serbia and overrule it', '2. Revisit *DRC v. Rwanda* and overrule it']);
    // a stop after a word ends the sentence as before
    assert.strictEqual(title('The Council should revisit Bosnia v. Serbia. Serbia will object.'), 'Revisit Bosnia v. Serbia');
  });

  it("reads a resolution's title past an aside between the addressee and the infinitive, not past a list", () => {
    const text = joinLines(
      'The Council decides the following:',
      '',
      '1. Requests the Secretary-General, in consultation with the African Union, to report within 90 days;',
      '2. Calls upon Member States, in particular those in the region, to cooperate fully with the Panel;',
      '3. Calls upon the sides to implement the agreements reached in Vienna, in particular on licence plates, the use of farmland and schools.',
    );
    assert.deepStrictEqual(titles(text), [
      '1. Requests the Secretary-General to report within 90 days',
      '2. Calls upon Member States to cooperate fully with the Panel',
      '3. Calls upon the sides to implement the agreements reached in Vienna',
    ]);
  });
  it("reads the European Parliament's operative verbs, and a list of bodies with articles whole in a title", () => {
    const text = joinLines('### Final provisions', '', '9. Calls on the Commission to report by June 2027;', '', '10. Instructs its President to forward this resolution to the Council;', '', '11. Calls on the Commission, the Council and Member States to agree a calendar;');
    assert.deepStrictEqual(titles(text), [
      '9. Calls on the Commission to report by June 2027',
      '10. Instructs its President to forward this resolution to the Council',
      '11. Calls on the Commission, the Council and Member States to agree a calendar',
    ]);
  });

  it('reads a title past an aside after the modal', () => {
    const text = joinLines(
      'We recommend the following:',
      '',
      '1. NATO should, in the meantime, strengthen its eastern flank.',
      '2. Each Party shall, in exercising its national sovereignty, have the right to withdraw from the treaty.',
    );
    assert.deepStrictEqual(titles(text), ['1. Strengthen its eastern flank', '2. Have the right to withdraw from the treaty']);
  });

  it('keeps a particle that ends the sentence, a participle with its agent, and what a time cut leaves', () => {
    assert.strictEqual(title('Washington should bring Beijing in.'), 'Bring Beijing in');
    assert.strictEqual(title('The parties should agree on a ceasefire line monitored by the Organization for Security and Co-operation in Europe.'), 'Agree on a ceasefire line');
    assert.strictEqual(title('The Government should conclude negotiations on UK participation in SAFE before the end of the first quarter of 2027.'), 'Conclude negotiations on UK participation in SAFE');
    // a title cut short still ends on no weak word, and an agent that fits stays
    assert.strictEqual(title('Washington should bring Beijing in, and soon.'), 'Bring Beijing');
    assert.strictEqual(title('The parties should agree on a ceasefire line monitored by the OSCE.'), 'Agree on a ceasefire line monitored by the OSCE');
    // a long title is not cut after "that" and the subject of its clause, which says nothing alone
    assert.strictEqual(
      title('Instruct commanders publicly that attacks on health facilities and aid workers will be punished.'),
      'Instruct commanders publicly that attacks on health facilities and aid workers will be…',
    );
    // a clause with its verb may still end at a preposition
    assert.strictEqual(
      title('Tell commanders publicly that attacks breach the laws of war and bring personal sanctions on each commander responsible.'),
      'Tell commanders publicly that attacks breach the laws of war and bring personal sanctions',
    );
    // so a participle before another preposition the cut falls at; not a verb's, nor one whose phrase fits
    const notifications = 'The two sides should restore the notifications exchanged under the 1988 Ballistic Missile Launch Notification Agreement, and add cruise-missile tests.';
    assert.strictEqual(title(notifications), 'Restore the notifications');
    assert.strictEqual(title('The two sides should ensure that all the notifications are exchanged under the 1988 Ballistic Missile Launch Notification Agreement.'), 'Ensure that all the notifications are exchanged');
    assert.strictEqual(title('The two sides should restore the notifications exchanged under the 1988 agreement.'), 'Restore the notifications exchanged under the 1988 agreement');
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

describe('proposals made in so many words ("We propose that …")', () => {
  const actors = (text: string) => analyze(text).proposals.map((p) => p.parties.actor);

  it('reads a sentence in which the writers propose or recommend as a proposal, past a finding and a leading phrase', () => {
    const text = joinLines(
      '# The Sahel',
      '',
      'The three juntas left ECOWAS in January. We propose that NATO should offer the Sahel states a trade agreement.',
      '',
      'I propose that Georgia host the talks.',
      '',
      'The fighting goes on. For these reasons, we urge Washington to restore aid. We therefore propose a summit in Abuja.',
    );
    assert.deepStrictEqual(titles(text), ['1. Offer the Sahel states a trade agreement', '2. Host the talks', '3. Restore aid', '4. Summit in Abuja']);
    assert.deepStrictEqual(actors(text).slice(0, 3), [['nato'], ['georgia'], ['united-states']]);
  });

  it('reads "we call on …" after ", and" or a semicolon as a proposal of its own clause', () => {
    const read = (text: string) => analyze(text).proposals.map((p) => [p.title, p.parties.actor, text.slice(p.start, p.start + 10)]);
    const called = [['Allow humanitarian flights without delay', ['russia'], 'we call on']];
    assert.deepStrictEqual(read('Talks on access have resumed, and we call on Russia to allow humanitarian flights without delay.'), called);
    assert.deepStrictEqual(read('Talks on access have resumed; we call on Russia to allow humanitarian flights without delay.'), called);
    // a report of a call made, or a call inside another clause, is none
    assert.deepStrictEqual(read('Talks on access have resumed, and we called on the Houthis to allow humanitarian flights.'), []);
    assert.deepStrictEqual(read('Talks have resumed, and as we call on the Houthis to allow flights, we note progress.'), []);
  });

  it('reads "we call on A to X and on B to Y" as two proposals, each by its addressee', () => {
    const read = (text: string) => analyze(text).proposals.map((p) => [p.title, p.parties.actor, p.parties.actorText ?? '']);
    assert.deepStrictEqual(read('We call on Russia to engage with the IAEA in good faith and on all parties to refrain from steps that would escalate tensions.'), [
      ['Engage with the IAEA in good faith', ['russia'], ''],
      ['Refrain from steps that would escalate tensions', [], 'all parties'],
    ]);
    assert.deepStrictEqual(read('We call on Russia to engage with the IAEA and on Georgia to refrain from strikes.').map((p) => p[1]), [['russia'], ['georgia']]);
    // "and on that basis" is no second addressee, and a report of a call is none
    assert.deepStrictEqual(read('We call on Russia to withdraw and on that basis to resume talks.').length, 1);
    assert.deepStrictEqual(read('We called on Iran to engage with the IAEA and on all parties to refrain from escalation.'), []);
  });

  it('reads no proposals in a list that a paragraph announces as tests, questions, challenges, risks or issues', () => {
    const tests = (intro: string, ...items: string[]) => titles(joinLines('## Recommendations', '', intro, '', ...items));
    const places = ['1. **Bougainville.** The Bougainville Peace Agreement of 2001 promised a referendum.', '2. **New Caledonia.** The Noumea Accord promised three referendums.'];
    assert.deepStrictEqual(tests('Three tests lie ahead:', ...places), []);
    assert.deepStrictEqual(tests('Two questions remain open:', '- whether the parties will meet;', '- who will pay for the mission.'), []);
    // the heading still introduces a list after another paragraph, and items that recommend are proposals anyway
    assert.deepStrictEqual(tests('The record is mixed.', '1. fund the mission;', '2. extend the mandate.'), ['1. Fund the mission', '2. Extend the mandate']);
    assert.deepStrictEqual(tests('Two risks lie ahead:', '1. NATO should fund the mission.', '2. The EU should extend the mandate.'), ['1. Fund the mission', '2. Extend the mandate']);
  });

  it('takes no report, question, announcement or reference for such a proposal', () => {
    const text = joinLines(
      'In 2022 we proposed a ceasefire, and Moscow refused.',
      '',
      'Why do we propose a summit at all? Because talks failed.',
      '',
      'We recommend the following:',
      '',
      'Some words follow.',
      '',
      'We recommend (1) and (2) now, and (3) later.',
    );
    assert.deepStrictEqual(titles(text), []);
    // an announcement of the ordinals that follow is their introduction, not a proposal before them
    assert.deepStrictEqual(titles(joinLines('We propose two steps.', '', 'First, NATO should pay.', '', 'Second, Germany should lead.')), ['1. Pay', '2. Lead']);
    const counted = joinLines('We therefore call on the parties to act on two points.', '', 'First, NATO should pay.', '', 'Second, Germany should lead.');
    assert.deepStrictEqual(titles(counted), ['1. Pay', '2. Lead']);
    // under a Recommendations heading, a count the writers make or set out introduces the paragraphs after it
    const section = (announcement: string) =>
      titles(joinLines('## Recommendations', '', announcement, '', 'ECOWAS should open talks with the AES.', '', 'Nigeria should reopen its border.'));
    for (const announcement of ['We make two recommendations.', 'This report makes two recommendations.', 'We set out two recommendations below.']) {
      assert.deepStrictEqual(section(announcement), ['1. Open talks with the AES', '2. Reopen its border'], announcement);
    }
    // a count of what was made before announces nothing
    assert.deepStrictEqual(section('We made two recommendations last year.'), ['1. We made two recommendations last year', '2. Open talks with the AES', '3. Reopen its border']);
  });

  it('leaves such a sentence to the sequence it stands in, and numbers it among the paragraphs of a "Recommendations" section', () => {
    const inOrdinals = joinLines('First, NATO should pay.', '', 'We propose that the EU pay too.', '', 'Second, Germany should lead.');
    assert.deepStrictEqual(titles(inOrdinals), ['1. Pay', '2. Lead']);
    assert.deepStrictEqual(analyze(inOrdinals).findings.filter((f) => f.code === 'proposal-numbering'), []);
    // after ordinals that give reasons or lessons, it proposes in its own right
    const afterReasons = joinLines('First, interim arrangements became permanent. Second, third parties hesitated.', '', 'We recommend that the EU condition its agreement on a freeze.');
    assert.deepStrictEqual(titles(afterReasons), ['1. Condition its agreement on a freeze']);
    const section = joinLines('## Recommendations', '', 'The EU should fund the mission.', '', 'We also propose that NATO host a summit.', '', 'Russia should withdraw.');
    assert.deepStrictEqual(titles(section), ['1. Fund the mission', '2. Host a summit', '3. Withdraw']);
  });

  it("reads such a sentence under a report's numbered section, whose heading recommends nothing, but not under a numbered proposal", () => {
    const report = joinLines('## 1. Background', '', 'The force was set up in 2011.', '', "## 2. The Council's arithmetic", '', 'The mandate ends soon. We urge NATO to renew the mission.', '', '## 3. Outlook', '', 'Nothing more.');
    assert.deepStrictEqual(titles(report), ['1. Renew the mission']);
    const numbered = joinLines('## Recommendations', '', '### 1. Reopen talks', '', 'We propose that NATO reopen talks.', '', '### 2. Fund the mission', '', 'The EU should pay.');
    assert.deepStrictEqual(titles(numbered), ['1. Reopen talks', '2. Fund the mission']);
  });

  it('numbers a "Finally, …" after proposals made in prose as their last, not as a sequence of its own', () => {
    const performative = joinLines('We propose that NATO pay.', '', 'Finally, the EU should act.');
    assert.deepStrictEqual(titles(performative), ['1. Pay', '2. Act']);
    // a lone "Finally" does not mark a section's proposals otherwise: its paragraphs stay proposals
    const section = joinLines('## Recommendations', '', 'The EU should fund the mission.', '', 'NATO should pay.', '', 'Finally, Russia should withdraw.');
    assert.deepStrictEqual(titles(section), ['1. Fund the mission', '2. Pay', '3. Withdraw']);
    // so after a list of proposals: a paragraph's "Finally, …" is its last item, not a second 1
    const list = joinLines('## Recommendations', '', '1. Canada should table a proposal on rules of origin.', '2. Ottawa should coordinate with Mexico.', '', 'Finally, the department must prepare a contingency plan.');
    assert.deepStrictEqual(titles(list), ['1. Table a proposal on rules of origin', '2. Coordinate with Mexico', '3. Prepare a contingency plan']);
    assert.deepStrictEqual(analyze(list).findings.filter((f) => f.code === 'proposal-numbering'), []);
    // not after a list of risks, which proposes nothing
    const risks = joinLines('## Recommendations', '', 'Three risks loom:', '', '1. Canada may leave the talks.', '2. Mexico may stall the review.', '', 'Finally, the department must prepare a plan.');
    assert.deepStrictEqual(titles(risks), ['1. Prepare a plan']);
  });

  it('reads a closing "Finally, …" that asks for nothing as no proposal, unless an introduction announced the sequence', () => {
    const run = (closing: string) => joinLines('First, the Council should back the roadmap.', '', 'Second, the Council must keep the economic track alive.', '', closing);
    const two = ['1. Back the roadmap', '2. Keep the economic track alive'];
    assert.deepStrictEqual(titles(run('Finally, on the reform of this Organization. The Council still reflects the world of 1945.')), two);
    assert.deepStrictEqual(titles(run('Finally, on Afghanistan, we remain concerned by the plight of women and girls.')), two);
    assert.deepStrictEqual(analyze(run('Finally, on the reform of this Organization. The Council still reflects the world of 1945.')).findings.filter((f) => f.code === 'proposal-actor'), []);
    assert.deepStrictEqual(titles(joinLines('We call on Iran to engage with the IAEA in good faith.', '', 'Finally, we welcome the appointment of the new envoy.')), ['1. Engage with the IAEA in good faith']);
    assert.deepStrictEqual(titles(run('Finally, allow me to thank the presidency.')), two);
    // a modal, an imperative past an aside, a call or a pledge keep it a proposal
    assert.deepStrictEqual(titles(run('Finally, the Council should reform its working methods.')), [...two, '3. Reform its working methods']);
    assert.deepStrictEqual(titles(run('Finally, on Afghanistan, reopen the schools.')), [...two, '3. Reopen the schools']);
    assert.deepStrictEqual(titles(run('Finally, plan for continuity. Poland hands over in July.')), [...two, '3. Plan for continuity']);
    assert.deepStrictEqual(titles(run('Finally, on Afghanistan, we urge the Taliban to reopen the schools.')), [...two, '3. Reopen the schools']);
    assert.deepStrictEqual(titles(joinLines('We call on Iran to engage with the IAEA.', '', 'Finally, we will fund the Agency.')), ['1. Engage with the IAEA', '2. Fund the Agency']);
    // announced, the sequence's items are proposals whatever they say
    assert.deepStrictEqual(titles(joinLines('We propose the following:', '', 'First, a.', '', 'Second, b.', '', 'Finally, c.')), ['1. A', '2. B', '3. C']);
  });

  it('titles a proposal past a topic named without a verb, from the sentence after it that asks', () => {
    const text = joinLines(
      'First, the Council should renew the mandate of the mission.',
      '',
      'Second, the Council should ensure humanitarian access across all crossings.',
      '',
      "Finally, on Afghanistan. The Council must press the Taliban to reopen girls' schools.",
    );
    const last = analyze(text).proposals[2]!;
    assert.strictEqual(last.title, "Press the Taliban to reopen girls' schools");
    // by the Council, not Afghanistan: the topic is no part of who must act
    assert.deepStrictEqual(last.parties, { proposer: [], actor: [], beneficiary: [], actorText: 'The Council' });
    // a headline without a verb that is no topic stays the title
    assert.deepStrictEqual(titles(joinLines('We propose the following:', '', 'First, a set of restraint measures. The Council should adopt them.')), ['1. Set of restraint measures']);
  });
});

describe('proposal recognition by imperative verbs', () => {
  it('reads a list of imperatives as proposals without an introduction', () => {
    const text = joinLines('# The mission in the east', '', 'The mission has run for a year.', '', '1. Reopen the crossings in the east.', '2. Engage the neighbours on patrols.', '3. Deter new incursions.');
    assert.deepStrictEqual(titles(text), ['1. Reopen the crossings in the east', '2. Engage the neighbours on patrols', '3. Deter new incursions']);
  });
});

describe('proposal numbering rule', () => {
  const numbered = joinLines('We propose the following:', '', 'First, ratify it.', '', 'Second, fund it.', '', 'Fourth, review it.');

  it('flags a gap with a fix that renumbers', () => {
    const findings = analyze(numbered).findings.filter((f) => f.code === 'proposal-numbering');
    assert.strictEqual(findings.length, 1);
    const [gap] = findings;
    assert.strictEqual(gap!.code, 'proposal-numbering');
    assert.strictEqual(gap!.severity, 'warning');
    assert.match(gap!.message, /"Fourth" follows "Second"; "Third" is missing/);
    assert.strictEqual(numbered.slice(gap!.start, gap!.end), 'Fourth');
    assert.deepStrictEqual(gap!.fixes?.[0]?.edits, [{ start: gap!.start, end: gap!.end, newText: 'Third' }]);
  });

  it('names the missing items as the list writes its markers, and renumbers a lettered list', () => {
    const gapIn = (text: string) => analyze(text).findings.find((f) => f.code === 'proposal-numbering');
    const lettered = joinLines('We recommend that:', '', '(a) NATO fund it;', '(b) the EU staff it;', '(d) the UN watch it.');
    const gap = gapIn(lettered)!;
    assert.match(gap.message, /"\(d\)" follows "\(b\)"; "\(c\)" is missing\./);
    assert.deepStrictEqual(gap.fixes?.[0]?.edits, [{ start: gap.start, end: gap.end, newText: '(c)' }]);
    const numberedTwo = joinLines('We recommend that:', '', '1. NATO fund it;', '2. the EU staff it;', '5. the UN watch it.');
    assert.match(gapIn(numberedTwo)!.message, /"5\." follows "2\."; "3\." to "4\." are missing\./);
    const headed = joinLines('## Recommendations', '', 'Recommendation 1: Fund the mission.', '', 'Recommendation 3: Staff the mission.');
    assert.match(gapIn(headed)!.message, /"Recommendation 2" is missing\./);
  });

  it('numbers bullets by the ordinal that opens them ("- **First**, …"), and flags a gap among them', () => {
    const text = joinLines('We recommend the following:', '', '- **First**, allies should agree common criteria.', '- **Second**, governments should pool repair ships.', '- *Fourth*: the EU should list the tankers.');
    const { proposals, findings } = analyze(text);
    assert.deepStrictEqual(proposals.map((p) => `${p.ordinal} ${p.marker}`), ['1 First', '2 Second', '4 Fourth']);
    assert.deepStrictEqual(findings.filter((f) => f.code === 'proposal-numbering').map((f) => text.slice(f.start, f.end)), ['Fourth']);
  });

  it('keeps bracketed recommendations ("(1)" … "(5)") apart from the numbered paragraphs around them ("7." … "8.")', () => {
    const text = joinLines('6. The team is useful.', '', '7. We recommend that:', '', '(1) the Government publish the designations;', '', '(2) the Government propose a report.', '', '8. North Korea goes on.');
    assert.deepStrictEqual(analyze(text).findings.filter((f) => f.code === 'proposal-numbering').map((f) => text.slice(f.start, f.end)), []);
  });

  it('flags wrong order, honours the severity setting, and stays quiet on a clean sequence', () => {
    const swapped = joinLines('We propose the following:', '', 'First, ratify it.', '', 'Third, fund it.', '', 'Second, review it.');
    const numbering = (text: string, settings?: unknown) => analyze(text, settings).findings.filter((f) => f.code === 'proposal-numbering');
    assert.deepStrictEqual(numbering(swapped).map((f) => f.message.slice(0, 28)), ['Proposal numbering skips: "T', 'Proposals out of order: "Sec']);
    assert.strictEqual(numbering(numbered, { rules: { 'proposal-numbering': 'error' } })[0]!.severity, 'error');
    assert.deepStrictEqual(numbering(numbered, { rules: { 'proposal-numbering': 'off' } }), []);
    assert.deepStrictEqual(numbering(joinLines('We propose the following:', '', 'First, a.', '', 'Second, b.', '', 'Finally, c.')), []);
  });

  it('lets a list start past 1 where it goes on with the numbering of the paragraphs before it, as a committee report does', () => {
    const numbering = (text: string) => analyze(text).findings.filter((f) => f.code === 'proposal-numbering').map((f) => f.message);
    const report = (first: string) =>
      joinLines('### Findings', '', `${first} The mission lacks funds.`, '', '### Recommendations', '', '10. The Government should:', '', '(a) fund the mission;', '', '(b) press the Council.');
    assert.deepStrictEqual(numbering(report('9.')), []);
    assert.deepStrictEqual(numbering(report('8.')), ['This sequence of proposals starts at 10 ("10."), not 1.']);
    // the "9." as far back as the search reaches, its line's indent just outside the stretch it reads
    const head = '### Findings\n\n   9. The mission lacks funds.\n\n';
    const tail = '\n\n### Recommendations\n\n';
    const filler = 'Padding words. '.repeat(NUMBERING_REACH / 10).slice(0, NUMBERING_REACH + head.indexOf('9.') - head.length - tail.length - 1) + '.';
    const far = `${head}${filler}${tail}10. The Government should:\n\n(a) fund the mission;\n\n(b) press the Council.`;
    assert.strictEqual(far.indexOf('10. The') - far.indexOf('9. The'), NUMBERING_REACH);
    assert.deepStrictEqual(numbering(far), []);
  });

  it('reads the findings under "Conclusions and recommendations" as no proposals, and the numbers they take as no skip', () => {
    const numbering = (text: string) => analyze(text).findings.filter((f) => f.code === 'proposal-numbering').map((f) => f.message);
    const mixed = (heading: string) =>
      joinLines(
        heading,
        '',
        "1. The Government's engagement with Gulf partners has been sporadic.",
        '',
        '2. The Foreign Office should publish a Gulf strategy.',
        '',
        '3. We are concerned that the Ministry of Defence has no plan for the base at Duqm.',
        '',
        '4. The Ministry of Defence should set out its plans for the base.',
      );
    const text = mixed('## Conclusions and recommendations');
    assert.deepStrictEqual(titles(text), ['2. Publish a Gulf strategy', '4. Set out its plans for the base']);
    assert.deepStrictEqual(numbering(text), []);
    assert.deepStrictEqual(analyze(text).findings.filter((f) => f.code === 'proposal-actor'), []);
    // under "Recommendations" every item is one, as before
    assert.strictEqual(analyze(mixed('## Recommendations')).proposals.length, 4);
    // a number the text skips is still flagged
    assert.deepStrictEqual(numbering(joinLines('## Conclusions and recommendations', '', '1. The FCDO should publish a strategy.', '', '3. The Government should press for talks.')), [
      'Proposal numbering skips: "3." follows "1."; "2." is missing.',
    ]);
  });

  it('flags a skip among ordinals that are no proposals, once, with a safe fix', () => {
    const numbering = (text: string) => analyze(text).findings.filter((f) => f.code === 'proposal-numbering');
    const gaps = joinLines('## Three gaps', '', 'First, the centre is underfunded.', '', 'Second, prosecutions are rare.', '', 'Fourth, the drivers on land remain.');
    assert.strictEqual(analyze(gaps).proposals.length, 0);
    const [skip, ...rest] = numbering(gaps);
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(gaps.slice(skip!.start, skip!.end), 'Fourth');
    assert.strictEqual(skip!.message, 'Numbering skips: "Fourth" follows "Second"; "Third" is missing.');
    assert.deepStrictEqual(skip!.fixes?.[0]?.edits[0]?.newText, 'Third');
    // in one paragraph too; a run that closes with "Finally" or does not start at "First" is left alone
    assert.deepStrictEqual(numbering('First, the centre is underfunded. Second, trials are rare. Fourth, oil theft goes on.').map((f) => f.message.slice(0, 32)), ['Numbering skips: "Fourth" follow']);
    assert.deepStrictEqual(numbering(joinLines('First, a is true.', '', 'Second, b is true.', '', 'Finally, c is true.')), []);
    assert.deepStrictEqual(numbering(joinLines('Second, b is true.', '', 'Fourth, d is true.')), []);
    // a heading ends the run
    assert.deepStrictEqual(numbering(joinLines('First, a is true.', '', 'Second, b is true.', '', '## Next', '', 'Fourth, d is true.')), []);
    // proposals are checked as proposals, once
    assert.strictEqual(numbering(numbered).length, 1);
  });

  it('says a repeated number is repeated, with the number it should have', () => {
    const repeated = joinLines('We propose the following:', '', 'First, ratify it.', '', 'Second, fund it.', '', 'Second, review it.');
    const [finding] = analyze(repeated).findings.filter((f) => f.code === 'proposal-numbering');
    assert.strictEqual(finding!.message, 'Proposal number repeated: "Second" again after "Second"; this is proposal 3.');
    assert.deepStrictEqual(finding!.fixes?.map((f) => [f.edits[0]!.newText, f.safe]), [['Third', false]]);
  });
});

describe('proposal structure', () => {
  const intro = 'The proposals from the United States should be the following:';

  it('finds who proposes, who must act, the exchange and the conditions', () => {
    const text = joinLines(
      intro,
      '',
      'First, a moratorium on Ukrainian membership of NATO for a period of 20 years.',
      '',
      'Second, a U.S. commitment to ratify the Adapted CFE Treaty in return for a Russian commitment to return to its terms.',
      '',
      'Third, building on earlier offers, the United States should offer to return to the INF Treaty if Russia will do the same.',
      '',
      'Finally, Russia should withdraw its forces, and the change will only take effect when UN monitors have certified the withdrawal.',
    );
    const [first, second, third, fourth] = analyze(text).proposals;
    assert.deepStrictEqual(first!.parties, { proposer: ['united-states'], actor: [], beneficiary: [] });
    assert.deepStrictEqual(first!.conditions, ['for a period of 20 years']);
    assert.deepStrictEqual(second!.parties.actor, ['united-states']);
    assert.deepStrictEqual(second!.exchange, {
      offer: 'a U.S. commitment to ratify the Adapted CFE Treaty',
      return: 'a Russian commitment to return to its terms',
      cue: 'in return for',
    });
    assert.deepStrictEqual(third!.parties.actor, ['united-states']);
    assert.deepStrictEqual(third!.exchange, { offer: 'offer to return to the INF Treaty', return: 'Russia will do the same', cue: 'if' });
    assert.deepStrictEqual(fourth!.parties.actor, ['russia']);
    assert.deepStrictEqual(fourth!.conditions, ['only take effect when UN monitors have certified the withdrawal']);
  });

  it('ends a condition before a second action the sentence adds after a comma and "and"', () => {
    const [item] = analyze(joinLines(intro, '', 'First, Russia should lift the blockade only once a civilian-led process is agreed, and should appoint a single envoy.')).proposals;
    assert.deepStrictEqual(item!.conditions, ['only once a civilian-led process is agreed']);
  });

  it('ends a long condition at its last whole word, with an ellipsis', () => {
    // the pattern reads a condition up to 160 characters: one of eight lengths of the first word cuts a word there
    const cutAny = Array.from({ length: 8 }, (_, k) => {
      const clause = `only take effect when ${'x'.repeat(k)}monitors have certified that the militias have demobilized, the volunteers have withdrawn, the heavy weapons have been stored and a peacekeeping force has taken ultimate responsibility for the region`;
      const [item] = analyze(joinLines(intro, '', `First, Russia should withdraw its forces, and the change will ${clause}.`)).proposals;
      const condition = item!.conditions[0]!;
      const words = condition.endsWith('\u2026') ? condition.slice(0, -1) : condition;
      assert.ok(clause.startsWith(words) && /^(?: |$)/.test(clause.slice(words.length)), condition);
      return condition.endsWith('\u2026');
    });
    assert.ok(cutAny.includes(true));
  });

  it('takes who must act from the agent of a proposal named by a noun ("a revival of … by both sides")', () => {
    const text = joinLines(
      'The proposals from our side should be the following:',
      '',
      'First, a revival of the Treaty on Open Skies by both sides.',
      '',
      'Second, an end to the shelling of ports by Russia.',
      '',
      'Third, a ban on new deployments by 2030.',
    );
    const [revival, end, ban] = analyze(text).proposals;
    assert.deepStrictEqual([revival!.parties.actor, revival!.parties.actorText], [[], 'both sides']);
    assert.deepStrictEqual(end!.parties.actor, ['russia']);
    assert.deepStrictEqual([ban!.parties.actor, ban!.parties.actorText], [[], undefined]);
  });

  it('spells out "do so" from a subject that has not done it, and reads a second clause\'s subject as acting too', () => {
    const read = (first: string) =>
      analyze(joinLines('## Recommendations', '', `1. ${first}`, '2. Russia should reciprocate.')).proposals[0]!;
    const ctbt = read('All states that have not ratified the CTBT should do so, and the United States and Russia should state that they will not conduct explosive tests.');
    assert.deepStrictEqual([ctbt.title, ctbt.parties.actor, ctbt.parties.actorText], ['Ratify the CTBT', ['united-states', 'russia'], 'All states that have not ratified the CTBT']);
    // a "do so" with nothing to spell it out, and a second clause that names no entry, as before
    const other = read('The allies should do so, and the talks should resume within a year.');
    assert.deepStrictEqual([other.title, other.parties.actor, other.parties.actorText], ['Do so, and the talks should resume within a year', [], 'The allies']);
  });

  it('keeps a noun phrase whose "what … could" clause has a modal as the title, with no actor from that clause', () => {
    const read = (first: string, second: string) =>
      analyze(joinLines('## Recommendations', '', `First, ${first}.`, '', `Second, ${second}.`)).proposals.map((p) => [p.title, p.parties.actor]);
    assert.deepStrictEqual(read('a common line on what would trigger military action', 'a freeze on what Russia could enrich'), [
      ['Common line on what would trigger military action', []],
      ['Freeze on what Russia could enrich', []],
    ]);
    // a main clause's modal, with the question word after it, is read as before
    assert.deepStrictEqual(read('the United States should state what would trigger military action', 'Russia should freeze what it could enrich'), [
      ['State what would trigger military action', ['united-states']],
      ['Freeze what it could enrich', ['russia']],
    ]);
  });

  it('takes the actor from an introduction such as "Congress should:"', () => {
    const [item] = analyze(joinLines('The United States should:', '', '- fund the mission;', '- extend the mandate.')).proposals;
    assert.deepStrictEqual(item!.parties.actor, ['united-states']);
    // past a leading phrase
    const [led] = analyze(joinLines('To keep that support, the United States should:', '', '- fund the mission;', '- extend the mandate.')).proposals;
    assert.deepStrictEqual(led!.parties.actor, ['united-states']);
  });

  it('reads a subject that lists names, and drops a dangling "only" from a title', () => {
    const text = joinLines(
      'We recommend the following:',
      '',
      '1. Russia, Ukraine and Georgia should reopen the border crossings.',
      '2. However, the United States should offer monitors to the mission only if both sides agree.',
    );
    const [first, second] = analyze(text).proposals;
    assert.strictEqual(first!.title, 'Reopen the border crossings');
    assert.deepStrictEqual(first!.parties.actor, ['russia', 'ukraine', 'georgia']);
    assert.strictEqual(second!.title, 'Offer monitors to the mission');
    assert.deepStrictEqual(second!.parties.actor, ['united-states']);
    // the list in bold, its commas inside the emphasis
    const bold = analyze(joinLines('We recommend the following:', '', '1. **Russia, Ukraine and the Nordic states** should reopen the border crossings.', '2. **Reopen the crossings.** Russia, Ukraine and Georgia should pay.')).proposals;
    assert.deepStrictEqual(bold.map((p) => [p.title, p.parties.actor]), [
      ['Reopen the border crossings', ['russia', 'ukraine']],
      // a lead-in that titles the proposal still does
      ['Reopen the crossings', ['russia', 'ukraine', 'georgia']],
    ]);
  });

  it('reads who must act past an interjection or a lowercase leading phrase after an ordinal, and guarantors as actors', () => {
    const text = joinLines(
      'We propose four steps.',
      '',
      'First, in Europe, NATO should table a proposal on transparency.',
      '',
      'Second, and more importantly for Europe, Russia should return to the talks.',
      '',
      'Third, more importantly, the United States should keep the limits.',
      '',
      'Fourth, the guarantors should give that commitment for fifteen years.',
    );
    const { proposals, findings } = analyze(text);
    assert.deepStrictEqual(proposals.map((p) => p.title), ['Table a proposal on transparency', 'Return to the talks', 'Keep the limits', 'Give that commitment for fifteen years']);
    assert.deepStrictEqual(proposals.map((p) => p.parties.actor), [['nato'], ['russia'], ['united-states'], []]);
    assert.strictEqual(proposals[3]!.parties.actorText, 'the guarantors');
    assert.deepStrictEqual(findings.filter((f) => f.code === 'proposal-actor'), []);
  });

  it('reads a subject with a name in apposition, letters with diacritics included', () => {
    const text = joinLines('We recommend the following:', '', '1. The UN Secretary-General, António Guterres, should convene the parties.', '2. Russia should attend.');
    const [first] = analyze(text).proposals;
    assert.strictEqual(first!.title, 'Convene the parties');
    assert.deepStrictEqual(first!.parties.actor, ['un']);
  });

  it("takes an emphasised lead-in as the author's title, and the actor from the sentence after it or from the lead-in", () => {
    const text = joinLines(
      'We recommend the following:',
      '',
      '1. **Reopen the crossings.** Russia, Ukraine and Georgia should reopen the border crossings in exchange for monitors.',
      '2. **Fund the mission**: the United States should pay for the monitors.',
      '3. *Keep Russia informed* — the European Union should brief Moscow every month.',
      '4. **The United Nations should lead.** It must name an envoy.',
      '5. **Ukraine** should hold elections.',
    );
    const proposals = analyze(text).proposals;
    assert.deepStrictEqual(proposals.map((p) => p.title), ['Reopen the crossings', 'Fund the mission', 'Keep Russia informed', 'Lead', 'Hold elections']);
    assert.deepStrictEqual(proposals.map((p) => p.parties.actor), [['russia', 'ukraine', 'georgia'], ['united-states'], ['eu'], ['un'], ['ukraine']]);
    assert.deepStrictEqual(proposals[0]!.exchange, { offer: 'reopen the border crossings', return: 'monitors', cue: 'in exchange for' });
    // "for as long as": the "for" belongs to the cue, not to the offer
    const forAsLong = analyze(joinLines('We propose:', '', '1. Washington and Moscow should keep their warheads below 1,550 for as long as the other side does.')).proposals;
    assert.deepStrictEqual(forAsLong[0]!.exchange, { offer: 'keep their warheads below 1,550', return: 'the other side does', cue: 'as long as' });
    // the lead-in's own subject, not the subject of a later sentence that names no one
    const donors = joinLines('We recommend the following:', '', '1. **Western donors should protect the protocol.** Traders depend on it; new barriers would hurt them.', '2. **European capitals should stop counting flags.** Civilians must be safer.');
    assert.deepStrictEqual(analyze(donors).proposals.map((p) => p.parties.actorText), ['Western donors', 'European capitals']);
  });

  it('reads the subject past an opening phrase of contrast, time or emphasis ("Rather than …, the EU should …")', () => {
    // a list of names that opens with "the"
    const listed = analyze(joinLines('We recommend two steps.', '', 'First, the United States, Georgia and their partners should bring the text to the Assembly.', '', 'Second, Russia should pay.')).proposals;
    assert.deepStrictEqual([listed[0]!.title, listed[0]!.parties.actor], ['Bring the text to the Assembly', ['united-states', 'georgia']]);
    const openings = ['Rather than ignore the Africa Corps', 'Instead of waiting for Washington', 'Until repeal', 'Above all', 'Most importantly', 'Without a ceasefire'];
    const text = joinLines('We recommend:', '', ...openings.map((opening, i) => `${i + 1}. **Step ${i + 1}.** ${opening}, the EU should raise it with Russia.`));
    assert.deepStrictEqual(
      analyze(text).proposals.map((p) => p.parties.actor),
      openings.map(() => ['eu']),
    );
  });

  it("reads a communiqué's points: whom the speakers call on or ask that they act, else the speakers themselves", () => {
    const text = joinLines(
      'The ministers agreed on the following points.',
      '',
      '1. We call on Russia to agree to a ceasefire.',
      '2. We urge Georgia to refrain from coercion.',
      '3. We recommend that the Government press for a vote in the Council.',
      '4. We reaffirm our support for Ukraine.',
      '5. We note the report.',
      "6. We welcome the Ukrainian government's decision to open talks.",
    );
    const parties = analyze(text).proposals.map((p) => p.parties);
    // the speakers welcome a decision: the one who took it is not asked to act
    assert.deepStrictEqual(parties.map((p) => p.actor), [['russia'], ['georgia'], [], [], [], []]);
    assert.deepStrictEqual(parties.map((p) => p.actorText), [undefined, undefined, 'the Government', 'We', undefined, 'We']);
  });

  it('reads ordinals followed by a lowercase imperative as proposals, addressed by a question before them', () => {
    const text = joinLines('Ships are insured again.', '', 'What should Europe do before the winter?', '', 'First, fund a mine-clearance group.', '', 'Second, extend the insurance facility.');
    const proposals = analyze(text).proposals;
    assert.deepStrictEqual(proposals.map((p) => p.title), ['Fund a mine-clearance group', 'Extend the insurance facility']);
    assert.deepStrictEqual(proposals.map((p) => p.parties.actorText), ['Europe', 'Europe']);
  });

  it('reads ordinals set off by commas after a modal, as a speech numbers its proposals, when there are two or more', () => {
    const text = joinLines(
      'So what should the region do?',
      '',
      'We should, first, conclude the code of conduct. We should, second, open a hotline between coast guards. And we should, third, invite the Secretary-General to convene a meeting.',
    );
    const proposals = analyze(text).proposals;
    assert.deepStrictEqual(proposals.map((p) => `${p.ordinal}. ${p.title}`), ['1. Conclude the code of conduct', '2. Open a hotline between coast guards', '3. Invite the Secretary-General to convene a meeting']);
    // each proposal ends where the next one's sentence starts
    assert.strictEqual(text.slice(proposals[0]!.start, proposals[0]!.end), 'first, conclude the code of conduct.');
    assert.deepStrictEqual(proposals.map((p) => p.parties.actorText), ['the region', 'the region', 'the region']);
    // a line broken after the comma (hard-wrapped text), a no-break space or two spaces there read the same
    const spaced = [text.replace('should, first', 'should,\nfirst').replace('should, second', 'should,\u00a0second'), text.replace('should, first', 'should,  first').replace('should, second', 'should,  second')];
    assert.deepStrictEqual(spaced.map((t) => analyze(t).proposals.map((p) => p.ordinal)), [[1, 2, 3], [1, 2, 3]]);
    // …but not a "first" and a "second" without the comma before them
    assert.deepStrictEqual(analyze(text.replace('should, first,', 'should first,').replace('should, second,', 'should second,')).proposals.map((p) => p.ordinal), []);
    // one alone is a way of speaking
    assert.deepStrictEqual(analyze('We must, first, understand why the talks failed.').proposals, []);
    // clauses after semicolons, with who must act before the ordinal
    const clauses = analyze('The Council should, first, adopt a resolution on aid workers; it should, second, review the sanctions; and it should, third, hold a debate.');
    assert.deepStrictEqual(clauses.proposals.map((p) => `${p.ordinal}. ${p.title}`), ['1. Adopt a resolution on aid workers', '2. Review the sanctions', '3. Hold a debate']);
    assert.deepStrictEqual(clauses.proposals.map((p) => p.parties.actorText), ['The Council', 'it', 'it']);
    assert.deepStrictEqual(clauses.findings.filter((f) => f.code === 'proposal-actor'), []);
    // imperatives the verb list had lacked
    assert.deepStrictEqual(
      analyze(joinLines('First, finish the legal homework.', '', 'Second, avoid escalation.', '', 'Third, do not wait for Washington.')).proposals.map((p) => p.title),
      ['Finish the legal homework', 'Avoid escalation', 'Do not wait for Washington'],
    );
  });

  it("reads a committee's numbered paragraph from the sentence that recommends, past a finding, and from the verb after 'We recommend that …'", () => {
    const text = joinLines(
      '## Conclusions and recommendations',
      '',
      '1. The engagement of the Government with the region has been sporadic. The Foreign Office should publish a strategy.',
      '2. We recommend that the Department set out a timetable.',
      '3. The Government should publish, within six months, a trajectory to 3.5 per cent, showing which programmes will be deferred.',
      '4. First, a set of restraint measures in the region. In particular, NATO should offer:',
    );
    const proposals = analyze(text).proposals;
    assert.deepStrictEqual(proposals.slice(0, 3).map((p) => p.title), ['Publish a strategy', 'Set out a timetable', 'Publish a trajectory to 3.5 per cent']);
    assert.deepStrictEqual(proposals.slice(0, 3).map((p) => p.parties.actorText), ['The Foreign Office', 'the Department', 'The Government']);
    // a first sentence without a verb that states something is the proposal itself
    assert.strictEqual(proposals[3]!.title, 'First, a set of restraint measures in the region');
    // the committee's own view before it recommends is no title, nor who must act
    const view = analyze(
      joinLines(
        '## Conclusions and recommendations',
        '',
        '15. We agree with the witnesses. The Government should press for talks.',
        '16. We agree with RUSI. The Government should press for talks.',
        '17. We do not agree. The Government should press for talks.',
      ),
    ).proposals;
    assert.deepStrictEqual(view.map((p) => p.title), ['Press for talks', 'Press for talks', 'Press for talks']);
    // no sentence after it recommends: the view stays the title
    assert.strictEqual(title('We agree with the witnesses. Talks will be hard.'), 'We agree with the witnesses');
    assert.deepStrictEqual(view.slice(0, 3).map((p) => [p.parties.actor, p.parties.actorText]), [
      [[], 'The Government'],
      [[], 'The Government'],
      [[], 'The Government'],
    ]);
  });

  it("reads a resolution's operative paragraph: whom it calls upon or requests to act, else the body adopting the text", () => {
    const text = joinLines(
      'The Security Council,',
      '',
      'Recalling its earlier resolutions,',
      '',
      '1. Calls upon Member States to support the mission;',
      '',
      '2. Requests the Secretary-General to report within 60 days;',
      '',
      '3. Decides to remain seized of the matter.',
    );
    const proposals = analyze(text).proposals;
    assert.deepStrictEqual(proposals.map((p) => p.parties.actorText), ['Member States', 'the Secretary-General', 'the body adopting the text']);
    // the operative verb stays in the title
    assert.strictEqual(proposals[0]!.title, 'Calls upon Member States to support the mission');
    // "Calls for" is the body's act as "Calls upon" is, and asks as it does; "calls for" later in a plain item only reports
    const callsFor = (first: string) =>
      analyze(joinLines('The European Parliament,', '', `1. ${first}`, '', '2. Urges the Council to adopt targeted sanctions;')).proposals.map((p) => [p.title, p.parties.actorText]);
    assert.deepStrictEqual(callsFor('Calls for the release of all political prisoners;'), [
      ['Calls for the release of all political prisoners', 'the body adopting the text'],
      ['Urges the Council to adopt targeted sanctions', 'the Council'],
    ]);
    assert.deepStrictEqual(callsFor('The plan calls for the release of all political prisoners.'), []);
  });

  it('reads an operative verb after an adverb ("Strongly condemns …") as the body\'s act, titled from what it asks when too long', () => {
    const text = joinLines(
      'The European Parliament,',
      '',
      '1. Strongly condemns the repression of protesters and calls for the release of all those detained;',
      '',
      '2. Condemns the repression of protesters and calls for the release of all those detained;',
      '',
      '3. Stresses that the door to the European Union remains open;',
    );
    assert.deepStrictEqual(analyze(text).proposals.map((p) => [p.title, p.parties.actorText]), [
      ['Calls for the release of all those detained', 'the body adopting the text'],
      // one that fits keeps its whole text
      ['Condemns the repression of protesters and calls for the release of all those detained', 'the body adopting the text'],
      ['Stresses that the door to the European Union remains open', 'the body adopting the text'],
    ]);
  });

  it('reads an acronym a resolution calls on as who must act in words ("Calls on the VP/HR to raise …")', () => {
    const text = joinLines(
      'The European Parliament,',
      '',
      '– having regard to the statement by the Vice-President of the Commission / High Representative of the Union for Foreign Affairs and Security Policy (VP/HR), Kaja Kallas,',
      '',
      '1. Calls on the VP/HR to raise the issue of political prisoners;',
      '',
      '2. Urges the Council to adopt targeted sanctions;',
    );
    assert.deepStrictEqual(analyze(text).proposals.map((p) => p.parties.actorText), ['the VP/HR', 'the Council']);
    // so does any subject that is an acronym of a body the knowledge base lacks ("The SNSC should"), but not one of a thing ("a GDP commitment")
    const list = analyze(joinLines('## Recommendations', '', '1. The SNSC should publish the review.', '2. A GDP commitment to defence.', '3. Russia should reciprocate.'));
    assert.deepStrictEqual(list.proposals.map((p) => p.parties.actorText), ['The SNSC', undefined, undefined]);
  });

  it('reads the words of a conjunct no entry names beside the entries of the others ("the Commission and the Member States")', () => {
    const parties = (text: string) => analyze(joinLines('The European Parliament,', '', text, '', '2. Urges the Council to adopt targeted sanctions;')).proposals[0]!.parties;
    const both = parties('1. Calls on Russia and the Member States to suspend visa-free travel for officials;');
    assert.deepStrictEqual([both.actor, both.actorText], [['russia'], 'the Member States']);
    const subject = analyze(joinLines('## Recommendations', '', '1. The United States and its allies should fund the mission.', '2. Russia should reciprocate.')).proposals[0]!.parties;
    assert.deepStrictEqual([subject.actor, subject.actorText], [['united-states'], 'its allies']);
    // every conjunct an entry: no words beside them; nor the names in a bracket or a partner's aside
    const named = parties('1. Calls on Russia and Ukraine to reopen the crossings;');
    assert.deepStrictEqual([named.actor, named.actorText], [['russia', 'ukraine'], undefined]);
    assert.strictEqual(parties('1. Calls on Russia, together with the guarantors and Ukraine, to reopen the crossings;').actorText, undefined);
  });

  it('makes no proposal of a paragraph under a heading that asks what can be done, where it reports what was proposed', () => {
    const text = joinLines(
      '# Brief', '', '## What ECOWAS can still do', '',
      'The Commission has kept the door open: it has proposed a framework with the three states.', '',
      'ECOWAS should negotiate a counter-terrorism agreement with the AES.', '',
      'ECOWAS must also fund the coastal states.',
    );
    assert.deepStrictEqual(analyze(text).proposals.map((p) => p.title), ['Negotiate a counter-terrorism agreement with the AES', 'Fund the coastal states']);
  });

  it('reads a heading that asks what someone should do as the introduction of the list under it, without its marker or question word', () => {
    const under = (heading: string) => analyze(joinLines('# Brief', '', 'Some text.', '', heading, '', '1. Send an envoy to Bamako.', '2. Fund the mission.')).proposals;
    assert.deepStrictEqual(under('## What the Council should do').map((p) => p.parties.actorText), ['the Council', 'the Council']);
    assert.deepStrictEqual(under('## How the Council should respond').map((p) => p.parties.actorText), ['the Council', 'the Council']);
    assert.deepStrictEqual(under('## The Council should:').map((p) => p.parties.actorText), ['The Council', 'The Council']);
    // a heading says whom it addresses without a colon
    assert.deepStrictEqual(under('## Recommendations to the sponsors').map((p) => p.parties.actorText), ['the sponsors', 'the sponsors']);
    // so past a paragraph that counts the proposals and names no one, not past one that names someone
    const counted = (intro: string) =>
      analyze(joinLines('# Brief', '', '## What the Council should do', '', intro, '', 'First, an accounting of the stockpile.', '', 'Second, a common line on sanctions.')).proposals.map((p) => p.parties.actorText);
    assert.deepStrictEqual(counted('We recommend two steps.'), ['the Council', 'the Council']);
    assert.deepStrictEqual(counted('We recommend two steps for the donors:'), ['the donors', 'the donors']);
    // a heading that argues introduces no proposals
    assert.deepStrictEqual(under('## Why the Council must act'), []);
    assert.deepStrictEqual(under('## How the war started'), []);
  });

  it("reads a treaty's own parties as who must act: each party, the inspecting party, the depositary, with a right or an undertaking too", () => {
    const treaty = joinLines(
      '## Article 4',
      '',
      '1. Each Party shall notify NATO of any change to its forces.',
      '2. The inspecting Party shall report to the OSCE within thirty days.',
      '3. The Depositary shall inform the United Nations of each notification.',
      '4. Each State Party shall provide data to the OSCE.',
      '5. Each Party may invite observers from the OSCE.',
      '6. The Parties undertake to exchange data once a year.',
    );
    const proposals = analyze(treaty).proposals;
    assert.deepStrictEqual(proposals.map((p) => p.parties.actorText), ['Each Party', 'The inspecting Party', 'The Depositary', 'Each State Party', 'Each Party', 'The Parties']);
    assert.deepStrictEqual(analyze(treaty).findings.filter((f) => f.code === 'proposal-actor'), []);
  });

  it('reads a body or an office the knowledge base lacks as who must act by its last word ("The Bureau", "legal advisers")', () => {
    const list = joinLines(
      '## Recommendations',
      '',
      '1. The Assembly should meet in January.',
      '2. The Bureau should adopt a protocol for non-compliance referrals.',
      '3. The Registry should publish the budget.',
      '4. The Implementation Support Unit should prepare a report.',
      '5. The Prosecutor should open an inquiry.',
    );
    assert.deepStrictEqual(analyze(list).proposals.map((p) => p.parties.actorText), ['The Assembly', 'The Bureau', 'The Registry', 'The Implementation Support Unit', 'The Prosecutor']);
    assert.deepStrictEqual(analyze(list).findings.filter((f) => f.code === 'proposal-actor'), []);
    const ordinals = analyze('First, ministries should document the basis on which each target was set. Second, legal advisers should treat the opinion as binding.');
    assert.deepStrictEqual(ordinals.proposals.map((p) => p.parties.actorText), ['ministries', 'legal advisers']);
    // a thing, or such a word that does not end the subject, names no one
    const things = analyze(joinLines('## Recommendations', '', '1. The Defense Buildup Program should start in 2027.', '2. Executive pay should fall.', '3. The unit costs should fall.', '4. The mechanism should be staffed by bodies independent of interior ministries.'));
    assert.deepStrictEqual(things.proposals.map((p) => p.parties.actorText), [undefined, undefined, undefined, undefined]);
  });

  it('reads an item\'s own subject named in words before whom its introduction addresses ("Finance ministers should …")', () => {
    const read = (item: string) => analyze(joinLines('## Recommendations to NATO defence ministers', '', item)).proposals.map((p) => p.parties.actorText ?? p.parties.actor.join());
    assert.deepStrictEqual(read('2. **Price carbon together.** Finance ministers should ask the OECD to report on CBAM.'), ['Finance ministers']);
    assert.deepStrictEqual(read('1. INTA should ask the Commission to publish its criteria.'), ['INTA']);
    // words that name whom the introduction addresses, or refer back to them, are theirs
    assert.deepStrictEqual(read('1. The defence ministers should agree a list.'), ['nato']);
    assert.deepStrictEqual(read('1. Both sides should talk.'), ['nato']);
  });

  it('reads an acronym the knowledge base lacks as the body that must act ("INTA should ask …")', () => {
    const read = (item: string) => analyze(joinLines('## Recommendations', '', 'Members should consider the following:', '', item)).proposals.map((p) => p.parties.actorText);
    assert.deepStrictEqual(read('- **First**, INTA should ask the Commission to publish its criteria.'), ['INTA']);
    // an acronym of a thing, or of a treaty the knowledge base knows, names no one: the introduction's words do
    assert.deepStrictEqual(read('- **First**, AI should serve people.'), ['Members']);
    assert.deepStrictEqual(read('- **First**, the INF must remain the model.'), ['Members']);
  });

  it('reads a named party that takes on a duty in its own name as who must act, and no right of one', () => {
    const article = joinLines(
      '## Article 8',
      '',
      '1. The United States agrees to cooperate with the OSCE on inspections.',
      '2. Ukraine undertakes to notify NATO of each exercise.',
      '3. Russia and Ukraine commit themselves to exchange data each year.',
      '4. Russia may deploy new missiles near the border.',
      '5. The Depositary shall inform the United Nations of each notification.',
      '6. Each Party shall notify the OSCE of any change to its forces.',
    );
    const proposals = analyze(article).proposals;
    assert.deepStrictEqual(proposals.map((p) => p.parties.actor), [['united-states'], ['ukraine'], ['russia', 'ukraine'], [], [], []]);
    assert.deepStrictEqual(analyze(article).findings.filter((f) => f.code === 'proposal-actor').map((f) => f.message), ['Proposal 4 ("Deploy new missiles near the border") does not say who must act.']);
  });

  it('reads an item that only says whom the items under it address as their introduction, not a proposal', () => {
    const read = (text: string) => analyze(text).proposals.map((p) => [`${p.ordinal}. ${p.title}`, p.parties.actorText ?? p.parties.actor.join()]);
    const report = joinLines('## Recommendations', '', '9. We recommend that the Government:', '1. join the agreement at the first opportunity;', '2. support the conversion of the Register of Damage.');
    assert.deepStrictEqual(read(report), [
      ['1. Join the agreement at the first opportunity', 'the Government'],
      ['2. Support the conversion of the Register of Damage', 'the Government'],
    ]);
    assert.deepStrictEqual(analyze(report).findings.filter((f) => f.code.startsWith('proposal-')), []);
    const memo = joinLines('RECOMMENDATION', '', '7. That you:', '   1. agree option (c);', '   2. agree to call the Foreign Secretary.');
    assert.deepStrictEqual(read(memo), [
      ['1. Agree option (c)', 'you'],
      ['2. Agree to call the Foreign Secretary', 'you'],
    ]);
    assert.deepStrictEqual(read(joinLines('It is recommended that you:', '', '(a) agree option (c);', '(b) note the timeline.')), [
      ['1. Agree option (c)', 'you'],
      ['2. Note the timeline', 'you'],
    ]);
    // an item that asks something itself stays a proposal over its sub-items
    const offers = read(joinLines('## Recommendations', '', '1. The United States should offer the following:', '   a. site visits;', '   b. data exchanges.', '2. Russia should reciprocate.'));
    assert.deepStrictEqual(offers.map(([title]) => title), ['1. Offer the following', '1. Site visits', '2. Data exchanges', '2. Reciprocate']);
  });

  it('reads a lead-in that says whom an item addresses as who must act, not as its title', () => {
    const read = (text: string) =>
      builtinAnalyzer('2026-12-05')
        .analyze({ uri: 'memory://addressed.md', version: 1, getText: () => text })
        .proposals.map((p) => [p.title, p.parties.actor.join() || (p.parties.actorText ?? '')]);
    assert.deepStrictEqual(read(joinLines('## Recommendations', '', '- **To Washington:** restore funding for the monitoring mission.', '- **To Brussels:** appoint a special envoy for the Sahel.')), [
      ['Restore funding for the monitoring mission', 'united-states'],
      ['Appoint a special envoy for the Sahel', 'eu'],
    ]);
    assert.deepStrictEqual(read(joinLines('## Recommendations', '', '1. **Germany and Poland:** fund a verification laboratory.', '2. **To the Council:** adopt the budget.')), [
      ['Fund a verification laboratory', 'germany,poland'],
      ['Adopt the budget', 'the Council'],
    ]);
    // a heading that addresses a capital's government names it too
    assert.deepStrictEqual(read(joinLines('## Recommendations', '', '### To Washington', '', '- restore funding for the monitoring mission.')), [['Restore funding for the monitoring mission', 'united-states']]);
    // a topic, one name alone, or a lead-in whose text has a subject of its own, is still the title
    assert.deepStrictEqual(read(joinLines('## Recommendations', '', '1. **Energy:** diversify supply away from Russia.', '2. **Sanctions and Export Controls:** the EU should close loopholes.')), [
      ['Energy', ''],
      ['Sanctions and Export Controls', 'eu'],
    ]);
  });

  it('reads who must act from an introduction that addresses someone, or from a later sentence of an item with a lead-in', () => {
    const addressed = (intro: string) => analyze(joinLines(intro, '', '- back the request;', '- agree a common line.')).proposals.map((p) => p.parties.actorText ?? p.parties.actor.join());
    assert.deepStrictEqual(addressed('We recommend that we:'), ['we', 'we']);
    assert.deepStrictEqual(addressed('Recommendations for the delegation:'), ['the delegation', 'the delegation']);
    assert.deepStrictEqual(addressed('Our proposals to the United States are these:'), ['united-states', 'united-states']);
    const later = joinLines(
      'We recommend the following:',
      '',
      '1. **Build a verification reserve.** The inspectors are retiring. NATO should fund a training programme.',
      '2. **Define the conditions now.** Any future regime will have to start from withdrawal. Allies should agree on limits.',
    );
    assert.deepStrictEqual(analyze(later).proposals.map((p) => p.parties.actorText ?? p.parties.actor.join()), ['nato', 'Allies']);
  });

  it('reads the items after "We recommend that:" as subject and verb in the subjunctive', () => {
    const text = joinLines(
      'Smaller steps are still possible. We recommend that:',
      '',
      '1. NATO and Russia agree on a ceiling for snap exercises near the border.',
      '2. The allies jointly offer Russia visits to the new bases.',
      '3. Washington and Moscow resume the exchange of military data.',
      '4. Offer Ukraine a seat and open talks with the donors.',
      '5. Coastal states pay their arrears, and every signatory adopts a law.',
      '6. The African Union, the Commission and the two regional communities treat fishing as a threat.',
    );
    const proposals = analyze(text).proposals;
    assert.deepStrictEqual(proposals.map((p) => p.title), [
      'Agree on a ceiling for snap exercises near the border',
      'Offer Russia visits to the new bases',
      'Resume the exchange of military data',
      // an item that starts with its verb speaks to the reader: "Offer Ukraine a seat and" is no subject
      'Offer Ukraine a seat and open talks with the donors',
      // a verb no item would start with follows a subject too, and a subject may be a list
      'Pay their arrears',
      'Treat fishing as a threat',
    ]);
    assert.deepStrictEqual(proposals.map((p) => p.parties.actorText ?? p.parties.actor.join()), [
      'nato,russia', 'The allies', 'united-states,russia', '', 'Coastal states', 'The African Union, the Commission and the two regional communities',
    ]);
    // without the introduction, a subject and a bare verb are no recommendation's subject
    const plain = analyze(text.replace('We recommend that:', 'We recommend the following:')).proposals;
    assert.deepStrictEqual(plain.map((p) => p.parties.actor.join()).slice(0, 4), ['', '', '', '']);
    for (const intro of ['The panel urges that:', 'We ask that:', 'We propose that:']) {
      assert.deepStrictEqual(analyze(text.replace('We recommend that:', intro)).proposals[2]!.parties.actor, ['united-states', 'russia'], intro);
    }
  });

  it('reads the items after "We call on:" as whom it asks and an infinitive', () => {
    const text = joinLines(
      'The group therefore calls on:',
      '',
      '- the Secretary-General to set up the support office without delay;',
      '- Russia, Ukraine and Georgia to reopen the crossings;',
      '- the parties to the conflict to agree on a calendar.',
    );
    const proposals = analyze(text).proposals;
    assert.deepStrictEqual(proposals.map((p) => p.title), ['Set up the support office without delay', 'Reopen the crossings', 'Agree on a calendar']);
    assert.deepStrictEqual(proposals.map((p) => p.parties.actorText ?? p.parties.actor.join()), ['the Secretary-General', 'russia,ukraine,georgia', 'the parties to the conflict']);
  });

  it('reads a conference, a summit, delegations or "both" as the body that must act', () => {
    const text = joinLines('We recommend the following:', '', '1. The review conference should address withdrawal.', '2. The summit should endorse the plan.', '3. Delegations should agree.', '4. Both Koreas should talk.');
    assert.deepStrictEqual(analyze(text).findings.filter((f) => f.code === 'proposal-actor'), []);
  });

  it('reads a subject past an aside before its modal, and "must be pressed to" as the subject acting', () => {
    const text = joinLines(
      'We recommend the following:',
      '',
      '1. Ukraine, as host of the talks, should convene the ministers.',
      '2. Russia, together with Georgia, should reopen the crossings.',
      '3. The parties must be pressed to open humanitarian corridors.',
      '4. The mandate should be reviewed by the Council.',
      '5. The states that signed — Russia, Ukraine and Georgia — should ratify the treaty.',
      '6. Civilian groups, led by the former prime minister, must have a seat at the talks.',
      '7. The government should publish its foreign, security and defence strategy in full.',
      '8. The European Union (with Russia and Georgia as observers) should fund the mission.',
    );
    const proposals = analyze(text).proposals;
    assert.deepStrictEqual(proposals.map((p) => p.title), ['Convene the ministers', 'Reopen the crossings', 'Open humanitarian corridors', 'Mandate to be reviewed by the Council', 'Ratify the treaty', 'Have a seat at the talks', 'Publish its foreign, security and defence strategy in full', 'Fund the mission']);
    // a bracket after the subject spells it out or qualifies it: its names do not act
    assert.deepStrictEqual(proposals.map((p) => [p.parties.actor, p.parties.actorText]), [
      [['ukraine'], undefined], [['russia', 'georgia'], undefined], [[], 'The parties'], [[], 'the Council'], [['russia', 'ukraine', 'georgia'], undefined], [[], 'Civilian groups'], [[], 'The government'], [['eu'], undefined],
    ]);
    // a subject named in words, with its partners in an aside, must act itself
    const partners = analyze(
      joinLines(
        '## Recommendations',
        '',
        '1. The Government, working with Ukraine and Georgia, should agree a single export-control regime.',
        '2. Ministers, together with Georgia, should agree a common approach.',
        '3. We recommend that the Government, working with Russia and Ukraine, agree a single export-control regime.',
        '4. The United States, together with Georgia, should agree a common approach.',
      ),
    ).proposals;
    assert.deepStrictEqual(partners.map((p) => p.title), ['Agree a single export-control regime', 'Agree a common approach', 'Agree a single export-control regime', 'Agree a common approach']);
    assert.deepStrictEqual(partners.map((p) => [p.parties.actor, p.parties.actorText]), [
      [[], 'The Government'], [[], 'Ministers'], [[], 'the Government'], [['united-states', 'georgia'], undefined],
    ]);
  });

  it('reads numbered headings that recommend as proposals, with the actor from the paragraph under each', () => {
    const text = joinLines(
      '# Plan', '', '### 1. Restore the monitoring mission', '', 'The United Nations should return its monitors.', '', 'Some detail follows.', '',
      '### 2. Reopen the crossings', '', 'Russia and Ukraine should agree on a timetable.', '',
      '### 3. Pay the monitors', '', 'The monitors should be paid by the European Union.', '', '## Annex', '', '### 1. Introduction', '', 'This report was written in 2025.', '', '### 2. Background', '', 'The talks failed.',
    );
    const proposals = analyze(text).proposals;
    assert.deepStrictEqual(proposals.map((p) => [p.ordinal, p.marker, p.title]), [[1, '1.', 'Restore the monitoring mission'], [2, '2.', 'Reopen the crossings'], [3, '3.', 'Pay the monitors']]);
    // a passive paragraph under the heading: its agent acts
    assert.deepStrictEqual(proposals.map((p) => p.parties.actor), [['un'], ['russia', 'ukraine'], ['eu']]);
  });

  it("reads the reader of a submission, a minister by portfolio and officials as who must act, and not whom they consult", () => {
    const actorsOf = (text: string) => analyze(text).proposals.map((p) => [p.title, p.parties.actor, p.parties.actorText ?? '']);
    assert.deepStrictEqual(actorsOf(joinLines('First, the Foreign Secretary should call her German counterpart. Second, the Home Secretary should review asylum capacity.')), [
      ['Call her German counterpart', [], 'the Foreign Secretary'],
      ['Review asylum capacity', [], 'the Home Secretary'],
    ]);
    // the submission's recommendation to its reader, with "We recommend" said or left unsaid
    assert.deepStrictEqual(actorsOf(joinLines('## Recommendation', '', 'We recommend that you announce a further 120 million at the Geneva meeting.')), [['Announce a further 120 million at the Geneva meeting', [], 'you']]);
    assert.deepStrictEqual(actorsOf(joinLines('## Recommendation', '', 'That you agree to announce a further 120 million at the Geneva meeting.')), [['Announce a further 120 million at the Geneva meeting', [], 'you']]);
    assert.deepStrictEqual(actorsOf('**Recommendation:** That you note the risks.'), [['Note the risks', [], 'you']]);
    // an aside naming whom the actor consults: the African Union does not report
    const consulted = analyze(joinLines('The Council decides the following:', '', '1. Requests the Secretary-General, in consultation with the African Union, to report within 90 days;', '2. Calls upon Russia, in cooperation with Ukraine, to convene the parties;')).proposals;
    assert.deepStrictEqual(consulted.map((p) => [p.parties.actor, p.parties.actorText ?? '']), [[[], 'the Secretary-General'], [['russia'], '']]);
  });

  it('reads an NGO report\'s "### To X" sub-headings as introductions that say whom they address, and "## To sum up" as none', () => {
    const text = joinLines('## Recommendations', '', '### To the Government of Ukraine', '', '1. Open the crossing daily.', '2. Guarantee a formal role.', '', '### To donor governments', '', '1. Front-load grants.', '2. Fund the agency in full.', '', '## To sum up', '', 'The war must end.');
    assert.deepStrictEqual(analyze(text).proposals.map((p) => [p.title, p.parties.actor, p.parties.actorText ?? '']), [
      ['Open the crossing daily', ['ukraine'], ''],
      ['Guarantee a formal role', ['ukraine'], ''],
      ['Front-load grants', [], 'donor governments'],
      ['Fund the agency in full', [], 'donor governments'],
    ]);
  });

  it('reads whom an introduction addresses without the verb after it ("We propose that the Department take three steps:")', () => {
    const read = analyze(joinLines('We propose that the Department take three steps:', '', '1. Fund the desk.', '2. Staff the desk.')).proposals;
    assert.deepStrictEqual(read.map((p) => p.parties.actorText), ['the Department', 'the Department']);
  });

  it('reads whom the speakers call on in lowercase, parties located by a state as no state, and a second "to" as the first', () => {
    const read = (text: string) => analyze(text).proposals.map((p) => [p.title, p.parties.actor, p.parties.actorText ?? '']);
    assert.deepStrictEqual(read('We call on official bilateral and private creditors to deliver debt relief.'), [['Deliver debt relief', [], 'official bilateral and private creditors']]);
    assert.deepStrictEqual(read('We call on the parties in Ukraine to agree to an immediate ceasefire.'), [['Agree to an immediate ceasefire', [], 'the parties in Ukraine']]);
    assert.deepStrictEqual(read('We call on all parties to return prisoners and to allow access for the ICRC.'), [['Return prisoners and allow access for the ICRC', [], 'all parties']]);
    assert.deepStrictEqual(read('We call on all parties to return prisoners, and to allow access for the ICRC.'), [['Return prisoners and allow access for the ICRC', [], 'all parties']]);
    // past a phrase that connects the two acts, its "to" goes with it
    assert.deepStrictEqual(read('We call on Russia to withdraw and on that basis to resume talks.'), [['Withdraw and resume talks', ['russia'], '']]);
    assert.deepStrictEqual(read('We call on Russia to withdraw and, on that basis, to resume talks.'), [['Withdraw and resume talks', ['russia'], '']]);
    // a second addressee after "and on" is no such phrase: its demand is a proposal of its own
    assert.deepStrictEqual(read('We call on Russia to withdraw and on all parties to resume talks.'), [['Withdraw', ['russia'], ''], ['Resume talks', [], 'all parties']]);
    // a comma before another clause still ends the title
    assert.deepStrictEqual(read('We call on all parties to return prisoners, and we note the talks.'), [['Return prisoners', [], 'all parties']]);
    // a treaty's parties may name it in full and go on, longer than other subjects run
    const second = (sentence: string) => read(joinLines('First, the nuclear-weapon States should resume talks.', '', `Second, ${sentence}`))[1];
    assert.deepStrictEqual(second('States parties to the Treaty on the Prohibition of Nuclear Weapons and those outside it should open a dialogue on verification.'), [
      'Open a dialogue on verification',
      [],
      'States parties to the Treaty on the Prohibition of Nuclear Weapons and those outside it',
    ]);
    assert.deepStrictEqual(second('Governments of the states bordering the Sahel and the donors who pay for their armies and police should open a dialogue.')?.[2], '');
    // a state after a participle that describes a subject named in words is its object, not who must act
    const items = (...lines: string[]) => read(joinLines('## Recommendations', '', ...lines));
    assert.deepStrictEqual(items('1. **Impose a global ban on aviation fuel.** States and companies supplying jet fuel to Russia should halt shipments.'), [
      ['Impose a global ban on aviation fuel', [], 'States and companies supplying jet fuel to Russia'],
    ]);
    assert.deepStrictEqual(items('1. States bordering Ukraine should open their borders.'), [['Open their borders', [], 'States bordering Ukraine']]);
    // a name before the participle still acts
    assert.deepStrictEqual(items('1. Georgia and companies supplying jet fuel to Russia should halt shipments.'), [['Halt shipments', ['georgia', 'russia'], '']]);
  });

  it('reads words beside the entries of a list as who must act too ("To the UN Security Council and donors")', () => {
    const read = (...lines: string[]) => analyze(joinLines(...lines)).proposals.map((p) => [p.parties.actor, p.parties.actorText ?? '']);
    assert.deepStrictEqual(read('### To the UN and donors', '', '1. Fully fund the response plan.'), [[['un'], 'donors']]);
    assert.deepStrictEqual(read('## Recommendations', '', '1. The United States and its allies should fund the plan.'), [[['united-states'], 'its allies']]);
    // a list of entries alone, and an "of" that a name's "and" follows, add no words
    assert.deepStrictEqual(read('### To NATO and Russia', '', '1. Fully fund the response plan.'), [[['nato', 'russia'], '']]);
    assert.deepStrictEqual(read('## Recommendations', '', '1. NATO and the Department of Trade and Industry should meet.'), [[['nato'], '']]);
    // some of them listed after "including", set off by commas inside the subject, act beside its words
    const some = analyze(joinLines('## Recommendations', '', '1. States, including Ukraine and Georgia, should fund the mission.')).proposals;
    assert.deepStrictEqual(some.map((p) => [p.title, p.parties.actor, p.parties.actorText ?? '']), [['Fund the mission', ['ukraine', 'georgia'], 'States']]);
    // partners in such an aside do not: the Government must act
    assert.deepStrictEqual(read('## Recommendations', '', '1. The Government, working with Ukraine and Georgia, should fund the mission.'), [[[], 'The Government']]);
  });

  it('reads a state named by its adjective before armed groups as no actor ("Hamas and other Palestinian armed groups")', () => {
    const read = (...lines: string[]) => analyze(joinLines(...lines)).proposals.map((p) => [p.parties.actor, p.parties.actorText ?? '']);
    assert.deepStrictEqual(read('## Recommendations to NATO and other Ukrainian armed groups', '', '- Refrain from diverting aid.'), [[['nato'], 'other Ukrainian armed groups']]);
    assert.deepStrictEqual(read('## Recommendations', '', '1. Russian militias should withdraw from Donbas.'), [[[], 'Russian militias']]);
    // the state's own organs are the state; a state named again still acts
    assert.deepStrictEqual(read('## Recommendations to NATO and Ukrainian forces', '', '- Refrain from diverting aid.'), [[['nato', 'ukraine'], '']]);
    assert.deepStrictEqual(read('## Recommendations', '', '1. Russian authorities should release the crew.'), [[['russia'], '']]);
    assert.deepStrictEqual(read('## Recommendations', '', '1. Russia and Russian armed groups should withdraw.'), [[['russia'], 'Russian armed groups']]);
  });

  it("cuts a long title at no \"to\" that an asking verb or an infinitive's verb governs, and not inside a name", () => {
    assert.strictEqual(title('Calls upon Russia and the United States to continue to observe the central limits of New START;'), 'Calls upon Russia and the United States to continue to observe the central limits…');
    assert.strictEqual(title('Encourages States that have not yet done so to sign and ratify the Treaty on the Prohibition of Nuclear Weapons;'), 'Encourages States that have not yet done so to sign and ratify…');
  });

  it('cuts a long title before "and" and a verb whose object is a name too long to keep', () => {
    assert.strictEqual(
      title("The Commission should open a WTO dispute over China's rare-earth licensing and use the Multi-Party Interim Appeal Arbitration Arrangement (MPIA) for any appeal."),
      "Open a WTO dispute over China's rare-earth licensing",
    );
    // a name after "and" with no verb before it keeps the ellipsis (and "to sign and ratify …" its second verb, below)
    assert.strictEqual(
      title("The Commission should open a WTO dispute over China's rare-earth licensing and Multi-Party Interim Appeal Arbitration Arrangement (MPIA) appeals."),
      "Open a WTO dispute over China's rare-earth licensing…",
    );
  });

  it('does not shorten a long title inside a name', () => {
    const text = joinLines('We recommend the following:', '', '1. The European Union should use the passerelle clause in Article 31 of the Treaty on European Union to move sanctions to qualified majority voting.', '2. The European Union should fund it.');
    assert.strictEqual(analyze(text).proposals[0]!.title, 'Use the passerelle clause in Article 31 of the Treaty on European Union to move sanctions');
  });

  it('ends a title without its weak last words, breaks and emphasis, however they are written', () => {
    // each weak word goes with the white space before it (a no-break space too), in any case, until a strong word ends the title
    assert.strictEqual(title('Reopen the crossings for the OF'), 'Reopen the crossings');
    assert.strictEqual(title('Reopen the crossings\u00a0of'), 'Reopen the crossings');
    assert.strictEqual(title('Reopen the crossings  In  '), 'Reopen the crossings');
    assert.strictEqual(title('Reopen the crossings and the talks with'), 'Reopen the crossings and the talks');
    // a weak word inside a longer one is no weak word, and a title of one weak word keeps it
    assert.strictEqual(title('Fund theof'), 'Fund theof');
    assert.strictEqual(title('the of'), 'Of');
    assert.strictEqual(title('**Reopen the crossings**'), 'Reopen the crossings');
    assert.strictEqual(title('__Offer monitors to the mission with'), 'Offer monitors to the mission');
    assert.strictEqual(title('Offer monitors to the mission, —'), 'Offer monitors to the mission');
    // bold closed inside the sentence, over its lead clause only, leaves no marks in the title
    assert.strictEqual(
      title("**ASEAN member states should suspend Myanmar's participation** in all ASEAN meetings until air strikes stop."),
      "Suspend Myanmar's participation in all ASEAN meetings until air strikes stop",
    );
    assert.strictEqual(title('**Bangladesh must not return refugees** to Rakhine State.'), 'Do not return refugees to Rakhine State');
    // bold closed by a stop is still the lead-in that titles the proposal
    assert.strictEqual(title('**Suspend Myanmar.** ASEAN should act in all its meetings.'), 'Suspend Myanmar');
  });

  it('reads the recommending clause after a semicolon', () => {
    const text = joinLines(
      'We recommend the following:',
      '',
      '1. Force can delay, not end, a programme; the allies should plan for a breakout.',
      '2. Air defences performed well; Russia and Ukraine should share early warning.',
      '3. Ukraine should fund the mission; it must also pay the monitors.',
    );
    const proposals = analyze(text).proposals;
    assert.deepStrictEqual(proposals.map((p) => p.title), ['Plan for a breakout', 'Share early warning', 'Fund the mission']);
    assert.deepStrictEqual(proposals.map((p) => [p.parties.actor, p.parties.actorText]), [[[], 'the allies'], [['russia', 'ukraine'], undefined], [['ukraine'], undefined]]);
  });

  it('keeps a list of names whole in a title, and reads a passive subject as acted upon', () => {
    const text = joinLines(
      'We recommend the following:',
      '',
      '1. The United Nations should send monitors to Kyiv, Moscow and Washington, before the talks.',
      '2. The United Nations budget should be increased by ten per cent.',
      '3. The mission should be funded by the European Union.',
      '4. The United Nations should be able to inspect the sites.',
    );
    const proposals = analyze(text).proposals;
    assert.deepStrictEqual(proposals.map((p) => p.title), ['Send monitors to Kyiv, Moscow and Washington', 'United Nations budget to be increased by ten per cent', 'Mission to be funded by the European Union', 'Inspect the sites']);
    assert.deepStrictEqual(proposals.map((p) => p.parties.actor), [['un'], [], ['eu'], ['un']]);
    // a passive says what is to be done, as a headline would; "should be careful" is no passive
    const titles = (sentence: string) => analyze(joinLines('We recommend the following:', '', `1. ${sentence}`)).proposals.map((p) => p.title);
    assert.deepStrictEqual(titles('Talks should not be held in Geneva.'), ['Talks not to be held in Geneva']);
    assert.deepStrictEqual(titles('Brazil, as COP30 president, should be given a seat.'), ['Brazil to be given a seat']);
    assert.deepStrictEqual(titles('The files should, as far as security allows, be declassified.'), ['Files to be declassified']);
    assert.deepStrictEqual(titles('The sanctions must be lifted once the prisoners are free.'), ['Sanctions to be lifted once the prisoners are free']);
    assert.deepStrictEqual(titles('Negotiators should be careful with the wording.'), ['Negotiators should be careful with the wording']);
    // a list of acronyms that ends with a plural noun ("UN, NGO and embassy staff")
    assert.deepStrictEqual(titles('The authorities should release all detained UN, NGO and embassy staff.'), ['Release all detained UN, NGO and embassy staff']);
    // a list of things of a word or two each that ends the sentence, not a list of acts
    assert.deepStrictEqual(titles('Israel should lift restrictions on shelter materials, heavy machinery and water infrastructure.'), [
      'Lift restrictions on shelter materials, heavy machinery and water infrastructure',
    ]);
    assert.deepStrictEqual(titles('Israel should lift the siege, open the crossings and restore power.'), ['Lift the siege']);
  });

  it('reads a long introduction alike for every proposal it introduces', () => {
    // the introduction is read once per sequence, not once per proposal: the answers must not differ
    const narrative = 'Russia and Ukraine have talked for years, and the European Union has watched. '.repeat(20);
    const actors = analyze(joinLines(`${narrative}The United States should:`, '', '- fund the mission;', '- extend the mandate;', '- train the border guards.')).proposals;
    assert.deepStrictEqual(actors.map((p) => p.parties.actor), [['united-states'], ['united-states'], ['united-states']]);
    const sourced = analyze(joinLines(`${narrative}These are the proposals from the European Union side:`, '', '- Russia should withdraw;', '- Ukraine should hold elections.')).proposals;
    assert.deepStrictEqual(sourced.map((p) => [p.parties.proposer, p.parties.actor]), [[['eu'], ['russia']], [['eu'], ['ukraine']]]);
  });

  it('decides sub-lists with the list they hang from, and reads an introduction without full stops', () => {
    const nested = joinLines('We recommend the following:', '', '- Fund the mission:', '  - pay the monitors;', '  - rent the vehicles.', '- Extend the mandate:', '  - by a year;', '  - with a review.');
    assert.deepStrictEqual(analyze(nested).proposals.map((p) => [p.ordinal, p.parent]), [[1, undefined], [1, 0], [2, 0], [2, undefined], [1, 3], [2, 3]]);
    const noStops = joinLines('Before the winter and after the talks in Geneva the allies should press Russia on these steps:', '', '- reopen the grain corridor;', '- exchange prisoners.');
    assert.deepStrictEqual(analyze(noStops).proposals.map((p) => p.title), ['Reopen the grain corridor', 'Exchange prisoners']);
  });

  it('takes the actor from a section heading such as "What Washington should do"', () => {
    const text = joinLines('## What Washington should do', '', '- Fund the mission.', '- Extend the mandate.');
    const result = analyze(text, { documentDate: '2024-01-01' });
    assert.deepStrictEqual(result.proposals.map((p) => p.parties.actor), [['united-states'], ['united-states']]);
    assert.deepStrictEqual(result.findings.filter((f) => f.code === 'proposal-actor'), []);
    // a paragraph that introduces the list still comes first
    const introduced = analyze(joinLines('## What Washington should do', '', 'Russia should:', '', '- withdraw;', '- pay.'), { documentDate: '2024-01-01' });
    assert.deepStrictEqual(introduced.proposals.map((p) => p.parties.actor), [['russia'], ['russia']]);
  });

  it('goes on with the ordinals after the list that hangs from one ("First, … should offer:", its items, "Second, …")', () => {
    const text = joinLines(
      'The proposals from our side should be the following:',
      '',
      'First, a set of restraint measures. In particular, the United States should offer:',
      '',
      '- limits on exercises near the border;',
      '- advance notice of bomber flights.',
      '',
      'Second, a revival of the Treaty on Open Skies by both sides.',
      '',
      'Third, Washington should ask Kyiv and Moscow to implement the Minsk agreements.',
    );
    assert.deepStrictEqual(analyze(text).proposals.map((p) => [p.marker, p.ordinal, p.parent]), [
      ['First', 1, undefined],
      ['-', 1, 0],
      ['-', 2, 0],
      ['Second', 2, undefined],
      ['Third', 3, undefined],
    ]);
    const outline = analyze(text).outline.map((n) => [n.name, n.children.filter((c) => c.kind === 'proposal').map((c) => c.name)]);
    assert.deepStrictEqual(outline, [
      ['1. Set of restraint measures', ['1. Limits on exercises near the border', '2. Advance notice of bomber flights']],
      ['2. Revival of the Treaty on Open Skies by both sides', []],
      ['3. Ask Kyiv and Moscow to implement the Minsk agreements', []],
    ]);
  });

  it('nests sub-items under their proposal, in the outline too', () => {
    const text = joinLines('We recommend the following:', '', '1. Restore arms control:', '   a. resume New START talks;', '   b. restore data exchanges.', '2. Fund NATO.');
    const proposals = analyze(text).proposals;
    assert.deepStrictEqual(proposals.map((p) => [p.ordinal, p.parent]), [[1, undefined], [1, 0], [2, 0], [2, undefined]]);
    const [top] = analyze(text).outline;
    assert.deepStrictEqual(top!.children.filter((c) => c.kind === 'proposal').map((c) => c.name), ['1. Resume New START talks', '2. Restore data exchanges']);
    assert.deepStrictEqual(analyze(text).findings.filter((f) => f.code === 'proposal-numbering'), []);
  });

  it('flags an announced count that does not match, and a proposal with no actor', () => {
    const text = joinLines('We propose three steps:', '', '1. Washington should ratify it.', '2. Moscow should fund it.', '3. Kyiv should review it.', '4. NATO should host it.');
    const [count] = analyze(text).findings.filter((f) => f.code === 'proposal-count');
    assert.match(count!.message, /announces three steps, but 4 follow/);
    assert.deepStrictEqual(analyze(text.replace('three', 'four')).findings.filter((f) => f.code === 'proposal-count'), []);
    // a heading's capitals are not the message's, and one item follows, not "follow"
    const heading = joinLines('## Two Further Ideas', '', '1. NATO should set up a cell.', '2. Romania should share data.', '3. Ukraine should publish data.');
    assert.match(analyze(heading).findings.find((f) => f.code === 'proposal-count')!.message, /^The text announces two ideas, but 3 follow\.$/);
    const one = joinLines('We make three recommendations:', '', '1. NATO should set up a cell.');
    assert.match(analyze(one).findings.find((f) => f.code === 'proposal-count')?.message ?? '', /but 1 follows\.$/);
    // a count the numbering agrees with is the numbering's error, reported once, by proposal-numbering
    const skipping = 'This brief makes four proposals. First, Russia should withdraw. Second, NATO should wait. Fourth, the EU should pay.';
    assert.deepStrictEqual(analyze(skipping).findings.map((f) => f.code), ['proposal-numbering']);
    // a number announced before the list's own introduction counts something else
    const principles = joinLines('He recalled the five principles he had set out in 2023.', '', 'The group called on member states:', '', '- to fund the repairs;', '- to report every incident.');
    assert.deepStrictEqual(analyze(principles).findings.filter((f) => f.code === 'proposal-count'), []);
    // an announcement counts the first list after it, not a later one within reach
    const twoLists = joinLines('We propose three steps:', '', '1. Washington should ratify it.', '2. Moscow should fund it.', '3. Kyiv should review it.', '', 'Second, NATO should wait. Fourth, the EU should pay.');
    assert.deepStrictEqual(analyze(twoLists).findings.filter((f) => f.code === 'proposal-count'), []);
    const actorless = analyze(joinLines(intro, '', 'First, a moratorium.', '', 'Second, Russia should withdraw.')).findings.filter((f) => f.code === 'proposal-actor');
    assert.deepStrictEqual(actorless.map((f) => [f.severity, f.message]), [['hint', 'Proposal 1 ("Moratorium") does not say who must act.']]);
  });

  it('counts "three things" as it counts "three steps"', () => {
    const text = joinLines('Washington should do three things.', '', 'First, fund it.', '', 'Second, staff it.', '', 'Third, audit it.', '', 'Fourth, expand it.');
    assert.deepStrictEqual(analyze(text).findings.filter((f) => f.code === 'proposal-count').map((f) => f.message), ['The text announces three things, but 4 follow.']);
  });

  it("counts a sub-list against its parent's own announcement only, and no list that the text calls a selection", () => {
    const counts = (text: string) => analyze(text).findings.filter((f) => f.code === 'proposal-count').map((f) => [text.slice(f.start, f.end), f.message]);
    const threeSteps = joinLines('## Recommendations', '', '1. The Commission should take three steps:', '   (a) notify NATO;', '   (b) consult the OSCE.', '2. The Council should act.');
    assert.deepStrictEqual(counts(threeSteps), [['three steps', 'The text announces three steps, but 2 follow.']]);
    assert.deepStrictEqual(counts(threeSteps.replace('(b) consult the OSCE.', '(b) consult the OSCE;\n   (c) fund the mission.')), []);
    // the first item's three steps are its own; the second item's sub-list announces nothing
    const second = joinLines(
      '## Recommendations',
      '',
      '1. The Commission should take three steps:',
      '   (a) notify NATO;',
      '   (b) consult the OSCE;',
      '   (c) fund the mission.',
      '2. The Council should fund NATO.',
      '   (a) in 2027;',
      '   (b) in 2028.',
    );
    assert.deepStrictEqual(counts(second), []);
    // "including", "among them": the list picks some of those the number counts
    assert.deepStrictEqual(counts(joinLines('The Parties should respect the five principles of the Final Act, including:', '', '1. the inviolability of frontiers;', '2. the peaceful settlement of disputes.')), []);
    assert.deepStrictEqual(counts(joinLines('## Recommendations', '', '1. The Commission should pursue three measures, among them:', '   (a) a ceasefire;', '   (b) talks.')), []);
    assert.deepStrictEqual(counts(joinLines('## Recommendations', '', '1. The Commission should pursue three measures, among', '   them:', '   (a) a ceasefire;', '   (b) talks.')), []);
    assert.deepStrictEqual(counts(joinLines('We propose three steps:', '', '1. The Commission should notify NATO.', '2. The Council should consult.')), [['three steps', 'The text announces three steps, but 2 follow.']]);
  });

  it('asks once for a list none of whose proposals says who must act', () => {
    const text = joinLines('## Recommendations', '', '1. Fund the monitors.', '2. Open the crossings.', '3. Publish the data.');
    const hints = analyze(text).findings.filter((f) => f.code === 'proposal-actor');
    assert.deepStrictEqual(hints.map((f) => [text.slice(f.start, f.end), f.message]), [['1.', 'None of proposals 1–3 says who must act, and nothing before them says whom they address.']]);
  });
});

describe('proposals moved whole', () => {
  const subItem: Proposal = {
    ordinal: 2,
    marker: '(b)',
    markerSpan: { start: 40, end: 43 },
    title: 'Notify NATO of each exercise',
    start: 40,
    end: 75,
    entityIds: ['nato'],
    sequence: 4,
    parent: 6,
    parties: { proposer: [], actor: ['ukraine'], beneficiary: [] },
    exchange: { offer: 'notify NATO', return: 'observers', cue: 'in return for' },
    conditions: ['within thirty days'],
  };

  it('read as the same proposal at the new offsets, in a later sequence and place, and as plain data in JSON', () => {
    const moved = shiftedProposal(subItem, 7, 1, 3);
    const expected: Proposal = { ...subItem, start: 47, end: 82, markerSpan: { start: 47, end: 50 }, sequence: 5, parent: 9 };
    assert.deepStrictEqual(plainProposal(moved), expected);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(moved)), expected);
    // the marker's span is moved once, when first read
    assert.strictEqual(moved.markerSpan, moved.markerSpan);
  });

  it('move their source by the sum when moved again, and a proposal with no parent keeps none', () => {
    const twice = shiftedProposal(shiftedProposal(subItem, 5, 1, 2), -2, 1, 1);
    assert.deepStrictEqual(plainProposal(twice), { ...subItem, start: 43, end: 78, markerSpan: { start: 43, end: 46 }, sequence: 6, parent: 9 });
    const topLevel: Proposal = { ...subItem };
    delete (topLevel as { parent?: number }).parent;
    delete (topLevel as { exchange?: unknown }).exchange;
    const movedTop = JSON.parse(JSON.stringify(shiftedProposal(topLevel, 3, 0, 1)));
    assert.deepStrictEqual(Object.keys(movedTop).sort(), ['conditions', 'end', 'entityIds', 'marker', 'markerSpan', 'ordinal', 'parties', 'sequence', 'start', 'title']);
  });
});

describe('romanOfLetter', () => {
  it('reads i, v and x, by their places in the alphabet, as the numerals 1, 5 and 10, and no other letter', () => {
    const read = 'abcdefghijklmnopqrstuvwxyz'.split('').map((letter) => [letter, romanOfLetter(letter.charCodeAt(0) - 96)]).filter(([, roman]) => roman !== undefined);
    assert.deepStrictEqual(read, [['i', 1], ['v', 5], ['x', 10]]);
  });

  it('numbers a list that opens at "i." as roman numerals, and one that reaches "i." after "h." as letters', () => {
    const intro = 'We recommend the following:';
    const ordinals = (text: string) => analyze(text).proposals.map((p) => p.ordinal);
    assert.deepStrictEqual(ordinals(joinLines(intro, '', 'i. Fund the mission.', 'v. Close the base.')), [1, 5]);
    const lettered = 'abcdefghi'.split('').map((letter) => `${letter}. Fund mission ${letter}.`);
    assert.deepStrictEqual(ordinals(joinLines(intro, '', ...lettered)), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('capitalize', () => {
  it('capitalizes the first letter, ASCII or not, and leaves the rest as written', () => {
    assert.deepStrictEqual(['fund the mission', 'Fund it', 'élargir le G7', 'ßtraße', '1. fund', ''].map(capitalize), ['Fund the mission', 'Fund it', 'Élargir le G7', 'SStraße', '1. fund', '']);
  });
});

describe('interjectionLength', () => {
  it('measures an opening interjection in either case, and nothing else', () => {
    assert.strictEqual(interjectionLength('and more importantly for Europe, NATO should act'), 'and more importantly for Europe, '.length);
    assert.strictEqual(interjectionLength('And most urgently, fund it'), 'And most urgently, '.length);
    assert.deepStrictEqual(['an offer, then more', 'fund it, and more importantly, now', '', 'band more wisely, x'].map(interjectionLength), [0, 0, 0, 0]);
  });
});
