import type { Proposal } from '../types';
import type { DocumentRuleContext, RawFinding } from './ruleContext';

const namesNoActor = (p: Proposal) => p.parties.actor.length === 0 && !p.parties.actorText;

/**
 * A proposal that names no actor who must act, so a reader cannot tell who is asked to move. A
 * list none of whose proposals names one ("## Recommendations" and imperatives) gets one hint, on
 * its first proposal, rather than one per item: the question is the list's.
 */
export function proposalActor(ctx: DocumentRuleContext): RawFinding[] {
  const sequences = new Map<number, Proposal[]>();
  for (const p of ctx.proposals) {
    if (p.parent !== undefined) continue;
    const list = sequences.get(p.sequence);
    if (list) list.push(p);
    else sequences.set(p.sequence, [p]);
  }
  const findings: RawFinding[] = [];
  for (const list of sequences.values()) {
    const actorless = list.filter(namesNoActor);
    if (actorless.length >= 2 && actorless.length === list.length) {
      const first = actorless[0]!;
      findings.push({
        code: 'proposal-actor',
        message: `None of proposals ${first.ordinal}–${actorless.at(-1)!.ordinal} says who must act, and nothing before them says whom they address.`,
        ...first.markerSpan,
      });
      continue;
    }
    for (const p of actorless) findings.push({ code: 'proposal-actor', message: `Proposal ${p.ordinal} ("${p.title}") does not say who must act.`, ...p.markerSpan });
  }
  return findings.sort((a, b) => a.start - b.start);
}
