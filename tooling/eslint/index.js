// The one lint configuration of the workspace, imported by the root eslint.config.js.
import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Environment variables are read, validated and typed once per package, in its env module;
// everywhere else they are imported from there.
const envModules = [
  '**/env.ts',
  '**/env/**',
  '**/*.config.ts',
  '**/*.config.js',
  '**/*.config.mjs',
  'scripts/**',
  '**/e2e/**',
  '**/test/**',
  '**/*.test.ts',
];

// The web app's pages and components, and what they may not import.
const webUiFiles = ['apps/web/src/app/**/*.{ts,tsx}', 'apps/web/src/components/**/*.{ts,tsx}'];
const dbModules = ['@jackpot-portal/db', '@jackpot-portal/db/*'];
const readThroughTrpc = 'Pages and components read data through a tRPC procedure (~/trpc/server or useTRPC).';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.next/**',
      '**/.turbo/**',
      '**/generated/**',
      '.tools/**',
      '.data/**',
      '**/next-env.d.ts',
      // Vendored verbatim from the toolchain notes; see its header.
      'packages/db/tools/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Import the validated env from the package env module instead.',
        },
      ],
    },
  },
  { files: envModules, rules: { 'no-restricted-properties': 'off' } },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@next/next': nextPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
    },
    settings: { next: { rootDir: 'apps/web/' } },
  },
  // Pages, layouts and components read data through tRPC procedures (src/trpc/server.tsx on the
  // server, useTRPC in the browser), never the database: one code path for each piece of data.
  // Route handlers (app/api) are the HTTP edge: they may use the process's client (~/server/db).
  {
    files: webUiFiles,
    ignores: ['apps/web/src/app/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...dbModules, '**/server/db'], message: readThroughTrpc }] },
      ],
    },
  },
  {
    files: ['apps/web/src/app/api/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: dbModules, message: 'Route handlers call a service of @jackpot-portal/api.' }] },
      ],
    },
  },
);
