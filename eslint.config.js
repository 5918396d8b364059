import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    ignores: ['node_modules/', '.svelte-kit/', 'pb_public/', 'pb_data/', 'bin/pocketbase', 'build/', '.cache/', 'pb/'],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } },
  },
  {
    // The pure core runs in Node, Web Workers and the CLI: no UI, map or SDK imports.
    files: ['src/lib/domain/**', 'src/lib/geo/**', 'src/lib/search/**', 'src/lib/demo-city/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['svelte', 'svelte/*', '$app/*', 'maplibre-gl', 'pocketbase', '$lib/data-access/*'] },
      ],
    },
  },
  {
    // UI code reaches PocketBase only through the gateway.
    files: ['src/routes/**', 'src/lib/components/**', 'src/lib/state/**', 'src/lib/map/**'],
    rules: { 'no-restricted-imports': ['error', { paths: ['pocketbase'] }] },
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
);
