// Lint rules, including the layer rules from shared/STYLE.md:
// schema ← data ← protocol ← engine ← bridge/store ← ui. Lower layers never import higher ones; only ui imports React;
// only engine (and the bench, which times it) imports TF.js, by name or through engine/tf. The page (store, ui,
// main.tsx) never imports engine; bridge loads it only with import(), for the main-thread fallback. protocol imports
// types only. What lint cannot see, the compiler checks: tsconfig.pure.json types the pure layers (schema, data,
// protocol, engine, diagnostics, charting) without the DOM lib, so code that runs in the worker cannot use document.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// TF.js by name, and engine/tf, through which every engine module reaches it.
const TFJS = {
  group: ['@tensorflow/*', '**/engine/tf'],
  message: 'Only src/engine (and src/bench) may import TF.js, by name or through engine/tf.',
};
// The page reaches the trainer through bridge/ and the protocol types; a static import would load the engine, and
// TF.js with it, into the page even when a worker trains.
const ENGINE = {
  group: ['**/engine/**'],
  message: 'Outside src/engine and src/bench, use src/bridge and the src/protocol types, not src/engine.',
};
const REACT = { group: ['react', 'react-dom', 'react-dom/*', 'recharts'], message: 'Only src/ui imports React.' };
const layer = (name, higher) => ({
  group: higher.map((h) => `**/${h}/**`).concat(higher.map((h) => `../${h}/*`)),
  message: `${name} must not import ${higher.join(', ')}.`,
});
// A lower layer's tests may read its messages as an English reader does, through the page's catalog: the one
// module of ui they may import.
const layerInTests = (name, higher) => ({
  regex: `(^|/)(${higher.join('|')})/(?!i18n/english$)`,
  message: `${name} must not import ${higher.join(', ')} (its tests may import ui/i18n/english).`,
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
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [TFJS, REACT, layer('protocol', ['engine', 'bridge', 'store', 'ui', 'bench'])] },
      ],
      // Types only (erased at build), so importing the protocol pulls neither side's code into the other.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "ImportDeclaration[importKind='value'], ExportNamedDeclaration[source][exportKind='value'], ExportAllDeclaration[exportKind='value'], ImportExpression",
          message: 'src/protocol imports types only: use `import type` (or `export type`).',
        },
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
    // The PyTorch script export runs in the page: it reuses the engine's TF-free modules (trainingSpec, batches,
    // trainingData, random), never TF.js. Its tests run the engine to compare.
    files: ['src/scriptExport/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.testkit.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [TFJS, REACT, layer('scriptExport', ['bridge', 'store', 'ui', 'bench'])] },
      ],
    },
  },
  {
    // bridge/ loads the engine only with import(), for the main-thread fallback (trainerConnection.ts).
    files: ['src/bridge/**/*.ts', 'src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [TFJS, REACT, ENGINE, layer('store', ['ui', 'bench'])] }],
    },
  },
  {
    files: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [REACT, layerInTests('engine', ['bridge', 'store', 'ui', 'bench'])] },
      ],
    },
  },
  {
    files: ['src/bridge/**/*.test.ts', 'src/store/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [TFJS, REACT, ENGINE, layerInTests('store', ['ui', 'bench'])] }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [TFJS, ENGINE, layer('ui', ['bench'])] }] },
  },
  {
    // no-restricted-imports does not see import(): outside engine, bench and bridge, none may load engine or TF.js.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/engine/**', 'src/bench/**', 'src/bridge/**', 'src/protocol/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/(^|\\x2F)engine\\x2F|^@tensorflow\\x2F/]',
          message:
            'Only src/bridge may load src/engine with import() (the main-thread fallback); TF.js stays in engine.',
        },
      ],
    },
  },
  {
    // Node scripts and tests, parts of which run inside the page through Playwright's evaluate().
    files: ['scripts/**/*.mjs', 'e2e/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
