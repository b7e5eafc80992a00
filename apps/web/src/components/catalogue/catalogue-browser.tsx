'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId } from 'react';

import { DEFAULT_FILTERS, withFilters } from '~/lib/catalogue-url';
import { useTRPC } from '~/trpc/react';

import { CatalogueFilterForm } from './catalogue-filters';
import { selectedWallet, showsPopular, storeListQueries } from './catalogue-queries';
import { CatalogueScope } from './catalogue-scope';
import { FavouriteSaveError } from './favourite-save-error';
import { PopularStores } from './popular-stores';
import { StoreResults } from './store-results';
import { useCatalogueUrl } from './use-catalogue-url';
import { useFavourites } from './use-favourites';
import { WalletScope } from './wallet-scope';

/**
 * The catalogue: search, filters, sort and "my favourites" live in the URL; the list reads the
 * mirror through tRPC (the favourites through their own procedure). The unfiltered first page
 * opens with what is popular at the company. The page prefetches the same queries
 * (`catalogue-queries.ts`) on the server, so the first HTML holds the list.
 */
export function CatalogueBrowser() {
  const t = useTranslations('catalogue');
  const trpc = useTRPC();
  const resultsId = useId();
  const { filters, go, search, setSearch } = useCatalogueUrl();
  const favourites = useFavourites();
  const wallets = useQuery(trpc.me.wallets.queryOptions());
  const wallet = selectedWallet(filters, wallets.data);
  const queries = storeListQueries(trpc, filters, wallet);
  // With a wallet in the link, wait for its categories rather than list everything first.
  const walletKnown = !filters.wallet || !wallets.isPending;
  const all = useQuery({
    ...queries.all,
    enabled: !filters.favourites && walletKnown,
    placeholderData: keepPreviousData,
  });
  const mine = useQuery({
    ...queries.mine,
    enabled: filters.favourites && walletKnown,
    placeholderData: keepPreviousData,
  });
  const list = filters.favourites ? mine : all;
  const categories = useQuery(trpc.catalogue.categories.queryOptions());

  return (
    <div>
      {showsPopular(filters) && <PopularStores />}
      <div className="mt-6">
        <CatalogueFilterForm
          filters={filters}
          go={go}
          search={search}
          setSearch={setSearch}
          categories={categories.data}
          resultsId={resultsId}
        />
      </div>
      {wallets.data && (
        <WalletScope
          wallets={wallets.data}
          selected={wallet?.id ?? ''}
          onSelect={(walletId) => go(withFilters(filters, { wallet: walletId }))}
        />
      )}
      <FavouriteSaveError className="mt-4" />

      <div id={resultsId} className="mt-6">
        <StoreResults
          list={list}
          filters={filters}
          go={go}
          favourites={favourites}
          clearFilters={() => {
            setSearch('');
            go({ ...DEFAULT_FILTERS, sort: filters.sort, favourites: filters.favourites });
          }}
          status={
            <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
              <p role="status" className="text-sm font-medium text-slate-600">
                {list.data ? t('results', { count: list.data.total }) : t('loading')}
              </p>
              <CatalogueScope filters={filters} go={go} count={favourites.count} />
            </div>
          }
        />
      </div>
    </div>
  );
}
