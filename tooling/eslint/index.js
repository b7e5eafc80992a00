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

// The package table of docs/ARCHITECTURE.md: what each package must not import.
const frameworks = {
  next: { group: ['next', 'next/*', 'react', 'react-dom', 'react/*'], message: 'No Next.js or React below apps/web.' },
  prisma: {
    group: ['@prisma/*', '@jackpot-portal/db', '@jackpot-portal/db/*'],
    message: 'The database belongs to packages/db and the api package that uses it.',
  },
  hono: { group: ['hono', 'hono/*', '@hono/*'], message: 'Hono serves the sandbox only.' },
  api: { group: ['@jackpot-portal/api', '@jackpot-portal/api/*'], message: 'Nothing below packages/api imports it.' },
  web: { group: ['~/*', '@jackpot-portal/web', '@jackpot-portal/web/*'], message: 'Nothing imports the web app.' },
};
const packageRules = [
  { files: ['packages/jackpot-core/src/**'], forbid: ['next', 'prisma', 'hono', 'api', 'web'] },
  { files: ['packages/benefits-rules/src/**'], forbid: ['next', 'prisma', 'hono', 'api', 'web'] },
  { files: ['packages/jackpot-conformance/**'], forbid: ['next', 'prisma', 'api', 'web'] },
  { files: ['apps/jackpot-sandbox/src/**'], forbid: ['next', 'prisma', 'api', 'web'] },
  { files: ['packages/db/src/**', 'packages/db/prisma/**'], forbid: ['next', 'api', 'web'] },
];

// The layers inside packages/api/src, top to bottom: the entry points (index, jobs, root) →
// routers (and trpc.ts) → workers → services → queue; errors.ts and context.ts at the side. A layer
// imports only what is below it: a service never a router, the queue never a service.
const apiModule = (...names) => new RegExp(`^(\\.{1,2}/)+(${names.join('|')})(/|$)`).source;
const apiLayers = [
  {
    files: ['packages/api/src/routers/**', 'packages/api/src/trpc.ts'],
    forbid: [apiModule('queue', 'workers', 'root', 'index', 'jobs')],
    alsoForbid: [
      { group: frameworks.prisma.group, message: 'A router calls a service; the service reads the database.' },
    ],
    message: 'A router validates, authorizes and calls a service; the service does the rest (docs/ARCHITECTURE.md).',
  },
  {
    files: ['packages/api/src/workers/**'],
    forbid: [apiModule('routers', 'trpc', 'root', 'index', 'jobs')],
    message: 'Workers wire queues to services; they never call routers (docs/ARCHITECTURE.md).',
  },
  {
    files: ['packages/api/src/services/**'],
    forbid: [apiModule('routers', 'trpc', 'workers', 'context', 'root', 'index', 'jobs')],
    message:
      'Services sit below routers and workers: they take their deps and input as arguments (docs/ARCHITECTURE.md).',
  },
  {
    files: ['packages/api/src/queue/**'],
    forbid: [apiModule('services', 'routers', 'trpc', 'workers', 'context', 'root', 'index', 'jobs')],
    message: 'The queue is plumbing below the services: it knows no domain (docs/ARCHITECTURE.md).',
  },
  {
    files: ['packages/api/src/context.ts', 'packages/api/src/errors.ts'],
    forbid: [apiModule('services', 'routers', 'trpc', 'workers', 'root', 'index', 'jobs')],
    message: 'The context and the error table depend on no layer of packages/api (docs/ARCHITECTURE.md).',
  },
];

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
  ...packageRules.map(({ files, forbid }) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: forbid.map((name) => frameworks[name]) }] },
  })),
  {
    files: ['packages/api/src/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [frameworks.next, frameworks.web] }] },
  },
  ...apiLayers.map(({ files, forbid, alsoForbid = [], message }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [frameworks.next, frameworks.web, ...alsoForbid, ...forbid.map((regex) => ({ regex, message }))] },
      ],
    },
  })),
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
