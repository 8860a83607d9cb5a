import { isWithin } from '../dates';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { NameForm, NameTarget } from '../kb/matcher';
import type { Entry, PlaceEntry } from '../kb/schema';
import type { RawMatch } from '../recognizers/entities';
import type { Mention, MentionForm } from '../types';

/** Prepositions after which a capital's name is a location, not its government ("talks in Moscow"). */
const LOCATIVE = /(?:\b(?:in|at|near|outside|around|inside|into|to|across|within|toward|towards|via|visit|visits|visited|visiting|city of|streets of|embassy in|embassies in)\s+)$/i;

/** Titles written before a person's name, kept for the office-holder checks. */
const TITLE_BEFORE =
  /(?:\b(?:[Ff]ormer|[Tt]hen|[Cc]urrent|[Aa]cting|[Ii]ncoming|[Oo]utgoing|[Ee]x-|[Ll]ate)\s+)?(?:[\p{Lu}][\p{L}.]+\s+)?(?:President|Vice President|Prime Minister|Deputy Prime Minister|Foreign Minister|Defen[cs]e Minister|Minister of Foreign Affairs|Minister of Defen[cs]e|Foreign Secretary|Defence Secretary|Secretary of State|Secretary of Defense|Secretary-General|Secretary General|Secretary|Chancellor|Minister|Premier|King|Queen|Ambassador|Senator|Speaker|High Representative|Supreme Leader|Crown Prince|Emir|General|Admiral)\s+$/u;

const FORM_RANK: Record<NameForm, number> = { name: 0, acronym: 1, alias: 2, variant: 3, adjective: 4 };

/** Reads a document's words for context lookups once, lazily. */
class DocumentContext {
  private folded: string | undefined;
  private readonly cache = new Map<string, boolean>();
  constructor(private readonly text: string) {}

  has(word: string): boolean {
    let hit = this.cache.get(word);
    if (hit === undefined) {
      this.folded ??= this.text.toLowerCase();
      const needle = word.toLowerCase();
      let at = this.folded.indexOf(needle);
      hit = false;
      while (at !== -1 && !hit) {
        const before = at === 0 ? ' ' : this.folded[at - 1]!;
        const after = this.folded[at + needle.length] ?? ' ';
        hit = !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
        at = this.folded.indexOf(needle, at + 1);
      }
      this.cache.set(word, hit);
    }
    return hit;
  }
}

const NO_OTHERS: string[] = [];

function pickEntry(targets: readonly NameTarget[], kb: KnowledgeBase, context: DocumentContext): { entry: Entry; target: NameTarget; others: string[] } | undefined {
  if (targets.length === 1) {
    // the common case: one name, one entry
    const entry = kb.get(targets[0]!.entryId);
    return entry && { entry, target: targets[0]!, others: NO_OTHERS };
  }
  const best = new Map<string, NameTarget>();
  for (const t of targets) {
    const previous = best.get(t.entryId);
    if (!previous || FORM_RANK[t.form] < FORM_RANK[previous.form]) best.set(t.entryId, t);
  }
  let chosen: { entry: Entry; target: NameTarget; score: number } | undefined;
  for (const target of best.values()) {
    const entry = kb.get(target.entryId);
    if (!entry) continue;
    const score = entry.context.filter((word) => context.has(word)).length;
    if (!chosen || score > chosen.score) chosen = { entry, target, score };
  }
  if (!chosen) return undefined;
  const others = [...best.keys()].filter((id) => id !== chosen!.entry.id);
  return { entry: chosen.entry, target: chosen.target, others };
}

function contractForm(form: NameForm): MentionForm {
  return form === 'variant' ? 'alias' : form;
}

/** The government a capital stands for on `date`, if any. */
export function seatHolder(place: PlaceEntry, date: string): string | undefined {
  return place.seatOf.find((seat) => isWithin(date, seat.from, seat.to))?.actor;
}

function categoryOf(entry: Entry): string {
  return entry.kind === 'treaty' ? entry.type : entry.category;
}

/**
 * Turns raw matches into mentions: picks one entry for ambiguous words from the document's
 * context, reads a capital as its government when it acts ("Moscow insists") and as a place when
 * it is a location ("talks in Moscow"), and keeps a person's title.
 */
export function resolveMentions(text: string, matches: readonly RawMatch[], kb: KnowledgeBase, date: string): Mention[] {
  const context = new DocumentContext(text);
  const mentions: Mention[] = [];
  for (const match of matches) {
    const picked = pickEntry(match.targets, kb, context);
    if (!picked) continue;
    const { entry, target, others } = picked;
    const base = {
      start: match.start,
      end: match.end,
      text: text.slice(match.start, match.end),
      ...(others.length > 0 ? { alternatives: others } : {}),
      ...(target.form === 'variant' ? { variant: true } : {}),
    };
    if (entry.kind === 'place' && entry.seatOf.length > 0) {
      const before = text.slice(Math.max(0, match.start - 24), match.start);
      const holder = seatHolder(entry, date);
      const government = holder ? kb.get(holder) : undefined;
      if (government && !LOCATIVE.test(before)) {
        mentions.push({ ...base, id: government.id, kind: government.kind, category: categoryOf(government), form: 'metonym', name: government.name, placeId: entry.id });
        continue;
      }
    }
    const mention: Mention = { ...base, id: entry.id, kind: entry.kind, category: categoryOf(entry), form: contractForm(target.form), name: entry.name };
    if (entry.kind === 'actor' && entry.category === 'person') {
      const title = TITLE_BEFORE.exec(text.slice(Math.max(0, match.start - 60), match.start));
      if (title) {
        mentions.push({ ...mention, title: title[0].trim(), titleStart: match.start - title[0].length });
        continue;
      }
    }
    mentions.push(mention);
  }
  return mentions;
}
