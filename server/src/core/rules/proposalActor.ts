import type { DocumentRuleContext, RawFinding } from './ruleContext';

/** A proposal that names no actor who must act, so a reader cannot tell who is asked to move. */
export function proposalActor(ctx: DocumentRuleContext): RawFinding[] {
  return ctx.proposals
    .filter((p) => p.parties.actor.length === 0 && !p.parties.actorText && p.parent === undefined)
    .map((p) => ({
      code: 'proposal-actor',
      message: `Proposal ${p.ordinal} ("${p.title}") does not say who must act.`,
      ...p.markerSpan,
    }));
}
