// An esbuild plugin for the built-in knowledge base; used by esbuild.mjs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Built-in knowledge-base data is validated here, at build time, by the loader the server uses
 * (compiled by `tsc -b`, which runs first): every entry against the zod schemas, and references and
 * shared names across files. A problem fails the build. The bundle then holds each file's entries
 * as the loader returned them (schema defaults filled in), marked so that the server skips
 * validating them again at start-up (see `PREVALIDATED` in `server/src/core/kb/loader.ts`), and as
 * `JSON.parse('…')`, which V8 reads several times faster than a megabyte of object literals.
 * Without the compiled loader (`npm run watch` alone), the raw data is bundled and validated at
 * start-up instead.
 */
const require = createRequire(import.meta.url);
const loaderModule = new URL('../../out/server/src/core/kb/loader.js', import.meta.url);
const dataDir = new URL('../src/core/kb/data/', import.meta.url);

const asJson = (data) => `JSON.parse(${JSON.stringify(JSON.stringify(data))})`;

/** Each file's validated entries, in file order, by file name. */
function validatedByFile(loaded) {
  const byFile = new Map();
  for (const [id, { file, index }] of loaded.origins) {
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file).push({ index, entry: loaded.entries.get(id) });
  }
  for (const list of byFile.values()) list.sort((a, b) => a.index - b.index);
  return new Map([...byFile].map(([file, list]) => [file, list.map((item) => item.entry)]));
}

export const prevalidatedKb = {
  name: 'prevalidated-kb',
  setup(build) {
    let validated;
    build.onStart(() => {
      validated = undefined;
      if (!existsSync(loaderModule)) return;
      const { loadEntries } = require(loaderModule.pathname);
      const files = readdirSync(dataDir).filter((name) => name.endsWith('.json'));
      const loaded = loadEntries(files.map((name) => ({ name, data: JSON.parse(readFileSync(new URL(name, dataDir), 'utf8')) })));
      if (loaded.problems.length > 0) return { errors: loaded.problems.map((p) => ({ text: `knowledge base ${p.file} ${p.path.join('.')}: ${p.message}` })) };
      validated = validatedByFile(loaded);
    });
    build.onLoad({ filter: /[\\/]kb[\\/]data[\\/][^\\/]+\.json$/ }, (args) => {
      const entries = validated?.get(args.path.split(/[\\/]/).pop());
      if (!entries) return { contents: `module.exports = ${asJson(JSON.parse(readFileSync(args.path, 'utf8')))};`, loader: 'js', watchFiles: [args.path] };
      return {
        contents: `const data = ${asJson({ entries })};\nObject.defineProperty(data, Symbol.for('policy-lens.kb.prevalidated'), { value: true });\nmodule.exports = data;`,
        loader: 'js',
        watchFiles: [args.path, loaderModule.pathname],
      };
    });
  },
};
