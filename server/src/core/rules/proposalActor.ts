import type { Proposal } from '../types';
import type { DocumentRuleContext, RawFinding } from './ruleContext';
import { boundedMemo } from '../text/boundedMemo';

const namesNoActor = (p: Proposal) => p.parties.actor.length === 0 && !p.parties.actorText;

/**
 * The messages for proposals with one title, by ordinal, made once: a keystroke moves every proposal
 * after it, and this rule ran again on each, making a few hundred equal strings (150 KB in the
 * benchmark's 1 MB document). The title is the memo's own copy, so no message keeps a text alive.
 */
const messagesByTitle = boundedMemo((title) => ({ title, byOrdinal: new Map<number, string>() }), 5_000);

function actorlessMessage(p: Proposal): string {
  const { title, byOrdinal } = messagesByTitle(p.title);
  let message = byOrdinal.get(p.ordinal);
  if (message === undefined) byOrdinal.set(p.ordinal, (message = `Proposal ${p.ordinal} ("${title}") does not say who must act.`));
  return message;
}

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
    for (const p of actorless) findings.push({ code: 'proposal-actor', message: actorlessMessage(p), ...p.markerSpan });
  }
  return findings.sort((a, b) => a.start - b.start);
}
