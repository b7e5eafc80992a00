import { decodeJwt } from 'jose';
import { describe, expect, it, vi } from 'vitest';

import { ClientSessionClosedError } from './client-session';
import { createJackpotClient, type JackpotClientOptions } from './create-jackpot-client';
import { createFakeFetch, errorResponse, hang, json, type FakeHandler } from './fake-jackpot-fetch';
import { JackpotError } from './jackpot-error';
import { OFFER_ID, STORE_ID, VOUCHER_ID, wireStore, wireToken, wireVoucher } from './test-fixtures';

function setup(handler: FakeHandler, overrides: Partial<JackpotClientOptions> = {}) {
  const fake = createFakeFetch(handler);
  const sleep = vi.fn(async (_ms: number) => {});
  const client = createJackpotClient({
    baseUrl: 'https://jackpot.test/',
    apiKey: 'key-1',
    apiSignature: 'signature-1',
    clientSecret: 'secret-1',
    timeoutMs: 50,
    fetch: fake.fetch,
    sleep,
    random: () => 0.5,
    ...overrides,
  });
  return { client, requests: fake.requests, sleep };
}

// Answers token requests, then delegates everything else.
function withTokens(rest: FakeHandler, tokens = { client: 'client-token', m2m: 'm2m-token' }): FakeHandler {
  return (request) => {
    if (request.url.pathname !== '/v2/token') return rest(request);
    const grant = (request.body as { grant_type: string }).grant_type;
    return json(200, wireToken(grant === 'client_credentials' ? tokens.m2m : tokens.client));
  };
}

async function caught(promise: Promise<unknown>): Promise<JackpotError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof JackpotError)) throw new Error(`Expected a JackpotError, got ${String(error)}`);
  return error;
}

describe('configuration', () => {
  it('refuses a base URL that is not http(s) at creation', () => {
    expect(() => setup(() => json(200, {}), { baseUrl: 'api.jackpot-io.com' })).toThrow(TypeError);
    expect(() => setup(() => json(200, {}), { baseUrl: 'ftp://api.jackpot-io.com' })).toThrow(TypeError);
  });

  it('keeps a path prefix of the base URL', async () => {
    const { client, requests } = setup(() => json(200, wireStore), { baseUrl: 'https://jackpot.test/demo/' });
    await client.getStore(STORE_ID);
    expect(requests[0]?.url.pathname).toBe(`/demo/v2/stores/${STORE_ID}`);
  });
});

describe('catalogue reads', () => {
  it('sends the API key, never follows redirects, and decodes euros into cents', async () => {
    const { client, requests } = setup(() => json(200, { stores: [wireStore] }));
    const stores = await client.listStores({ enabled: true, q: 'fn' });
    expect(stores[0]?.voucherValueMax).toBe(50_000);
    expect(requests[0]?.url.toString()).toBe('https://jackpot.test/v2/stores?enabled=true&q=fn');
    expect(requests[0]?.headers.apikey).toBe('key-1');
    expect(requests[0]?.redirect).toBe('manual');
  });

  it('retries a read on 5xx with growing jittered delays, then succeeds', async () => {
    let calls = 0;
    const { client, requests, sleep } = setup(() =>
      ++calls < 3 ? errorResponse(503, 'INTERNAL') : json(200, wireStore),
    );
    await expect(client.getStore(STORE_ID)).resolves.toMatchObject({ id: STORE_ID });
    expect(requests).toHaveLength(3);
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([150, 300]);
  });

  it('honours Retry-After on 429', async () => {
    let calls = 0;
    const { client, sleep } = setup(() =>
      ++calls === 1 ? errorResponse(429, 'RATE_LIMITED', { 'retry-after': '2' }) : json(200, wireStore),
    );
    await client.getStore(STORE_ID);
    expect(sleep).toHaveBeenCalledWith(2_000);
  });

  it('gives up at once when Retry-After is longer than it is willing to wait', async () => {
    const { client, requests } = setup(() => errorResponse(429, 'RATE_LIMITED', { 'retry-after': '120' }));
    const error = await caught(client.getStore(STORE_ID));
    expect(error).toMatchObject({
      kind: 'http',
      status: 429,
      code: 'RATE_LIMITED',
      retryable: true,
      retryAfterMs: 120_000,
    });
    expect(requests).toHaveLength(1);
  });

  it('stops after the bounded number of attempts on network errors', async () => {
    const { client, requests } = setup(() => Promise.reject(new TypeError('fetch failed')));
    const error = await caught(client.getStore(STORE_ID));
    expect(error).toMatchObject({ kind: 'network', retryable: true, path: `/v2/stores/${STORE_ID}` });
    expect(requests).toHaveLength(3);
  });

  it('does not retry a 4xx and reports its contract code', async () => {
    const { client, requests } = setup(() => errorResponse(404, 'NOT_FOUND'));
    const error = await caught(client.getStore(STORE_ID));
    expect(error).toMatchObject({
      kind: 'http',
      status: 404,
      code: 'NOT_FOUND',
      knownCode: 'NOT_FOUND',
      retryable: false,
      message: expect.stringContaining('NOT_FOUND happened'),
    });
    expect(requests).toHaveLength(1);
  });

  it('reports a redirect as an error instead of following it', async () => {
    const { client } = setup(
      () => new Response(null, { status: 302, headers: { location: 'https://elsewhere.test/' } }),
    );
    expect(await caught(client.getStore(STORE_ID))).toMatchObject({ kind: 'http', status: 302, retryable: false });
  });

  it('reports an answer that is not the contract as invalid-response', async () => {
    const { client } = setup(() => json(200, { ...wireStore, voucherValueMin: 'ten' }));
    expect(await caught(client.getStore(STORE_ID))).toMatchObject({
      kind: 'invalid-response',
      message: expect.stringContaining('voucherValueMin'),
    });
    const { client: htmlClient } = setup(() => new Response('<html>', { status: 200 }));
    expect(await caught(htmlClient.getStore(STORE_ID))).toMatchObject({ kind: 'invalid-response' });
  });

  it('times out a hung read, and retries it', async () => {
    const { client, requests } = setup((request) => hang(request.signal));
    expect(await caught(client.getStore(STORE_ID))).toMatchObject({
      kind: 'timeout',
      retryable: true,
      outcomeUnknown: false,
    });
    expect(requests).toHaveLength(3);
  });
});

describe('reservations and state changes', () => {
  it('sends amounts in euros and never retries a failed reservation', async () => {
    const { client, requests } = setup(() => errorResponse(503, 'INTERNAL'));
    const error = await caught(client.reserveByPrice('client-token', STORE_ID, OFFER_ID, 10_050));
    expect(requests).toHaveLength(1);
    expect(requests[0]?.body).toEqual({ price: 100.5 });
    expect(requests[0]?.headers.authorization).toBe('Bearer client-token');
    expect(error).toMatchObject({ kind: 'http', status: 503, retryable: false, outcomeUnknown: true });
  });

  it('makes a timed-out reservation distinguishable: timeout, outcome unknown, not retried', async () => {
    const { client, requests } = setup((request) => hang(request.signal));
    const error = await caught(client.reserveByValue('client-token', STORE_ID, OFFER_ID, 11_000));
    expect(error).toMatchObject({ kind: 'timeout', retryable: false, outcomeUnknown: true });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.body).toEqual({ value: 110 });
  });

  it('knows a refused connection never reached the server', async () => {
    const { client } = setup(() =>
      Promise.reject(
        new TypeError('fetch failed', { cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }) }),
      ),
    );
    expect(await caught(client.reserveByValue('t', STORE_ID, OFFER_ID, 11_000))).toMatchObject({
      kind: 'network',
      outcomeUnknown: false,
    });
  });

  it('never retries a confirmation on 5xx', async () => {
    const { client, requests } = setup(withTokens(() => errorResponse(502, 'INTERNAL')));
    expect(await caught(client.confirmVoucher(VOUCHER_ID))).toMatchObject({ status: 502, outcomeUnknown: true });
    expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
  });

  it('never retries a JWT exchange', async () => {
    const { client, requests } = setup(() => errorResponse(500, 'INTERNAL'));
    await caught(client.exchangeSessionJwt('a.b.c'));
    expect(requests).toHaveLength(1);
    expect(requests[0]?.body).toEqual({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      client_id: 'key-1',
      assertion: 'a.b.c',
    });
  });
});

describe('m2m token', () => {
  it('is requested once for concurrent calls and reused until shortly before expiry', async () => {
    let now = 0;
    const { client, requests } = setup(
      withTokens(() => json(200, wireVoucher())),
      { now: () => now },
    );
    await Promise.all([client.getVoucher(VOUCHER_ID), client.getVoucher(VOUCHER_ID), client.cancelVoucher(VOUCHER_ID)]);
    const tokenRequests = () => requests.filter((r) => r.url.pathname === '/v2/token');
    expect(tokenRequests()).toHaveLength(1);
    expect(tokenRequests()[0]?.body).toEqual({
      grant_type: 'client_credentials',
      client_id: 'key-1',
      client_secret: 'secret-1',
    });
    expect(requests.find((r) => r.method === 'PUT')?.headers.authorization).toBe('Bearer m2m-token');
    now = 3_539_000;
    await client.getVoucher(VOUCHER_ID);
    expect(tokenRequests()).toHaveLength(1);
    now = 3_541_000;
    await client.getVoucher(VOUCHER_ID);
    expect(tokenRequests()).toHaveLength(2);
  });

  it('renews a token the server refuses, once', async () => {
    let refusals = 0;
    const { client, requests } = setup(
      withTokens(() =>
        refusals++ === 0 ? errorResponse(401, 'UNAUTHENTICATED') : json(200, wireVoucher('CONFIRMED')),
      ),
    );
    await expect(client.confirmVoucher(VOUCHER_ID)).resolves.toMatchObject({ state: 'CONFIRMED' });
    expect(requests.filter((r) => r.url.pathname === '/v2/token')).toHaveLength(2);
  });

  it('uses the credential it is given instead, without renewal', async () => {
    const { client, requests } = setup(() => errorResponse(403, 'FORBIDDEN'));
    expect(await caught(client.getVoucher(VOUCHER_ID, { auth: { bearer: 'client-token' } }))).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
    });
    expect(requests).toHaveLength(1);
  });
});

describe('voucher documents', () => {
  it('returns the attachment bytes and content type', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7');
    const { client, requests } = setup(
      withTokens(() => new Response(pdf, { status: 200, headers: { 'content-type': 'application/pdf' } })),
    );
    const attachment = await client.getVoucherAttachment(VOUCHER_ID);
    expect(attachment.contentType).toBe('application/pdf');
    expect(new TextDecoder().decode(attachment.bytes)).toBe('%PDF-1.7');
    expect(requests.at(-1)?.headers.accept).toBe('application/pdf');
  });

  it('validates the signed URL answer', async () => {
    const { client } = setup(
      withTokens(() =>
        json(200, { signedUrl: 'https://files.test/v.pdf?sig=1', expiresAt: '2026-01-01T11:00:00.000Z' }),
      ),
    );
    await expect(client.getVoucherUrl(VOUCHER_ID)).resolves.toEqual({
      signedUrl: 'https://files.test/v.pdf?sig=1',
      expiresAt: '2026-01-01T11:00:00.000Z',
    });
  });
});

describe('client session', () => {
  it('signs a JWT for the amount, exchanges it and browses with the session token', async () => {
    const { client, requests } = setup(
      withTokens(() =>
        json(200, { vouchers: [{ storeId: STORE_ID, offerId: OFFER_ID, mode: 'BONUS', value: 55, price: 50 }] }),
      ),
    );
    const session = await client.openClientSession({ amountCents: 5_000, notificationKey: 'order-1', userId: 'u-1' });
    const vouchers = await session.proposedVouchers({ amountCents: 4_990, strict: true });
    expect(vouchers).toEqual([{ storeId: STORE_ID, offerId: OFFER_ID, mode: 'BONUS', value: 5_500, price: 5_000 }]);
    const assertion = (requests[0]?.body as { assertion: string }).assertion;
    expect(decodeJwt(assertion)).toMatchObject({ amount: 50, notificationKey: 'order-1', userId: 'u-1' });
    expect(requests[1]?.url.search).toBe('?amount=49.9&strict=true');
    expect(requests[1]?.headers.authorization).toBe('Bearer client-token');
  });

  it('dies after one reservation, without sending a second one', async () => {
    const { client, requests } = setup(withTokens(() => json(201, wireVoucher())));
    const session = await client.openClientSession({ amountCents: 10_000, notificationKey: 'order-1' });
    await session.reserveByPrice(STORE_ID, OFFER_ID, 10_000);
    await expect(session.reserveByValue(STORE_ID, OFFER_ID, 11_000)).rejects.toEqual(
      new ClientSessionClosedError('reserved'),
    );
    await expect(session.listStores()).rejects.toBeInstanceOf(ClientSessionClosedError);
    expect(requests).toHaveLength(2);
  });

  it('stays open after a refused reservation', async () => {
    let calls = 0;
    const { client } = setup(
      withTokens(() => (++calls === 1 ? errorResponse(422, 'VALUE_NOT_ALLOWED') : json(201, wireVoucher()))),
    );
    const session = await client.openClientSession({ amountCents: 10_000, notificationKey: 'order-1' });
    expect(await caught(session.reserveByValue(STORE_ID, OFFER_ID, 1_234))).toMatchObject({
      code: 'VALUE_NOT_ALLOWED',
    });
    expect(session.closed).toBeUndefined();
    await expect(session.reserveByValue(STORE_ID, OFFER_ID, 11_000)).resolves.toMatchObject({ state: 'RESERVED' });
  });

  it('closes when a reservation timed out, since it may have happened', async () => {
    const { client } = setup(withTokens((request) => hang(request.signal)));
    const session = await client.openClientSession({ amountCents: 10_000, notificationKey: 'order-1' });
    expect(await caught(session.reserveByPrice(STORE_ID, OFFER_ID, 10_000))).toMatchObject({ kind: 'timeout' });
    expect(session.closed).toBe('outcome-unknown');
  });

  it('refuses a second reservation while the first is in flight', async () => {
    const { client } = setup(
      withTokens(() => new Promise((resolve) => setTimeout(() => resolve(json(201, wireVoucher())), 10))),
    );
    const session = await client.openClientSession({ amountCents: 10_000, notificationKey: 'order-1' });
    const first = session.reserveByPrice(STORE_ID, OFFER_ID, 10_000);
    await expect(session.reserveByPrice(STORE_ID, OFFER_ID, 10_000)).rejects.toEqual(
      new ClientSessionClosedError('reservation-in-progress'),
    );
    await first;
  });

  it('expires after one hour', async () => {
    let now = 1_000;
    const { client, requests } = setup(
      withTokens(() => json(200, { stores: [] })),
      { now: () => now },
    );
    const session = await client.openClientSession({ amountCents: 10_000, notificationKey: 'order-1' });
    now += 3_599_999;
    await session.listStores();
    now += 1;
    await expect(session.listStores()).rejects.toEqual(new ClientSessionClosedError('expired'));
    expect(requests).toHaveLength(2);
  });
});
