import { describe, expect, it } from 'vitest';

import { featuredVouchers } from './featured-vouchers';

const euros = (...values: number[]) => values.map((value) => ({ valueCents: value * 100 }));

describe('featuredVouchers', () => {
  it('keeps a short list whole', () => {
    expect(featuredVouchers(euros(10, 20, 50))).toEqual(euros(10, 20, 50));
  });

  it('cuts a long range down to round values spread over it, and the largest value', () => {
    const range = euros(...Array.from({ length: 87 }, (_, index) => index + 1));
    expect(featuredVouchers(range)).toEqual(euros(10, 20, 25, 50, 87));
    expect(featuredVouchers(range, 3)).toEqual(euros(10, 50, 87));
    const wide = euros(...Array.from({ length: 250 }, (_, index) => index + 1));
    expect(featuredVouchers(wide)).toEqual(euros(10, 25, 50, 150, 200, 250));
    expect(featuredVouchers(euros(1, 2, 3, 4, 5, 6, 7, 8), 3)).toEqual(euros(8));
  });
});
