import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtinModules } from 'module';
import { analysisCode } from '../../server/src/lsp/analysisCode';

const root = path.resolve(__dirname, '../../..');
const coreDir = path.join(root, 'server/src/core');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/**
 * The module specifiers of a file's import and export statements, dynamic imports and requires;
 * not a quoted word after "from" elsewhere in code or comments (`before === 'from'`).
 */
const IMPORT_SPECIFIER = /(?:^\s*(?:import|export)\b[^'";]*?\bfrom\s*|^\s*import\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/gm;
const importsOf = (file: string) => [...fs.readFileSync(file, 'utf8').matchAll(IMPORT_SPECIFIER)].map((m) => m[1]!);

describe('architecture invariants', () => {
  it('the core imports no editor, protocol or Node module', () => {
    const forbidden = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const offenders: string[] = [];
    for (const file of sourceFiles(coreDir)) {
      for (const spec of importsOf(file)) {
        const bad = forbidden.has(spec) || spec.startsWith('vscode') || (!spec.startsWith('.') && spec !== 'zod');
        if (bad) offenders.push(`${path.relative(root, file)}: ${spec}`);
      }
    }
    assert.deepStrictEqual(offenders, []);
  });

  it('the core compiles without Node or DOM types', () => {
    const config = JSON.parse(fs.readFileSync(path.join(coreDir, 'tsconfig.json'), 'utf8'));
    assert.deepStrictEqual(config.compilerOptions.types, []);
    assert.deepStrictEqual(config.compilerOptions.lib, ['ES2022']);
  });

  it('the protocol layer imports the analysis code for its types only, and calls it through analysisCode()', () => {
    const lspDir = path.join(root, 'server/src/lsp');
    const files = [...sourceFiles(lspDir).filter((f) => !f.endsWith('analysisExports.ts')), path.join(root, 'server/src/main.ts')];
    // a value import of the core or workspaceKb would put the analysis code in the server bundle, before `initialize`
    const VALUE_IMPORT = /^\s*(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s*['"]([^'"]*\/(?:core|workspaceKb)(?:\/[^'"]*)?)['"]/gm;
    const offenders = files.flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(VALUE_IMPORT)].map((m) => `${path.relative(root, f)}: ${m[1]}`));
    assert.deepStrictEqual(offenders, []);
    assert.ok(files.some((f) => /import type [^;]*from '\.\.\/core\/index'/.test(fs.readFileSync(f, 'utf8'))), 'the check reads the files that import the core');
  });

  it("analysisCode() hands out the analysis code's functions as plain values, not the module's getters", () => {
    const code = analysisCode();
    for (const name of ['movedApart', 'firstOffset', 'lastOffset', 'itemsOf', 'movedFrom', 'createAnalyzer'] as const) {
      const property = Object.getOwnPropertyDescriptor(code, name);
      assert.strictEqual(typeof property?.value, 'function', name);
    }
    assert.strictEqual(analysisCode(), code, 'loaded once');
  });

  it('the client imports nothing from the server', () => {
    const clientDir = path.join(root, 'client/src');
    const offenders = sourceFiles(clientDir).flatMap((f) => importsOf(f).filter((s) => s.includes('server/')).map((s) => `${f}: ${s}`));
    assert.deepStrictEqual(offenders, []);
  });
});
