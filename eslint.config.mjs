import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'url', 'util', 'stream', 'events'];
const nodeModules = [...nodeBuiltins, ...nodeBuiltins.map((name) => `${name}/*`), 'node:*'];

const restrict = (paths, patterns, message) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message })),
      patterns: patterns.map((group) => ({ group: [group], message })),
    },
  ],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'reports/**', 'test-results/**', 'bench-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.mjs', '**/*.cjs', 'scripts/**'], languageOptions: { globals: globals.node } },
  // Layering: shared is platform-free.
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      ['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', ...nodeBuiltins],
      ['node:*', '**/electron/**', '**/renderer/**', ...nodeBuiltins.map((name) => `${name}/*`)],
      'shared/ is pure TypeScript: no Node, DOM, Electron, React or Dexie.',
    ),
  },
  // The renderer never reaches Node or Electron, and only renderer/db talks to Dexie.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**'],
    languageOptions: { globals: globals.browser },
    rules: restrict(
      ['electron', 'dexie', 'dexie-react-hooks', ...nodeBuiltins],
      [...nodeModules.filter((m) => m !== 'node:*'), 'node:*', '**/electron/**', 'dexie/*'],
      'The renderer may not import Node or Electron, and only renderer/db/ may import Dexie.',
    ),
  },
  {
    files: ['renderer/db/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: restrict(['electron', 'react', 'react-dom', ...nodeBuiltins], ['node:*', '**/electron/**', '**/features/**'], 'renderer/db is the data layer: no Node, Electron or UI.'),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict(['react', 'react-dom', 'dexie'], ['**/renderer/**'], 'electron/ may import shared/ and Node, never the renderer.'),
  },
  { files: ['tests/**/*.ts', '*.config.ts'], languageOptions: { globals: globals.node } },
);
