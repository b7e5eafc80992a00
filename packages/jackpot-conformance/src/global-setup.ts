import { randomBytes } from 'node:crypto';

import { DEFAULT_CREDENTIALS, startSandbox } from '@jackpot-portal/jackpot-sandbox';
import { type TestProject } from 'vitest/node';

import { readConformanceEnv } from './env';

// Test-sized timers for the sandbox the suite starts itself; an external target keeps its own.
const OWN_SANDBOX_READY_DELAY_MS = 200;
const OWN_SANDBOX_WEBHOOK_RETRY = { firstRetryDelayMs: 100, giveUpAfterMs: 3_000, attemptTimeoutMs: 1_000 };
const EXTERNAL_READY_TIMEOUT_MS = 60_000;
const OWN_SANDBOX_READY_TIMEOUT_MS = 5_000;

// Points the suite at JACKPOT_API_URL, or starts an in-process sandbox on a free port.
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const env = readConformanceEnv();
  if (env.apiUrl !== undefined && env.credentials !== undefined) {
    project.provide('conformanceTarget', {
      baseUrl: env.apiUrl,
      ...env.credentials,
      ...(env.controlToken === undefined ? {} : { controlToken: env.controlToken }),
      readyTimeoutMs: EXTERNAL_READY_TIMEOUT_MS,
    });
    console.log(
      `Jackpot conformance against ${env.apiUrl}${env.controlToken === undefined ? ' (no SANDBOX_CONTROL_TOKEN: sandbox-control tests are skipped)' : ''}`,
    );
    return undefined;
  }
  const credentials = env.credentials ?? DEFAULT_CREDENTIALS;
  const controlToken = env.controlToken ?? randomBytes(18).toString('base64url');
  const running = await startSandbox({
    credentials,
    controlToken,
    readyDelayMs: OWN_SANDBOX_READY_DELAY_MS,
    webhookRetry: OWN_SANDBOX_WEBHOOK_RETRY,
  });
  project.provide('conformanceTarget', {
    baseUrl: running.url,
    ...credentials,
    controlToken,
    readyTimeoutMs: OWN_SANDBOX_READY_TIMEOUT_MS,
  });
  console.log(`Jackpot conformance against an in-process sandbox at ${running.url}`);
  return () => running.stop();
}
