'use client';

import clsx from 'clsx';
import { Search, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useId } from 'react';

import { fieldClasses, labelClasses } from '~/components/ui/field';
import { Card } from '~/components/ui/panel';
import { CATALOGUE_MODES, CATALOGUE_SORTS, type CatalogueFilters, withFilters } from '~/lib/catalogue-url';
import { useCategoryName } from '~/lib/use-category-name';

/** The catalogue's search form: text, category, bonus or discount, sort. Each change goes to the URL. */
export function CatalogueFilterForm({
  filters,
  go,
  search,
  setSearch,
  categories,
  resultsId,
}: {
  filters: CatalogueFilters;
  go: (next: CatalogueFilters) => void;
  search: string;
  setSearch: (text: string) => void;
  categories: Array<{ category: string; stores: number }> | undefined;
  /** The results region the search box controls. */
  resultsId: string;
}) {
  const t = useTranslations('catalogue');
  const categoryName = useCategoryName();
  const ids = { search: useId(), category: useId(), sort: useId() };
  const field = fieldClasses({ className: 'w-full' });
  return (
    <Card
      asChild
      className="grid gap-4 p-4 md:grid-cols-[minmax(0,2fr)_minmax(0,1.4fr)_auto_minmax(0,1fr)] md:items-end"
    >
      <form role="search" aria-label={t('filters.label')} onSubmit={(event) => event.preventDefault()}>
        <div>
          <label htmlFor={ids.search} className={labelClasses}>
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
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              placeholder={t('search.placeholder')}
              autoComplete="off"
              maxLength={100}
              aria-controls={resultsId}
              className={clsx(field, 'pl-9 pr-9 [&::-webkit-search-cancel-button]:hidden')}
            />
            {search !== '' && (
              <button
                type="button"
                onClick={() => setSearch('')}
                aria-label={t('search.clear')}
                className="absolute right-2 top-1/2 -translate-y-1/2 rounded-md p-1 text-slate-400 hover:text-ink"
              >
                <X aria-hidden="true" className="h-4 w-4" />
              </button>
            )}
          </div>
        </div>

        <div>
          <label htmlFor={ids.category} className={labelClasses}>
            {t('filters.category')}
          </label>
          <select
            id={ids.category}
            value={filters.category}
            onChange={(event) => go(withFilters(filters, { category: event.target.value }))}
            className={field}
          >
            <option value="">{t('filters.allCategories')}</option>
            {categories?.map(({ category, stores }) => (
              <option key={category} value={category}>
                {t('filters.categoryOption', { category: categoryName(category), count: stores })}
              </option>
            ))}
            {/* A category from a shared link stays selectable while the list loads. */}
            {filters.category && !categories?.some(({ category }) => category === filters.category) && (
              <option value={filters.category}>{categoryName(filters.category)}</option>
            )}
          </select>
        </div>

        <fieldset>
          <legend className={labelClasses}>{t('filters.mode')}</legend>
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
          <label htmlFor={ids.sort} className={labelClasses}>
            {t('filters.sort')}
          </label>
          <select
            id={ids.sort}
            value={filters.sort}
            onChange={(event) => go(withFilters(filters, { sort: event.target.value as CatalogueFilters['sort'] }))}
            className={field}
          >
            {CATALOGUE_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`filters.sorts.${sort}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
    </Card>
  );
}
