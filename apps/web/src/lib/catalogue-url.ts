/** The catalogue's filters as they live in the URL, so a filtered list can be shared and Back works. */
export const CATALOGUE_MODES = ['BONUS', 'DISCOUNT'] as const;
export const CATALOGUE_SORTS = ['name', 'rate', 'minValue'] as const;

export interface CatalogueFilters {
  q: string;
  category: string;
  mode: (typeof CATALOGUE_MODES)[number] | null;
  sort: (typeof CATALOGUE_SORTS)[number];
  page: number;
  /** Only the employee's favourite stores. */
  favourites: boolean;
  /** A wallet's id: only the stores its categories allow (me.wallets). */
  wallet: string;
}

export const DEFAULT_FILTERS: CatalogueFilters = {
  q: '',
  category: '',
  mode: null,
  sort: 'name',
  page: 1,
  favourites: false,
  wallet: '',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ReadableParams {
  get(name: string): string | null;
}

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | null =>
  (options as readonly string[]).includes(value ?? '') ? (value as T) : null;

/** Reads filters from search params; anything unknown or malformed falls back to the default. */
export function parseCatalogueFilters(params: ReadableParams): CatalogueFilters {
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').slice(0, 100),
    category: (params.get('category') ?? '').slice(0, 100),
    mode: oneOf(CATALOGUE_MODES, params.get('mode')?.toUpperCase() ?? null),
    sort: oneOf(CATALOGUE_SORTS, params.get('sort')) ?? DEFAULT_FILTERS.sort,
    page: Number.isInteger(page) && page >= 1 && page <= 1_000 ? page : 1,
    favourites: params.get('favourites') === '1',
    wallet: UUID.test(params.get('wallet') ?? '') ? params.get('wallet')! : '',
  };
}

/** The query string for filters, defaults left out ("" for none), in a stable order. */
export function catalogueQueryString(filters: CatalogueFilters): string {
  const params = new URLSearchParams();
  if (filters.favourites) params.set('favourites', '1');
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.category) params.set('category', filters.category);
  if (filters.mode) params.set('mode', filters.mode.toLowerCase());
  if (filters.sort !== DEFAULT_FILTERS.sort) params.set('sort', filters.sort);
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.wallet) params.set('wallet', filters.wallet);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Filters changed by the user: any change but the page itself goes back to the first page. */
export function withFilters(current: CatalogueFilters, change: Partial<CatalogueFilters>): CatalogueFilters {
  return { ...current, ...change, page: change.page ?? 1 };
}
