// An esbuild plugin for the built-in knowledge base; used by esbuild.mjs.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

/**
 * Built-in knowledge-base data is validated here, at build time, by the loader the server uses
 * (compiled by `tsc -b`, which runs first): every entry against the zod schemas, and references and
 * shared names across files. A problem fails the build. Each file's entries, as the loader returned
 * them (schema defaults filled in), are written to `kb/<file>.json` beside the bundles, and the
 * bundle's module for that file reads them from there the first time the loader asks for them. The
 * module is marked so that the loader skips validating them again (see `PREVALIDATED` in
 * `server/src/core/kb/loader.ts`).
 * Why a file of its own: a megabyte of data inside the bundle is parsed with the code at every
 * start, before the server can answer `initialize`; outside it, it is read once the knowledge base
 * loads, after the answer (about 20 ms of start-up, measured with the README's benchmark).
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

/** Where a bundle reads a data file's entries: `kb/` beside itself. */
const KB_DIR = 'kb';

/**
 * The module a data file becomes: marked prevalidated, with `entries` read when first asked for.
 * A missing or broken file throws there, with its path; the loader reports that as a problem of
 * the file.
 */
const lazyModule = (fileName) => `const data = {};
let entries;
Object.defineProperty(data, 'entries', {
  enumerable: true,
  get() {
    if (entries === undefined) {
      const file = require('node:path').join(__dirname, ${JSON.stringify(KB_DIR)}, ${JSON.stringify(fileName)});
      try {
        entries = JSON.parse(require('node:fs').readFileSync(file, 'utf8')).entries;
      } catch (error) {
        throw new Error('cannot read ' + file + ' (' + (error.code ?? error.message) + '); reinstalling Policy Lens restores it');
      }
    }
    return entries;
  },
});
Object.defineProperty(data, Symbol.for('policy-lens.kb.prevalidated'), { value: true });
module.exports = data;
`;

/**
 * What the build computes from the built-in knowledge base for a start to read (see
 * `server/src/core/kb/builtinPacks.ts`): its names, filed as a start files them (`NamePack`,
 * `kb/names.json`), and the misspelled-name rule's index of their words (`NameWordPack`,
 * `kb/nameWords.json`). Both from the entries in the order of `builtinKbFiles`, which is the order a
 * start loads the files in.
 */
function builtinPackFiles(validated) {
  const compiled = (module) => require(new URL(`../../out/server/src/core/${module}.js`, import.meta.url).pathname);
  const { builtinKbFiles } = compiled('kb/builtin');
  const { entriesById, fileEveryName } = compiled('kb/matcher');
  const { packNames } = compiled('kb/namePack');
  const { nameWordIndexOf } = compiled('rules/misspelledName');
  const { packNameWordIndex } = compiled('rules/nameWordPack');
  const inLoadOrder = builtinKbFiles.flatMap(({ name }) => validated.get(`${name.slice('builtin:'.length)}.json`) ?? []);
  const byId = entriesById(inLoadOrder);
  return {
    [NAMES_FILE]: packNames(fileEveryName(byId), byId),
    [NAME_WORDS_FILE]: packNameWordIndex(nameWordIndexOf(byId.values()), [...byId.keys()]),
  };
}

/** The files the build's packs are written to, beside the entries' files. */
const NAMES_FILE = 'names.json';
const NAME_WORDS_FILE = 'nameWords.json';

/**
 * The module `core/kb/builtinPacks.ts` becomes: each pack read from its file at each call (once a
 * load of the built-in knowledge base, which keeps nothing of the pack itself), or undefined where
 * that file cannot be read: what it holds is then computed as without a pack.
 */
const builtinPacksModule = `const read = (file) => {
  try {
    return JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, ${JSON.stringify(KB_DIR)}, file), 'utf8'));
  } catch {
    return undefined;
  }
};
exports.builtinPacks = { names: () => read(${JSON.stringify(NAMES_FILE)}), nameWords: () => read(${JSON.stringify(NAME_WORDS_FILE)}) };
`;

export const prevalidatedKb = {
  name: 'prevalidated-kb',
  setup(build) {
    const outdir = build.initialOptions.outdir ?? path.dirname(build.initialOptions.outfile);
    let validated;
    build.onStart(() => {
      validated = undefined;
      if (!existsSync(loaderModule)) return;
      const { loadEntries } = require(loaderModule.pathname);
      const files = readdirSync(dataDir).filter((name) => name.endsWith('.json'));
      const loaded = loadEntries(files.map((name) => ({ name, data: JSON.parse(readFileSync(new URL(name, dataDir), 'utf8')) })));
      if (loaded.problems.length > 0) return { errors: loaded.problems.map((p) => ({ text: `knowledge base ${p.file} ${p.path.join('.')}: ${p.message}` })) };
      validated = validatedByFile(loaded);
      mkdirSync(path.join(outdir, KB_DIR), { recursive: true });
      for (const [file, entries] of validated) writeFileSync(path.join(outdir, KB_DIR, file), JSON.stringify({ entries }));
      for (const [file, pack] of Object.entries(builtinPackFiles(validated))) writeFileSync(path.join(outdir, KB_DIR, file), JSON.stringify(pack));
    });
    build.onLoad({ filter: /[\\/]kb[\\/]builtinPacks\.ts$/ }, (args) => {
      if (!validated) return undefined;
      return { contents: builtinPacksModule, loader: 'js', watchFiles: [args.path, loaderModule.pathname] };
    });
    build.onLoad({ filter: /[\\/]kb[\\/]data[\\/][^\\/]+\.json$/ }, (args) => {
      const fileName = args.path.split(/[\\/]/).pop();
      if (!validated?.has(fileName)) return { contents: `module.exports = ${asJson(JSON.parse(readFileSync(args.path, 'utf8')))};`, loader: 'js', watchFiles: [args.path] };
      return { contents: lazyModule(fileName), loader: 'js', watchFiles: [args.path, loaderModule.pathname] };
    });
  },
};
