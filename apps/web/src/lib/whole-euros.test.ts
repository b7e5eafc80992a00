import { describe, expect, it } from 'vitest';

import { parseWholeEuros, wholeEuroBounds, wholeEurosText } from './whole-euros';

describe('parseWholeEuros', () => {
  it('turns a whole number of euros within the range into cents', () => {
    expect(parseWholeEuros('20', { min: 1, max: 250 })).toEqual({ valid: true, cents: 2_000 });
    expect(parseWholeEuros(' 250 ', { min: 1, max: 250 })).toEqual({ valid: true, cents: 25_000 });
    expect(parseWholeEuros('0', { min: 0 })).toEqual({ valid: true, cents: 0 });
  });

  it('refuses cents, words, and amounts outside the range', () => {
    for (const typed of ['12.5', '12,5', 'abc', '1e3', '-1', '0', '251'])
      expect(parseWholeEuros(typed, { min: 1, max: 250 }), typed).toEqual({ valid: false });
  });

  it('accepts an empty box only when the amount is optional', () => {
    expect(parseWholeEuros('  ', { min: 1, optional: true })).toEqual({ valid: true, cents: null });
    expect(parseWholeEuros('', { min: 1 })).toEqual({ valid: false });
  });
});

describe('whole-euro helpers', () => {
  it('shows cents as whole euros and bounds a range to whole euros inside it', () => {
    expect(wholeEurosText(12_599)).toBe('125');
    expect(wholeEuroBounds(1_050, 15_099)).toEqual({ min: 11, max: 150 });
  });
});
