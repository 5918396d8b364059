import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import svelteConfig from './svelte.config.js';

/** Imports the pure core never makes: the UI framework, the map and the PocketBase SDK. */
const UI_AND_SDK = ['svelte', 'maplibre-gl', 'pocketbase'];
const UI_AND_SDK_PATTERNS = [
  {
    group: ['svelte/*', '$app/*', 'maplibre-gl/*'],
    message: 'The pure core imports no UI, map or SDK code.',
  },
];

/**
 * A layer of src/lib that may import only the given folders of src/lib (relative or `$lib/`),
 * besides packages other than the UI, map and SDK ones. Test files are left to the rule above.
 */
function layerRule(files, allowed) {
  const others = `(?!(?:${allowed.join('|')})/)`;
  return {
    files: [files],
    ignores: ['**/*.test.ts', '**/__fixtures__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: UI_AND_SDK,
          patterns: [
            ...UI_AND_SDK_PATTERNS,
            {
              regex: `^(?:\\.\\./(?:\\.\\./)*|\\$lib/)${others}`,
              message: `${files.split('/')[2]}/ may import only ${allowed.join(', ')}: the layer order is domain ← geo, search ← import, export ← data-access ← UI.`,
            },
          ],
        },
      ],
    },
  };
}

export default ts.config(
  {
    ignores: [
      'node_modules/',
      '.svelte-kit/',
      'pb_public/',
      'pb_data/',
      'bin/pocketbase',
      'build/',
      '.cache/',
      'pb/',
      // bundled from src/lib/domain by `npm run build:hooks` (linted there)
      'pb_hooks/lib/check-suggestion.js',
      'pb_hooks/lib/personal-data.js',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    // The pure core runs in Node, Web Workers and the CLI: no UI, map or SDK imports (tests too).
    files: [
      'src/lib/domain/**',
      'src/lib/geo/**',
      'src/lib/search/**',
      'src/lib/import/**',
      'src/lib/export/**',
      'src/lib/demo-city/**',
    ],
    rules: {
      'no-restricted-imports': ['error', { paths: UI_AND_SDK, patterns: UI_AND_SDK_PATTERNS }],
    },
  },
  // The layer order: domain ← geo, search ← import, export ← data-access ← UI. A layer imports
  // only the layers before it (and itself); tests may also reach fixtures such as the demo city.
  layerRule('src/lib/domain/**', ['domain']),
  layerRule('src/lib/geo/**', ['domain', 'geo']),
  layerRule('src/lib/search/**', ['domain', 'search']),
  layerRule('src/lib/import/**', ['domain', 'geo', 'search', 'import', 'export']),
  layerRule('src/lib/export/**', ['domain', 'geo', 'search', 'import', 'export']),
  // The demo city generator sits beside the core: it builds domain data with geo's helpers.
  layerRule('src/lib/demo-city/**', ['domain', 'geo', 'search', 'import', 'export', 'demo-city']),
  {
    // UI code reaches PocketBase only through the gateway.
    files: ['src/routes/**', 'src/lib/components/**', 'src/lib/state/**', 'src/lib/map/**'],
    rules: { 'no-restricted-imports': ['error', { paths: ['pocketbase'] }] },
  },
  {
    // Only state classes (`*.svelte.ts`) call the gateway: pages and components get data and
    // emit intent. Types the gateway returns may still be imported.
    files: ['src/**/*.svelte', 'src/lib/components/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['$lib/data-access', '$lib/data-access/*'],
              allowTypeImports: true,
              message:
                'Only state classes (*.svelte.ts) call the gateway; pass data and callbacks to pages and components.',
            },
          ],
        },
      ],
    },
  },
  {
    // PocketBase's JS VM: its globals are declared by PocketBase's own types.d.ts.
    files: ['pb_migrations/**', 'pb_hooks/**'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        migrate: 'readonly',
        Collection: 'readonly',
        Record: 'readonly',
        RelationField: 'readonly',
        SelectField: 'readonly',
        BoolField: 'readonly',
        toString: 'readonly',
        onRecordCreateRequest: 'readonly',
        onRecordUpdateRequest: 'readonly',
        onRecordDeleteRequest: 'readonly',
        BadRequestError: 'readonly',
        ValidationError: 'readonly',
        __hooks: 'readonly',
        module: 'writable',
        require: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/triple-slash-reference': 'off',
      'svelte/no-inner-declarations': 'off',
    },
  },
  // Last: turns off the stylistic rules that Prettier decides (`npm run format`).
  prettier,
);
