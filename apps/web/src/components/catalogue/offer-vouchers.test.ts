import { describe, expect, it } from 'vitest';

import { affordableValues, type OfferVouchers, offersForValue } from './offer-vouchers';

const bonus: OfferVouchers = {
  offerId: 'bonus',
  mode: 'BONUS',
  rateBasisPoints: 1000,
  entries: [
    { valueCents: 2000, priceCents: 1818 },
    { valueCents: 5000, priceCents: 4545 },
  ],
};
const discount: OfferVouchers = {
  offerId: 'discount',
  mode: 'DISCOUNT',
  rateBasisPoints: 500,
  entries: [
    { valueCents: 2000, priceCents: 1900 },
    { valueCents: 5000, priceCents: 4750 },
    { valueCents: 10000, priceCents: 9500 },
  ],
};

describe('offersForValue', () => {
  it('lists the offers selling that value, cheapest (the best) first', () => {
    expect(offersForValue([discount, bonus], 5000).map((found) => [found.offer.offerId, found.priceCents])).toEqual([
      ['bonus', 4545],
      ['discount', 4750],
    ]);
  });

  it('leaves out an offer that does not sell that value within the balance', () => {
    expect(offersForValue([bonus, discount], 10000).map((found) => found.offer.offerId)).toEqual(['discount']);
    expect(offersForValue([bonus, discount], 3000)).toEqual([]);
  });
});

describe('affordableValues', () => {
  it('merges the values of every offer, once each, smallest first', () => {
    expect(affordableValues([bonus, discount])).toEqual([2000, 5000, 10000]);
  });
});
