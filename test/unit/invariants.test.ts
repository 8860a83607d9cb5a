import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtinModules } from 'module';

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

  it('the client imports nothing from the server', () => {
    const clientDir = path.join(root, 'client/src');
    const offenders = sourceFiles(clientDir).flatMap((f) => importsOf(f).filter((s) => s.includes('server/')).map((s) => `${f}: ${s}`));
    assert.deepStrictEqual(offenders, []);
  });
});
