import type { KnowledgeBase } from '../kb/knowledgeBase';
import { knowledgeIndex } from '../kb/knowledgeIndex';
import { foldName } from '../kb/names';
import { lineBreakSpaces } from '../text/lineBreakSpaces';
import type { Entry } from '../kb/schema';
import { categoryOf } from './entryChooser';
import type { Reading } from './mentionRecord';

/** The words that name a state's first-level region after a place's name ("Kharkiv Oblast"), in the singular. */
const REGION_NAME = /^(.+) (oblast|region|province|governorate)$/i;

/**
 * For each place whose name also opens a region's ("Kharkiv": "Kharkiv Oblast"), that region's
 * entry by the word after the name ("oblast"). Most places have none, and their mentions are not
 * looked past.
 */
const regionsNamedAfter = knowledgeIndex('regionsNamedAfter', (kb: KnowledgeBase) => {
  const placesByName = new Map<string, string[]>();
  for (const entry of kb.entries.values()) {
    if (entry.kind !== 'place') continue;
    for (const name of [entry.name, ...entry.aliases, ...entry.variants]) {
      const key = foldName(name);
      const ids = placesByName.get(key);
      if (!ids) placesByName.set(key, [entry.id]);
      else if (!ids.includes(entry.id)) ids.push(entry.id);
    }
  }
  const regions = new Map<string, Map<string, Entry>>();
  for (const entry of kb.entries.values()) {
    if (entry.kind !== 'place') continue;
    for (const name of [entry.name, ...entry.aliases, ...entry.variants]) {
      const named = REGION_NAME.exec(name);
      if (!named) continue;
      const word = named[2]!.toLowerCase();
      for (const id of placesByName.get(foldName(named[1]!)) ?? []) {
        if (id === entry.id) continue;
        let byWord = regions.get(id);
        if (!byWord) regions.set(id, (byWord = new Map()));
        if (!byWord.has(word)) byWord.set(word, entry);
      }
    }
  }
  return regions;
});

/**
 * The rest of a list of names after one of them, up to a plural that each name of the list goes
 * with: ", Kherson and Zaporizhzhia oblasts" after "Kharkiv", " oblasts" after "Zaporizhzhia".
 */
const LIST_TO_PLURAL = new RegExp(lineBreakSpaces(String.raw`(?:(?:, ?| and | or |, and )(?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?){0,8} ([Oo]blast|[Rr]egion|[Pp]rovince|[Gg]overnorate)s\b`), 'uy');

/** One reading per region entry, shared by its mentions by a list's plural. */
const regionReadings = new WeakMap<Entry, Reading>();

/**
 * The reading of a place's mention as the region named after it, where a list of names ends in the
 * region word's plural: "Kharkiv, Kherson and Zaporizhzhia oblasts" names three oblasts, not three
 * cities. Undefined for any other mention. The place by its id: entries come in many shapes, and
 * reading a field of one at every place's mention made the look-up megamorphic.
 */
export function regionOfListedPlace(text: string, end: number, placeId: string, kb: KnowledgeBase): Reading | undefined {
  const regions = regionsNamedAfter(kb).get(placeId);
  if (!regions) return undefined;
  LIST_TO_PLURAL.lastIndex = end;
  const plural = LIST_TO_PLURAL.exec(text);
  const region = plural ? regions.get(plural[1]!.toLowerCase()) : undefined;
  if (!region) return undefined;
  let reading = regionReadings.get(region);
  if (!reading) {
    reading = { id: region.id, kind: region.kind, category: categoryOf(region), form: 'alias', name: region.name, alternatives: undefined, variant: undefined, placeId: undefined };
    regionReadings.set(region, reading);
  }
  return reading;
}
