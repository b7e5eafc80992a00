import { STORE_CATEGORIES } from '@jackpot-portal/benefits-rules';
import { describe, expect, it } from 'vitest';

import { BRANDS, CATEGORIES } from '../apps/jackpot-sandbox/src/catalogue/brands';

// The URSSAF rule table ties events to store categories by the label Jackpot sends; the sandbox
// is the catalogue the demo and the tests run on, so a renamed category there must fail here.
describe('the store categories of the URSSAF rule table', () => {
  it('are the categories of the sandbox catalogue, spelled the same', () => {
    expect(Object.values(STORE_CATEGORIES).sort()).toEqual(Object.values(CATEGORIES).sort());
  });

  it('cover every store of the sandbox catalogue', () => {
    const known: readonly string[] = Object.values(STORE_CATEGORIES);
    for (const brand of BRANDS) expect(known).toContain(brand.category);
  });
});
