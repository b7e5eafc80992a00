'use client';

import clsx from 'clsx';
import { Heart } from 'lucide-react';
import { useTranslations } from 'next-intl';

import { type CatalogueFilters, withFilters } from '~/lib/catalogue-url';

/** All stores, or only the employee's favourites (with how many): a filter kept in the URL like the others. */
export function CatalogueScope({
  filters,
  go,
  count,
}: {
  filters: CatalogueFilters;
  go: (next: CatalogueFilters) => void;
  /** The number of favourites, once known. */
  count: number | undefined;
}) {
  const t = useTranslations('catalogue.favourites');
  return (
    <fieldset>
      <legend className="sr-only">{t('show')}</legend>
      <div className="flex rounded-xl border border-brand-100 bg-brand-50/60 p-1">
        {[false, true].map((favourites) => (
          <label
            key={String(favourites)}
            className={clsx(
              'flex cursor-pointer items-center gap-1.5 whitespace-nowrap rounded-lg px-3 py-1.5 text-sm font-semibold transition has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-500',
              filters.favourites === favourites ? 'bg-white text-brand-700 shadow-sm' : 'text-slate-600 hover:text-ink',
            )}
          >
            <input
              type="radio"
              name="scope"
              className="sr-only"
              checked={filters.favourites === favourites}
              onChange={() => go(withFilters(filters, { favourites }))}
            />
            {favourites && <Heart aria-hidden="true" className="h-4 w-4 fill-rose-600 text-rose-600" />}
            {favourites ? t('only') : t('all')}
            {favourites && count !== undefined && (
              <span className="rounded-full bg-brand-100 px-1.5 text-xs text-brand-700">{count}</span>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
