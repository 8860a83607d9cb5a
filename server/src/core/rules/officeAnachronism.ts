import { dateKey, formatDate, isWithin } from '../dates';
import type { ActorEntry } from '../kb/schema';
import type { Mention } from '../types';
import type { RawFinding, RuleContext } from './ruleContext';
import { sentenceAround } from './textAround';

/** Offices grouped so that "Foreign Minister" matches an office recorded as "Minister of Foreign Affairs". */
const FAMILIES: readonly [string, RegExp][] = [
  ['secretary-general', /secretary[- ]general/i],
  // before foreign: the EU's office is "High Representative … for Foreign Affairs and Security Policy"
  ['high-representative', /high representative/i],
  ['foreign', /foreign|external affairs|secretary of state|^secretary$/i],
  ['defence', /defen[cs]e|secretary of war/i],
  ['vice-president', /vice[- ]president/i],
  // before head of government: a deputy prime minister or vice-chancellor never held the top office
  ['deputy-head-of-government', /(deputy|vice)[- ](prime minister|premier|chancellor)/i],
  ['head-of-state', /^(president|king|queen|emir|supreme leader|crown prince)$/i],
  ['head-of-government', /prime minister|chancellor|premier/i],
  ['chancellor', /chancellor/i],
];

function familyOf(title: string): string | undefined {
  const bare = title.replace(/^(?!(?:Foreign|Defen[cs]e|Prime|Vice|Deputy|High|Supreme|Crown)\b)(?:[\p{Lu}][\p{L}.]+\s+)(?=(?:Foreign|Defen[cs]e|Prime|Secretary|Minister|President|Chancellor))/u, '');
  return FAMILIES.find(([, pattern]) => pattern.test(bare.trim()))?.[0];
}

/** Phrases that place a sentence in the past, where a past office-holder keeps the title. */
const PAST_TIME = /\b(at the time|back then|in those days|in (?:the )?(?:1[89]|20)\d0s)\b/i;
/** A past-tense verb right after the name: "Secretary of State Pompeo said …". */
const PAST_VERB = /^\W{0,3}(?:\w+ly\s+)?(?:\w+ed|said|met|went|led|was|had|did|took|gave|made|told|wrote|spoke|saw|became|began|left|won|lost|sent|held|brought|thought|flew|ran)\b/i;

/**
 * A possessive naming an act: "President Obama's ban", "Secretary Baker's assurances". Such an act
 * was done in office, so the title it had then is right, unless the words after it place it now
 * ("Secretary Blinken's visit this week"). Only those words: "The administration announced today
 * a reversal of President Obama's ban" speaks of today, but the ban is still Obama's.
 */
const POSSESSIVE_ACT = /^['’]s\s+\p{L}/u;
const NOW = /\b(today|now|currently|this (?:week|month|year)|next (?:week|month|year))\b/i;

/** Whether the sentence around a mention speaks of a time before the document date. */
function speaksOfThePast(before: string, after: string, documentYear: number): boolean {
  const years = [...`${before} ${after}`.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  if (years.some((y) => y < documentYear) || PAST_TIME.test(before) || PAST_TIME.test(after) || PAST_VERB.test(after)) return true;
  return POSSESSIVE_ACT.test(after) && !NOW.test(after);
}

function describeOffices(person: ActorEntry, ctx: RuleContext): string {
  const offices = person.person?.offices ?? [];
  if (offices.length === 0) return 'the knowledge base records no offices';
  return offices
    .map((o) => `${o.title}${o.of ? ` of ${ctx.kb.get(o.of)?.name ?? o.of}` : ''} ${o.to ? `${formatDate(o.from)} – ${formatDate(o.to)}` : `since ${formatDate(o.from)}`}`)
    .join('; ');
}

function check(ctx: RuleContext, mention: Mention, person: ActorEntry): RawFinding | undefined {
  const title = mention.title!;
  const bareTitle = title.replace(/^(former|then|current|acting|incoming|outgoing|ex-|late)\s+/i, '');
  const family = familyOf(bareTitle);
  if (!family) return undefined;
  const offices = (person.person?.offices ?? []).filter((o) => familyOf(o.title) === family);
  const date = ctx.date.iso;
  const former = /^(former|ex-|late)\b/i.test(title);
  const heldOnDate = offices.some((o) => isWithin(date, o.from, o.to));
  const heldBefore = offices.some((o) => o.to !== undefined && dateKey(o.to) <= dateKey(date));
  if (former ? heldBefore : heldOnDate) return undefined;
  if (!former && heldBefore) {
    const { before, after } = sentenceAround(ctx.text, mention);
    if (speaksOfThePast(before, after, Number(date.slice(0, 4))) || /^then\b/i.test(title)) return undefined;
  }
  const start = mention.titleStart ?? mention.start;
  const fixes = !former && heldBefore
    ? [{ title: `Write "former ${title}"`, edits: [{ start, end: start, newText: 'former ' }], safe: false }]
    : [];
  return {
    code: 'office-anachronism',
    message: `${person.name} ${former ? 'had not yet held and left office as' : 'was not'} ${bareTitle} on the document date (${formatDate(date)}): ${describeOffices(person, ctx)}.`,
    start,
    end: mention.end,
    ...(fixes.length ? { fixes } : {}),
  };
}

/** A title attached to a person who did not hold it on the document date. */
export function officeAnachronism(ctx: RuleContext): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const mention of ctx.mentions) {
    if (!mention.title || mention.category !== 'person') continue;
    const person = ctx.kb.get(mention.id);
    if (person?.kind !== 'actor' || !person.person) continue;
    const finding = check(ctx, mention, person);
    if (finding) findings.push(finding);
  }
  return findings;
}
