import * as assert from 'assert';
import { knownWithoutModal, LEADING_PHRASE, leadingPhraseLength, proposalText, proposalTitle } from '../../server/src/core/recognizers/proposalTitle';

describe('readings a proposal title keeps for its subject', () => {
  it('gives the leading phrase of each text, asked again or in turn', () => {
    const texts = ['Building on the offer, NATO should act.', 'any reduction of forces;', 'In Europe, the EU must lead.', '', 'Within days,x', 'Given that, we must.'];
    for (const text of [...texts, ...texts.slice().reverse(), ...texts.flatMap((t) => [t, t])]) {
      assert.strictEqual(leadingPhraseLength(text), LEADING_PHRASE.exec(text)?.[0].length ?? 0, text);
    }
  });

  it('knows a text holds no modal only when a title was just read from it and found none', () => {
    const noModal = 'any reduction of forces stationed in Crimea;';
    proposalTitle(proposalText(noModal));
    assert.strictEqual(knownWithoutModal(noModal), true);
    assert.strictEqual(knownWithoutModal('any reduction of forces stationed in Kyiv;'), false);
    const modal = 'the Party shall notify the Depositary;';
    proposalTitle(proposalText(modal));
    assert.strictEqual(knownWithoutModal(modal), false);
    assert.strictEqual(knownWithoutModal(noModal), false);
  });
});
