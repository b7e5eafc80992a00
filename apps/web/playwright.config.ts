import { randomBytes } from 'node:crypto';
import path from 'node:path';

import { defineConfig, devices } from '@playwright/test';

import { findChromium } from './e2e/support/chromium';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const chromium = findChromium({ configured: process.env.CHROMIUM_PATH });
if ('problem' in chromium) throw new Error(chromium.problem);
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
// Secrets of this run, known to the stack and to the tests (workers inherit them): the demo
// access key that `npm start` would print, the webhook secret the security tests post with, and
// the sandbox's control token (the admin operations spec turns a Jackpot fault on and off).
process.env.DEMO_ACCESS_TOKEN ??= randomBytes(24).toString('base64url');
process.env.JACKPOT_WEBHOOK_SECRET ??= randomBytes(24).toString('base64url');
process.env.SANDBOX_CONTROL_TOKEN ??= randomBytes(18).toString('base64url');

export default defineConfig({
  testDir: './e2e',
  outputDir: path.join(repoRoot, 'test-results'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: path.join(repoRoot, '.cache', 'test-reports', 'playwright.json') }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium.executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], locale: 'fr-FR' } }],
  // The real `npm start` path, on a throw-away database and its own ports.
  webServer: {
    command: `node scripts/run.mjs start --ephemeral --port ${port} --sandbox-port ${port + 1010} --db-port ${port + 2444}`,
    cwd: repoRoot,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGINT', timeout: 30_000 },
    env: {
      DATABASE_URL: '',
      JACKPOT_API_URL: '',
      CI: process.env.CI ?? '',
      DEMO_ACCESS_TOKEN: process.env.DEMO_ACCESS_TOKEN,
      JACKPOT_WEBHOOK_SECRET: process.env.JACKPOT_WEBHOOK_SECRET,
      SANDBOX_CONTROL_TOKEN: process.env.SANDBOX_CONTROL_TOKEN,
      // Every spec signs in from this one address, many times over: the limits are proven by
      // the integration tests (packages/api/test/sign-in-link.test.ts), not in the browser.
      SIGN_IN_LIMIT_PER_ADDRESS: '1000',
      SIGN_IN_LIMIT_PER_IP: '1000',
    },
  },
});
