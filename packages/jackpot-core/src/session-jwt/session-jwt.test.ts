import { SignJWT, UnsecuredJWT, decodeJwt, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';

import { SESSION_JWT_LEGACY_CLAIMS } from '../contract/decisions';
import { mintSessionJwt } from './mint-session-jwt';
import { verifySessionJwt } from './verify-session-jwt';

const apiSignature = 'test-api-signature-long-enough-for-hs256';
const now = new Date('2026-03-01T12:00:00.000Z');
const nowS = now.getTime() / 1000;
const key = (secret: string) => new TextEncoder().encode(secret);

async function signed(claims: Record<string, unknown>, alg = 'HS256', secret = apiSignature) {
  return new SignJWT(claims).setProtectedHeader({ alg }).sign(key(secret));
}

describe('mintSessionJwt', () => {
  it('signs the contract claims with HS256, amount in euros', async () => {
    const jwt = await mintSessionJwt({
      apiSignature,
      amountCents: 12_345,
      notificationKey: 'order-42',
      userId: 'u-1',
      forceManualConfirm: true,
      now,
    });
    expect(decodeProtectedHeader(jwt).alg).toBe('HS256');
    const claims = decodeJwt(jwt);
    expect(claims).toMatchObject({
      amount: 123.45,
      iat: nowS,
      exp: nowS + 300,
      notificationKey: 'order-42',
      userId: 'u-1',
      forceManualConfirm: true,
    });
    expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('leaves optional claims out and draws a fresh jti each time', async () => {
    const first = decodeJwt(await mintSessionJwt({ apiSignature, amountCents: 100, notificationKey: 'k', now }));
    const second = decodeJwt(await mintSessionJwt({ apiSignature, amountCents: 100, notificationKey: 'k', now }));
    expect(first).not.toHaveProperty('userId');
    expect(first).not.toHaveProperty('forceManualConfirm');
    expect(first.jti).not.toBe(second.jti);
  });

  it('refuses a lifetime above 5 minutes and amounts that are not cents', async () => {
    await expect(
      mintSessionJwt({ apiSignature, amountCents: 100, notificationKey: 'k', lifetimeS: 301 }),
    ).rejects.toThrow(RangeError);
    await expect(mintSessionJwt({ apiSignature, amountCents: 1.5, notificationKey: 'k' })).rejects.toThrow(RangeError);
  });
});

describe('verifySessionJwt', () => {
  it('accepts what mintSessionJwt signs, amount back in cents', async () => {
    const jwt = await mintSessionJwt({ apiSignature, amountCents: 12_345, notificationKey: 'order-42', now });
    const result = await verifySessionJwt(jwt, { apiSignature, now });
    expect(result.ok && result.claims).toMatchObject({ amount: 12_345, notificationKey: 'order-42' });
  });

  it('accepts legacy claims and ignores them', async () => {
    const legacy = Object.fromEntries(SESSION_JWT_LEGACY_CLAIMS.map((claim) => [claim, 'legacy']));
    const jwt = await signed({ amount: 50, iat: nowS, exp: nowS + 60, notificationKey: 'k', ...legacy });
    expect((await verifySessionJwt(jwt, { apiSignature, now })).ok).toBe(true);
  });

  it('refuses a JWT signed with another key', async () => {
    const jwt = await mintSessionJwt({
      apiSignature: 'another-signature-entirely',
      amountCents: 100,
      notificationKey: 'k',
      now,
    });
    expect(await verifySessionJwt(jwt, { apiSignature, now })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('refuses another algorithm, even with the right key', async () => {
    const jwt = await signed({ amount: 50, iat: nowS, exp: nowS + 60, notificationKey: 'k' }, 'HS512');
    expect(await verifySessionJwt(jwt, { apiSignature, now })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('refuses an unsigned JWT (alg none)', async () => {
    const jwt = new UnsecuredJWT({ amount: 50, iat: nowS, exp: nowS + 60, notificationKey: 'k' }).encode();
    expect(await verifySessionJwt(jwt, { apiSignature, now })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('refuses an expired JWT', async () => {
    const jwt = await mintSessionJwt({ apiSignature, amountCents: 100, notificationKey: 'k', lifetimeS: 60, now });
    const later = new Date(now.getTime() + 61_000);
    expect(await verifySessionJwt(jwt, { apiSignature, now: later })).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    });
  });

  it('refuses a JWT without exp', async () => {
    const jwt = await signed({ amount: 50, iat: nowS, notificationKey: 'k' });
    expect(await verifySessionJwt(jwt, { apiSignature, now })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('refuses an iat more than 10 minutes old or more than 60 s ahead', async () => {
    const old = await signed({ amount: 50, iat: nowS - 601, exp: nowS + 10, notificationKey: 'k' });
    const ahead = await signed({ amount: 50, iat: nowS + 61, exp: nowS + 120, notificationKey: 'k' });
    const slightlyAhead = await signed({ amount: 50, iat: nowS + 59, exp: nowS + 120, notificationKey: 'k' });
    expect(await verifySessionJwt(old, { apiSignature, now })).toMatchObject({ ok: false, reason: 'iat is too old' });
    expect(await verifySessionJwt(ahead, { apiSignature, now })).toMatchObject({
      ok: false,
      reason: 'iat is in the future',
    });
    expect((await verifySessionJwt(slightlyAhead, { apiSignature, now })).ok).toBe(true);
  });

  it('refuses an exp more than 5 minutes after iat', async () => {
    const jwt = await signed({ amount: 50, iat: nowS, exp: nowS + 301, notificationKey: 'k' });
    expect(await verifySessionJwt(jwt, { apiSignature, now })).toMatchObject({
      ok: false,
      reason: 'exp is too far after iat',
    });
  });

  it('calls a well-signed JWT without the contract claims a validation failure', async () => {
    const jwt = await signed({ iat: nowS, exp: nowS + 60, notificationKey: 'k' });
    expect(await verifySessionJwt(jwt, { apiSignature, now })).toMatchObject({ ok: false, code: 'VALIDATION' });
  });

  it('refuses garbage', async () => {
    expect(await verifySessionJwt('not-a-jwt', { apiSignature, now })).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    });
  });
});
