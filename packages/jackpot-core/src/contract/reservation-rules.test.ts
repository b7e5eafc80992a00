import { describe, expect, it } from 'vitest';

import { checkReservation } from './reservation-rules';

const store = { enabled: true, voucherValueMin: 1_000, voucherValueMax: 20_000, voucherPossibleDiscreteValues: [] };

describe('reservation rules', () => {
  it('accepts an allowed value whose price fits the session', () => {
    expect(checkReservation(store, { priceCents: 10_000, valueCents: 11_000 }, 10_000)).toBeNull();
  });

  it('caps the price, not the value, by the session amount', () => {
    expect(checkReservation(store, { priceCents: 10_001, valueCents: 11_000 }, 10_000)).toBe('AMOUNT_EXCEEDS_SESSION');
  });

  it('refuses a value the store does not allow', () => {
    expect(checkReservation(store, { priceCents: 9_000, valueCents: 9_950 }, 10_000)).toBe('VALUE_NOT_ALLOWED');
  });

  it('refuses a disabled store before anything else', () => {
    expect(checkReservation({ ...store, enabled: false }, { priceCents: 99_999, valueCents: 1 }, 10_000)).toBe(
      'STORE_DISABLED',
    );
  });
});
