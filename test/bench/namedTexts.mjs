// The generated texts the benchmark's tools read by name (`npm run bench:instructions -- … prose`,
// `bench:stages`, `bench:alloc`): each a function of the size in characters.
import { generate } from './corpus.mjs';
import { draftsRepeated } from './drafts.mjs';
import { generateTreaty } from './treatyCorpus.mjs';

/** The policy prose, the treaty text, and the samples' drafts repeated, by name. */
export const NAMED_TEXTS = { prose: generate, treaty: generateTreaty, drafts: draftsRepeated };
