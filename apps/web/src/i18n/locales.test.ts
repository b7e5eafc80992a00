import { describe, expect, it } from 'vitest';

import { negotiateLocale } from './locales';

describe('negotiateLocale', () => {
  it('picks the highest-weighted supported language', () => {
    expect(negotiateLocale('de-DE,de;q=0.9,en-GB;q=0.8,fr;q=0.5')).toBe('en');
    expect(negotiateLocale('fr-CA,en;q=0.9')).toBe('fr');
  });

  it('falls back to French', () => {
    expect(negotiateLocale(null)).toBe('fr');
    expect(negotiateLocale('de,es;q=0.5')).toBe('fr');
  });
});
