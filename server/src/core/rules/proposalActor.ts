import type { Proposal } from '../types';
import type { RawFinding } from './ruleContext';
import { boundedMemo } from '../text/boundedMemo';
import { EMPTY_LIST } from '../text/emptyList';

/** Whether a proposal names no one who must act, in an entry or in words. */
export const namesNoActor = (p: Proposal) => p.parties.actor.length === 0 && !p.parties.actorText;

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
 * proposal-actor in one sequence (its proposals in document order): a proposal that names no actor
 * who must act, so a reader cannot tell who is asked to move. A list none of whose proposals names
 * one ("## Recommendations" and imperatives) gets one hint, on its first proposal, rather than one
 * per item: the question is the list's. Sub-items are not asked.
 */
export function proposalActorIn(items: readonly Proposal[]): readonly RawFinding[] {
  // a sequence's proposals are all sub-items or none is
  if (items[0]!.parent !== undefined) return NONE;
  let actorless = 0;
  for (const p of items) if (namesNoActor(p)) actorless++;
  if (actorless === 0) return NONE;
  if (actorless >= 2 && actorless === items.length) {
    const first = items[0]!;
    const message = `None of proposals ${first.ordinal}–${items.at(-1)!.ordinal} says who must act, and nothing before them says whom they address.`;
    return [{ code: 'proposal-actor', message, start: first.markerSpan.start, end: first.markerSpan.end }];
  }
  const findings: RawFinding[] = [];
  for (const p of items) {
    if (namesNoActor(p)) findings.push({ code: 'proposal-actor', message: actorlessMessage(p), start: p.markerSpan.start, end: p.markerSpan.end });
  }
  return findings;
}

const NONE: readonly RawFinding[] = EMPTY_LIST;
