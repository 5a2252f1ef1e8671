// Lint rules for the whole repository, including the direction of imports between folders
// (see the README's Layout): core imports nothing of the app; core/domain imports no library.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Relative imports that climb into one of the named top-level folders (not package names such as
// @react-pdf/renderer).
const appFolders = (...names) =>
  names.map((n) => ({ regex: `^(\\.\\./)+${n}(/|$)`, message: `core must not import from ${n}/` }));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['core/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...appFolders('renderer', 'electron', 'cli'),
            {
              group: ['dexie', 'electron', 'react-dom', 'zustand', 'recharts', '@mantine/*'],
              message: 'core is platform-free',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['core/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...appFolders('renderer', 'electron', 'cli', 'data', 'report', 'sample'),
            { regex: '^[^.]', message: 'core/domain is pure: it imports no library' },
          ],
        },
      ],
    },
  },
  {
    // The engine's tests and test builders may use the test libraries and node:fs; the engine may not.
    files: [
      'core/domain/**/*.test.ts',
      'core/domain/test-records.ts',
      'core/domain/arbitrary-records.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...appFolders('renderer', 'electron', 'cli', 'data', 'report', 'sample')] },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Only renderer/src/db imports dexie.' },
            { name: 'electron', message: 'The renderer never imports electron.' },
          ],
          patterns: [
            { group: ['**/electron/**', '**/cli/**'], message: 'renderer imports only from core.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/db/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer never imports electron.' }],
          patterns: [
            { group: ['**/electron/**', '**/cli/**'], message: 'renderer imports only from core.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/policy/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Policies are pure and unit-tested: no electron import.' },
          ],
          patterns: [
            { group: ['**/renderer/**', '**/cli/**'], message: 'electron imports only from core.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '**/cli/**'],
              message: 'electron imports only from core and its policies.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='BrowserWindow']",
          message: 'Make windows only through create-window.ts.',
        },
      ],
    },
  },
  {
    files: ['electron/main/create-window.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['cli/**/*.ts', 'cli/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**', '**/electron/**'], message: 'cli imports only from core.' },
          ],
        },
      ],
    },
  },
);
