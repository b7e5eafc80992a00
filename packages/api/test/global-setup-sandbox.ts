import { startSandbox } from '@jackpot-portal/jackpot-sandbox';
import type { TestProject } from 'vitest/node';

/** A real Jackpot sandbox for the run, on a free port, with timers scaled down for tests. */
export default async function setup(project: TestProject) {
  const sandbox = await startSandbox({
    readyDelayMs: 300,
    credentials: {
      apiKey: 'test-api-key',
      apiSignature: 'test-api-signature-0123456789',
      clientSecret: 'test-client-secret',
    },
    webhookRetry: { firstRetryDelayMs: 50, giveUpAfterMs: 5_000, attemptTimeoutMs: 2_000 },
  });
  project.provide('sandbox', {
    url: sandbox.url,
    controlToken: sandbox.controlToken,
    credentials: sandbox.credentials,
  });
  return () => sandbox.stop();
}
