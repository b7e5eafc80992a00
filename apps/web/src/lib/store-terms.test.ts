import { describe, expect, it } from 'vitest';

import { parseDelivery, parseValidity } from './store-terms';

describe('parseValidity', () => {
  it('reads months and years', () => {
    expect(parseValidity('6 mois')).toEqual({ months: 6 });
    expect(parseValidity('12 mois')).toEqual({ months: 12 });
    expect(parseValidity('2 ans')).toEqual({ months: 24 });
    expect(parseValidity('1 an')).toEqual({ months: 12 });
  });

  it('leaves anything else to be shown as written', () => {
    expect(parseValidity('jusqu’au 31/12')).toBeNull();
    expect(parseValidity(null)).toBeNull();
  });
});

describe('parseDelivery', () => {
  it('reads "Immédiat" and "Sous N h"', () => {
    expect(parseDelivery('Immédiat')).toEqual({ hours: 0 });
    expect(parseDelivery('Sous 24 h')).toEqual({ hours: 24 });
    expect(parseDelivery('Sous 48 h')).toEqual({ hours: 48 });
  });

  it('leaves anything else to be shown as written', () => {
    expect(parseDelivery('Par courrier')).toBeNull();
    expect(parseDelivery(null)).toBeNull();
  });
});
