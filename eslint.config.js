// @ts-check
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

/** A relative import that leaves its folder and then enters some other folder's `_lib`. */
const FOREIGN_LIB = String.raw`^(?:\.\./)*(?:\./)?(?:(?!_lib/)[^./][^/]*/)+_lib/`;

/** A relative import that climbs out of a layer into one of `layers`. */
function intoLayers(layers) {
  return String.raw`^(?:\.\./)+(?:${layers.join('|')})(?:/|$)`;
}

/**
 * One `no-restricted-imports` block per layer of `src/`: what the layer must not import, with
 * the reason in the message. The `_lib` rule holds everywhere under `src/`.
 */
function layerRules() {
  const lib = {
    regex: FOREIGN_LIB,
    message: "A folder's _lib is private to it: import the folder's public module (or its parent's _lib) instead.",
  };
  const layer = (name, forbidden, extra = []) => ({
    files: [`src/${name}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            lib,
            ...(forbidden.length > 0
              ? [
                  {
                    regex: intoLayers(forbidden),
                    message: `src/${name} stands below ${forbidden.join(', ')}: imports flow one way (arabic <- schemas <- data <- extract, export, validate <- cli).`,
                  },
                ]
              : []),
            ...extra,
          ],
        },
      ],
    },
  });
  const noNode = { regex: '^node:', message: 'This layer runs in browsers and edge runtimes too: no node: imports.' };
  const noZod = {
    regex: '^zod(?:/|$)',
    message: 'src/arabic is plain string and date code: it knows nothing of zod or the schemas.',
  };
  return [
    // src/_lib: tiny primitives every layer may share (calendar-day bounds); it imports nothing.
    layer('_lib', ['arabic', 'schemas', 'data', 'validate', 'extract', 'export', 'cli'], [noZod, noNode]),
    layer('arabic', ['schemas', 'data', 'validate', 'extract', 'export', 'cli'], [noZod, noNode]),
    layer('schemas', ['data', 'validate', 'extract', 'export', 'cli'], [noNode]),
    layer('data', ['validate', 'extract', 'export', 'cli'], [noNode]),
    layer('extract', ['validate', 'export', 'cli'], [noNode]),
    layer('export', ['validate', 'extract', 'cli'], [noNode]),
    layer('validate', ['extract', 'export', 'cli']),
    layer('cli', []),
  ];
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'docs-site/**',
      'node_modules/**',
      'json-schema/**',
      'tests/fixtures/**',
      '.tmp/**',
      'bench/.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      // A regex that can backtrack catastrophically fails the build.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The layers (see CONTRIBUTING.md): imports flow one way, arabic <- schemas <- data <-
  // extract, export, validate <- cli, and no folder reaches into another folder's `_lib`.
  ...layerRules(),
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { URL: 'readonly', process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
