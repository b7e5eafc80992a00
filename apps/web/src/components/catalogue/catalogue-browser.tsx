'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import clsx from 'clsx';
import { ChevronLeft, ChevronRight, Search, SearchX, X } from 'lucide-react';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useState } from 'react';

import {
  catalogueQueryString,
  CATALOGUE_MODES,
  CATALOGUE_SORTS,
  type CatalogueFilters,
  DEFAULT_FILTERS,
  parseCatalogueFilters,
  withFilters,
} from '~/lib/catalogue-url';
import { formatEuros } from '~/lib/money';
import { bestOffer } from '~/lib/offer-badge';
import { useTRPC } from '~/trpc/react';

import { OfferBadge } from './offer-badge';
import { StoreLogo } from './store-logo';

const SEARCH_DEBOUNCE_MS = 300;

const fieldClass =
  'w-full rounded-xl border border-brand-100 bg-white px-3 py-2.5 text-sm text-ink shadow-sm focus:border-brand-500';

/** The catalogue: search, filters and sort live in the URL; the list reads the mirror through tRPC. */
export function CatalogueBrowser() {
  const t = useTranslations('catalogue');
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters = parseCatalogueFilters(searchParams);
  const ids = { search: useId(), category: useId(), sort: useId(), results: useId() };

  const list = useQuery({
    ...trpc.catalogue.list.queryOptions({
      search: filters.q || undefined,
      category: filters.category || undefined,
      mode: filters.mode ?? undefined,
      sort: filters.sort,
      page: filters.page,
    }),
    placeholderData: keepPreviousData,
  });
  const categories = useQuery(trpc.catalogue.categories.queryOptions());

  // A filter or a page is a step Back can undo (push); refining the search text replaces it.
  const go = (next: CatalogueFilters, how: 'push' | 'replace' = 'push') => {
    const url = `${pathname}${catalogueQueryString(next)}`;
    if (how === 'push') router.push(url, { scroll: false });
    else router.replace(url, { scroll: false });
  };

  // The search box follows the URL when it changes from outside (Back, a shared link), but not
  // when the URL only caught up with what is being typed.
  const [input, setInput] = useState(filters.q);
  const [seenQ, setSeenQ] = useState(filters.q);
  const [sentQ, setSentQ] = useState<string | null>(null);
  if (filters.q !== seenQ) {
    setSeenQ(filters.q);
    if (filters.q === sentQ) setSentQ(null);
    else setInput(filters.q);
  }
  useEffect(() => {
    const current = parseCatalogueFilters(searchParams);
    const wanted = input.trim();
    if (wanted === current.q.trim()) return;
    const timer = setTimeout(() => {
      setSentQ(wanted);
      const url = `${pathname}${catalogueQueryString(withFilters(current, { q: wanted }))}`;
      // The first letters start a new history entry; further typing refines it.
      if (current.q === '') router.push(url, { scroll: false });
      else router.replace(url, { scroll: false });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input, searchParams, pathname, router]);

  const filtered = filters.q !== '' || filters.category !== '' || filters.mode !== null;
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;

  return (
    <div className="mt-6">
      <form
        role="search"
        aria-label={t('filters.label')}
        onSubmit={(event) => event.preventDefault()}
        className="grid gap-4 rounded-2xl border border-brand-100 bg-white p-4 shadow-sm md:grid-cols-[minmax(0,2fr)_minmax(0,1.4fr)_auto_minmax(0,1fr)] md:items-end"
      >
        <div>
          <label htmlFor={ids.search} className="mb-1 block text-sm font-semibold text-slate-700">
            {t('search.label')}
          </label>
          <div className="relative">
            <Search
              aria-hidden="true"
              className="pointer-events-none absolute left-3 top-1/2 h-4 w-4 -translate-y-1/2 text-slate-400"
            />
            <input
              id={ids.search}
              type="search"
              value={input}
              onChange={(event) => setInput(event.target.value)}
              placeholder={t('search.placeholder')}
              autoComplete="off"
              maxLength={100}
              aria-controls={ids.results}
              className={clsx(fieldClass, 'pl-9 pr-9 [&::-webkit-search-cancel-button]:hidden')}
            />
            {input !== '' && (
              <button
                type="button"
                onClick={() => setInput('')}
                aria-label={t('search.clear')}
                className="absolute right-2 top-1/2 -translate-y-1/2 rounded-md p-1 text-slate-400 hover:text-ink"
              >
                <X aria-hidden="true" className="h-4 w-4" />
              </button>
            )}
          </div>
        </div>

        <div>
          <label htmlFor={ids.category} className="mb-1 block text-sm font-semibold text-slate-700">
            {t('filters.category')}
          </label>
          <select
            id={ids.category}
            value={filters.category}
            onChange={(event) => go(withFilters(filters, { category: event.target.value }))}
            className={fieldClass}
          >
            <option value="">{t('filters.allCategories')}</option>
            {categories.data?.map(({ category, stores }) => (
              <option key={category} value={category}>
                {t('filters.categoryOption', { category, count: stores })}
              </option>
            ))}
            {/* A category from a shared link stays selectable while the list loads. */}
            {filters.category && !categories.data?.some(({ category }) => category === filters.category) && (
              <option value={filters.category}>{filters.category}</option>
            )}
          </select>
        </div>

        <fieldset>
          <legend className="mb-1 block text-sm font-semibold text-slate-700">{t('filters.mode')}</legend>
          <div className="flex rounded-xl border border-brand-100 bg-brand-50/60 p-1">
            {[null, ...CATALOGUE_MODES].map((mode) => (
              <label
                key={mode ?? 'all'}
                className={clsx(
                  'flex-1 cursor-pointer whitespace-nowrap rounded-lg px-3 py-1.5 text-center text-sm font-semibold transition has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-500',
                  filters.mode === mode ? 'bg-white text-brand-700 shadow-sm' : 'text-slate-600 hover:text-ink',
                )}
              >
                <input
                  type="radio"
                  name="mode"
                  className="sr-only"
                  checked={filters.mode === mode}
                  onChange={() => go(withFilters(filters, { mode }))}
                />
                {mode ? t(`filters.${mode}`) : t('filters.allModes')}
              </label>
            ))}
          </div>
        </fieldset>

        <div>
          <label htmlFor={ids.sort} className="mb-1 block text-sm font-semibold text-slate-700">
            {t('filters.sort')}
          </label>
          <select
            id={ids.sort}
            value={filters.sort}
            onChange={(event) => go(withFilters(filters, { sort: event.target.value as CatalogueFilters['sort'] }))}
            className={fieldClass}
          >
            {CATALOGUE_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`filters.sorts.${sort}`)}
              </option>
            ))}
          </select>
        </div>
      </form>

      <div id={ids.results} className="mt-6">
        <p role="status" className="mb-3 text-sm font-medium text-slate-600">
          {list.data ? t('results', { count: list.data.total }) : t('loading')}
        </p>

        {list.isError && !list.data ? (
          <div role="alert" className="rounded-2xl border border-rose-200 bg-rose-50 p-6 text-rose-900">
            <p className="font-semibold">{t('error.title')}</p>
            <button
              type="button"
              onClick={() => void list.refetch()}
              className="mt-3 rounded-lg bg-white px-3 py-1.5 text-sm font-semibold shadow-sm ring-1 ring-rose-200"
            >
              {t('error.retry')}
            </button>
          </div>
        ) : !list.data ? (
          <StoreGridSkeleton />
        ) : list.data.stores.length === 0 ? (
          <div className="flex flex-col items-center rounded-2xl border border-dashed border-brand-200 bg-white px-6 py-14 text-center">
            <SearchX aria-hidden="true" className="h-10 w-10 text-brand-500" />
            <h2 className="mt-3 text-lg font-bold">{t('empty.title')}</h2>
            <p className="mt-1 text-sm text-slate-600">{t('empty.body')}</p>
            {filtered && (
              <button
                type="button"
                onClick={() => {
                  setInput('');
                  go({ ...DEFAULT_FILTERS, sort: filters.sort });
                }}
                className="mt-5 rounded-xl bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700"
              >
                {t('empty.reset')}
              </button>
            )}
          </div>
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
          <nav aria-label={t('pagination.label')} className="mt-8 flex items-center justify-center gap-3">
            <button
              type="button"
              disabled={filters.page <= 1}
              onClick={() => go(withFilters(filters, { page: filters.page - 1 }))}
              className="inline-flex items-center gap-1 rounded-xl border border-brand-100 bg-white px-3 py-2 text-sm font-semibold shadow-sm hover:border-brand-200 disabled:cursor-not-allowed disabled:opacity-40"
            >
              <ChevronLeft aria-hidden="true" className="h-4 w-4" />
              {t('pagination.previous')}
            </button>
            <span className="text-sm text-slate-600">{t('pagination.status', { page: filters.page, pages })}</span>
            <button
              type="button"
              disabled={filters.page >= pages}
              onClick={() => go(withFilters(filters, { page: filters.page + 1 }))}
              className="inline-flex items-center gap-1 rounded-xl border border-brand-100 bg-white px-3 py-2 text-sm font-semibold shadow-sm hover:border-brand-200 disabled:cursor-not-allowed disabled:opacity-40"
            >
              {t('pagination.next')}
              <ChevronRight aria-hidden="true" className="h-4 w-4" />
            </button>
          </nav>
        )}
      </div>
    </div>
  );
}

interface CardStore {
  id: string;
  name: string;
  category: string | null;
  baseColor: string | null;
  logoMedium: string | null;
  valueMinCents: number;
  valueMaxCents: number;
  discreteValuesCents: number[];
  offers: Array<{ mode: 'BONUS' | 'DISCOUNT'; rateBasisPoints: number }>;
}

function StoreCard({ store, mode }: { store: CardStore; mode: CatalogueFilters['mode'] }) {
  const t = useTranslations('catalogue');
  const locale = useLocale();
  // Filtered by mode, the badge shows that mode's offer: the reason the store is listed.
  const best = bestOffer(mode ? store.offers.filter((offer) => offer.mode === mode) : store.offers);
  const euros = (cents: number) => formatEuros(cents, locale, { hideZeroCents: true });
  return (
    <Link
      href={`/catalogue/${store.id}`}
      className="group flex h-full flex-col rounded-2xl border border-brand-100 bg-white p-4 shadow-sm transition hover:-translate-y-0.5 hover:border-brand-200 hover:shadow-md"
    >
      <div className="flex items-start gap-3">
        <StoreLogo
          name={store.name}
          src={store.logoMedium}
          color={store.baseColor}
          alt={t('logo', { name: store.name })}
        />
        <div className="min-w-0 flex-1">
          <h2 className="line-clamp-2 font-semibold leading-snug text-ink group-hover:text-brand-700">{store.name}</h2>
          {store.category && <p className="truncate text-xs text-slate-500">{store.category}</p>}
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-2 pt-1">
        <p className="text-sm text-slate-700">
          <span className="font-semibold">
            {t('range', { min: euros(store.valueMinCents), max: euros(store.valueMaxCents) })}
          </span>
          <span className="block text-xs text-slate-500">
            {store.discreteValuesCents.length > 0 ? t('fixedAmounts') : t('freeAmount')}
          </span>
        </p>
        {best && <OfferBadge mode={best.mode} rateBasisPoints={best.rateBasisPoints} className="text-sm" />}
      </div>
    </Link>
  );
}

export function StoreGridSkeleton({ count = 8 }: { count?: number }) {
  return (
    <ul aria-hidden="true" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
      {Array.from({ length: count }, (_, index) => (
        <li key={index} className="h-[136px] animate-pulse rounded-2xl border border-brand-100 bg-white p-4">
          <div className="flex gap-3">
            <div className="h-14 w-14 rounded-xl bg-brand-50" />
            <div className="flex-1 space-y-2 pt-1">
              <div className="h-4 w-2/3 rounded bg-brand-50" />
              <div className="h-3 w-1/2 rounded bg-brand-50" />
            </div>
          </div>
          <div className="mt-6 h-4 w-1/3 rounded bg-brand-50" />
        </li>
      ))}
    </ul>
  );
}
