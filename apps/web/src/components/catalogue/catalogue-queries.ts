import type { AppRouter, RouterOutputs } from '@jackpot-portal/api';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';

import type { CatalogueFilters } from '~/lib/catalogue-url';

type Wallet = RouterOutputs['me']['wallets'][number];

// The queries the catalogue makes for the URL's filters, in one place: the page prefetches exactly
// these on the server (`trpc/server.tsx`), the browser component reads them (`useTRPC()`), so the
// first HTML holds the list and nothing is asked again on hydration. Both proxies have this type.

/** The wallet the URL names, if the employee still has it: one from an old link (expired) filters nothing. */
export function selectedWallet(filters: CatalogueFilters, wallets: Wallet[] | undefined): Wallet | undefined {
  return wallets?.find((candidate) => candidate.id === filters.wallet);
}

/** The unfiltered first page of all stores opens with what is popular at the company. */
export function showsPopular(filters: CatalogueFilters): boolean {
  return (
    filters.q === '' &&
    filters.category === '' &&
    filters.mode === null &&
    filters.wallet === '' &&
    !filters.favourites &&
    filters.page === 1
  );
}

/**
 * The list's two queries for the URL's filters and the categories of the wallet it names (from
 * me.wallets): all stores (catalogue.list), and the employee's favourites (favourites.list), which
 * "my favourites" shows. Each keeps its own previous page while the next one loads.
 */
export function storeListQueries(
  trpc: TRPCOptionsProxy<AppRouter>,
  filters: CatalogueFilters,
  wallet: Wallet | undefined,
) {
  const input = {
    search: filters.q || undefined,
    category: filters.category || undefined,
    mode: filters.mode ?? undefined,
    sort: filters.sort,
    page: filters.page,
    categories: wallet?.allowedCategories ?? undefined,
  };
  return { all: trpc.catalogue.list.queryOptions(input), mine: trpc.favourites.list.queryOptions(input) };
}

/** "Popular at your company": six stores. */
export const popularStoresQuery = (trpc: TRPCOptionsProxy<AppRouter>) =>
  trpc.catalogue.popular.queryOptions({ limit: 6 });
