import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { errorBodySchema } from './error-body';
import { offerSchema } from './offer';
import { proposedVouchersQuerySchema } from './proposed-voucher';
import { storeListQuerySchema, storeSchema } from './store';
import { tokenRequestSchema, tokenResponse, tokenResponseSchema } from './token';
import { voucherSchema } from './voucher';

const storeId = '0b6f3a52-8d2c-4c1e-9f4a-1a2b3c4d5e6f';
const offerId = '1c7e4b63-9e3d-4d2f-8a5b-2b3c4d5e6f70';

const wireStore = {
  id: storeId,
  name: 'Fnac',
  slug: 'fnac',
  baseColor: '#e1a925',
  voucherValueMin: 10,
  voucherValueMax: 500.5,
  voucherPossibleDiscreteValues: [],
  enabled: true,
  refundable: false,
  offers: [{ id: offerId, storeId, mode: 'BONUS', rate: 10 }],
  somethingNew: { kept: true },
};

const wireVoucher = {
  id: '2d8f5c74-af4e-4e30-9b6c-3c4d5e6f7081',
  state: 'RESERVED',
  value: 110,
  price: 100,
  reservationDate: '2026-01-01T10:00:00.000Z',
  resaExpireDate: '2026-01-03T10:00:00.000Z',
  couponId: 'ABCDEFGHIJ',
  signedUrl: null,
  storeId,
  offerId,
  notificationKey: 'order-1',
};

describe('wire schemas', () => {
  it('decodes euros into cents and keeps unknown fields', () => {
    const store = storeSchema.parse(wireStore);
    expect(store.voucherValueMin).toBe(1000);
    expect(store.voucherValueMax).toBe(50050);
    expect(store).toMatchObject({ somethingNew: { kept: true } });
  });

  it('encodes cents back into the exact wire shape', () => {
    expect(z.encode(storeSchema, storeSchema.parse(wireStore))).toEqual(wireStore);
    expect(z.encode(voucherSchema, voucherSchema.parse(wireVoucher))).toEqual(wireVoucher);
  });

  it('refuses amounts with more than two decimals', () => {
    expect(voucherSchema.safeParse({ ...wireVoucher, price: 99.999 }).success).toBe(false);
  });

  it('refuses unknown voucher states and malformed coupon ids', () => {
    expect(voucherSchema.safeParse({ ...wireVoucher, state: 'LOST' }).success).toBe(false);
    expect(voucherSchema.safeParse({ ...wireVoucher, couponId: 'abc' }).success).toBe(false);
  });

  it('refuses a discount of 100 % or more but allows any bonus', () => {
    expect(offerSchema.safeParse({ id: offerId, storeId, mode: 'DISCOUNT', rate: 100 }).success).toBe(false);
    expect(offerSchema.safeParse({ id: offerId, storeId, mode: 'BONUS', rate: 150 }).success).toBe(true);
  });

  it('tells the two grants apart', () => {
    const jwt = tokenRequestSchema.parse({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      client_id: 'k',
      assertion: 'a.b.c',
    });
    expect(jwt.grant_type).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    expect(tokenRequestSchema.safeParse({ grant_type: 'client_credentials', client_id: 'k' }).success).toBe(false);
  });

  it('builds and accepts the token response', () => {
    expect(tokenResponseSchema.parse(tokenResponse('t'))).toEqual({
      access_token: 't',
      token_type: 'Bearer',
      expires_in: 3600,
    });
    expect(tokenResponseSchema.safeParse({ access_token: 't', token_type: 'MAC', expires_in: 3600 }).success).toBe(
      false,
    );
  });

  it('parses query strings', () => {
    expect(storeListQuerySchema.parse({ enabled: 'false', q: 'fn' })).toEqual({ enabled: false, q: 'fn' });
    expect(proposedVouchersQuerySchema.parse({ amount: '49.9', strict: 'true' })).toEqual({
      amount: 4990,
      strict: true,
    });
  });

  it('keeps an unknown error code as sent', () => {
    expect(errorBodySchema.parse({ error: { code: 'TEAPOT', message: 'no' } }).error.code).toBe('TEAPOT');
  });
});
