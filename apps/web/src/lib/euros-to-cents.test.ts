import { describe, expect, it } from 'vitest';

import { eurosToCents } from './euros-to-cents';

describe('eurosToCents', () => {
  it('reads euros with a dot or a comma and up to two decimals as integer cents', () => {
    expect(eurosToCents('12')).toBe(1_200);
    expect(eurosToCents(' 12,5 ')).toBe(1_250);
    expect(eurosToCents('0.07')).toBe(7);
    expect(eurosToCents('19.99')).toBe(1_999);
  });

  it('answers 0 for anything that is not a positive amount', () => {
    for (const text of ['', 'abc', '-5', '1.234', '12,50 €', '1e3', '1234567']) expect(eurosToCents(text)).toBe(0);
  });
});
