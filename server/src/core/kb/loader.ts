import { schemas, type Entry } from './schema';
import { nameKey } from './names';

/** How the names of the built-in files begin (`builtin:treaties`): entries the user cannot edit. */
export const BUILTIN_PREFIX = 'builtin:';

/** One knowledge-base file as the host read it: a name for messages, and its parsed content. */
export interface KbSourceFile {
  /** A path or a label such as `builtin:treaties`, used in problems. */
  readonly name: string;
  readonly data: unknown;
}

/** A problem in a knowledge-base file, located by its path of keys. */
export interface KbProblem {
  readonly file: string;
  /** Keys from the file's root to the offending value, e.g. `["entries", 3, "signed", "date"]`. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export interface LoadedEntries {
  /** Valid entries by id; a later file's entry overrides an earlier one with the same id. */
  readonly entries: ReadonlyMap<string, Entry>;
  /** The file each entry came from, for go-to-definition and messages. */
  readonly origins: ReadonlyMap<string, { readonly file: string; readonly index: number }>;
  readonly problems: readonly KbProblem[];
}

/**
 * Validates knowledge-base files entry by entry. An invalid entry is reported and skipped; the
 * valid entries of the same file still load. Never throws.
 */
export function loadEntries(files: readonly KbSourceFile[]): LoadedEntries {
  const entries = new Map<string, Entry>();
  const origins = new Map<string, { file: string; index: number }>();
  const problems: KbProblem[] = [];
  for (const file of files) {
    const validated = validateFile(file);
    problems.push(...validated.problems);
    for (const { entry, index } of validated.entries) {
      entries.set(entry.id, entry);
      origins.set(entry.id, { file: file.name, index });
    }
  }
  // the build checked references and shared names across the built-in files it prevalidated
  if (!files.every(isPrevalidated)) {
    problems.push(...checkReferences(entries, origins));
    problems.push(...checkAliasConflicts(entries, origins));
  }
  return { entries, origins, problems };
}

interface ValidatedFile {
  readonly entries: readonly { readonly entry: Entry; readonly index: number }[];
  readonly problems: readonly KbProblem[];
}

/**
 * Schema validation of one file's content, memoized by the content object: the built-in data are
 * module constants, so a reload after a user file changes validates only the user's files.
 */
const validatedFiles = new WeakMap<object, { readonly name: string; readonly result: ValidatedFile }>();

/**
 * Marks data that the build already validated and completed with the schema's defaults (see
 * `server/scripts/prevalidatedKb.mjs`). A symbol, so that no JSON or YAML a user writes can carry it.
 */
export const PREVALIDATED = Symbol.for('policy-lens.kb.prevalidated');

const isPrevalidated = (file: KbSourceFile) =>
  typeof file.data === 'object' && file.data !== null && (file.data as { [PREVALIDATED]?: unknown })[PREVALIDATED] === true;

function validateFile(file: KbSourceFile): ValidatedFile {
  if (typeof file.data !== 'object' || file.data === null) return validateUncached(file);
  if (isPrevalidated(file)) return prevalidatedEntries(file);
  const cached = validatedFiles.get(file.data);
  if (cached?.name === file.name) return cached.result;
  const result = validateUncached(file);
  validatedFiles.set(file.data, { name: file.name, result });
  return result;
}

/**
 * The entries of a prevalidated file. The shipped bundles read them from a file beside the bundle
 * when first asked (see `server/scripts/prevalidatedKb.mjs`), so a broken installation surfaces
 * here: as a problem of that file, not as an exception.
 */
function prevalidatedEntries(file: KbSourceFile): ValidatedFile {
  try {
    const entries = (file.data as { entries: Entry[] }).entries.map((entry, index) => ({ entry, index }));
    return { entries, problems: [] };
  } catch (error) {
    return { entries: [], problems: [{ file: file.name, path: [], message: error instanceof Error ? error.message : String(error) }] };
  }
}

function validateUncached(file: KbSourceFile): ValidatedFile {
  const parsedFile = schemas().kbFileSchema.safeParse(file.data);
  if (!parsedFile.success) {
    return { entries: [], problems: [{ file: file.name, path: [], message: 'expected an object with an "entries" array' }] };
  }
  const entries: { entry: Entry; index: number }[] = [];
  const problems: KbProblem[] = [];
  const seenInFile = new Set<string>();
  parsedFile.data.entries.forEach((raw, index) => {
    const result = schemas().entrySchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({
          file: file.name,
          path: ['entries', index, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))],
          message: describeIssue(issue, raw),
        });
      }
      return;
    }
    const entry = result.data;
    if (seenInFile.has(entry.id)) {
      problems.push({ file: file.name, path: ['entries', index, 'id'], message: `duplicate id "${entry.id}" in this file` });
      return;
    }
    seenInFile.add(entry.id);
    const surname = entry.kind === 'actor' ? entry.person?.surname : undefined;
    if (surname !== undefined && !entry.name.split(/\s+/).includes(surname)) {
      problems.push({ file: file.name, path: ['entries', index, 'person', 'surname'], message: `"${entry.id}": the surname "${surname}" is not a word of the name "${entry.name}"; the entry is skipped` });
      return;
    }
    const unnamed = entry.formerNames?.findIndex((former) => ![...entry.aliases, ...entry.acronyms, ...entry.variants].includes(former.name)) ?? -1;
    if (unnamed !== -1) {
      const { name } = entry.formerNames![unnamed]!;
      problems.push({ file: file.name, path: ['entries', index, 'formerNames', unnamed, 'name'], message: `"${entry.id}": the former name "${name}" is none of the entry's aliases, acronyms or variants, so no text would be found to check; the entry is skipped` });
      return;
    }
    entries.push({ entry, index });
  });
  return { entries, problems };
}

/** A message that names the entry and, for a missing field, the field. */
function describeIssue(issue: { message: string; path: readonly PropertyKey[] }, raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  const key = issue.path.at(-1);
  let value: unknown = raw;
  for (const k of issue.path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[k] : undefined;
  const missing = value === undefined && key !== undefined;
  const message = missing ? `missing the required field "${String(key)}"` : issue.message;
  return typeof id === 'string' ? `${id}: ${message}` : message;
}

/** Ids an entry refers to, with the key path of each reference. */
function* referencesOf(entry: Entry): Generator<[readonly (string | number)[], string]> {
  for (const [i, m] of (entry.kind === 'actor' ? entry.memberships : []).entries()) yield [['memberships', i, 'org'], m.org];
  if (entry.kind === 'treaty') {
    for (const [i, a] of (entry.parties?.actors ?? []).entries()) yield [['parties', 'actors', i], a];
    for (const [i, a] of (entry.parties?.signedNotRatified ?? []).entries()) yield [['parties', 'signedNotRatified', i], a];
    for (const [key, ids] of Object.entries(entry.related ?? {})) {
      for (const [i, id] of (Array.isArray(ids) ? ids : [ids]).entries()) yield [['related', key, i], id];
    }
    for (const [i, e] of entry.events.entries()) if (e.actor) yield [['events', i, 'actor'], e.actor];
  }
  if (entry.kind === 'actor') {
    if (entry.state?.capital) yield [['state', 'capital'], entry.state.capital];
    for (const [i, id] of (entry.state?.predecessors ?? []).entries()) yield [['state', 'predecessors', i], id];
    for (const [i, id] of (entry.state?.successors ?? []).entries()) yield [['state', 'successors', i], id];
    if (entry.org?.parent) yield [['org', 'parent'], entry.org.parent];
    for (const [i, o] of (entry.person?.offices ?? []).entries()) if (o.of) yield [['person', 'offices', i, 'of'], o.of];
  }
  if (entry.kind === 'place') {
    if (entry.deJure) yield [['deJure'], entry.deJure];
    for (const [i, c] of entry.control.entries()) yield [['control', i, 'by'], c.by];
    for (const [i, s] of entry.seatOf.entries()) yield [['seatOf', i, 'actor'], s.actor];
  }
}

function checkReferences(
  entries: ReadonlyMap<string, Entry>,
  origins: ReadonlyMap<string, { file: string; index: number }>,
): KbProblem[] {
  const problems: KbProblem[] = [];
  for (const entry of entries.values()) {
    const origin = origins.get(entry.id);
    if (!origin) continue;
    for (const [path, id] of referencesOf(entry)) {
      if (!entries.has(id)) {
        problems.push({
          file: origin.file,
          path: ['entries', origin.index, ...path],
          message: `${entry.id}: refers to unknown id "${id}"`,
        });
      }
    }
  }
  return problems;
}

/** Every name an entry can be matched by, folded for comparison. */
export function namesOf(entry: Entry): string[] {
  const adjectives = entry.kind === 'actor' ? entry.adjectives : [];
  return [entry.name, ...entry.aliases, ...entry.acronyms, ...entry.variants, ...adjectives];
}

function checkAliasConflicts(
  entries: ReadonlyMap<string, Entry>,
  origins: ReadonlyMap<string, { file: string; index: number }>,
): KbProblem[] {
  const owners = new Map<string, Set<string>>();
  for (const entry of entries.values()) {
    for (const name of namesOf(entry)) {
      const key = nameKey(name);
      let set = owners.get(key);
      if (!set) owners.set(key, (set = new Set()));
      set.add(entry.id);
    }
  }
  const problems: KbProblem[] = [];
  // context words of one name are read only for a name the entry shares (see `nameContext`)
  for (const entry of entries.values()) {
    for (const name of Object.keys(entry.nameContext)) {
      if (entry.ambiguous.some((shared) => nameKey(shared) === nameKey(name))) continue;
      const origin = origins.get(entry.id);
      problems.push({
        file: origin?.file ?? 'unknown',
        path: origin ? ['entries', origin.index, 'nameContext', name] : [],
        message: `${entry.id}: "nameContext" gives words for "${name}", which is not listed under "ambiguous"`,
      });
    }
  }
  // a name listed under "ambiguous" alone is never matched: it has to be one of the entry's names too
  for (const entry of entries.values()) {
    const own = new Set(namesOf(entry).map(nameKey));
    entry.ambiguous.forEach((name, i) => {
      if (own.has(nameKey(name))) return;
      const origin = origins.get(entry.id);
      problems.push({
        file: origin?.file ?? 'unknown',
        path: origin ? ['entries', origin.index, 'ambiguous', i] : [],
        message: `${entry.id}: "${name}" is listed under "ambiguous" but is none of the entry's names; add it to "aliases", "acronyms" or "variants" too`,
      });
    });
  }
  for (const [key, ids] of owners) {
    if (ids.size < 2) continue;
    for (const id of ids) {
      const entry = entries.get(id)!;
      if (entry.ambiguous.some((name) => nameKey(name) === key)) continue;
      const origin = origins.get(id);
      const others = [...ids].filter((other) => other !== id).join(', ');
      // a built-in entry the user cannot edit: the user's entry that shares the name hears of it
      const userSharer = origin?.file.startsWith(BUILTIN_PREFIX) ? [...ids].find((other) => !origins.get(other)?.file.startsWith(BUILTIN_PREFIX)) : undefined;
      const userOrigin = userSharer === undefined ? undefined : origins.get(userSharer);
      if (userSharer !== undefined && userOrigin) {
        problems.push({
          file: userOrigin.file,
          path: ['entries', userOrigin.index],
          message: `${userSharer}: the name "${key}" is also a name of the built-in entry ${id}, which does not list it under "ambiguous"; drop the name here, or copy ${id} into this file (an entry with its id replaces the built-in one) and list the name under "ambiguous" in both`,
        });
        continue;
      }
      problems.push({
        file: origin?.file ?? 'unknown',
        path: origin ? ['entries', origin.index, 'ambiguous'] : [],
        message: `${id}: the name "${key}" also names ${others}; list it under "ambiguous" in each entry that shares it`,
      });
    }
  }
  return problems;
}
