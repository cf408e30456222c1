import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { noImportCycle } from './eslint-rules/no-import-cycle.js';

const FEATURES = ['catalogue', 'player', 'debrief', 'help', 'progress', 'trainer', 'assignment', 'certificate', 'verify'];

// Dependencies point one way: app → features → stores, integrations, i18n, components →
// records → content → engine. These zones make the direction a lint error instead of a habit.
const forbid = (...patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // No import cycles in src/, type-only and dynamic imports included (eslint-rules/no-import-cycle.js).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { signaal: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: { 'signaal/no-import-cycle': 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/engine/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': forbid(
        { group: ['react', 'react-*', 'react/*', '@xstate/react', 'i18next', 'react-i18next', 'zustand', 'zustand/*'], message: 'src/engine is pure: no React, i18n or stores.' },
        { group: ['node:*', 'fs', 'path'], message: 'src/engine runs in the browser and in Node: no Node APIs.' },
        { group: ['../*', '!../ids', '!../scenario.types', '!../attempt.types', '!../guard-catalogue'], message: 'src/engine imports only itself and xstate.' },
        { group: ['zod', 'zod/*', 'yaml'], message: 'src/engine trusts validated types; validation lives at the edges.' },
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'fetch', 'location'],
    },
  },
  {
    files: ['src/content/**'],
    rules: {
      'no-restricted-imports': forbid({
        group: ['react', 'react-*', '**/stores/*', '**/features/*', '**/app/*', '**/components/*', '**/i18n/*', '**/integrations/*', '**/records/*', '**/records'],
        message: 'src/content depends only on the engine.',
      }),
    },
  },
  {
    files: ['src/records/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': forbid(
        {
          group: ['react', 'react-*', 'i18next', 'react-i18next', 'zustand', 'zustand/*', '**/stores/*', '**/features/*', '**/app/*', '**/components/*', '**/i18n/*', '**/integrations/*', '**/content/*', '**/content'],
          message: 'src/records imports only the engine and zod/mini: every format people hold, nothing else.',
        },
        { regex: '^(zod|node:.*)$', message: 'src/records ships to the browser: zod/mini only, no Node APIs.' },
      ),
    },
  },
  {
    files: ['src/stores/**', 'src/components/**', 'src/i18n/**', 'src/integrations/**'],
    rules: {
      'no-restricted-imports': forbid({ group: ['**/features/*', '**/app/*'], message: 'Lower layers never import features or the app shell.' }),
    },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': forbid(
        {
          regex: `(^|/)(features/)?(${FEATURES.filter((f) => f !== feature).join('|')})/`,
          message: 'Features never import each other; compose them in src/app.',
        },
        { group: ['**/app/*'], message: 'Features never import the app shell.' },
        { group: ['**/content/load-content', '**/content/vite-plugin', 'node:*'], message: 'Build-time content loading does not ship to the browser.' },
      ),
    },
  })),
);
