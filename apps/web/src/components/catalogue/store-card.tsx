'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';

import type { CatalogueFilters } from '~/lib/catalogue-url';
import { formatEuros } from '~/lib/money';
import { bestOffer } from '~/lib/offer-badge';

import { FavouriteButton } from './favourite-button';
import { OfferBadge } from './offer-badge';
import { StoreLogo } from './store-logo';
import type { Favourites } from './use-favourites';
import { useCategoryName } from '~/lib/use-category-name';

export interface CardStore {
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

/**
 * A store of the catalogue grid: logo, name, amounts, its best offer (of the chosen mode), and its
 * heart (`favourites`: the catalogue's one useFavourites). With the catalogue filtered by a wallet,
 * the store page opens with that wallet chosen.
 */
export function StoreCard({
  store,
  mode,
  walletId,
  favourites,
}: {
  store: CardStore;
  mode: CatalogueFilters['mode'];
  walletId?: string;
  favourites: Favourites;
}) {
  const t = useTranslations('catalogue');
  const categoryName = useCategoryName();
  const locale = useLocale();
  // Filtered by mode, the badge shows that mode's offer: the reason the store is listed.
  const best = bestOffer(mode ? store.offers.filter((offer) => offer.mode === mode) : store.offers);
  const euros = (cents: number) => formatEuros(cents, locale, { hideZeroCents: true });
  return (
    // The name is the link, stretched over the whole card; the heart sits above it, its own button
    // (a button inside a link would be neither).
    <div className="group relative flex h-full flex-col rounded-2xl border border-brand-100 bg-white p-4 shadow-sm transition has-[a:focus-visible]:outline has-[a:focus-visible]:outline-[3px] has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-brand-500 hover:-translate-y-0.5 hover:border-brand-200 hover:shadow-md">
      <div className="flex items-start gap-3">
        <StoreLogo
          name={store.name}
          src={store.logoMedium}
          color={store.baseColor}
          alt={t('logo', { name: store.name })}
        />
        <div className="min-w-0 flex-1">
          <h2 className="line-clamp-2 font-semibold leading-snug text-ink group-hover:text-brand-700">
            <Link
              href={walletId ? `/catalogue/${store.id}?wallet=${walletId}` : `/catalogue/${store.id}`}
              className="after:absolute after:inset-0 after:rounded-2xl focus-visible:outline-none"
            >
              {store.name}
            </Link>
          </h2>
          {store.category && <p className="truncate text-xs text-slate-500">{categoryName(store.category)}</p>}
        </div>
        <FavouriteButton
          storeId={store.id}
          storeName={store.name}
          favourites={favourites}
          className="relative -mr-2 -mt-2"
        />
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
    </div>
  );
}
