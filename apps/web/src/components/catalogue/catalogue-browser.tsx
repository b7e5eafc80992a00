'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import clsx from 'clsx';
import { SearchX } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useId } from 'react';

import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import { EmptyState } from '~/components/ui/empty-state';
import { Pagination } from '~/components/ui/pagination';
import { DEFAULT_FILTERS, withFilters } from '~/lib/catalogue-url';
import { useTRPC } from '~/trpc/react';

import { CatalogueFilterForm } from './catalogue-filters';
import { StoreCard } from './store-card';
import { StoreGridSkeleton } from './store-grid-skeleton';
import { useCatalogueUrl } from './use-catalogue-url';
import { WalletScope } from './wallet-scope';

/** The catalogue: search, filters and sort live in the URL; the list reads the mirror through tRPC. */
export function CatalogueBrowser() {
  const t = useTranslations('catalogue');
  const trpc = useTRPC();
  const resultsId = useId();
  const { filters, go, search, setSearch } = useCatalogueUrl();
  const wallets = useQuery(trpc.me.wallets.queryOptions());
  // A wallet from a link that is no longer there (expired) filters nothing.
  const wallet = wallets.data?.find((candidate) => candidate.id === filters.wallet);

  const list = useQuery({
    ...trpc.catalogue.list.queryOptions({
      search: filters.q || undefined,
      category: filters.category || undefined,
      mode: filters.mode ?? undefined,
      sort: filters.sort,
      page: filters.page,
      categories: wallet?.allowedCategories ?? undefined,
    }),
    enabled: !filters.wallet || !wallets.isPending,
    placeholderData: keepPreviousData,
  });
  const categories = useQuery(trpc.catalogue.categories.queryOptions());

  const filtered = filters.q !== '' || filters.category !== '' || filters.mode !== null || filters.wallet !== '';
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;

  return (
    <div className="mt-6">
      <CatalogueFilterForm
        filters={filters}
        go={go}
        search={search}
        setSearch={setSearch}
        categories={categories.data}
        resultsId={resultsId}
      />
      {wallets.data && (
        <WalletScope
          wallets={wallets.data}
          selected={wallet?.id ?? ''}
          onSelect={(walletId) => go(withFilters(filters, { wallet: walletId }))}
        />
      )}

      <div id={resultsId} className="mt-6">
        <p role="status" className="mb-3 text-sm font-medium text-slate-600">
          {list.data ? t('results', { count: list.data.total }) : t('loading')}
        </p>

        {list.isError && !list.data ? (
          <Alert
            title={t('error.title')}
            action={
              <Button variant="quiet" size="sm" onClick={() => void list.refetch()}>
                {t('error.retry')}
              </Button>
            }
          />
        ) : !list.data ? (
          <StoreGridSkeleton />
        ) : list.data.stores.length === 0 ? (
          <EmptyState
            icon={SearchX}
            title={t('empty.title')}
            action={
              filtered && (
                <Button
                  onClick={() => {
                    setSearch('');
                    go({ ...DEFAULT_FILTERS, sort: filters.sort });
                  }}
                >
                  {t('empty.reset')}
                </Button>
              )
            }
          >
            {t('empty.body')}
          </EmptyState>
        ) : (
          <ul
            aria-busy={list.isFetching}
            className={clsx(
              'grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4',
              list.isPlaceholderData && 'opacity-60 transition-opacity',
            )}
          >
            {list.data.stores.map((store) => (
              <li key={store.id}>
                <StoreCard store={store} mode={filters.mode} />
              </li>
            ))}
          </ul>
        )}

        {list.data && pages > 1 && (
          <Pagination
            label={t('pagination.label')}
            status={t('pagination.status', { page: filters.page, pages })}
            previousLabel={t('pagination.previous')}
            nextLabel={t('pagination.next')}
            hasPrevious={filters.page > 1}
            hasNext={filters.page < pages}
            onPrevious={() => go(withFilters(filters, { page: filters.page - 1 }))}
            onNext={() => go(withFilters(filters, { page: filters.page + 1 }))}
          />
        )}
      </div>
    </div>
  );
}
