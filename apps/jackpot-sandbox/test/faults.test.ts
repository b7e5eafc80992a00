import { get } from 'node:http';

import { routes } from '@jackpot-portal/jackpot-core';
import { describe, expect, it } from 'vitest';

import { faultsSchema } from '../src/faults/config';
import { decideFault, matchesRoute } from '../src/faults/decide';
import { seededRandom } from '../src/random';
import { eventually, type Json, sandbox, WebhookReceiver } from './helpers';

describe('fault decisions', () => {
  it('match route names, methods, :params and wildcards', () => {
    expect(matchesRoute('reserveByPrice', 'POST', '/v2/stores/a/offers/b/reserve-voucher-by-price')).toBe(true);
    expect(matchesRoute('reserveByPrice', 'POST', '/v2/stores/a/offers/b/reserve-voucher-by-value')).toBe(false);
    expect(matchesRoute('POST /v2/token', 'POST', '/v2/token')).toBe(true);
    expect(matchesRoute('POST /v2/token', 'GET', '/v2/token')).toBe(false);
    expect(matchesRoute('/v2/voucher/*', 'PUT', '/v2/voucher/x/confirm')).toBe(true);
    expect(matchesRoute('/v2/stores/:storeId', 'GET', '/v2/stores/abc')).toBe(true);
    expect(matchesRoute('/v2/stores/:storeId', 'GET', '/v2/stores/abc/offers')).toBe(false);
    expect(matchesRoute('*', 'GET', '/anything')).toBe(true);
  });

  it('are deterministic for a seed, and close to the configured rate', () => {
    const faults = faultsSchema.parse({ errorRate: 0.3 });
    const run = () => {
      const random = seededRandom(42);
      return Array.from({ length: 1000 }, () => decideFault(faults, 'GET', '/v2/stores', random).kind);
    };
    const first = run();
    expect(run()).toEqual(first);
    const errors = first.filter((kind) => kind === 'error').length;
    expect(errors).toBeGreaterThan(250);
    expect(errors).toBeLessThan(350);
  });

  it('let the first matching route rule override the defaults', () => {
    const faults = faultsSchema.parse({
      latencyMs: 5,
      routes: [{ match: 'listStores', errorRate: 1, errorStatus: 429, latencyMs: 0 }],
    });
    const random = seededRandom(1);
    expect(decideFault(faults, 'GET', '/v2/stores', random)).toMatchObject({
      kind: 'error',
      status: 429,
      latencyMs: 0,
    });
    expect(decideFault(faults, 'GET', '/v2/stores/x', random)).toEqual({ kind: 'pass', latencyMs: 5 });
  });
});

describe('fault injection over HTTP', () => {
  it('injects 5xx errors and 429 with Retry-After on the chosen routes only', async () => {
    const sbx = await sandbox();
    const apikey = sbx.running.credentials.apiKey;
    await sbx.control('PUT', '/faults', {
      retryAfterS: 7,
      routes: [
        { match: 'listStores', errorRate: 1, errorStatus: 503 },
        { match: 'POST /v2/token', errorRate: 1, errorStatus: 429 },
      ],
    });
    const unavailable = await sbx.call('GET', routes.listStores(), { apikey });
    expect(unavailable.status).toBe(503);
    expect(unavailable.body.error.code).toBe('INTERNAL');
    const limited = await sbx.exchange(await sbx.jwt());
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(limited.headers.get('retry-after')).toBe('7');
    const store = await sbx.call('GET', routes.getStore('00000000-0000-4000-8000-000000000000'), { apikey });
    expect(store.status).toBe(404);
    expect((await sbx.call('GET', '/health')).status).toBe(200);
    expect((await sbx.control('GET', '/faults')).status).toBe(200);

    await sbx.control('DELETE', '/faults');
    expect((await sbx.call('GET', routes.listStores(), { apikey })).status).toBe(200);
  });

  it('an error rate fails roughly that share of requests', async () => {
    const sbx = await sandbox({ seed: 7, faults: { errorRate: 0.5, errorStatus: 500 } });
    const apikey = sbx.running.credentials.apiKey;
    const statuses = [];
    for (let i = 0; i < 40; i++) statuses.push((await sbx.call('GET', routes.listStores(), { apikey })).status);
    const failures = statuses.filter((status) => status === 500).length;
    expect(failures).toBeGreaterThan(8);
    expect(failures).toBeLessThan(32);
    expect(statuses.filter((status) => status !== 500).every((status) => status === 200)).toBe(true);
  });

  it('adds latency', async () => {
    const sbx = await sandbox({ faults: { latencyMs: 150 } });
    const started = performance.now();
    await sbx.call('GET', routes.listStores(), { apikey: sbx.running.credentials.apiKey });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('hangs requests until the client gives up', async () => {
    const sbx = await sandbox({ faults: { timeoutRate: 1 } });
    const started = performance.now();
    const attempt = fetch(`${sbx.url}${routes.listStores()}`, {
      headers: { apikey: sbx.running.credentials.apiKey },
      signal: AbortSignal.timeout(200),
    });
    await expect(attempt).rejects.toThrow(/timeout|aborted/i);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(sbx.sandbox.hangingRequests.size).toBeLessThanOrEqual(1);
    await eventually(() => expect(sbx.sandbox.hangingRequests.size).toBe(0));
  });

  it('resets connections before any answer', async () => {
    const sbx = await sandbox({ faults: { routes: [{ match: 'listStores', resetRate: 1 }] } });
    const apikey = sbx.running.credentials.apiKey;
    const attempt = fetch(`${sbx.url}${routes.listStores()}`, { headers: { apikey } });
    await expect(attempt).rejects.toThrow(/fetch failed/);
    await expect(attempt.catch((error: Error) => Promise.reject(error.cause))).rejects.toMatchObject({
      code: expect.stringMatching(/ECONNRESET|UND_ERR_SOCKET/),
    });
    // The server itself carries on.
    expect((await sbx.control('GET', '/settings')).status).toBe(200);
  });

  // Observed over node:http, which shows what arrived and whether the connection closed.
  function watchRequest(url: string, apikey: string) {
    const seen = { status: 0, bytes: 0, ended: false, closed: false };
    const request = get(url, { headers: { apikey } }, (response) => {
      seen.status = response.statusCode ?? 0;
      response.on('data', (chunk: Buffer) => (seen.bytes += chunk.length));
      response.on('end', () => (seen.ended = true));
      response.on('error', () => {});
    });
    request.on('error', () => {});
    request.on('close', () => (seen.closed = true));
    return { seen, request };
  }

  it('holds half-open connections: no answer and no close, past hangMs, until the client closes', async () => {
    const sbx = await sandbox({ faults: { hangMs: 50, routes: [{ match: 'listStores', halfOpenRate: 1 }] } });
    const { seen, request } = watchRequest(`${sbx.url}${routes.listStores()}`, sbx.running.credentials.apiKey);
    await eventually(() => expect(sbx.sandbox.hangingRequests.size).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen).toEqual({ status: 0, bytes: 0, ended: false, closed: false });
    request.destroy();
    await eventually(() => expect(sbx.sandbox.hangingRequests.size).toBe(0));
    expect((await sbx.control('GET', '/settings')).status).toBe(200);
  });

  it('stalls answers mid-body: status, headers and part of the body, then nothing, the connection open', async () => {
    const sbx = await sandbox({ faults: { routes: [{ match: 'listStores', stallBodyRate: 1 }] } });
    const { seen, request } = watchRequest(`${sbx.url}${routes.listStores()}`, sbx.running.credentials.apiKey);
    await eventually(() => expect(seen.bytes).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen).toMatchObject({ status: 200, ended: false, closed: false });
    request.destroy();
    await eventually(() => expect(sbx.sandbox.hangingRequests.size).toBe(0));
  });

  it('carries late requests out after lateMs even when the client gave up: a reservation made after its client left', async () => {
    const sbx = await sandbox({ faults: { lateMs: 300, routes: [{ match: 'reserveByValue', lateRate: 1 }] } });
    const store = await sbx.findStore((s) => s.enabled && s.voucherPossibleDiscreteValues.includes(50));
    const token = await sbx.clientSession({ amountCents: 200_00 });
    const attempt = fetch(`${sbx.url}${routes.reserveByValue(store.id, store.offers[0].id)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ value: 50 }),
      signal: AbortSignal.timeout(100),
    });
    await expect(attempt).rejects.toThrow(/timeout|aborted/i);
    const byStore = async () =>
      ((await sbx.control('GET', `/vouchers?storeId=${store.id}`)).body.vouchers as Json[]).length;
    expect(await byStore()).toBe(0);
    await eventually(async () => expect(await byStore()).toBe(1));
  });

  it('rejects invalid fault settings with 400', async () => {
    const sbx = await sandbox();
    const bad = await sbx.control('PUT', '/faults', { errorRate: 2 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('errorRate');
  });
});

describe('webhook faults', () => {
  it('duplicates deliveries with the same event id', async () => {
    const receiver = await WebhookReceiver.start();
    const sbx = await sandbox({ webhookUrl: receiver.url, faults: { webhooks: { duplicateRate: 1 } } });
    await sbx.reserve();
    await eventually(() => expect(receiver.received).toHaveLength(2));
    const [a, b] = receiver.events();
    expect(a.id).toBe(b.id);
    const { body } = await sbx.control('GET', '/deliveries');
    expect(body.deliveries.map((d: { kind: string }) => d.kind)).toEqual(['original', 'duplicate']);
  });

  it('drops deliveries, recording them as dropped', async () => {
    const receiver = await WebhookReceiver.start();
    const sbx = await sandbox({ webhookUrl: receiver.url, faults: { webhooks: { dropRate: 1 } } });
    await sbx.reserve();
    const { body } = await sbx.control('GET', '/deliveries');
    expect(body.deliveries[0]).toMatchObject({ state: 'dropped', attempts: [] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(receiver.received).toHaveLength(0);
  });

  it('delays deliveries', async () => {
    const receiver = await WebhookReceiver.start();
    const sbx = await sandbox({ webhookUrl: receiver.url, faults: { webhooks: { delayMs: 200 } } });
    const published = Date.now();
    await sbx.reserve();
    await eventually(() => expect(receiver.received).toHaveLength(1));
    expect(receiver.received[0]!.receivedAt - published).toBeGreaterThanOrEqual(190);
  });

  it('reorders deliveries: events held in a window arrive newest first', async () => {
    const receiver = await WebhookReceiver.start();
    const sbx = await sandbox({
      webhookUrl: receiver.url,
      readyDelayMs: 0,
      faults: { webhooks: { reorderWindowMs: 1_000 } },
    });
    const m2m = await sbx.m2mSession();
    const { voucher } = await sbx.reserve();
    await sbx.call('PUT', routes.confirmVoucher(voucher.id), { token: m2m });
    await sbx.control('POST', '/clock/advance', { ms: 1 });
    await eventually(() => expect(receiver.received).toHaveLength(3));
    const order = receiver.events().map((e) => e.event);
    expect(order[0]).toBe('coupon/ready');
    expect(order.at(-1)).toBe('coupon/reserved');
  });
});
