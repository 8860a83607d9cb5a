import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtinKbFiles, createAnalyzer, defaultSettings, loadKnowledgeBase } from '../../server/src/core/index';

const root = path.resolve(__dirname, '../../..');
const kb = loadKnowledgeBase(builtinKbFiles).kb;

/** The samples and the fixtures' texts: prose, treaties, footnotes, headings and lists as users write them. */
function ourTexts(): string[] {
  const dirs = ['samples', 'test/fixtures/corpus', 'test/fixtures/entities'].map((dir) => path.join(root, dir));
  return dirs.flatMap((dir) => fs.readdirSync(dir).filter((name) => /\.(md|txt)$/.test(name)).map((name) => fs.readFileSync(path.join(dir, name), 'utf8')));
}

/** Blocks that end or start with a name, where a look at the character beside it falls outside the block. */
const NAMES_AT_EDGES = `# The New START Treaty

## NATO

Talks on the Treaty on the Non-Proliferation of Nuclear Weapons

- Return to the Intermediate-Range Nuclear Forces Treaty
- Respect the Budapest Memorandum's
- Join the Ottawa Convention,

Signed in 1970, the NPT

## The Paris Agreement

Moscow

The anniversary of the Helsinki Final Act

The United States remains bound by the Intermediate-Range Nuclear Forces Treaty
`;

/**
 * Where the analysis of `texts` read a character outside a string, as the functions that read it.
 * One such read makes V8 compile the reads at that place, in every copy it inlined, as calls to the
 * `charCodeAt` builtin for the rest of the process: a server that met one heading ending in a name
 * would scan and check every later text more slowly.
 */
function readsOutside(texts: readonly string[]): string[] {
  const charCodeAt = String.prototype.charCodeAt;
  const places = new Set<string>();
  String.prototype.charCodeAt = function (this: string, i: number) {
    if (!(i >= 0 && i < this.length)) places.add(new Error().stack!.split('\n')[2]!.trim());
    return charCodeAt.call(this, i);
  };
  try {
    for (const text of texts) createAnalyzer({ kb, today: () => '2026-11-24' }).analyze({ uri: 'x.md', version: 1, getText: () => text }, defaultSettings);
  } finally {
    String.prototype.charCodeAt = charCodeAt;
  }
  return [...places];
}

describe('reads of the text', () => {
  it('stay inside the text where a block starts or ends with a name', () => {
    assert.deepStrictEqual(readsOutside([NAMES_AT_EDGES]), []);
  });

  it('stay inside the text in pieces cut anywhere from the samples and the fixtures, as half-typed text is', function () {
    this.timeout(60_000);
    const texts = ourTexts();
    // a fixed sequence of cuts, so that a failure can be repeated
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pieces = Array.from({ length: 3000 }, () => {
      const text = texts[Math.floor(random() * texts.length)]!;
      const start = Math.floor(random() * text.length);
      return text.slice(start, start + Math.floor(random() * 400));
    });
    assert.deepStrictEqual(readsOutside(pieces), []);
  });

  it('stay inside the text beside every name of the knowledge base, alone in a block or with the words and marks the rules read around it', function () {
    this.timeout(60_000);
    const names = [...kb.entries.values()].flatMap((entry) => [entry.name, ...(entry.aliases ?? []).slice(0, 2)]);
    const forms = (name: string) => [name, `The ${name}`, `${name}'`, `${name}’s`, `${name},`, `(${name}`, `of the ${name}`, `since ${name}`, `- ${name}`, `## ${name}`, `${name} (`, `${name} 2`, `1994 ${name}`];
    const documents: string[] = [];
    for (let k = 0; k < names.length; k += 200) documents.push(names.slice(k, k + 200).flatMap(forms).join('\n\n'));
    assert.ok(names.length > 5_000);
    assert.deepStrictEqual(readsOutside(documents), []);
  });

  it('stay inside the text in the samples and the fixtures', function () {
    this.timeout(60_000);
    const texts = ourTexts();
    assert.ok(texts.length > 50);
    assert.deepStrictEqual(readsOutside(texts), []);
  });
});
