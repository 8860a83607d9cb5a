import { dateKey, formatDate, isWithin } from '../dates';
import type { PlaceEntry } from '../kb/schema';
import { sentenceAround } from '../text/sentenceAround';
import type { Mention } from '../types';
import { NO_RAW_FINDINGS, type RawFinding, type RuleContext } from './ruleContext';
import { oneLine } from '../text/oneLine';

/**
 * States whose capital is disputed, shared between cities or in transition, where a text that calls
 * another city the capital may be right: Israel and Palestine (Jerusalem), South Africa (three
 * capitals), Bolivia (Sucre and La Paz), Malaysia (Putrajaya), Sri Lanka (Kotte and Colombo), Benin
 * (Cotonou), Tanzania (Dar es Salaam), Eswatini (Lobamba), Montenegro (Cetinje), Côte d'Ivoire
 * (Abidjan), Yemen (Aden), Indonesia (Nusantara), Equatorial Guinea (Ciudad de la Paz).
 */
const SEVERAL_CAPITALS = new Set([
  'israel', 'palestine', 'south-africa', 'bolivia', 'malaysia', 'sri-lanka', 'benin', 'tanzania', 'eswatini', 'montenegro', 'ivory-coast', 'yemen', 'indonesia',
  'equatorial-guinea',
]);

/** "Turkey's capital", "the Turkish capital city" after the state, up to the city: "Turkey's capital, Istanbul", "Turkey's capital is Istanbul". */
const STATE_CAPITAL_CITY = /^(?:['’]s)?\s+capital(?:\s+city)?(?:\s*,|\s+(?:is|was))?\s+$/;
/** Between a city and the state after it: "Istanbul, the Turkish capital", "Istanbul, Turkey's capital", "Istanbul is Turkey's capital". */
const CITY_THEN_STATE = /^(?:,|\s+(?:is|was))\s+(?:the\s+)?$/;
/** What follows the state in "Istanbul, Turkey's capital": the noun, not a qualified one ("Turkey's capital markets"). */
const CAPITAL_AFTER_STATE = /^(?:['’]s)?\s+capital(?:\s+city)?\b(?!\s+(?:markets?|flows?|controls?|gains?|goods|expenditure|investment|punishment|letters?|offence|crimes?|cases?|ships?|region|district|area|territory)\b)/;
/** "the capital of" before the state; the word before "capital" is checked apart. */
const CAPITAL_OF = /\bcapital(?:\s+city)?\s+of\s+(?:the\s+)?$/;
/** Between the city and the state: "Istanbul, the capital of Turkey", "Istanbul is the capital of Turkey". */
const CITY_CAPITAL_OF = /^(?:,|\s+(?:is|was))\s+(?:the\s+)?capital(?:\s+city)?\s+of\s+(?:the\s+)?$/;
/** Between "the capital of Turkey" and the city: "the capital of Turkey, Istanbul", "the capital of Turkey is Istanbul". */
const STATE_THEN_CITY = /^(?:,|\s+(?:is|was))\s+$/;
/** A word before the state or before "capital" that makes it some other capital: "the former Kazakh capital", "Turkey's economic capital". */
const QUALIFIED = /\b(?:former|old|ancient|historic|historical|onetime|one-time|erstwhile|then|previous|imperial|colonial|royal|de\s+facto|economic|commercial|financial|cultural|business|summer|winter|second|provincial|regional|state|administrative|legislative|judicial|spiritual|religious|intellectual|tech|media|fashion)\s+(?:[\p{L}-]+\s+)?$/u;
/** Words that set the sentence in a past it does not date, where a city that was once the seat may have been the capital. */
const PAST = /\b(?:was|were|then|until|when|once|former(?:ly)?)\b/;
/** A year the sentence names: a city that was the seat in that year may have been the capital. */
const YEAR = /(?<![\d,.])(?:1[0-9]\d\d|20\d\d)(?![\d'’]|s\b)/g;

/** A city a mention names: a city, or a capital read as its government ("Ankara" after "capital"). */
const cityOf = (m: Mention): string | undefined => (m.kind === 'place' && m.category === 'city' ? m.id : m.form === 'metonym' ? m.placeId : undefined);

/** A state a mention names: by name or adjective, "Turkey", "Turkish". */
const isStateMention = (m: Mention) => m.kind === 'actor' && m.category === 'state' && m.form !== 'metonym';

/** Whether some state mention has a city mention right before or after it, as every claim of `claimsIn` has. */
export function namesStateBesideCity(mentions: readonly Mention[]): boolean {
  for (let k = 0; k < mentions.length; k++) {
    if (!isStateMention(mentions[k]!)) continue;
    if ((k > 0 && cityOf(mentions[k - 1]!) !== undefined) || (k + 1 < mentions.length && cityOf(mentions[k + 1]!) !== undefined)) return true;
  }
  return false;
}

/** A claim that a city is a state's capital, with the words that make it. */
interface CapitalClaim {
  readonly city: Mention;
  readonly cityId: string;
  readonly state: Mention;
  readonly start: number;
  readonly end: number;
}

/** The claims of the block: each state mention with the city next to it that the words call its capital. */
function claimsIn(text: string, mentions: readonly Mention[]): CapitalClaim[] {
  const claims: CapitalClaim[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const state = mentions[k]!;
    if (!isStateMention(state)) continue;
    // (bounded: `mentions[-1]` is a look-up of the property "-1", V8's slowest path, see seat-claim)
    const before = k > 0 ? mentions[k - 1] : undefined;
    const after = k + 1 < mentions.length ? mentions[k + 1] : undefined;
    const beforeState = text.slice(Math.max(0, state.start - 40), state.start);
    // "Turkey's capital, Istanbul", "the Turkish capital Istanbul"
    const afterCity = after && cityOf(after);
    if (afterCity && STATE_CAPITAL_CITY.test(text.slice(state.end, after.start)) && !QUALIFIED.test(beforeState.replace(/\bthe\s+$/i, ''))) {
      claims.push({ city: after, cityId: afterCity, state, start: state.start, end: after.end });
      continue;
    }
    const beforeCity = before && cityOf(before);
    // "Istanbul, the Turkish capital", "Istanbul, Turkey's capital", "Istanbul is Turkey's capital"
    if (beforeCity && CITY_THEN_STATE.test(text.slice(before.end, state.start))) {
      const noun = CAPITAL_AFTER_STATE.exec(text.slice(state.end, state.end + 40));
      if (noun) claims.push({ city: before, cityId: beforeCity, state, start: before.start, end: state.end + noun[0].length });
      continue;
    }
    // "Istanbul, the capital of Turkey", "Istanbul is the capital of Turkey"
    if (beforeCity && CITY_CAPITAL_OF.test(text.slice(before.end, state.start))) {
      claims.push({ city: before, cityId: beforeCity, state, start: before.start, end: state.end });
      continue;
    }
    // "the capital of Turkey, Istanbul", "the capital of Turkey is Istanbul"
    const capitalOf = CAPITAL_OF.exec(beforeState);
    if (capitalOf && afterCity && !QUALIFIED.test(beforeState.slice(0, capitalOf.index)) && STATE_THEN_CITY.test(text.slice(state.end, after.start))) {
      claims.push({ city: after, cityId: afterCity, state, start: state.start - beforeState.length + capitalOf.index, end: after.end });
    }
  }
  return claims;
}

/** The periods in which the city was the seat of the state's government. */
function seatPeriods(ctx: RuleContext, cityId: string, stateId: string): readonly PlaceEntry['seatOf'][number][] {
  const city = ctx.kb.get(cityId);
  return city?.kind === 'place' ? city.seatOf.filter((s) => s.actor === stateId) : [];
}

/** Whether the city was the seat of the state's government at some time, or on `day` when given. */
const wasSeat = (ctx: RuleContext, cityId: string, stateId: string, day: string | undefined): boolean =>
  seatPeriods(ctx, cityId, stateId).some((s) => day === undefined || isWithin(day, s.from, s.to));

/** Whether the city was the seat of the state's government on some day of `year`. */
const wasSeatIn = (ctx: RuleContext, cityId: string, stateId: string, year: number): boolean =>
  seatPeriods(ctx, cityId, stateId).some((s) => (s.from === undefined || dateKey(s.from) <= `${year}-12-31`) && (s.to === undefined || dateKey(s.to) > `${year}-01-01`));

/**
 * Whether the sentence sets the claim at a time when the city was the seat: in a year it names ("In
 * 1950 Rio de Janeiro, Brazil's capital, …", not "… hosted the G20 in 2024"), or, naming none, in a
 * past it speaks of ("Rio de Janeiro, then Brazil's capital, …").
 */
function seatInTheSentence(ctx: RuleContext, claim: CapitalClaim, stateId: string): boolean {
  const { before, after } = sentenceAround(ctx.text, claim);
  const sentence = before + after;
  const years = sentence.match(YEAR);
  if (years) return years.some((year) => wasSeatIn(ctx, claim.cityId, stateId, Number(year)));
  return PAST.test(sentence) && wasSeat(ctx, claim.cityId, stateId, undefined);
}

/**
 * A city called a state's capital that is not: "Istanbul, the Turkish capital", "Turkey's capital
 * Istanbul", "Almaty, the capital of Kazakhstan", "Rio de Janeiro, Brazil's capital" on the
 * document date. A city that was the seat of the state's government once (Rio de Janeiro until
 * 1960) is accepted in a sentence that names a year when it was, or speaks of the past without a
 * year (see `seatInTheSentence`). Not for states whose
 * capital is disputed or shared (`SEVERAL_CAPITALS`), nor for a qualified capital ("Turkey's
 * economic capital", "the former Kazakh capital").
 */
export function capitalClaim(ctx: RuleContext): readonly RawFinding[] {
  // most blocks never say "capital", and the few that do seldom name a state and a city; the
  // mentions are read first, as three blocks in four of prose name no state beside a city, and
  // the search reads every character of the block
  if (!namesStateBesideCity(ctx.mentions) || !ctx.text.includes('capital')) return NO_RAW_FINDINGS;
  let findings: RawFinding[] | undefined;
  for (const claim of claimsIn(ctx.text, ctx.mentions)) {
    if (SEVERAL_CAPITALS.has(claim.state.id)) continue;
    const state = ctx.kb.get(claim.state.id);
    const capitalId = state?.kind === 'actor' ? state.state?.capital : undefined;
    if (!state || !capitalId || capitalId === claim.cityId || wasSeat(ctx, claim.cityId, state.id, ctx.date.iso)) continue;
    if (seatInTheSentence(ctx, claim, state.id)) continue;
    const capital = ctx.kb.get(capitalId);
    if (!capital || !wasSeat(ctx, capitalId, state.id, ctx.date.iso)) continue;
    const cityName = ctx.kb.get(claim.cityId)?.name ?? claim.city.text;
    // the state as the text names it ("Turkey", not the knowledge base's "Türkiye"), by its name for an adjective
    const stateName = claim.state.form === 'adjective' ? state.name : claim.state.text;
    const message = `"${oneLine(ctx.text.slice(claim.start, claim.end))}": the capital of ${stateName} on the document date (${formatDate(ctx.date.iso)}) was ${capital.name}, not ${cityName}.`;
    (findings ??= []).push({
      code: 'capital-claim',
      message,
      start: claim.start,
      end: claim.end,
      fixes: [{ title: `Write "${capital.name}"`, safe: false, edits: [{ start: claim.city.start, end: claim.city.end, newText: capital.name }] }],
    });
  }
  return findings ?? NO_RAW_FINDINGS;
}
