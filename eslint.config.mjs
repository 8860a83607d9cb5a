import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.cache/**', '.vscode-test/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-imports': ['error', { patterns: ['*/out/*'] }],
    },
  },
  {
    // The analysis core is pure: no editor, no protocol, no Node. See README "Architecture".
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({ name, message: 'The core must not use Node built-ins.' })),
            // zod's `z` object holds all of zod, so a bundle that imports it keeps all of it (see kb/zodParts.ts)
            { name: 'zod', importNames: ['z', 'default'], message: "Import zod's parts by name (kb/zodParts.ts): `z` keeps all of zod in the bundles." },
          ],
          patterns: [
            { group: ['vscode', 'vscode-*', 'vscode-languageserver*', 'vscode-languageclient*'], message: 'The core must not know editors or LSP.' },
            { group: ['*/out/*'] },
          ],
        },
      ],
      'no-console': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Object'][callee.property.name=/^(freeze|seal|preventExtensions)$/] > ArrayExpression",
          message: 'Use EMPTY_LIST (text/emptyList.ts) or a plain array: V8 does not inline `for … of` over lists that are sometimes frozen.',
        },
      ],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // The protocol layer loads the analysis code once it has answered `initialize` (lsp/analysisCode.ts):
    // it imports the core's types only, so that the server bundle holds no analysis code.
    files: ['server/src/lsp/**/*.ts', 'server/src/main.ts'],
    ignores: ['server/src/lsp/analysisExports.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['*/core/*', '*/core', '*/workspaceKb/*'], allowTypeImports: true, message: "Call the analysis code through `analysisCode()` (lsp/analysisCode.ts): it loads after `initialize`." },
            { group: ['*/out/*'] },
          ],
        },
      ],
    },
  },
  {
    // scripts and the in-editor suite run in Node (the suite as CommonJS inside VS Code's extension host)
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'console', 'URL', 'fetch', 'setTimeout', 'clearTimeout', 'setImmediate', 'require', 'module', 'exports', '__dirname', 'describe', 'it', 'before', 'after']
          .map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    // the extension host loads the suite with require(); it is plain CommonJS on purpose
    files: ['test/e2e/suite/**/*.js', 'test/e2e/smoke/**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
