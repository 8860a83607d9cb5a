import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { NameTarget } from '../kb/matcher';
import { foldName } from '../kb/names';
import { stateOrgansOf, type StateOrgan } from '../kb/stateOrgans';
import type { RawMatch } from '../recognizers/entities';
import type { EntryChooser, PickedEntry } from './entryChooser';

/** What may stand between a state's name and its institution's: "Romania's ", "Polish ". */
const OWNER_GAP = /^(?:['’]s)?\s$/;

/**
 * The state institution that the generic name matched at `matches[i]` stands for after its state's
 * name or demonym (see `compileStateOrgans`): "Romania's Constitutional Court", "the Polish Council
 * of Ministers", "Brazil's Congress". Undefined where no state is named just before it, or the
 * state has no institution under that name in the knowledge base, and where the words also name an
 * organ of an organization: "China's Security Council seat" is a seat on the UN's.
 */
export function ownedOrgan(text: string, matches: readonly RawMatch[], i: number, chooser: EntryChooser, kb: KnowledgeBase): PickedEntry | undefined {
  const owner = i > 0 ? ownerBefore(text, matches[i]!, matches[i - 1]!, chooser) : undefined;
  if (!owner) return undefined;
  const match = matches[i]!;
  for (const target of match.targets) if (namesOrganizationsBody(kb, target)) return undefined;
  const organ = stateOrgansOf(kb).organ(owner, foldName(match.targets[0]!.words.join(' ')));
  return organ && chooser.pickTarget(organ.entry, organ.target);
}

/**
 * For a name several states' institutions share ("the Constitutional Court") where the document's
 * words do not decide between them, the institution of the only such state its block names.
 */
export function organNamedInBlock(matches: readonly RawMatch[], i: number, chooser: EntryChooser, kb: KnowledgeBase): PickedEntry | undefined {
  const targets = matches[i]!.targets;
  if (!targets[0]!.contextual || !targets.every((target) => target.contextual && isStateOrgan(kb, target))) return undefined;
  const name = foldName(targets[0]!.words.join(' '));
  let only: StateOrgan | undefined;
  for (let k = 0; k < matches.length; k++) {
    const state = k === i ? undefined : chooser.pick(matches[k]!.targets)?.entry;
    if (state?.kind !== 'actor' || state.category !== 'state') continue;
    const organ = stateOrgansOf(kb).organ(state.id, name);
    if (!organ || organ === only) continue;
    if (only) return undefined;
    only = organ;
  }
  return only && chooser.pickTarget(only.entry, only.target);
}

/** The id of the state named by `previous` right before `match`, with "'s" or a space between. */
function ownerBefore(text: string, match: RawMatch, previous: RawMatch, chooser: EntryChooser): string | undefined {
  const gap = match.start - previous.end;
  // a space, or an apostrophe, "s" and a space: cheap to rule out for almost every match
  if ((gap !== 1 && gap !== 3) || !OWNER_GAP.test(text.slice(previous.end, match.start))) return undefined;
  const owner = chooser.pick(previous.targets)?.entry;
  return owner?.kind === 'actor' && owner.category === 'state' ? owner.id : undefined;
}

/** Whether the target's entry is an institution of a state. */
function isStateOrgan(kb: KnowledgeBase, target: NameTarget): boolean {
  const entry = kb.get(target.entryId);
  return entry !== undefined && stateOrgansOf(kb).isStateOrgan(entry);
}

/** Whether the target's entry is an organization or a body of one (the UN Security Council, the OSCE Permanent Council), not a state's. */
function namesOrganizationsBody(kb: KnowledgeBase, target: NameTarget): boolean {
  const entry = kb.get(target.entryId);
  return entry?.kind === 'actor' && (entry.category === 'organization' || (entry.category === 'institution' && !stateOrgansOf(kb).isStateOrgan(entry)));
}
