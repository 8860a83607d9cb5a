import type { Finding, Severity } from '../types';
import { acronymMismatch } from './acronymMismatch';
import { ageClaim } from './ageClaim';
import { anniversaryClaim } from './anniversaryClaim';
import { capitalClaim } from './capitalClaim';
import { formerName } from './formerName';
import { foundingDate } from './foundingDate';
import { memberCount } from './memberCount';
import { membershipDate } from './membershipDate';
import { misspelledName } from './misspelledName';
import { nonCanonicalTreatyName } from './nonCanonicalTreatyName';
import { officeAnachronism } from './officeAnachronism';
import { preferredSpelling } from './preferredSpelling';
import { seatClaim } from './seatClaim';
import { NO_RAW_FINDINGS, type DocumentRuleContext, type RawFinding, type RuleContext } from './ruleContext';
import type { RuleId } from './registry';
import { statusAnachronism } from './statusAnachronism';
import { findSuppressions, isSuppressed } from './suppressions';
import { findingAt } from './shiftFinding';
import { treatyDate } from './treatyDate';
import { unknownTreaty } from './unknownTreaty';
import { objectMemo } from '../text/objectMemo';
import { flattened } from '../text/flattened';

type Rule = (ctx: RuleContext) => readonly RawFinding[];

/**
 * Rules whose findings in a block depend only on that block (its text, its mentions, the date and
 * the knowledge base). They run once per block and are memoized with it, so a keystroke re-runs
 * them for the edited paragraph only.
 */
const blockRules: readonly (readonly [RuleId, Rule])[] = Object.entries({
  'acronym-mismatch': acronymMismatch,
  'misspelled-name': misspelledName,
  'non-canonical-treaty-name': nonCanonicalTreatyName,
  'preferred-spelling': preferredSpelling,
  'status-anachronism': statusAnachronism,
  'treaty-date': treatyDate,
  'office-anachronism': officeAnachronism,
  'member-count': memberCount,
  'membership-date': membershipDate,
  'founding-date': foundingDate,
  'capital-claim': capitalClaim,
  'seat-claim': seatClaim,
  'anniversary-claim': anniversaryClaim,
  'age-claim': ageClaim,
  'former-name': formerName,
  'unknown-treaty': unknownTreaty,
} satisfies Partial<Record<RuleId, Rule>>) as [RuleId, Rule][];

/**
 * The block rules whose every claim holds a date written after white space ("founded in 1949",
 * "joined NATO on 4 April 2023", see `DATE` in datedClaim.ts): they find nothing in a block that
 * holds no digit there (`RuleContext.numberless`), as most blocks of prose hold none.
 */
const DATED_RULES: ReadonlySet<RuleId> = new Set(['membership-date', 'founding-date']);

/** The block rules that the rule settings leave on, for any block and for a numberless one. */
interface EnabledRules {
  readonly any: readonly Rule[];
  readonly numberless: readonly Rule[];
}

/** The block rules that the rule settings leave on, found once per settings object. */
const enabledBlockRules = objectMemo((levels: RuleContext['settings']['rules']): EnabledRules => {
  const enabled = blockRules.filter(([id]) => levels[id] !== 'off');
  return { any: enabled.map(([, rule]) => rule), numberless: enabled.filter(([id]) => !DATED_RULES.has(id)).map(([, rule]) => rule) };
});

/**
 * The findings of the block rules over a context that holds one block. It runs for every block,
 * and most blocks have no findings: they get one shared empty list.
 */
export function runBlockRules(ctx: RuleContext): readonly RawFinding[] {
  const enabled = enabledBlockRules(ctx.settings.rules);
  const rules = ctx.numberless === true ? enabled.numberless : enabled.any;
  let findings: RawFinding[] | undefined;
  for (const rule of rules) {
    const found = rule(ctx);
    if (found.length > 0) (findings ??= []).push(...found);
  }
  return findings ?? NO_RAW_FINDINGS;
}

/**
 * A finding with the severity the settings give its rule (never "off": such rules do not run), its
 * message made one string (see `flattened`: the samples' drafts keep 1,500 messages of 15 pieces).
 */
export function withSeverity(finding: RawFinding, settings: RuleContext['settings']): Finding {
  flattened(finding.message);
  return findingAt(finding, finding.start, finding.end, settings.rules[finding.code as RuleId] as Severity) as Finding;
}

/**
 * Gives findings their severity in place (and their messages made one string, as `withSeverity` does). For the document rules' findings only: this analysis made
 * them, or kept them from the last version, made with the same settings; copying hundreds of them
 * per keystroke took 0.4 ms in 1 MB.
 */
function withSeverities(fresh: RawFinding[], settings: RuleContext['settings']): Finding[] {
  for (const finding of fresh) {
    (finding as { severity?: Severity }).severity = settings.rules[finding.code as RuleId] as Severity;
    flattened(finding.message);
  }
  return fresh as Finding[];
}

/**
 * The block findings without a preferred-spelling one whose words inconsistent-naming flags too.
 * The spans are looked up by their start: comparing each spelling finding with every naming one
 * took 7 % of a keystroke's server work in the samples' drafts repeated to 1 MB.
 */
function dropRestatedSpellings(blockFindings: readonly Finding[], documentFindings: readonly Finding[]): readonly Finding[] {
  let inconsistentEnds: Map<number, number[]> | undefined;
  for (const f of documentFindings) {
    if (f.code !== 'inconsistent-naming') continue;
    inconsistentEnds ??= new Map();
    const ends = inconsistentEnds.get(f.start);
    if (ends) ends.push(f.end);
    else inconsistentEnds.set(f.start, [f.end]);
  }
  if (!inconsistentEnds) return blockFindings;
  const naming = inconsistentEnds;
  return blockFindings.filter((f) => f.code !== 'preferred-spelling' || !naming.get(f.start)?.includes(f.end));
}

/**
 * The findings of the document rules (inconsistent-naming's, made or kept by `namingFindings`, and
 * the sequence rules', see `sequenceRules.ts`) plus the block findings, with their severity, minus
 * those that `policy-lens-disable` comments switch off, in document order. `maySuppress` says
 * whether some block holds "policy-lens-" at all: known from the memoized block scans, it spares a
 * search of the whole text at every keystroke (half a millisecond in 1 MB).
 */
export function runRules(
  ctx: DocumentRuleContext,
  blockFindings: readonly Finding[],
  namingFindings: readonly RawFinding[],
  sequenceFindings: readonly RawFinding[],
  maySuppress: boolean,
): Finding[] {
  const suppressions = maySuppress ? findSuppressions(ctx.text) : undefined;
  // findings kept from the last version have their severity already: the settings are the same
  const documentFindings = withSeverities(namingFindings.concat(sequenceFindings), ctx.settings);
  // a spelling the style list names and the document also writes the other way gets one finding,
  // inconsistent-naming's, not also preferred-spelling's on the same words
  const findings = dropRestatedSpellings(blockFindings, documentFindings).concat(documentFindings);
  const kept = suppressions ? findings.filter((f) => !isSuppressed(suppressions, f.code as RuleId, f)) : findings;
  return kept.sort((a, b) => a.start - b.start || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
