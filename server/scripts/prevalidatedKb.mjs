// An esbuild plugin for the built-in knowledge base; used by esbuild.mjs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Built-in knowledge-base data is validated here, at build time, with the same zod schemas the
 * server uses (compiled by `tsc -b`, which runs first), entry by entry and across files: a problem
 * fails the build. The bundle then holds the entries with the schema's defaults filled in, marked
 * so that the server skips validating them again at start-up (see `PREVALIDATED` in
 * `server/src/core/kb/loader.ts`), and as `JSON.parse('…')`, which V8 reads several times faster
 * than a megabyte of object literals. Without the compiled schema (`npm run watch` alone), the raw
 * data is bundled and validated at start-up instead.
 */
const require = createRequire(import.meta.url);
const schemaModule = new URL('../../out/server/src/core/kb/schema.js', import.meta.url);
const loaderModule = new URL('../../out/server/src/core/kb/loader.js', import.meta.url);
const dataDir = new URL('../src/core/kb/data/', import.meta.url);
export const prevalidatedKb = {
  name: 'prevalidated-kb',
  setup(build) {
    // references and names shared across files: the whole built-in base, loaded as the server would
    build.onStart(() => {
      if (!existsSync(loaderModule)) return;
      const { loadEntries } = require(loaderModule.pathname);
      const files = readdirSync(dataDir).filter((name) => name.endsWith('.json'));
      const loaded = loadEntries(files.map((name) => ({ name, data: JSON.parse(readFileSync(new URL(name, dataDir), 'utf8')) })));
      return { errors: loaded.problems.map((p) => ({ text: `knowledge base ${p.file} ${p.path.join('.')}: ${p.message}` })) };
    });
    build.onLoad({ filter: /[\\/]kb[\\/]data[\\/][^\\/]+\.json$/ }, (args) => {
      const data = JSON.parse(readFileSync(args.path, 'utf8'));
      if (!existsSync(schemaModule)) return { contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(data))});`, loader: 'js' };
      const { entrySchema } = require(schemaModule.pathname);
      const errors = [];
      const entries = data.entries.map((raw, index) => {
        const result = entrySchema.safeParse(raw);
        if (!result.success) errors.push({ text: `entry ${index} (${raw?.id}): ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` });
        return result.data;
      });
      if (errors.length > 0) return { errors };
      const json = JSON.stringify({ entries });
      return {
        contents: `const data = JSON.parse(${JSON.stringify(json)});\nObject.defineProperty(data, Symbol.for('policy-lens.kb.prevalidated'), { value: true });\nmodule.exports = data;`,
        loader: 'js',
        watchFiles: [schemaModule.pathname],
      };
    });
  },
};
