import type { Settings } from '../settings';
import type { Finding, Severity } from '../types';
import { proposalNumbering } from './proposalNumbering';
import type { RuleContext } from './ruleContext';
import type { RuleId } from './registry';

type Rule = (ctx: RuleContext) => Omit<Finding, 'severity'>[];

/** Each rule's implementation, by id; the registry holds its description and default level. */
const implementations: Record<RuleId, Rule> = {
  'proposal-numbering': proposalNumbering,
};

/** Runs every rule that is not switched off, with the severity the settings give it. */
export function runRules(ctx: RuleContext, settings: Settings): Finding[] {
  const findings: Finding[] = [];
  for (const [id, rule] of Object.entries(implementations) as [RuleId, Rule][]) {
    const level = settings.rules[id];
    if (level === 'off') continue;
    for (const finding of rule(ctx)) findings.push({ ...finding, severity: level as Severity });
  }
  return findings.sort((a, b) => a.start - b.start);
}
