import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'url', 'util', 'stream', 'events'];
const nodeModules = [...nodeBuiltins, ...nodeBuiltins.map((name) => `${name}/*`), 'node:*'];

const features = readdirSync(new URL('./renderer/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// A feature reaches another only through that feature's index.ts; the layers below never reach features.
const featureZones = [
  ...features.map((name) => ({
    target: `./renderer/features/${name}`,
    from: './renderer/features',
    except: [`./${name}`, ...features.filter((other) => other !== name).map((other) => `./${other}/index.ts`)],
    message: 'A feature imports another feature only through its index.ts (its public entry).',
  })),
  {
    target: ['./renderer/ui', './renderer/inline', './renderer/editor', './renderer/host', './renderer/db'],
    from: './renderer/features',
    message: 'ui/, inline/, editor/, host/ and db/ sit below the features and never import them.',
  },
];

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
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: featureZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict(['react', 'react-dom', 'dexie'], ['**/renderer/**'], 'electron/ may import shared/ and Node, never the renderer.'),
  },
  { files: ['tests/**/*.ts', '*.config.ts'], languageOptions: { globals: globals.node } },
);
