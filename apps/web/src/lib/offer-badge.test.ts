import { describe, expect, it } from 'vitest';

import { bestOffer, formatOfferRate } from './offer-badge';

describe('formatOfferRate', () => {
  it('follows French typography: a narrow no-break space before %, a real minus sign', () => {
    expect(formatOfferRate('BONUS', 1000, 'fr')).toBe('+10\u202f%');
    expect(formatOfferRate('DISCOUNT', 500, 'fr')).toBe('\u22125\u202f%');
    expect(formatOfferRate('BONUS', 1250, 'fr')).toBe('+12,5\u202f%');
  });

  it('writes English without the space', () => {
    expect(formatOfferRate('BONUS', 1000, 'en')).toBe('+10%');
    expect(formatOfferRate('DISCOUNT', 500, 'en')).toBe('\u22125%');
    expect(formatOfferRate('DISCOUNT', 333, 'en')).toBe('\u22123.33%');
  });
});

describe('bestOffer', () => {
  it('picks the highest rate, bonus on a tie, and ignores plain offers', () => {
    const bonus = { mode: 'BONUS' as const, rateBasisPoints: 500 };
    const discount = { mode: 'DISCOUNT' as const, rateBasisPoints: 500 };
    const plain = { mode: 'BONUS' as const, rateBasisPoints: 0 };
    expect(bestOffer([discount, bonus])).toBe(bonus);
    expect(bestOffer([plain, { mode: 'DISCOUNT' as const, rateBasisPoints: 700 }])?.rateBasisPoints).toBe(700);
    expect(bestOffer([plain])).toBeUndefined();
  });
});
