import { describe, expect, it } from 'vitest';

import { centsToEuros, eurosToCents, hasWireEuroPrecision } from './euros';

describe('money', () => {
  it('converts euros on the wire to integer cents and back', () => {
    expect(eurosToCents(110.5)).toBe(11050);
    expect(eurosToCents(0.1 + 0.2)).toBe(30);
    expect(centsToEuros(11050)).toBe(110.5);
  });

  it('refuses cents that are not integers', () => {
    expect(() => centsToEuros(10.5)).toThrow(RangeError);
  });

  it('accepts at most two decimals on the wire', () => {
    expect(hasWireEuroPrecision(110.57)).toBe(true);
    expect(hasWireEuroPrecision(1234567.89)).toBe(true);
    expect(hasWireEuroPrecision(100)).toBe(true);
    expect(hasWireEuroPrecision(1.005)).toBe(false);
    expect(hasWireEuroPrecision(Number.NaN)).toBe(false);
  });
});
