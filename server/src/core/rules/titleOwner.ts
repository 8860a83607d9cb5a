import { firstStartingAt } from '../features/spanSearch';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { entryNames, titleFamilies, type NamedOffice } from '../kb/officeTitles';
import { parentsOf } from '../kb/parents';
import type { RuleContext } from './ruleContext';
import { oneLine } from '../text/oneLine';

/** What may stand around the owner's name at the head of a title: "the", and a possessive after it. */
const ARTICLE = /^(?:the\s+)?$/i;
const POSSESSIVE = /^(?:['’]s?)?\s+/;

/**
 * The entry the words at the head of a title name as whose office it is: "UN" of "UN
 * Secretary-General", "German" of "German Chancellor", "NATO's" of "NATO's Secretary General",
 * "European Commission" of "European Commission President"; undefined where no name heads the
 * title, or where what follows it is no title of the same kind on its own ("Turkish Cypriot leader",
 * "Russian Security Council Secretary" read as a "Secretary").
 */
export function titleOwner(ctx: RuleContext, named: NamedOffice, titleStart: number, titleEnd: number): { readonly id: string; readonly written: string } | undefined {
  // mentions do not overlap: the first that ends past the title's start is the first that starts at or after it, or the one before
  const first = firstStartingAt(ctx.mentions, titleStart);
  for (let k = Math.max(0, first - 1); k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k]!;
    if (m.end <= titleStart) continue;
    if (m.start >= titleEnd || m.kind !== 'actor' || m.category === 'person' || !ARTICLE.test(ctx.text.slice(titleStart, m.start))) return undefined;
    const possessive = POSSESSIVE.exec(ctx.text.slice(m.end, titleEnd));
    if (!possessive) return undefined;
    const rest = titleFamilies(oneLine(ctx.text.slice(m.end + possessive[0].length, titleEnd)));
    return rest && rest.bare.length === titleEnd - m.end - possessive[0].length && rest.families.some((f) => named.families.includes(f)) ? { id: m.id, written: m.text } : undefined;
  }
  return undefined;
}

/**
 * Whether an office is one the title's owner may name: an office of the same entry, of one that
 * belongs to the other through `org.parent` (the European Commission and the EU), or of a
 * predecessor or successor state (West Germany and Germany, the Soviet Union and Russia); or a post
 * at the owner ("Russia's UN ambassador" holds the office "Permanent Representative to the United
 * Nations", Russia's own).
 */
export function ownerNamesOffice(kb: KnowledgeBase, office: { readonly title: string; readonly of: string }, owner: string): boolean {
  const officeOf = office.of;
  if (officeOf === owner) return true;
  const ofEntry = kb.get(officeOf);
  const named = kb.get(owner);
  if (!ofEntry || !named) return true;
  if (parentsOf(ofEntry, kb).some((p) => p.id === owner) || parentsOf(named, kb).some((p) => p.id === officeOf)) return true;
  const lineage = (e: typeof ofEntry) => (e.kind === 'actor' ? [...(e.state?.predecessors ?? []), ...(e.state?.successors ?? [])] : []);
  if (lineage(ofEntry).includes(owner) || lineage(named).includes(officeOf)) return true;
  return entryNames(kb)(owner).some((name) => office.title.endsWith(` to ${name}`) || office.title.endsWith(` to the ${name}`));
}
