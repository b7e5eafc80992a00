import { describe, expect, it } from 'vitest';

import { formatEuros } from './money';

// Intl uses narrow no-break spaces in French; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('formatEuros', () => {
  it('formats cents the French way', () => {
    expect(plain(formatEuros(123456, 'fr'))).toBe('1 234,56 €');
  });

  it('formats cents the English way', () => {
    expect(formatEuros(123456, 'en')).toBe('€1,234.56');
  });

  it('can hide zero cents on whole amounts only', () => {
    expect(plain(formatEuros(5000, 'fr', { hideZeroCents: true }))).toBe('50 €');
    expect(plain(formatEuros(5050, 'fr', { hideZeroCents: true }))).toBe('50,50 €');
  });
});
