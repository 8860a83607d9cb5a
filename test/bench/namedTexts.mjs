// The generated texts the benchmark's tools read by name (`npm run bench:instructions -- … prose`,
// `bench:stages`, `bench:gc`, `bench:alloc`): each a function of the size in characters.
import { generate } from './corpus.mjs';
import { draftsRepeated } from './drafts.mjs';
import { generateTreaty } from './treatyCorpus.mjs';

/**
 * The policy prose with every letter made small: the same characters, paragraphs and headings, but
 * no capital for the name scan to stop at, so it names next to nothing (in 1 MB, 849 mentions of the
 * one lowercase name it writes, "coalition of the willing", against the prose's 21,236). Its lists,
 * modal proposals and most of its rules' reading stay (507 proposals against 586): what an analysis
 * costs besides its names. Read only when asked for by name.
 */
const lowercaseProse = (size) => generate(size).toLowerCase();

/** The policy prose, the treaty text, the samples' drafts repeated and the prose in lowercase, by name. */
export const NAMED_TEXTS = {
  prose: generate,
  treaty: generateTreaty,
  drafts: draftsRepeated,
  lowercase: lowercaseProse,
};

/** The texts a tool reads when none is named. */
const USUAL_TEXTS = ['prose', 'treaty', 'drafts'];

/** Whether `name` names one of the texts (an own key: "constructor" names none). */
export const isTextName = (name) => Object.hasOwn(NAMED_TEXTS, name);

/**
 * The texts a tool was asked for by name, the usual three when none was named; for a name no text
 * has, `tool`'s message and `usage` on stderr and an exit with 2.
 */
export function namedTextsAsked(asked, tool, usage) {
  const names = asked.length > 0 ? asked : USUAL_TEXTS;
  const unknown = names.filter((name) => !isTextName(name));
  if (unknown.length > 0) {
    const all = Object.keys(NAMED_TEXTS);
    const known = `${all.slice(0, -1).join(', ')} or ${all.at(-1)}`;
    console.error(`${tool}: no corpus named ${unknown.join(', ')} (${known})\n${usage}`);
    process.exit(2);
  }
  return names;
}
