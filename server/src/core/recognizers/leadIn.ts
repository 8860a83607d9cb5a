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
}

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

/** The lead-in at the start of a proposal's text, if it has one. */
export function leadInOf(text: string): LeadIn | undefined {
  const m = LEAD_IN.exec(text) ?? (closesStrongEmphasis(text) ? LEAD_IN_REST.exec(text) : null);
  if (!m) return undefined;
  const closed = m[3] !== '' || m[4] !== undefined || m[5] !== undefined;
  const words = m[2]!.trim();
  return closed && words.length > 0 ? { words, end: m[0].length } : undefined;
}
