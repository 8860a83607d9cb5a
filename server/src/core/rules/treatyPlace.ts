import { formatDate, MONTH_PATTERN } from '../dates';
import { firstStartingAt } from '../features/spanSearch';
import { foldName } from '../kb/names';
import type { TreatyEntry } from '../kb/schema';
import { placeOf, recordedPlaces } from './recordedPlace';
import type { Mention } from '../types';
import type { RawFinding, RuleContext } from './ruleContext';
import { theName } from './treatyNameInProse';

/**
 * Right after a treaty's name, the place of its own signing: "the INF Treaty, signed in Washington",
 * "New START, which was signed in Prague on 8 April 2010", "signed at Geneva". The place is one or
 * two capitalized words. Not "concluded in": talks often end elsewhere than the treaty is signed (the
 * EU–Mercosur agreement was concluded in Montevideo and signed in Asunción).
 */
const SIGNED_IN = /^(?:\s*\([^()]{1,40}\))?\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been)\s+)?(?:(?:first|originally|formally)\s+)?signed\s+(?:in|at)\s+(?<place>(?:The\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?)/du;
/** A month or a weekday is a time, not a place ("signed in March 1999"). */
const NOT_A_PLACE = new RegExp(`^(?:${MONTH_PATTERN}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b`);

/**
 * The entries each treaty's recorded place of signing names ("Washington, D.C.", "London, Moscow and
 * Washington"), read by the knowledge base's own matcher, by treaty id.
 */
const signingPlaces = recordedPlaces('the places each treaty was signed in', (entry) => (entry.kind === 'treaty' ? entry.signed?.place : undefined));

/**
 * A place of signing given for a treaty that its record contradicts: "the INF Treaty, signed in
 * Moscow" (Washington). The place agrees when the recorded place names the same entry ("Kiev" and
 * "Kyiv") or holds the written words ("Washington" in "Washington, D.C.", "Moscow" in "London, Moscow
 * and Washington"). `after` is the text after the treaty's name, which the caller read as a claim
 * about the treaty.
 */
export function treatyPlaceFinding(ctx: RuleContext, treaty: TreatyEntry, mention: Mention, after: string): RawFinding | undefined {
  const record = treaty.signed?.place;
  const m = record ? SIGNED_IN.exec(after) : null;
  if (!record || !m || NOT_A_PLACE.test(m.groups!['place']!)) return undefined;
  const [from, to] = m.indices!.groups!['place']!;
  const start = mention.end + from;
  const written = m.groups!['place']!;
  if (` ${foldName(record)} `.includes(` ${foldName(written)} `)) return undefined;
  const placeMention = ctx.mentions[firstStartingAt(ctx.mentions, start)];
  const placeId = placeMention?.start === start ? placeOf(placeMention) : undefined;
  // a place the knowledge base does not know may be written otherwise in the record: nothing is said
  if (!placeId || signingPlaces(ctx.kb).get(treaty.id)?.has(placeId)) return undefined;
  const end = mention.end + to;
  const date = treaty.signed?.date ? ` on ${formatDate(treaty.signed.date)}` : '';
  return {
    code: 'treaty-date',
    message: `The text says ${theName(treaty.name)} was signed in ${written}; it was signed in ${record}${date}.`,
    start,
    end,
    fixes: [{ title: `Write "${record}"`, edits: [{ start, end, newText: record }], safe: false }],
  };
}
