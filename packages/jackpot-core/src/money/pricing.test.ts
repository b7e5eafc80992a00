import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { givesRealAdvantage, quoteByPrice, quoteByValue, type PricedOffer } from './pricing';

const cents = fc.integer({ min: 0, max: 100_000_000 });
const bonus = fc.integer({ min: 0, max: 10_000 }).map((bp): PricedOffer => ({ mode: 'BONUS', rate: bp / 100 }));
const discount = fc.integer({ min: 0, max: 9_999 }).map((bp): PricedOffer => ({ mode: 'DISCOUNT', rate: bp / 100 }));
const anyOffer = fc.oneof(bonus, discount);

// Exact comparisons in integers: value / price against (1 ± rate) with the rate in basis points.
const basisPoints = (offer: PricedOffer) => BigInt(Math.round(offer.rate * 100));
const factor = (offer: PricedOffer) =>
  offer.mode === 'BONUS' ? 10_000n + basisPoints(offer) : 10_000n - basisPoints(offer);

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
describe('pricing examples of §3', () => {
  it('pays 100 for a 110 voucher at a 10 % bonus', () => {
    expect(quoteByPrice({ mode: 'BONUS', rate: 10 }, 10_000)).toEqual({ priceCents: 10_000, valueCents: 11_000 });
    expect(quoteByValue({ mode: 'BONUS', rate: 10 }, 11_000)).toEqual({ priceCents: 10_000, valueCents: 11_000 });
  });

  it('pays 90 for a 100 voucher at a 10 % discount', () => {
    expect(quoteByValue({ mode: 'DISCOUNT', rate: 10 }, 10_000)).toEqual({ priceCents: 9_000, valueCents: 10_000 });
    expect(quoteByPrice({ mode: 'DISCOUNT', rate: 10 }, 9_000)).toEqual({ priceCents: 9_000, valueCents: 10_000 });
  });

  it('rounds a bonus value down and a discount price up', () => {
    expect(quoteByPrice({ mode: 'BONUS', rate: 7.5 }, 1_999).valueCents).toBe(2_148); // 2148.925
    expect(quoteByValue({ mode: 'DISCOUNT', rate: 7.5 }, 1_999).priceCents).toBe(1_850); // 1849.075
    expect(quoteByPrice({ mode: 'DISCOUNT', rate: 30 }, 1_000).valueCents).toBe(1_428); // 1428.57
    expect(quoteByValue({ mode: 'BONUS', rate: 30 }, 1_000).priceCents).toBe(770); // 769.23
  });

  it('makes a 0 % offer a plain voucher', () => {
    expect(quoteByPrice({ mode: 'DISCOUNT', rate: 0 }, 4_321)).toEqual({ priceCents: 4_321, valueCents: 4_321 });
    expect(givesRealAdvantage(quoteByPrice({ mode: 'BONUS', rate: 0 }, 4_321))).toBe(false);
  });

  it('refuses impossible inputs', () => {
    expect(() => quoteByPrice({ mode: 'DISCOUNT', rate: 100 }, 100)).toThrow(RangeError);
    expect(() => quoteByValue({ mode: 'BONUS', rate: 10 }, 10.5)).toThrow(RangeError);
    expect(() => quoteByValue({ mode: 'BONUS', rate: 10 }, -1)).toThrow(RangeError);
  });
});

describe('pricing properties', () => {
  it('never gives more value than the price pays for (rounding favours Jackpot)', () => {
    fc.assert(
      fc.property(anyOffer, cents, (offer, price) => {
        const { valueCents } = quoteByPrice(offer, price);
        // value ≤ price × (1 + r) in bonus mode, value × (1 − r) ≤ price in discount mode.
        if (offer.mode === 'BONUS') expect(BigInt(valueCents) * 10_000n <= BigInt(price) * factor(offer)).toBe(true);
        else expect(BigInt(valueCents) * factor(offer) <= BigInt(price) * 10_000n).toBe(true);
      }),
    );
  });

  it('never charges less than the value is worth (rounding favours Jackpot)', () => {
    fc.assert(
      fc.property(anyOffer, cents, (offer, value) => {
        const { priceCents } = quoteByValue(offer, value);
        if (offer.mode === 'DISCOUNT') expect(BigInt(priceCents) * 10_000n >= BigInt(value) * factor(offer)).toBe(true);
        else expect(BigInt(priceCents) * factor(offer) >= BigInt(value) * 10_000n).toBe(true);
      }),
    );
  });

  it('rounds by less than a cent', () => {
    fc.assert(
      fc.property(anyOffer, cents, (offer, amount) => {
        const byPrice = quoteByPrice(offer, amount);
        const byValue = quoteByValue(offer, amount);
        if (offer.mode === 'BONUS') {
          expect(BigInt(amount) * factor(offer) - BigInt(byPrice.valueCents) * 10_000n < 10_000n).toBe(true);
          expect(BigInt(byValue.priceCents) * factor(offer) - BigInt(amount) * 10_000n < factor(offer)).toBe(true);
        } else {
          expect(BigInt(byValue.priceCents) * 10_000n - BigInt(amount) * factor(offer) < 10_000n).toBe(true);
          expect(BigInt(amount) * 10_000n - BigInt(byPrice.valueCents) * factor(offer) < factor(offer)).toBe(true);
        }
      }),
    );
  });

  it('prices the value a price buys at exactly that price', () => {
    fc.assert(
      fc.property(anyOffer, cents, (offer, price) => {
        expect(quoteByValue(offer, quoteByPrice(offer, price).valueCents).priceCents).toBe(price);
      }),
    );
  });

  it('buys at least the requested value, at the same price, when reserving by that price', () => {
    fc.assert(
      fc.property(anyOffer, cents, (offer, value) => {
        const { priceCents } = quoteByValue(offer, value);
        const roundTrip = quoteByPrice(offer, priceCents);
        expect(roundTrip.valueCents).toBeGreaterThanOrEqual(value);
        expect(quoteByValue(offer, roundTrip.valueCents).priceCents).toBe(priceCents);
      }),
    );
  });

  it('stays within a cent of the requested value for rates up to 50 %', () => {
    const moderate = fc.oneof(
      fc.integer({ min: 0, max: 5_000 }).map((bp): PricedOffer => ({ mode: 'BONUS', rate: bp / 100 })),
      fc.integer({ min: 0, max: 5_000 }).map((bp): PricedOffer => ({ mode: 'DISCOUNT', rate: bp / 100 })),
    );
    fc.assert(
      fc.property(moderate, cents, (offer, value) => {
        expect(quoteByPrice(offer, quoteByValue(offer, value).priceCents).valueCents - value).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('gives a bonus value at least the price and a discount price at most the value', () => {
    fc.assert(
      fc.property(anyOffer, cents, (offer, amount) => {
        const quote = quoteByPrice(offer, amount);
        expect(quote.valueCents).toBeGreaterThanOrEqual(quote.priceCents);
      }),
    );
  });
});
