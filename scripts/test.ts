// `npm test`: the whole suite — typecheck, lint, unit and integration tests (real embedded
// PostgreSQL, real sandbox), production build, then end-to-end tests in Chromium.
// Every step runs even when an earlier one failed (except e2e without a build), and the run
// ends with a summary and a non-zero exit on any failure.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

import { findChromium } from '../apps/web/e2e/support/chromium';
import { childEnv, readScriptEnv, repoRoot } from './lib/env';
import { red, stepsThatGoOn } from './lib/steps';

// The browser first: without it the suite would fail only at its last step, ten minutes in.
const chromium = findChromium({ configured: readScriptEnv().CHROMIUM_PATH });
if ('problem' in chromium) {
  console.error(`\n${red('\u2716')} ${chromium.problem}`);
  process.exit(1);
}

const reportDir = path.join(repoRoot, '.cache', 'test-reports');
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

const { results, step, passed, printSummary } = stepsThatGoOn({
  cwd: repoRoot,
  env: childEnv({ FORCE_COLOR: readScriptEnv().CI ? '0' : '1' }),
});

await step('generate', [['pnpm', ['exec', 'turbo', 'run', 'generate', '--output-logs=errors-only']]]);
await step('typecheck', [
  ['pnpm', ['exec', 'turbo', 'run', 'typecheck', '--output-logs=errors-only']],
  ['pnpm', ['exec', 'tsc', '--noEmit', '-p', 'tsconfig.json']],
]);
await step('lint', [
  ['pnpm', ['exec', 'eslint', '.', '--max-warnings', '0']],
  ['pnpm', ['exec', 'prettier', '--check', '.', '--log-level', 'warn']],
]);
await step('unit and integration tests', [
  [
    'pnpm',
    [
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${path.join(reportDir, 'vitest.json')}`,
    ],
  ],
]);
// The report, not only the exit code, decides: a library hooking process exit once turned a
// failed run into exit code 0.
if (
  existsSync(path.join(reportDir, 'vitest.json')) &&
  JSON.parse(readFileSync(path.join(reportDir, 'vitest.json'), 'utf8')).success === false
) {
  results.at(-1)!.ok = false;
}
await step('build', [
  [
    'pnpm',
    [
      'exec',
      'turbo',
      'run',
      'build',
      '--filter=@jackpot-portal/web',
      '--filter=@jackpot-portal/jackpot-sandbox',
      '--output-logs=errors-only',
    ],
  ],
]);
// The quick reliability suites (docs/RELIABILITY.md) on the production build, on ports of their
// own beside the end-to-end tests' (E2E_PORT + 60 and + 61 for the second web server, sandbox +
// 60, database + 16): the webhook chaos on one server, then across two (without the cron check,
// which needs whole minutes), then the server killed mid-jobs and Jackpot's faults (about five
// minutes between them, mostly waiting out pg-boss's expiry of a dead worker's jobs and the
// minute-scale reconciliation).
const e2ePort = readScriptEnv().E2E_PORT;
await step(
  'reliability suites (quick)',
  [
    [
      'pnpm',
      [
        'exec',
        'tsx',
        'scripts/chaos.ts',
        'webhooks',
        'two-instances',
        'crash',
        'faults',
        '--quick',
        '--cron-minutes=0',
        `--web-port=${e2ePort + 60}`,
        `--web-port-2=${e2ePort + 61}`,
        `--sandbox-port=${e2ePort + 1070}`,
        `--db-port=${e2ePort + 2460}`,
      ],
    ],
  ],
  { skipUnless: () => passed('build') },
);
await step(
  'end-to-end tests (Chromium)',
  [['pnpm', ['exec', 'playwright', 'test', '-c', 'apps/web/playwright.config.ts']]],
  {
    skipUnless: () => passed('build'),
  },
);

// Counts from the runners' JSON reports, for one closing line over the whole suite.
function counts(): { passed: number; failed: number; skipped: number } {
  const total = { passed: 0, failed: 0, skipped: 0 };
  const vitestFile = path.join(reportDir, 'vitest.json');
  if (existsSync(vitestFile)) {
    const report = JSON.parse(readFileSync(vitestFile, 'utf8'));
    total.passed += report.numPassedTests ?? 0;
    total.failed += (report.numFailedTests ?? 0) + (report.success === false && report.numFailedTests === 0 ? 1 : 0);
    total.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
  const playwrightFile = path.join(reportDir, 'playwright.json');
  if (existsSync(playwrightFile)) {
    const stats = JSON.parse(readFileSync(playwrightFile, 'utf8')).stats ?? {};
    total.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    total.failed += stats.unexpected ?? 0;
    total.skipped += stats.skipped ?? 0;
  }
  return total;
}

printSummary();
const total = counts();
const failedSteps = results.filter((result) => !result.ok).length;
console.log(
  `\ntests: ${total.passed} passed, ${total.failed + (total.failed === 0 ? failedSteps : 0)} failed, ${total.skipped} skipped`,
);
process.exit(failedSteps === 0 ? 0 : 1);
