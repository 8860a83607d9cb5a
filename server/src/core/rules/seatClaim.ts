import { codeAt, foldName } from '../kb/names';
import { placeOf, recordedPlaces } from './recordedPlace';
import type { Mention } from '../types';
import { oneLine } from '../text/oneLine';
import { theName } from './treatyNameInProse';
import { NO_RAW_FINDINGS, type RawFinding, type RuleContext } from './ruleContext';

/** "the Geneva-based IAEA": all that stands between the city's name and the organization's. */
const BASED_BEFORE = /^-based\s+$/;

/**
 * After the organization's name, its seat claimed: "the IAEA, based in Geneva", "…, which is
 * headquartered in …", "the OSCE's headquarters in …", "…, whose headquarters are in …". The city's
 * name starts where the match ends.
 */
const SEAT_AFTER = /^(?:,\s*(?:which\s+is\s+)?(?:based|headquartered|seated)\s+in|['’]s\s+headquarters\s+in|,\s+whose\s+headquarters\s+(?:are|is)\s+in)\s+/;

/**
 * After "the Geneva-based UN": a word that names a part of the organization or people in it ("the
 * Vienna-based UN agencies", "the Geneva-based WHO Regional Office"), which may sit elsewhere.
 */
const NAME_GOES_ON =
  /^(?:['’]s?\b|-|\s+(?:\p{Lu}|(?:body|bodies|agency|agencies|office|offices|officials?|staff|experts?|inspectors?|investigators?|envoys?|missions?|teams?|delegations?|secretariat|headquarters|branch|bureau|council|committee|board|panel|court|tribunal|commission|programme|program|fund|forces?|troops|members?|representatives?|affiliate|unit|centre|center|arm)\b))/u;

/** The places each organization's recorded seat names ("Washington, D.C.", "New York and Geneva"), read by the knowledge base's own matcher. */
const recordedSeats = recordedPlaces('the places each organization has its seat in', (entry) => (entry.kind === 'actor' ? entry.org?.seat : undefined));

/** The city the text gives as the organization's seat, right before or right after its name; undefined when it gives none. */
function claimedSeat(ctx: RuleContext, i: number): Mention | undefined {
  const { text, mentions } = ctx;
  const org = mentions[i]!;
  // most mentions of an organization follow no "-based" and are followed by no comma or "'s": nothing is cut out
  // (no mention is read before the first or after the last: `mentions[-1]` is a look-up of the
  // property "-1", which V8 makes through its slowest, megamorphic path)
  const previous = i > 0 ? mentions[i - 1] : undefined;
  if (previous && text.startsWith('-based', previous.end) && BASED_BEFORE.test(text.slice(previous.end, org.start))) {
    return NAME_GOES_ON.test(text.slice(org.end, org.end + 20)) ? undefined : previous;
  }
  const c = codeAt(text, org.end);
  if (c !== 44 /* , */ && c !== 39 /* ' */ && c !== 8217 /* ’ */) return undefined;
  const after = SEAT_AFTER.exec(text.slice(org.end, org.end + 50));
  const next = i + 1 < mentions.length ? mentions[i + 1] : undefined;
  return after && next && next.start === org.end + after[0].length ? next : undefined;
}

/**
 * A city given as an organization's seat that its record contradicts: "the Geneva-based IAEA"
 * (Vienna), "the OSCE, based in Brussels" (Vienna). Only where both the city and the recorded seat
 * are places the knowledge base knows: a seat it writes otherwise ("Spring, Texas") is not judged.
 * The finding sits on the city, with a fix (not safe) that writes the recorded seat where it is one place.
 */
export function seatClaim(ctx: RuleContext): readonly RawFinding[] {
  let findings: RawFinding[] | undefined;
  const { mentions } = ctx;
  for (let i = 0; i < mentions.length; i++) {
    const org = mentions[i]!;
    if (org.kind !== 'actor' || (org.category !== 'organization' && org.category !== 'group')) continue;
    // the words around most names give no seat: their entry is not looked up
    const city = claimedSeat(ctx, i);
    const placeId = city && placeOf(city);
    if (!city || !placeId) continue;
    const entry = ctx.kb.get(org.id);
    const seat = entry?.kind === 'actor' ? entry.org?.seat : undefined;
    if (!seat) continue;
    const recorded = recordedSeats(ctx.kb).get(org.id)!;
    const written = oneLine(city.text);
    if (recorded.size === 0 || recorded.has(placeId) || ` ${foldName(seat)} `.includes(` ${foldName(written)} `)) continue;
    const fixes = recorded.size === 1 ? [{ title: `Write "${seat}"`, edits: [{ start: city.start, end: city.end, newText: seat }], safe: false }] : undefined;
    (findings ??= []).push({
      code: 'seat-claim',
      message: `The text gives ${written} as the seat of ${theName(entry!.name)}; its seat is ${seat}.`,
      start: city.start,
      end: city.end,
      ...(fixes ? { fixes } : {}),
    });
  }
  return findings ?? NO_RAW_FINDINGS;
}
