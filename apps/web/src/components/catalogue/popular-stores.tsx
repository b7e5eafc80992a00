'use client';

import { useQuery } from '@tanstack/react-query';
import { Users } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useId } from 'react';

import { bestOffer } from '~/lib/offer-badge';
import { useTRPC } from '~/trpc/react';

import { popularStoresQuery } from './catalogue-queries';
import { OfferBadge } from './offer-badge';
import { StoreLogo } from './store-logo';

/**
 * "Popular at your company": the stores the most colleagues chose lately, each with how many did
 * (never who). Nothing at all while it loads, fails or has no store above the threshold: the
 * catalogue below is the page, this row only a shortcut.
 */
export function PopularStores() {
  const t = useTranslations('catalogue');
  const trpc = useTRPC();
  const titleId = useId();
  const popular = useQuery(popularStoresQuery(trpc));
  if (!popular.data || popular.data.stores.length === 0) return null;
  const { stores, windowDays, minColleagues } = popular.data;
  return (
    <section aria-labelledby={titleId} className="mt-6">
      <h2 id={titleId} className="flex items-center gap-2 text-lg font-bold">
        <Users aria-hidden="true" className="h-5 w-5 text-brand-600" />
        {t('popular.title')}
      </h2>
      <p className="text-sm text-slate-600">{t('popular.lead', { days: windowDays })}</p>
      <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {stores.map((store) => {
          const best = bestOffer(store.offers);
          return (
            // Four on a phone (two rows): the catalogue stays near the top of the screen.
            <li key={store.id} className="max-sm:[&:nth-child(n+5)]:hidden">
              <Link
                href={`/catalogue/${store.id}`}
                className="flex h-full flex-col gap-2 rounded-2xl border border-brand-100 bg-white p-3 shadow-sm transition hover:border-brand-200 hover:shadow-md"
              >
                <span className="flex items-center gap-2">
                  <StoreLogo name={store.name} src={store.logoMedium} color={store.baseColor} size="sm" alt="" />
                  <span className="line-clamp-2 text-sm font-semibold leading-snug">{store.name}</span>
                </span>
                <span className="mt-auto flex flex-wrap items-center justify-between gap-1">
                  <span className="text-xs font-medium text-slate-600">
                    {t('popular.colleagues', { count: store.colleagues })}
                  </span>
                  {best && <OfferBadge mode={best.mode} rateBasisPoints={best.rateBasisPoints} />}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      <p className="mt-2 text-xs text-slate-500">{t('popular.privacy', { min: minColleagues })}</p>
    </section>
  );
}
