import { describe, expect, it } from 'vitest';

import { createSandboxApp } from '../src/app';
import { optionsFromEnv, resolveConfig } from '../src/config';
import { readSandboxEnv } from '../src/env';

describe('environment', () => {
  // "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
  it('maps the contract §9 names and the SANDBOX_* knobs to options', () => {
    const options = optionsFromEnv(
      readSandboxEnv({
        SANDBOX_PORT: '4321',
        JACKPOT_API_KEY: 'key',
        JACKPOT_WEBHOOK_URL: 'http://localhost:3000/api/webhooks/jackpot/s3cret',
        SANDBOX_AUTO_CONFIRM: 'true',
        SANDBOX_READY_DELAY_MS: '10',
        SANDBOX_RESERVATION_TTL_S: '60',
        SANDBOX_CATALOGUE_SIZE: '2000',
        SANDBOX_FAULTS: '{"latencyMs":5,"webhooks":{"dropRate":0.5}}',
        SANDBOX_ERROR_RATE: '0.25',
        SANDBOX_WEBHOOK_DUPLICATE_RATE: '0.1',
        SANDBOX_WEBHOOK_RETRY_BASE_MS: '50',
        SANDBOX_DATA_FILE: '',
      }),
    );
    const config = resolveConfig(options);
    expect(options.port).toBe(4321);
    expect(config.credentials).toEqual({
      apiKey: 'key',
      apiSignature: 'sandbox-api-signature-secret',
      clientSecret: 'sandbox-client-secret',
    });
    expect(config).toMatchObject({
      autoConfirm: true,
      readyDelayMs: 10,
      reservationTtlS: 60,
      catalogueSize: 2000,
      dataFile: undefined,
    });
    expect(config.faults).toMatchObject({
      latencyMs: 5,
      errorRate: 0.25,
      webhooks: { dropRate: 0.5, duplicateRate: 0.1 },
    });
    expect(config.webhookRetry).toEqual({ firstRetryDelayMs: 50, giveUpAfterMs: 300_000, attemptTimeoutMs: 10_000 });
  });

  it('defaults to the contract values and port 4010', () => {
    const options = optionsFromEnv(readSandboxEnv({}));
    const config = resolveConfig(options);
    expect(options.port).toBe(4010);
    expect(config).toMatchObject({
      autoConfirm: false,
      readyDelayMs: 2_000,
      reservationTtlS: 172_800,
      controlTokenGenerated: true,
    });
  });

  it('names the variable that is wrong', () => {
    expect(() => readSandboxEnv({ SANDBOX_ERROR_RATE: '2' })).toThrow(/SANDBOX_ERROR_RATE/);
    expect(() => readSandboxEnv({ SANDBOX_AUTO_CONFIRM: 'yes' })).toThrow(/SANDBOX_AUTO_CONFIRM/);
    expect(() => readSandboxEnv({ SANDBOX_FAULTS: '{oops' })).toThrow(/SANDBOX_FAULTS: must be JSON/);
    expect(() => readSandboxEnv({ JACKPOT_WEBHOOK_URL: 'not a url' })).toThrow(/JACKPOT_WEBHOOK_URL/);
  });
});

describe('createSandboxApp', () => {
  it('serves the API without a server, through app.request()', async () => {
    const app = createSandboxApp({ controlToken: 'x' });
    expect((await app.request('/health')).status).toBe(200);
    const stores = await app.request('/v2/stores', { headers: { apikey: 'sandbox-api-key' } });
    expect(stores.status).toBe(200);
    const body = (await stores.json()) as { stores: { storeLogoSmall: string }[] };
    expect(body.stores[0]!.storeLogoSmall.startsWith('http://localhost/logos/')).toBe(true);
    const missing = await app.request('/v2/nope');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
    await app.sandbox.stop();
  });
});
