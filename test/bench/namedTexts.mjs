// The generated texts the benchmark's tools read by name (`npm run bench:instructions -- … prose`,
// `bench:stages`, `bench:gc`, `bench:alloc`): each a function of the size in characters.
import { generate } from './corpus.mjs';
import { draftsRepeated } from './drafts.mjs';
import { generateTreaty } from './treatyCorpus.mjs';

/** The policy prose, the treaty text, and the samples' drafts repeated, by name. */
export const NAMED_TEXTS = { prose: generate, treaty: generateTreaty, drafts: draftsRepeated };

/** Whether `name` names one of the texts (an own key: "constructor" names none). */
export const isTextName = (name) => Object.hasOwn(NAMED_TEXTS, name);

/**
 * The texts a tool was asked for by name, all of them when none was named; for a name no text has,
 * `tool`'s message and `usage` on stderr and an exit with 2.
 */
export function namedTextsAsked(asked, tool, usage) {
  const names = asked.length > 0 ? asked : Object.keys(NAMED_TEXTS);
  const unknown = names.filter((name) => !isTextName(name));
  if (unknown.length > 0) {
    console.error(`${tool}: no corpus named ${unknown.join(', ')} (prose, treaty or drafts)\n${usage}`);
    process.exit(2);
  }
  return names;
}
