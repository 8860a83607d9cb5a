import { codeAt, foldWord, isSpaceAt } from '../kb/names';
import { parentsOf } from '../kb/parents';
import { sameLettersAnyOrder } from '../features/nameContext';
import type { Fix, Mention } from '../types';
import { NO_RAW_FINDINGS, type RawFinding, type RuleContext } from './ruleContext';

const acronymsOf = (ctx: RuleContext, id: string): readonly string[] => ctx.kb.get(id)?.acronyms ?? [];

/**
 * The name as the text wrote it, when it is another of the entry's names: "the Treaty on the
 * Functioning of the European Union", which the knowledge base files under the Treaty of Rome.
 */
const writtenName = (name: Mention): string => (name.form === 'name' ? name.name : name.text.replace(/\s+/g, ' '));

/** Whether `ancestor` is `id`'s parent organization, or its parent's, a few steps up. */
function belongsTo(ctx: RuleContext, id: string, ancestor: string): boolean {
  const entry = ctx.kb.get(id);
  return entry !== undefined && parentsOf(entry, ctx.kb).some((parent) => parent.id === ancestor);
}

function mismatch(ctx: RuleContext, name: Mention, acronym: Mention): RawFinding | undefined {
  if (name.id === acronym.id || acronym.alternatives?.includes(name.id) || name.alternatives?.includes(acronym.id)) return undefined;
  // "the Board of Governors of the International Atomic Energy Agency (IAEA)": the acronym is of the body the organ belongs to
  if (belongsTo(ctx, name.id, acronym.id)) return undefined;
  // "the 14th Ministerial Conference in Yaoundé (MC14)": a place ends the longer name the acronym abbreviates
  if (name.kind === 'place' && acronym.kind !== 'place') return undefined;
  // "Rafael Grossi (IAEA)", "Türkiye (NATO)": a person's or a state's body in brackets, not its acronym
  if ((name.category === 'person' || name.category === 'state') && acronym.category !== name.category) return undefined;
  const rightAcronym = acronymsOf(ctx, name.id)[0];
  const fixes: Fix[] = [];
  if (rightAcronym) fixes.push({ title: `Change the acronym to "${rightAcronym}"`, edits: [{ start: acronym.start, end: acronym.end, newText: rightAcronym }], safe: false });
  fixes.push({ title: `Change the name to "${acronym.name}"`, edits: [{ start: name.start, end: name.end, newText: acronym.name }], safe: false });
  const written = writtenName(name);
  const expected = rightAcronym ? `; the ${written} is the ${rightAcronym}` : '';
  return {
    code: 'acronym-mismatch',
    message: `"${acronym.text}" is the ${acronym.name}, not the ${written}${expected}.`,
    start: acronym.start,
    end: acronym.end,
    fixes,
    related: [{ start: name.start, end: name.end, message: `the name written here: ${name.name}` }],
  };
}

/**
 * A capitalized word and "of", "for" or "in" before a name: the name ends a longer one, which an
 * acronym after it may abbreviate ("the National Episcopal Conference of Congo (CENCO)").
 */
const LONGER_NAME_BEFORE = /\p{Lu}[\p{L}'’-]*\s+(?:of|for|in)\s+(?:the\s+)?$/u;

/**
 * A year written with an acronym ("SDR 2025", "2022 NPR"), which the text may leave out after a name
 * that has none: "The Strategic Defence Review (SDR), published in June 2025, …".
 */
const ACRONYM_YEAR = /^(?:19|20)\d\d\s+|\s+(?:19|20)\d\d$/;

/** "(XYZ)" after a name where XYZ is no acronym the knowledge base knows for that name. */
function unknownAcronym(ctx: RuleContext, name: Mention): RawFinding | undefined {
  const m = /^\s*\(([A-Z]{2,10})\)/.exec(ctx.text.slice(name.end, name.end + 15));
  const known = acronymsOf(ctx, name.id);
  // "MIT" for Türkiye's "MİT": a letter with a dot or a mark reads as its plain letter; "SDR" for "SDR 2025": the year left out
  if (!m || known.length === 0 || known.some((acronym) => foldWord(acronym) === foldWord(m[1]!) || foldWord(acronym.replace(ACRONYM_YEAR, '')) === foldWord(m[1]!))) return undefined;
  if (LONGER_NAME_BEFORE.test(ctx.text.slice(Math.max(0, name.start - 40), name.start))) return undefined;
  const written = m[1]!;
  const start = name.end + m[0].indexOf(written);
  // "(IJC)" for the ICJ is a slip of the keys; "(PA)" for the Palestinian Authority may be a usage
  // the knowledge base lacks, so its fix is offered, not applied by a fix-all
  const typo = known.find((acronym) => sameLettersAnyOrder(acronym, written));
  return {
    code: 'acronym-mismatch',
    message: typo
      ? `The ${writtenName(name)} is abbreviated ${typo}, not "${written}".`
      : `The knowledge base abbreviates the ${writtenName(name)} as ${known.join(' or ')}, not "${written}".`,
    start,
    end: start + written.length,
    fixes: [{ title: `Change the acronym to "${typo ?? known[0]}"`, edits: [{ start, end: start + written.length, newText: typo ?? known[0]! }], safe: typo !== undefined }],
  };
}

/** Whether "(" follows `offset`, past white space. */
function opensBracket(text: string, offset: number): boolean {
  let i = offset;
  while (i < text.length && isSpaceAt(text, i)) i++;
  return codeAt(text, i) === 40;
}

/**
 * A name with an acronym in brackets after it, or an acronym with its expansion in brackets,
 * where the two belong to different entries: "International Court of Justice (ICC)".
 */
export function acronymMismatch(ctx: RuleContext): readonly RawFinding[] {
  let findings: RawFinding[] | undefined;
  const { mentions, text } = ctx;
  // every case below has a bracket open after a mention: in a block with none, no mention is read
  if (mentions.length === 0 || text.indexOf('(') === -1) return NO_RAW_FINDINGS;
  for (let i = 0; i < mentions.length; i++) {
    const first = mentions[i]!;
    // every case below has a bracket open after the first mention: most mentions have none
    if (!opensBracket(text, first.end)) continue;
    const second = mentions[i + 1];
    const bracketed = second && /^\s*\(\s*$/.test(text.slice(first.end, second.start)) && /^\s*\)/.test(text.slice(second.end, second.end + 3));
    if (second && bracketed && first.form !== 'acronym' && second.form === 'acronym') {
      const finding = mismatch(ctx, first, second);
      if (finding) (findings ??= []).push(finding);
      i++;
    } else if (second && bracketed && first.form === 'acronym' && second.form !== 'acronym') {
      const finding = mismatch(ctx, second, first);
      if (finding) (findings ??= []).push({ ...finding, start: first.start, end: first.end });
      i++;
    } else if (first.form !== 'acronym' && first.kind !== 'place') {
      const finding = unknownAcronym(ctx, first);
      if (finding) (findings ??= []).push(finding);
    }
  }
  return findings ?? NO_RAW_FINDINGS;
}

/**
 * The mentions without the acronyms written in brackets after another entry's name that
 * acronym-mismatch flagged (its `findings`, over these mentions): "the International Court of
 * Justice (ICC)" names the ICJ, and the slip adds no mention of the International Criminal Court.
 * An acronym before its name in brackets ("the ICC (International Court of Justice)") stays.
 */
export function withoutMismatchedAcronyms<M extends Mention>(text: string, mentions: readonly M[], findings: readonly RawFinding[]): readonly M[] {
  let slips: RawFinding[] | undefined;
  // most blocks have no findings, and few of those that do an acronym-mismatch
  for (const finding of findings) if (finding.code === 'acronym-mismatch' && finding.related !== undefined && bracketOpensBefore(text, finding.start)) (slips ??= []).push(finding);
  if (slips === undefined) return mentions;
  return mentions.filter((m) => m.form !== 'acronym' || !slips.some((slip) => slip.start === m.start && slip.end === m.end));
}

/** Whether "(" comes before `offset`, past white space. */
function bracketOpensBefore(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && isSpaceAt(text, i)) i--;
  return i >= 0 && text.charCodeAt(i) === 40;
}
