import { describe, expect, it } from 'vitest';

import { ROUTES, routes } from './routes';

describe('routes', () => {
  it('builds the contract paths', () => {
    expect(routes.reserveByPrice('s1', 'o1')).toBe('/v2/stores/s1/offers/o1/reserve-voucher-by-price');
    expect(routes.reserveByValue('s1', 'o1')).toBe('/v2/stores/s1/offers/o1/reserve-voucher-by-value');
    expect(routes.cancelVoucher('v1')).toBe('/v2/voucher/v1/cancel');
    expect(routes.getVoucherAttachment('v1')).toBe('/v2/voucher/v1/attachment');
    expect(routes.proposedVouchers()).toBe('/v2/stores/proposed-vouchers');
  });

  it('encodes ids so that they cannot change the path', () => {
    expect(routes.getVoucher('../token')).toBe('/v2/voucher/..%2Ftoken');
  });

  it('refuses an empty id', () => {
    expect(() => routes.getStore('')).toThrow(TypeError);
  });

  it('lets only client sessions reserve and only m2m sessions touch vouchers', () => {
    expect(ROUTES.reserveByPrice.auth).toEqual(['client']);
    expect(ROUTES.confirmVoucher.auth).toEqual(['m2m']);
    expect(ROUTES.getStore.auth).toEqual(['apikey', 'client', 'm2m']);
  });
});
