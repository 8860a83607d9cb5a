import type { Settings } from '../settings';
import type { Finding, Severity } from '../types';
import { acronymMismatch } from './acronymMismatch';
import { inconsistentNaming } from './inconsistentNaming';
import { misspelledName } from './misspelledName';
import { nonCanonicalTreatyName } from './nonCanonicalTreatyName';
import { officeAnachronism } from './officeAnachronism';
import { preferredSpelling } from './preferredSpelling';
import { proposalActor } from './proposalActor';
import { proposalCount } from './proposalCount';
import { proposalNumbering } from './proposalNumbering';
import type { RawFinding, RuleContext } from './ruleContext';
import type { RuleId } from './registry';
import { statusAnachronism } from './statusAnachronism';
import { findSuppressions, isSuppressed } from './suppressions';
import { unknownTreaty } from './unknownTreaty';

type Rule = (ctx: RuleContext) => RawFinding[];

/** Each rule's implementation, by id; the registry holds its description and default level. */
const implementations: Record<RuleId, Rule> = {
  'acronym-mismatch': acronymMismatch,
  'misspelled-name': misspelledName,
  'non-canonical-treaty-name': nonCanonicalTreatyName,
  'inconsistent-naming': inconsistentNaming,
  'preferred-spelling': preferredSpelling,
  'status-anachronism': statusAnachronism,
  'office-anachronism': officeAnachronism,
  'unknown-treaty': unknownTreaty,
  'proposal-numbering': proposalNumbering,
  'proposal-count': proposalCount,
  'proposal-actor': proposalActor,
};

/**
 * Runs every rule that is not switched off, with the severity the settings give it, minus the
 * findings that `policy-lens-disable` comments switch off.
 */
export function runRules(ctx: Omit<RuleContext, 'settings'>, settings: Settings): Finding[] {
  const full: RuleContext = { ...ctx, settings };
  const suppressions = findSuppressions(ctx.text);
  const findings: Finding[] = [];
  for (const [id, rule] of Object.entries(implementations) as [RuleId, Rule][]) {
    const level = settings.rules[id];
    if (level === 'off') continue;
    for (const finding of rule(full)) {
      if (!isSuppressed(suppressions, id, finding)) findings.push({ ...finding, severity: level as Severity });
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
}
