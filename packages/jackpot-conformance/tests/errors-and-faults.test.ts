import { ERROR_STATUS, errorBodySchema, RETRY_AFTER_HEADER, routes, type Store } from '@jackpot-portal/jackpot-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import { pickVoucher, requirePick, type VoucherPick } from '../src/catalogue-picks';
import { expectContractError } from '../src/expectations';
import { jackpotClient, notificationKey } from '../src/jackpot';
import { rawRequest, sandboxControl } from '../src/raw-http';
import { conformanceTarget, hasSandboxControl, NEEDS_CONTROL } from '../src/target';

let stores: Store[];
let pick: VoucherPick;

beforeAll(async () => {
  stores = await jackpotClient().listStores();
  pick = requirePick(pickVoucher(stores), 'enabled store with an offer');
});

// Counts what the client really sends, to check what it retries.
function countingClient(options: { timeoutMs?: number } = {}) {
  const sent: string[] = [];
  const countingFetch: typeof fetch = (input, init) => {
    sent.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`);
    return fetch(input, init);
  };
  const client = jackpotClient({ fetch: countingFetch, retry: { baseDelayMs: 20, maxDelayMs: 50 }, ...options });
  return { client, sent, sentTo: (path: string) => sent.filter((line) => line.endsWith(` ${path}`)).length };
}

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
describe('§7 error bodies', () => {
  it('answers every error with { error: { code, message } }', async () => {
    const answer = await rawRequest('GET', routes.getStore(pick.store.id), { apiKey: 'not-the-api-key' });
    expect(answer.status).toBe(ERROR_STATUS.UNAUTHENTICATED);
    const body = errorBodySchema.parse(answer.body);
    expect(body.error.code).toBe('UNAUTHENTICATED');
    expect(body.error.message.length).toBeGreaterThan(0);
  });

  it('answers 404 NOT_FOUND for a route outside the contract', async () => {
    const answer = await rawRequest('GET', '/v2/no-such-route', { apiKey: conformanceTarget().apiKey });
    expect(answer.status).toBe(404);
  });
});

describe.skipIf(!hasSandboxControl())(`§7 rate limiting and failures ${NEEDS_CONTROL}`, () => {
  afterEach(async () => {
    await sandboxControl('DELETE', '/faults');
  });

  it('answers 429 RATE_LIMITED with Retry-After; the client retries reads within its bound, then reports it', async () => {
    await sandboxControl('PUT', '/faults', {
      retryAfterS: 0,
      routes: [{ match: 'getStore', errorRate: 1, errorStatus: 429 }],
    });
    const answer = await rawRequest('GET', routes.getStore(pick.store.id), { apiKey: conformanceTarget().apiKey });
    expect(answer.status).toBe(429);
    expect(answer.headers.get(RETRY_AFTER_HEADER)).toMatch(/^\d+$/);
    expect(errorBodySchema.parse(answer.body).error.code).toBe('RATE_LIMITED');

    const { client, sentTo } = countingClient();
    const error = await expectContractError(client.getStore(pick.store.id), 'RATE_LIMITED');
    expect(error.retryable).toBe(true);
    expect(sentTo(routes.getStore(pick.store.id))).toBe(3);
  });

  it('retries a read after a 5xx and gets the answer', async () => {
    await sandboxControl('PUT', '/faults', { routes: [{ match: 'getStore', errorRate: 1, errorStatus: 503 }] });
    const { client, sentTo } = countingClient();
    const failing = client.getStore(pick.store.id);
    // Lift the fault while the client backs off: a later attempt succeeds.
    setTimeout(() => void sandboxControl('DELETE', '/faults'), 10);
    await expect(failing).resolves.toMatchObject({ id: pick.store.id });
    expect(sentTo(routes.getStore(pick.store.id))).toBeGreaterThanOrEqual(2);
  });

  it('never retries a reservation or a confirmation after a 5xx', async () => {
    await sandboxControl('PUT', '/faults', {
      routes: [
        { match: 'reserveByValue', errorRate: 1, errorStatus: 503 },
        { match: 'confirmVoucher', errorRate: 1, errorStatus: 500 },
      ],
    });
    const { client, sentTo } = countingClient();
    const session = await client.openClientSession({
      amountCents: pick.priceCents,
      notificationKey: notificationKey(),
    });
    await expect(session.reserveByValue(pick.store.id, pick.offer.id, pick.valueCents)).rejects.toMatchObject({
      kind: 'http',
      status: 503,
      outcomeUnknown: true,
      retryable: false,
    });
    expect(sentTo(routes.reserveByValue(pick.store.id, pick.offer.id))).toBe(1);
    expect(session.closed).toBe('outcome-unknown');

    await sandboxControl('DELETE', '/faults');
    const other = await client.openClientSession({
      amountCents: pick.priceCents,
      notificationKey: notificationKey(),
      forceManualConfirm: true,
    });
    const voucher = await other.reserveByValue(pick.store.id, pick.offer.id, pick.valueCents);
    await sandboxControl('PUT', '/faults', { routes: [{ match: 'confirmVoucher', errorRate: 1, errorStatus: 500 }] });
    await expect(client.confirmVoucher(voucher.id)).rejects.toMatchObject({ status: 500, outcomeUnknown: true });
    expect(sentTo(routes.confirmVoucher(voucher.id))).toBe(1);
  });

  it('reports a reservation that times out as a timeout with an unknown outcome, sent once', async () => {
    await sandboxControl('PUT', '/faults', { hangMs: 5_000, routes: [{ match: 'reserveByValue', timeoutRate: 1 }] });
    const { client, sentTo } = countingClient({ timeoutMs: 300 });
    const session = await client.openClientSession({
      amountCents: pick.priceCents,
      notificationKey: notificationKey(),
    });
    await expect(session.reserveByValue(pick.store.id, pick.offer.id, pick.valueCents)).rejects.toMatchObject({
      kind: 'timeout',
      outcomeUnknown: true,
      retryable: false,
    });
    expect(sentTo(routes.reserveByValue(pick.store.id, pick.offer.id))).toBe(1);
    expect(session.closed).toBe('outcome-unknown');
  });
});
