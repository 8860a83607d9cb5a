// The samples' drafts (every file under samples/ but README.md), one after another and repeated to
// `size` characters: text as users write it, with the titles, dates, ambiguous names and names
// written two ways that the generated prose has few of. Shared by bench.mjs and typing.mjs.
import { readdirSync, readFileSync } from 'node:fs';

const samplesDir = new URL('../../samples/', import.meta.url);

/** Each sample by file name, in name order. */
export const samples = () =>
  readdirSync(samplesDir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, samplesDir), 'utf8') }));

/** The drafts repeated to at least `size` characters. */
export function draftsRepeated(size) {
  const oneOfEach = samples()
    .filter((s) => s.name !== 'README.md')
    .map((s) => s.text)
    .join('\n\n');
  return Array.from({ length: Math.ceil(size / oneOfEach.length) }, () => oneOfEach).join('\n\n');
}
