'use client';

import type { UseQueryResult } from '@tanstack/react-query';
import clsx from 'clsx';
import { Heart, SearchX } from 'lucide-react';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import { EmptyState } from '~/components/ui/empty-state';
import { Pagination } from '~/components/ui/pagination';
import { type CatalogueFilters, DEFAULT_FILTERS, withFilters } from '~/lib/catalogue-url';

import { type CardStore, StoreCard } from './store-card';
import { StoreGridSkeleton } from './store-grid-skeleton';
import type { Favourites } from './use-favourites';

interface StorePage {
  stores: CardStore[];
  total: number;
  pageSize: number;
}

/**
 * A page of stores under the filters: loading, error, empty (no favourite yet, or nothing matching,
 * with the way out), the grid, and the pages. `status` is the results line with what sits beside it;
 * `favourites` the hearts of the cards.
 */
export function StoreResults({
  list,
  filters,
  go,
  clearFilters,
  status,
  favourites,
}: {
  list: UseQueryResult<StorePage, unknown>;
  filters: CatalogueFilters;
  go: (next: CatalogueFilters) => void;
  clearFilters: () => void;
  status: ReactNode;
  favourites: Favourites;
}) {
  const t = useTranslations('catalogue');
  const filtered = filters.q !== '' || filters.category !== '' || filters.mode !== null || filters.wallet !== '';
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;
  return (
    <>
      {status}
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
      ) : list.data.stores.length === 0 && filters.favourites && !filtered ? (
        <EmptyState
          icon={Heart}
          title={t('favourites.empty.title')}
          action={
            <Button onClick={() => go({ ...DEFAULT_FILTERS, sort: filters.sort })}>
              {t('favourites.empty.browse')}
            </Button>
          }
        >
          {t('favourites.empty.body')}
        </EmptyState>
      ) : list.data.stores.length === 0 ? (
        <EmptyState
          icon={SearchX}
          title={t('empty.title')}
          action={filtered && <Button onClick={clearFilters}>{t('empty.reset')}</Button>}
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
              <StoreCard
                store={store}
                mode={filters.mode}
                walletId={filters.wallet || undefined}
                favourites={favourites}
              />
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
    </>
  );
}
