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
 * its first proposal, rather than one per item: the question is the list's. Sub-items are not
 * asked. Counted per sequence by its index, without a list per sequence: this runs at every
 * keystroke, and a treaty text has thousands of sequences.
 */
export function proposalActor(ctx: DocumentRuleContext): RawFinding[] {
  // per sequence (indices first appear in increasing order, the proposals being in document order):
  // its top-level proposals, how many of them name no actor, and the first and last of those
  const counts: number[] = [];
  const actorless: number[] = [];
  const firsts: (Proposal | undefined)[] = [];
  const lasts: (Proposal | undefined)[] = [];
  for (const p of ctx.proposals) {
    const s = p.sequence;
    while (counts.length <= s) {
      counts.push(0);
      actorless.push(0);
      firsts.push(undefined);
      lasts.push(undefined);
    }
    if (p.parent !== undefined) continue;
    counts[s]!++;
    if (!namesNoActor(p)) continue;
    actorless[s]!++;
    firsts[s] ??= p;
    lasts[s] = p;
  }
  const findings: RawFinding[] = [];
  const wholeList = (s: number) => actorless[s]! >= 2 && actorless[s] === counts[s];
  for (let s = 0; s < counts.length; s++) {
    if (!wholeList(s)) continue;
    const first = firsts[s]!;
    findings.push({
      code: 'proposal-actor',
      message: `None of proposals ${first.ordinal}–${lasts[s]!.ordinal} says who must act, and nothing before them says whom they address.`,
      start: first.markerSpan.start,
      end: first.markerSpan.end,
    });
  }
  for (const p of ctx.proposals) {
    if (p.parent !== undefined || !namesNoActor(p) || wholeList(p.sequence)) continue;
    findings.push({ code: 'proposal-actor', message: actorlessMessage(p), start: p.markerSpan.start, end: p.markerSpan.end });
  }
  return findings.sort((a, b) => a.start - b.start);
}
