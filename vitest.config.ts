import { defineConfig } from 'vitest/config';

// One run for the whole workspace: each package with a vitest.config.ts is a project.
export default defineConfig({
  test: {
    // `npm run test:security` runs the tests tagged `security` (with the e2e tests tagged @security).
    tags: [{ name: 'security', description: 'A protection of SECURITY.md: demo mode, headers, limits, errors.' }],
    projects: [
      'packages/*/vitest.config.ts',
      'apps/*/vitest.config.ts',
      'bench/vitest.config.ts',
      // Checks of the repository itself: compose file, .env.example.
      { test: { name: 'repo', include: ['test/**/*.test.ts'] } },
    ],
  },
});
