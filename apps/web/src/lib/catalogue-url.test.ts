import { describe, expect, it } from 'vitest';

import { catalogueQueryString, DEFAULT_FILTERS, parseCatalogueFilters, withFilters } from './catalogue-url';

const parse = (query: string) => parseCatalogueFilters(new URLSearchParams(query));

describe('catalogue URL state', () => {
  it('reads every filter from the query string', () => {
    expect(parse('favourites=1&q=fnac&category=Sport&mode=bonus&sort=rate&page=2')).toEqual({
      q: 'fnac',
      category: 'Sport',
      mode: 'BONUS',
      sort: 'rate',
      page: 2,
      favourites: true,
      wallet: '',
    });
  });

  it('falls back to the defaults for anything unknown or malformed', () => {
    expect(parse('')).toEqual(DEFAULT_FILTERS);
    expect(parse('mode=free&sort=price&page=-3&favourites=yes')).toEqual(DEFAULT_FILTERS);
    expect(parse('page=1.5').page).toBe(1);
    expect(parse('page=abc').page).toBe(1);
    expect(parse('wallet=not-an-id').wallet).toBe('');
  });

  it('writes only what differs from the defaults, and reads back the same filters', () => {
    expect(catalogueQueryString(DEFAULT_FILTERS)).toBe('');
    const filters = {
      q: 'Nature & Découvertes',
      category: 'Culture & Loisirs',
      mode: 'DISCOUNT' as const,
      sort: 'minValue' as const,
      page: 3,
      favourites: true,
      wallet: '0b6f2d9e-4c1a-4f7e-9a3b-2d5c8e1f0a7b',
    };
    const query = catalogueQueryString(filters);
    expect(query).toBe(
      '?favourites=1&q=Nature+%26+D%C3%A9couvertes&category=Culture+%26+Loisirs&mode=discount&sort=minValue&page=3&wallet=0b6f2d9e-4c1a-4f7e-9a3b-2d5c8e1f0a7b',
    );
    expect(parse(query.slice(1))).toEqual(filters);
  });

  it('goes back to the first page when a filter changes', () => {
    const onPage3 = { ...DEFAULT_FILTERS, page: 3 };
    expect(withFilters(onPage3, { category: 'Sport' }).page).toBe(1);
    expect(withFilters(onPage3, { page: 4 }).page).toBe(4);
  });
});
