import { LOWERCASE_BASE_VERBS } from './operativeVerbs';
import { lastAnswer } from '../text/lastAnswer';

/**
 * A proposal's own title, written in emphasis before its text: "**Restore inspections.** The IAEA
 * should …", "*Sequence relief*: Washington should …", "__Engage the region__ — Riyadh …". A stop,
 * colon or dash must close it, inside or after the emphasis: "**Washington** should lead" emphasises
 * a word of the sentence, it does not title it.
 */
const LEAD_IN = /^\s*(\*\*|__|\*|_)(?=\S)([^*_\n]{1,120}?)([.:!?]?)\1(?:([.:])|\s+([—–-]))?(?:\s+|$)/;

export interface LeadIn {
  /** The lead-in's words, without the emphasis and the stop. */
  readonly words: string;
  /** Where the text after the lead-in starts, past its white space. */
  readonly end: number;
  /**
   * Whether the lead-in says whom the text after it addresses rather than titles it: "**To
   * Washington:** restore funding …", "**Germany and Poland:** fund …" (see `ADDRESSEE_LEAD_IN`).
   */
  readonly addressee?: boolean;
}

/**
 * A lead-in that names whom it addresses: "To" and whom ("To Washington", "To the Council"), or two
 * names or more ("Germany and Poland", "France, Germany and Italy"); with a colon, and a verb in
 * small letters after it (`VERB_AFTER`). One name alone is as often a topic ("**Energy:** …").
 */
const ADDRESSEE_LEAD_IN =
  /^(?:To\s+\S.{0,60}|(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:,\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}){0,5},?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})$/u;
/** A verb in small letters that the proposal after an addressing lead-in starts with: "restore", "fund", "appoint". */
const VERB_AFTER = new RegExp(`^(?:${LOWERCASE_BASE_VERBS})\\b`);

/**
 * The rest of a lead-in whose emphasis opened before a headed marker: "**Recommendation 1: Create a
 * reinsurance pool.** The EU should …" leaves "Create a reinsurance pool.** The EU should …" after
 * its marker. Only a strong emphasis, closed by a stop as LEAD_IN's is.
 */
const LEAD_IN_REST = /^\s*(?=[^\s*_])()([^*_\n]{1,120}?)([.:!?]?)(?:\*\*|__)(?:([.:])|\s+([—–-]))?(?:\s+|$)/;

/** Whether `text` holds a strong emphasis mark, "**" or "__", before any other: looked for before LEAD_IN_REST is tried. */
const closesStrongEmphasis = (text: string) => {
  const star = text.indexOf('**');
  const line = text.indexOf('__');
  return (star > 0 && star < 125) || (line > 0 && line < 125);
};

/**
 * The lead-in at the start of a proposal's text, if it has one. Its last answer is kept: a
 * proposal's parties ask for the lead-in of its text right after its title did (`findParties`,
 * `proposalText`), and almost always of the same text.
 */
export const leadInOf: (text: string) => LeadIn | undefined = lastAnswer(readLeadIn);

/** `leadInOf`, read afresh. */
function readLeadIn(text: string): LeadIn | undefined {
  const m = LEAD_IN.exec(text) ?? (closesStrongEmphasis(text) ? LEAD_IN_REST.exec(text) : null);
  if (!m) return undefined;
  const closed = m[3] !== '' || m[4] !== undefined || m[5] !== undefined;
  const words = m[2]!.trim();
  if (!closed || words.length === 0) return undefined;
  const end = m[0].length;
  // "**To Washington:** restore …": the colon first, then the verb in small letters, then whom
  const addressee = (m[3] === ':' || m[4] === ':') && VERB_AFTER.test(text.slice(end, end + 20)) && ADDRESSEE_LEAD_IN.test(words);
  return addressee ? { words, end, addressee } : { words, end };
}
