import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';

import { CatalogueBrowser } from '~/components/catalogue/catalogue-browser';
import {
  popularStoresQuery,
  selectedWallet,
  showsPopular,
  storeListQueries,
} from '~/components/catalogue/catalogue-queries';
import { StoreGridSkeleton } from '~/components/catalogue/store-grid-skeleton';
import { parseCatalogueFilters } from '~/lib/catalogue-url';
import { getQueryClient, HydrateClient, prefetch, trpc } from '~/trpc/server';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('catalogue');
  return { title: `${t('title')} · Jackpot Rewards` };
}

/**
 * The catalogue's queries for the URL's filters, answered before the page renders: the first HTML
 * holds the list, and the browser starts with the same data instead of asking again. A query that
 * fails is left to the browser, which asks again and shows its error state. Returns the queries,
 * for the page's HydrateClient to send.
 */
async function prefetchCatalogue(searchParams: Awaited<SearchParams>) {
  // As the browser's useSearchParams().get would read them: the first value of a repeated name.
  const filters = parseCatalogueFilters({
    get: (name) => [searchParams[name]].flat()[0] ?? null,
  });
  const walletsQuery = trpc.me.wallets.queryOptions();
  await prefetch(walletsQuery);
  const wallets = getQueryClient().getQueryData(walletsQuery.queryKey);
  // Without the wallets, the list of a wallet's link is not known: the browser asks for it.
  const listKnown = !filters.wallet || wallets !== undefined;
  const lists = storeListQueries(trpc, filters, selectedWallet(filters, wallets));
  const listQuery = listKnown ? (filters.favourites ? lists.mine : lists.all) : null;
  const categoriesQuery = trpc.catalogue.categories.queryOptions();
  const favouritesQuery = trpc.favourites.ids.queryOptions();
  const popularQuery = showsPopular(filters) ? popularStoresQuery(trpc) : null;
  await Promise.all([
    listQuery && prefetch(listQuery),
    prefetch(categoriesQuery),
    prefetch(favouritesQuery),
    popularQuery && prefetch(popularQuery),
  ]);
  return [walletsQuery, listQuery, categoriesQuery, favouritesQuery, popularQuery].filter((query) => query !== null);
}

/** The browser, once the queries of its first paint are answered. */
async function PrefetchedCatalogue({ searchParams }: { searchParams: SearchParams }) {
  const queries = await prefetchCatalogue(await searchParams);
  return (
    <HydrateClient queries={queries}>
      <CatalogueBrowser />
    </HydrateClient>
  );
}

export default async function CataloguePage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations('catalogue');
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
      <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
      <p className="mt-2 text-slate-600">{t('lead')}</p>
      {/* The title is sent at once (the first paint); the list follows in the same answer as soon
          as its queries are answered. The browser also reads the URL (useSearchParams) under it. */}
      <Suspense
        fallback={
          <div className="mt-6">
            <StoreGridSkeleton />
          </div>
        }
      >
        <PrefetchedCatalogue searchParams={searchParams} />
      </Suspense>
    </div>
  );
}
