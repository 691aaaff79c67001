// Lint rules, including the layer rules from shared/STYLE.md:
// schema ← data ← protocol ← engine ← bridge/store ← ui. Lower layers never import higher ones; only ui imports React;
// only engine (and the bench, which times it) imports TF.js.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TFJS = { group: ['@tensorflow/*'], message: 'Only src/engine (and src/bench) may import TF.js.' };
const REACT = { group: ['react', 'react-dom', 'react-dom/*', 'recharts'], message: 'Only src/ui imports React.' };
const layer = (name, higher) => ({
  group: higher.map((h) => `**/${h}/**`).concat(higher.map((h) => `../${h}/*`)),
  message: `${name} must not import ${higher.join(', ')}.`,
});

export default tseslint.config(
  { ignores: ['dist', 'public', 'node_modules', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/schema/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [TFJS, REACT, layer('schema', ['data', 'engine', 'bridge', 'store', 'ui', 'bench'])] },
      ],
    },
  },
  {
    files: ['src/data/**/*.ts', 'src/charting/**/*.ts', 'src/diagnostics/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [TFJS, REACT, layer('data', ['engine', 'bridge', 'store', 'ui', 'bench'])] },
      ],
    },
  },
  {
    // The page⇄trainer messages: types shared by both sides, so neither side's code is pulled into the other.
    files: ['src/protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [TFJS, REACT, layer('protocol', ['engine', 'bridge', 'store', 'ui', 'bench'])] },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [REACT, layer('engine', ['bridge', 'store', 'ui', 'bench'])] }],
    },
  },
  {
    files: ['src/bridge/**/*.ts', 'src/store/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [TFJS, REACT, layer('store', ['ui', 'bench'])] }] },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [TFJS] }] },
  },
  {
    // Node scripts and tests, parts of which run inside the page through Playwright's evaluate().
    files: ['scripts/**/*.mjs', 'e2e/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
