import { dateKey, formatDate } from '../dates';
import { formerNameOf, hasFormerNames, namedId } from '../kb/formerNames';
import { orList } from '../text/orList';
import { sentenceAround, sentencePartOf } from '../text/sentenceAround';
import { yearsNamed } from '../text/yearsNamed';
import type { Mention } from '../types';
import { NO_RAW_FINDINGS, type RawFinding, type RuleContext } from './ruleContext';

/** Words just before a name that say it is an old one on purpose: "formerly Swaziland", "then-Swaziland", "known as Swaziland", a quotation mark. */
const OLD_NAME_BEFORE = /(?:\b(?:formerly|former|then|once|previously|erstwhile|onetime|one-time|old|ex|renamed|called|named|as)[\s-]+(?:the\s+)?|["“‘'])$/i;
/** Words that set the sentence in a past of its own, which may be before the renaming: "Swaziland, as it then was". */
const ANOTHER_TIME = /\b(?:then|at\s+the\s+time|in\s+those\s+days|formerly|used\s+to|until)\b/i;
/** Words that set a sentence on the document date, whatever year its paragraph told of before: "In 2015 … . Today Swaziland …". */
const NOW = /\b(?:today|now|currently|at\s+present|nowadays|these\s+days|this\s+year)\b/i;
/** How far back in its paragraph a year that sets a story's time is looked for. */
const STORY_REACH = 600;

/** The words of the mention's sentence before and after it (`sentenceAround`). */
type Sentence = ReturnType<typeof sentenceAround>;

/**
 * When the sentence speaks: the years its part names; else undefined (the document date) where it
 * says "today" or "now"; else the last year the paragraph named before it; else undefined (the
 * document date, or a past it does not date).
 */
function yearsSpokenOf(text: string, mention: Mention, { before, after }: Sentence): { readonly years: readonly number[]; readonly story: boolean } | 'another time' | undefined {
  const named = yearsNamed(sentencePartOf(before, after));
  if (named.length > 0) return { years: named, story: false };
  if (ANOTHER_TIME.test(before) || ANOTHER_TIME.test(after)) return 'another time';
  if (NOW.test(before) || NOW.test(after)) return undefined;
  // "In 2005 the king … . Swaziland's courts …": a paragraph that tells a story goes on in its year
  const sentenceStart = mention.start - before.length;
  const earlier = yearsNamed(text.slice(Math.max(0, sentenceStart - STORY_REACH), sentenceStart));
  return earlier.length > 0 ? { years: [earlier.at(-1)!], story: true } : undefined;
}

/** Whether the sentence around `mention` also names the entry by a name it goes by now: "Eswatini, which renamed itself from Swaziland". */
function currentNameNearby(ctx: RuleContext, mention: Mention, { before, after }: Sentence): boolean {
  const from = mention.start - before.length;
  const to = mention.end + after.length;
  return ctx.mentions.some((m) => m !== mention && m.start >= from && m.end <= to && namedId(m) === namedId(mention) && formerNameOf(ctx.kb, m) === undefined);
}

/**
 * A name that its entity had stopped going by when the sentence speaks: "Swaziland" after Eswatini's
 * renaming on 19 April 2018, "the FCO" after 2 September 2020 (the knowledge base's
 * `formerNames`). The time is the years the sentence's part names ("Swaziland joined the talks in
 * 2024"), else the last year the paragraph named before it, else the document date; a sentence
 * that speaks of another time without a year ("then", "at the time") is left alone, and so is a
 * name written as an old one ("formerly Swaziland", "then-Swaziland", "known as Swaziland", in
 * quotation marks) or beside the current one in the same sentence.
 */
export function formerName(ctx: RuleContext): readonly RawFinding[] {
  if (!hasFormerNames(ctx.kb)) return NO_RAW_FINDINGS;
  let findings: RawFinding[] | undefined;
  for (const mention of ctx.mentions) {
    const former = formerNameOf(ctx.kb, mention);
    if (!former) continue;
    if (OLD_NAME_BEFORE.test(ctx.text.slice(Math.max(0, mention.start - 16), mention.start))) continue;
    const untilYear = Number(former.until.slice(0, 4));
    const sentence = sentenceAround(ctx.text, mention);
    const spoken = yearsSpokenOf(ctx.text, mention, sentence);
    if (spoken === 'another time') continue;
    // a year of the renaming itself may be before or after it: left alone
    if (spoken ? !spoken.years.every((year) => year > untilYear) : dateKey(ctx.date.iso) < dateKey(former.until)) continue;
    if (currentNameNearby(ctx, mention, sentence)) continue;
    const entry = ctx.kb.get(namedId(mention))!;
    const current = former.current ?? entry.name;
    const whose = current === entry.name ? '' : ` (${entry.name})`;
    const when = spoken ? (spoken.story ? ` The paragraph tells of ${spoken.years[0]}.` : ` The sentence speaks of ${orList(spoken.years)}.`) : ` The document date is ${formatDate(ctx.date.iso)}.`;
    (findings ??= []).push({
      code: 'former-name',
      message: `"${mention.text}" has been a former name since ${formatDate(former.until)}: the current one is "${current}"${whose}.${when}`,
      start: mention.start,
      end: mention.end,
      fixes: [{ title: `Write "${current}"`, safe: false, edits: [{ start: mention.start, end: mention.end, newText: current }] }],
    });
  }
  return findings ?? NO_RAW_FINDINGS;
}
