import { GRANT_TYPE_CLIENT_CREDENTIALS, GRANT_TYPE_JWT_BEARER, routes } from '@jackpot-portal/jackpot-core';
import { describe, expect, it } from 'vitest';

import { handSignedJwt, sandbox } from './helpers';

const nowS = () => Math.floor(Date.now() / 1000);

describe('POST /v2/token', () => {
  it('exchanges a session JWT for a one-hour bearer token', async () => {
    const sbx = await sandbox();
    const { status, body } = await sbx.exchange(await sbx.jwt());
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect(body.access_token).toEqual(expect.any(String));
  });

  it('refuses a second exchange of the same JWT, and a new JWT reusing a notificationKey (409 JWT_ALREADY_USED)', async () => {
    const sbx = await sandbox();
    const jwt = await sbx.jwt({ notificationKey: 'order-1' });
    expect((await sbx.exchange(jwt)).status).toBe(200);
    const again = await sbx.exchange(jwt);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('JWT_ALREADY_USED');
    const sameKey = await sbx.exchange(await sbx.jwt({ notificationKey: 'order-1' }));
    expect(sameKey.status).toBe(409);
    expect(sameKey.body.error.code).toBe('JWT_ALREADY_USED');
  });

  it('refuses a JWT signed with another key, another algorithm, expired or with an old iat (401)', async () => {
    const sbx = await sandbox();
    const secret = sbx.running.credentials.apiSignature;
    const claims = (extra: Record<string, unknown> = {}) => ({
      amount: 50,
      iat: nowS(),
      exp: nowS() + 60,
      notificationKey: `k-${Math.random()}`,
      jti: `${Math.random()}`,
      ...extra,
    });
    const cases = [
      handSignedJwt(claims(), 'not-the-api-signature'),
      handSignedJwt(claims(), secret, 'HS512'),
      handSignedJwt(claims({ iat: nowS() - 120, exp: nowS() - 10 }), secret),
      handSignedJwt(claims({ iat: nowS() - 700, exp: nowS() + 10 }), secret),
      handSignedJwt(claims({ iat: nowS() + 120, exp: nowS() + 200 }), secret),
      `${handSignedJwt(claims(), secret).split('.').slice(0, 2).join('.')}.`,
    ];
    for (const jwt of cases) {
      const { status, body } = await sbx.exchange(jwt);
      expect(status).toBe(401);
      expect(body.error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('a refused JWT does not burn its notificationKey', async () => {
    const sbx = await sandbox();
    const expired = handSignedJwt(
      { amount: 50, iat: nowS() - 120, exp: nowS() - 10, notificationKey: 'order-9' },
      sbx.running.credentials.apiSignature,
    );
    expect((await sbx.exchange(expired)).status).toBe(401);
    expect((await sbx.exchange(await sbx.jwt({ notificationKey: 'order-9' }))).status).toBe(200);
  });

  it('accepts legacy claims (cp, age, gender) and ignores them', async () => {
    const sbx = await sandbox();
    const jwt = handSignedJwt(
      { amount: 20, iat: nowS(), exp: nowS() + 60, notificationKey: 'legacy', cp: '75001', age: 30, gender: 'F' },
      sbx.running.credentials.apiSignature,
    );
    expect((await sbx.exchange(jwt)).status).toBe(200);
  });

  it('refuses a wrong client_id, a wrong client secret, and bad bodies', async () => {
    const sbx = await sandbox();
    const { apiKey } = sbx.running.credentials;
    const wrongId = await sbx.call('POST', routes.token(), {
      body: { grant_type: GRANT_TYPE_JWT_BEARER, client_id: 'other', assertion: await sbx.jwt() },
    });
    expect(wrongId.status).toBe(401);
    const wrongSecret = await sbx.call('POST', routes.token(), {
      body: { grant_type: GRANT_TYPE_CLIENT_CREDENTIALS, client_id: apiKey, client_secret: 'nope' },
    });
    expect(wrongSecret.status).toBe(401);
    const badGrant = await sbx.call('POST', routes.token(), { body: { grant_type: 'password', client_id: apiKey } });
    expect(badGrant.status).toBe(400);
    expect(badGrant.body.error.code).toBe('VALIDATION');
    expect(badGrant.body.error.message).toContain('grant_type');
    const badJson = await sbx.call('POST', routes.token(), {
      rawBody: '{"grant_type":',
      headers: { 'content-type': 'application/json' },
    });
    expect(badJson.status).toBe(400);
    expect(badJson.body.error).toEqual({ code: 'VALIDATION', message: 'The body is not valid JSON' });
  });

  it('m2m tokens are reusable; client and m2m sessions die after one hour', async () => {
    const sbx = await sandbox();
    const m2m = await sbx.m2mSession();
    const client = await sbx.clientSession();
    for (let i = 0; i < 3; i++) expect((await sbx.call('GET', routes.listStores(), { token: m2m })).status).toBe(200);
    await sbx.control('POST', '/clock/advance', { ms: 3_600_000 });
    for (const token of [m2m, client]) {
      const { status, body } = await sbx.call('GET', routes.listStores(), { token });
      expect(status).toBe(401);
      expect(body.error.message).toMatch(/expired/);
    }
  });
});

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
describe('auth per route (§4)', () => {
  it('answers 403 FORBIDDEN to the wrong kind of credential', async () => {
    const sbx = await sandbox();
    const { voucher, store, offer } = await sbx.reserve();
    const apikey = sbx.running.credentials.apiKey;
    const m2m = await sbx.m2mSession();
    const client = await sbx.clientSession();
    const forbidden = [
      sbx.call('GET', routes.proposedVouchers(), { token: m2m }),
      sbx.call('GET', routes.proposedVouchers(), { apikey }),
      sbx.call('GET', routes.storeProposedVouchers(store.id), { token: m2m }),
      sbx.call('POST', routes.reserveByPrice(store.id, offer.id), { token: m2m, body: { price: 10 } }),
      sbx.call('POST', routes.reserveByValue(store.id, offer.id), { apikey, body: { value: 10 } }),
      sbx.call('GET', routes.getVoucher(voucher.id), { token: client }),
      sbx.call('GET', routes.getVoucher(voucher.id), { apikey }),
      sbx.call('PUT', routes.confirmVoucher(voucher.id), { token: client }),
      sbx.call('PUT', routes.cancelVoucher(voucher.id), { apikey }),
      sbx.call('PUT', routes.refundVoucher(voucher.id), { token: client }),
      sbx.call('GET', routes.getVoucherUrl(voucher.id), { token: client }),
      sbx.call('GET', routes.getVoucherAttachment(voucher.id), { token: client }),
    ];
    for (const answer of await Promise.all(forbidden)) {
      expect(answer.status).toBe(403);
      expect(answer.body.error.code).toBe('FORBIDDEN');
    }
  });

  it('answers 401 to no credential, an unknown token, or a malformed Authorization header', async () => {
    const sbx = await sandbox();
    expect((await sbx.call('GET', routes.getVoucher('x'))).status).toBe(401);
    expect((await sbx.call('GET', routes.getVoucher('x'), { token: 'made-up' })).status).toBe(401);
    expect((await sbx.call('GET', routes.getVoucher('x'), { headers: { authorization: 'Basic abc' } })).status).toBe(
      401,
    );
  });
});
