import {
  GRANT_TYPE_CLIENT_CREDENTIALS,
  mintSessionJwt,
  routes,
  SESSION_TOKEN_LIFETIME_S,
  tokenResponseSchema,
} from '@jackpot-portal/jackpot-core';
import { SignJWT, UnsecuredJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';

import { pickVoucher, requirePick, type VoucherPick } from '../src/catalogue-picks';
import { expectContractError, expectRawContractError } from '../src/expectations';
import { jackpotClient, notificationKey } from '../src/jackpot';
import { rawRequest, sandboxControl } from '../src/raw-http';
import { conformanceTarget, hasSandboxControl, NEEDS_CONTROL } from '../src/target';
import { reserve } from '../src/vouchers';

const client = jackpotClient();
let pick: VoucherPick;

beforeAll(async () => {
  pick = requirePick(pickVoucher(await client.listStores()), 'enabled store with an offer');
});

function jwtFor(overrides: { amountCents?: number; apiSignature?: string; lifetimeS?: number; now?: Date } = {}) {
  return mintSessionJwt({
    apiSignature: conformanceTarget().apiSignature,
    amountCents: 10_000,
    notificationKey: notificationKey(),
    ...overrides,
  });
}

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
describe('§2.2 POST /v2/token', () => {
  it('exchanges a session JWT for a one-hour Bearer token', async () => {
    const token = await client.exchangeSessionJwt(await jwtFor());
    expect(token.token_type.toLowerCase()).toBe('bearer');
    expect(token.expires_in).toBe(SESSION_TOKEN_LIFETIME_S);
  });

  it('grants an m2m token for the client secret', async () => {
    const token = await client.requestM2mToken();
    expect(token.expires_in).toBe(SESSION_TOKEN_LIFETIME_S);
  });

  it('answers the token in the contract shape', async () => {
    const { apiKey, clientSecret } = conformanceTarget();
    const answer = await rawRequest('POST', routes.token(), {
      rawBody: JSON.stringify({
        grant_type: GRANT_TYPE_CLIENT_CREDENTIALS,
        client_id: apiKey,
        client_secret: clientSecret,
      }),
    });
    expect(answer.status).toBe(200);
    expect(tokenResponseSchema.safeParse(answer.body).success).toBe(true);
  });

  it('refuses a second exchange of the same JWT: 409 JWT_ALREADY_USED', async () => {
    const jwt = await jwtFor();
    await client.exchangeSessionJwt(jwt);
    await expectContractError(client.exchangeSessionJwt(jwt), 'JWT_ALREADY_USED');
  });

  it('refuses a new JWT that reuses a notificationKey: 409 JWT_ALREADY_USED', async () => {
    const key = notificationKey();
    const { apiSignature } = conformanceTarget();
    await client.exchangeSessionJwt(await mintSessionJwt({ apiSignature, amountCents: 1_000, notificationKey: key }));
    await expectContractError(
      client.exchangeSessionJwt(await mintSessionJwt({ apiSignature, amountCents: 1_000, notificationKey: key })),
      'JWT_ALREADY_USED',
    );
  });

  it('refuses a JWT signed with another key: 401', async () => {
    await expectContractError(
      client.exchangeSessionJwt(await jwtFor({ apiSignature: 'not-the-api-signature' })),
      'UNAUTHENTICATED',
    );
  });

  it('refuses a JWT signed with another algorithm (HS512, even with the right key): 401', async () => {
    const nowS = Math.floor(Date.now() / 1000);
    const claims = { amount: 10, iat: nowS, exp: nowS + 60, notificationKey: notificationKey() };
    const jwt = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS512' })
      .sign(new TextEncoder().encode(conformanceTarget().apiSignature));
    await expectContractError(client.exchangeSessionJwt(jwt), 'UNAUTHENTICATED');
  });

  it('refuses an unsigned JWT (alg none): 401', async () => {
    const nowS = Math.floor(Date.now() / 1000);
    const jwt = new UnsecuredJWT({
      amount: 10,
      iat: nowS,
      exp: nowS + 60,
      notificationKey: notificationKey(),
    }).encode();
    await expectContractError(client.exchangeSessionJwt(jwt), 'UNAUTHENTICATED');
  });

  it('refuses an expired JWT: 401', async () => {
    const jwt = await jwtFor({ lifetimeS: 60, now: new Date(Date.now() - 120_000) });
    await expectContractError(client.exchangeSessionJwt(jwt), 'UNAUTHENTICATED');
  });

  it('refuses a JWT issued more than 10 minutes ago or more than 60 s ahead: 401', async () => {
    await expectContractError(
      client.exchangeSessionJwt(await jwtFor({ now: new Date(Date.now() - 11 * 60_000) })),
      'UNAUTHENTICATED',
    );
    await expectContractError(
      client.exchangeSessionJwt(await jwtFor({ now: new Date(Date.now() + 5 * 60_000) })),
      'UNAUTHENTICATED',
    );
  });

  it('refuses an unknown client_id or a wrong client secret: 401', async () => {
    await expectContractError(
      jackpotClient({ apiKey: 'not-the-api-key' }).exchangeSessionJwt(await jwtFor()),
      'UNAUTHENTICATED',
    );
    await expectContractError(jackpotClient({ clientSecret: 'not-the-secret' }).requestM2mToken(), 'UNAUTHENTICATED');
  });

  it('refuses a malformed body: 400 VALIDATION', async () => {
    expectRawContractError(
      await rawRequest('POST', routes.token(), { rawBody: JSON.stringify({ grant_type: 'password', client_id: 'x' }) }),
      'VALIDATION',
    );
    expectRawContractError(await rawRequest('POST', routes.token(), { rawBody: '{not json' }), 'VALIDATION');
  });
});

describe('§2 credentials on the routes', () => {
  it('refuses a bad apikey, no credential at all, and an unknown bearer token: 401', async () => {
    await expectContractError(client.listStores({}, { auth: { apiKey: 'not-the-api-key' } }), 'UNAUTHENTICATED');
    await expectContractError(client.listStores({}, { auth: { none: true } }), 'UNAUTHENTICATED');
    await expectContractError(client.getVoucher(pick.store.id, { auth: { bearer: 'not-a-token' } }), 'UNAUTHENTICATED');
  });

  it('accepts the apikey, a client session and an m2m session on catalogue reads', async () => {
    const session = await client.openClientSession({ amountCents: 1_000, notificationKey: notificationKey() });
    const m2m = await client.m2mAccessToken();
    for (const auth of [{ apiKey: conformanceTarget().apiKey }, { bearer: session.accessToken }, { bearer: m2m }]) {
      await expect(client.getStore(pick.store.id, { auth })).resolves.toMatchObject({ id: pick.store.id });
    }
  });

  it('refuses the wrong kind of credential for the route: 403 FORBIDDEN', async () => {
    const { voucher, session } = await reserve(client, pick);
    const m2m = await client.m2mAccessToken();
    const fresh = await client.openClientSession({ amountCents: pick.priceCents, notificationKey: notificationKey() });
    // Voucher routes take m2m only.
    await expectContractError(client.getVoucher(voucher.id, { auth: { bearer: fresh.accessToken } }), 'FORBIDDEN');
    await expectContractError(
      client.confirmVoucher(voucher.id, { auth: { apiKey: conformanceTarget().apiKey } }),
      'FORBIDDEN',
    );
    // Reservations and proposals take a client session only.
    await expectContractError(client.reserveByValue(m2m, pick.store.id, pick.offer.id, pick.valueCents), 'FORBIDDEN');
    await expectContractError(client.proposedVouchers(m2m), 'FORBIDDEN');
    await expectContractError(
      client.storeProposedVouchers('unused', pick.store.id, {}, { auth: { apiKey: conformanceTarget().apiKey } }),
      'FORBIDDEN',
    );
    expect(session.closed).toBe('reserved');
  });

  it('reuses one m2m token for many calls', async () => {
    const { voucher } = await reserve(client, pick);
    const token = (await client.requestM2mToken()).access_token;
    await client.getVoucher(voucher.id, { auth: { bearer: token } });
    await client.getVoucher(voucher.id, { auth: { bearer: token } });
    await expect(client.cancelVoucher(voucher.id, { auth: { bearer: token } })).resolves.toMatchObject({
      state: 'CANCELED',
    });
  });
});

describe.skipIf(!hasSandboxControl())(`§2.2 token lifetimes ${NEEDS_CONTROL}`, () => {
  it('expires client and m2m tokens after one hour: 401', async () => {
    const session = await client.openClientSession({
      amountCents: pick.priceCents,
      notificationKey: notificationKey(),
    });
    const m2m = (await client.requestM2mToken()).access_token;
    const { voucher } = await reserve(client, pick);
    await sandboxControl('POST', '/clock/advance', { ms: SESSION_TOKEN_LIFETIME_S * 1000 + 1_000 });
    await expectContractError(
      client.reserveByValue(session.accessToken, pick.store.id, pick.offer.id, pick.valueCents),
      'UNAUTHENTICATED',
    );
    await expectContractError(client.getVoucher(voucher.id, { auth: { bearer: m2m } }), 'UNAUTHENTICATED');
    // The client's cached m2m token met the same fate: the client renews it by itself.
    await expect(client.getVoucher(voucher.id)).resolves.toMatchObject({ id: voucher.id });
  });
});
