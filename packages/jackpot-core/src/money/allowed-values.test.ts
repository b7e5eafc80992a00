import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { allowedValues, isAllowedValue, largestAllowedValueAtMost } from './allowed-values';

const range = { voucherValueMin: 1_000, voucherValueMax: 5_000, voucherPossibleDiscreteValues: [] };
const discrete = {
  voucherValueMin: 1_000,
  voucherValueMax: 10_000,
  voucherPossibleDiscreteValues: [5_000, 2_000, 10_000],
};

describe('allowed values', () => {
  it('allows whole euros between min and max when the list is empty', () => {
    expect(isAllowedValue(range, 1_000)).toBe(true);
    expect(isAllowedValue(range, 5_000)).toBe(true);
    expect(isAllowedValue(range, 2_550)).toBe(false);
    expect(isAllowedValue(range, 900)).toBe(false);
    expect(isAllowedValue(range, 5_100)).toBe(false);
  });

  it('allows only the listed values otherwise', () => {
    expect(isAllowedValue(discrete, 5_000)).toBe(true);
    expect(isAllowedValue(discrete, 3_000)).toBe(false);
  });

  it('lists allowed values in ascending order', () => {
    expect(allowedValues(discrete)).toEqual([2_000, 5_000, 10_000]);
    expect(allowedValues({ ...range, voucherValueMin: 950, voucherValueMax: 1_300 })).toEqual([
      1_000, 1_100, 1_200, 1_300,
    ]);
  });

  it('finds the largest allowed value under a ceiling', () => {
    expect(largestAllowedValueAtMost(range, 4_299)).toBe(4_200);
    expect(largestAllowedValueAtMost(range, 9_999)).toBe(5_000);
    expect(largestAllowedValueAtMost(range, 999)).toBeUndefined();
    expect(largestAllowedValueAtMost(discrete, 9_999)).toBe(5_000);
    expect(largestAllowedValueAtMost(discrete, 1_999)).toBeUndefined();
  });

  it('always finds a value that is allowed and under the ceiling', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.array(fc.integer({ min: 1, max: 20_000 }), { maxLength: 5 }),
        (ceiling, list) => {
          const rules = { ...range, voucherPossibleDiscreteValues: list };
          const found = largestAllowedValueAtMost(rules, ceiling);
          const expected = allowedValues(rules)
            .filter((value) => value <= ceiling)
            .at(-1);
          expect(found).toBe(expected);
          if (found !== undefined) expect(isAllowedValue(rules, found)).toBe(true);
        },
      ),
    );
  });
});
