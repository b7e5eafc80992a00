import { randomUUID } from 'node:crypto';

import { createJackpotClient, type JackpotClient, type JackpotClientOptions } from '@jackpot-portal/jackpot-core';

import { conformanceTarget } from './target';

// A client of the target; overrides let a test present wrong credentials.
export function jackpotClient(overrides: Partial<JackpotClientOptions> = {}): JackpotClient {
  const target = conformanceTarget();
  return createJackpotClient({
    baseUrl: target.baseUrl,
    apiKey: target.apiKey,
    apiSignature: target.apiSignature,
    clientSecret: target.clientSecret,
    timeoutMs: 10_000,
    ...overrides,
  });
}

// Every session of the suite gets its own notificationKey: the target refuses a reused one.
export function notificationKey(): string {
  return `conformance-${randomUUID()}`;
}
