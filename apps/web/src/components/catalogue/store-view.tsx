'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { useQuery } from '@tanstack/react-query';
import { AlertTriangle, ArrowLeft, CalendarClock, Info, Truck, Undo2, Wallet } from 'lucide-react';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

import { featuredVouchers } from '~/lib/featured-vouchers';
import { formatEuros } from '~/lib/money';
import { useTRPC } from '~/trpc/react';

import { OfferBadge } from './offer-badge';
import { StoreLogo } from './store-logo';
import { VoucherPicker } from './voucher-picker';

type Store = RouterOutputs['catalogue']['store'];
type StoreVouchers = RouterOutputs['catalogue']['storeVouchers'];

/** A store page: what the mirror knows, and what the employee can afford there right now. */
export function StoreView({ storeId }: { storeId: string }) {
  const t = useTranslations('store');
  const tCatalogue = useTranslations('catalogue');
  const trpc = useTRPC();
  const store = useQuery(trpc.catalogue.store.queryOptions({ storeId }));
  const vouchers = useQuery(trpc.catalogue.storeVouchers.queryOptions({ storeId }));

  if (store.isPending) return <StoreSkeleton label={t('loading')} />;
  if (store.isError) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-16 text-center sm:px-6">
        <h1 className="text-2xl font-bold">{t('notFound.title')}</h1>
        <p className="mt-2 text-slate-600">{t('notFound.body')}</p>
        <BackLink />
      </div>
    );
  }
  const data = store.data;
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
      <BackLink />
      <header className="mt-4 flex items-center gap-4 sm:gap-6">
        <StoreLogo
          name={data.name}
          src={data.logoLarge ?? data.logoMedium}
          color={data.baseColor}
          size="lg"
          alt={tCatalogue('logo', { name: data.name })}
        />
        <div className="min-w-0">
          <h1 className="text-2xl font-extrabold tracking-tight sm:text-3xl">{data.name}</h1>
          {data.category && <p className="text-sm text-slate-500">{data.category}</p>}
          <div className="mt-2 flex flex-wrap gap-2">
            {data.offers
              .filter((offer) => offer.rateBasisPoints > 0)
              .map((offer) => (
                <OfferBadge
                  key={offer.id}
                  mode={offer.mode}
                  rateBasisPoints={offer.rateBasisPoints}
                  className="text-sm"
                />
              ))}
          </div>
        </div>
      </header>

      {!data.enabled && (
        <p role="alert" className="mt-6 flex gap-2 rounded-2xl border border-amber-200 bg-amber-50 p-4 text-amber-900">
          <AlertTriangle aria-hidden="true" className="mt-0.5 h-5 w-5 shrink-0" />
          {t('unavailable')}
        </p>
      )}

      <div className="mt-8 grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.15fr)] lg:items-start">
        <StoreDetails store={data} />
        {data.enabled && (
          <section
            aria-labelledby="affordable-title"
            className="rounded-2xl border border-brand-100 bg-white p-5 shadow-sm sm:p-6 lg:sticky lg:top-24"
          >
            <h2 id="affordable-title" className="text-lg font-bold">
              {t('affordable.title')}
            </h2>
            <AffordableVouchers store={data} query={vouchers} />
          </section>
        )}
      </div>
    </div>
  );
}

function BackLink() {
  const t = useTranslations('store');
  return (
    <Link
      href="/catalogue"
      className="inline-flex items-center gap-1.5 rounded-md text-sm font-semibold text-brand-700 hover:text-brand-900"
    >
      <ArrowLeft aria-hidden="true" className="h-4 w-4" />
      {t('back')}
    </Link>
  );
}

function StoreDetails({ store }: { store: Store }) {
  const t = useTranslations('store');
  const tc = useTranslations('catalogue');
  const locale = useLocale();
  const euros = (cents: number) => formatEuros(cents, locale, { hideZeroCents: true });
  const amounts =
    store.discreteValuesCents.length > 0
      ? store.discreteValuesCents.map(euros).join(' · ')
      : `${tc('range', { min: euros(store.valueMinCents), max: euros(store.valueMaxCents) })} (${tc('freeAmount').toLowerCase()})`;
  const details: Array<{ key: string; icon: ReactNode; label: string; value: string | null }> = [
    { key: 'amounts', icon: <Wallet className="h-4 w-4" />, label: t('details.amounts'), value: amounts },
    {
      key: 'validity',
      icon: <CalendarClock className="h-4 w-4" />,
      label: t('details.validity'),
      value: store.validity,
    },
    { key: 'delivery', icon: <Truck className="h-4 w-4" />, label: t('details.delivery'), value: store.shippingTime },
    {
      key: 'refund',
      icon: <Undo2 className="h-4 w-4" />,
      label: t('details.refund'),
      value: store.refundable ? t('details.refundable') : t('details.notRefundable'),
    },
  ];
  return (
    <div className="space-y-6">
      {store.description && <p className="text-base leading-relaxed text-slate-700">{store.description}</p>}
      <section aria-labelledby="details-title" className="rounded-2xl border border-brand-100 bg-white p-5 shadow-sm">
        <h2 id="details-title" className="font-bold">
          {t('details.title')}
        </h2>
        <dl className="mt-3 divide-y divide-brand-50">
          {details
            .filter((detail) => detail.value)
            .map((detail) => (
              <div key={detail.key} className="flex gap-3 py-2.5 text-sm">
                <dt className="flex w-40 shrink-0 items-center gap-2 text-slate-500">
                  <span aria-hidden="true" className="text-brand-500">
                    {detail.icon}
                  </span>
                  {detail.label}
                </dt>
                <dd className="min-w-0 font-medium text-ink">{detail.value}</dd>
              </div>
            ))}
        </dl>
      </section>
      {store.mentions && (
        <section
          aria-labelledby="conditions-title"
          className="rounded-2xl border border-brand-100 bg-white p-5 shadow-sm"
        >
          <h2 id="conditions-title" className="font-bold">
            {t('conditions')}
          </h2>
          <p className="mt-2 whitespace-pre-line text-sm leading-relaxed text-slate-600">{store.mentions}</p>
        </section>
      )}
    </div>
  );
}

function AffordableVouchers({
  store,
  query,
}: {
  store: Store;
  query: { data?: StoreVouchers; isPending: boolean; isError: boolean };
}) {
  const t = useTranslations('store.affordable');
  const tCatalogue = useTranslations('catalogue');
  const tErrors = useTranslations('errors');
  const locale = useLocale();
  const euros = (cents: number) => formatEuros(cents, locale, { hideZeroCents: true });

  if (query.isPending) return <div aria-hidden="true" className="mt-4 h-48 animate-pulse rounded-xl bg-brand-50" />;
  if (query.isError || !query.data) {
    return (
      <p role="alert" className="mt-4 text-sm text-rose-800">
        {tErrors('unknown')}
      </p>
    );
  }
  const { balanceCents, vouchers, source } = query.data;
  if (balanceCents <= 0) {
    return (
      <div className="mt-4 rounded-xl bg-brand-50 p-5 text-center">
        <Wallet aria-hidden="true" className="mx-auto h-8 w-8 text-brand-500" />
        <p className="mt-2 font-semibold">{t('noBalance.title')}</p>
        <p className="mt-1 text-sm text-slate-600">{t('noBalance.body')}</p>
      </div>
    );
  }

  const offers = groupByOffer(vouchers);
  return (
    <div className="mt-1">
      <p className="text-sm text-slate-600">{t('balance', { balance: formatEuros(balanceCents, locale) })}</p>
      {source === 'computed-locally' && (
        <p className="mt-3 flex gap-2 rounded-xl bg-amber-50 p-3 text-sm text-amber-900">
          <Info aria-hidden="true" className="mt-0.5 h-4 w-4 shrink-0" />
          {tCatalogue('computedLocally')}
        </p>
      )}
      {vouchers.length === 0 ? (
        <p className="mt-4 rounded-xl bg-brand-50 p-4 text-sm text-slate-700">
          {t('none', { balance: formatEuros(balanceCents, locale) })}
        </p>
      ) : (
        <>
          {offers.map(({ offerId, mode, rateBasisPoints, entries }) => {
            const featured = featuredVouchers(entries);
            return (
              <div key={offerId} className="mt-4">
                {offers.length > 1 && rateBasisPoints !== null && (
                  <OfferBadge mode={mode} rateBasisPoints={rateBasisPoints} />
                )}
                <table className="mt-2 w-full text-sm">
                  <thead>
                    <tr className="border-b border-brand-100 text-left text-xs uppercase tracking-wide text-slate-500">
                      <th scope="col" className="py-2 font-semibold">
                        {t('value')}
                      </th>
                      <th scope="col" className="py-2 font-semibold">
                        {t('price')}
                      </th>
                      <th scope="col" className="py-2 text-right font-semibold">
                        {t('gain')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {featured.map((voucher) => (
                      <tr key={voucher.valueCents} className="border-b border-brand-50 last:border-0">
                        <td className="py-2 font-semibold">{formatEuros(voucher.valueCents, locale)}</td>
                        <td className="py-2">{formatEuros(voucher.priceCents, locale)}</td>
                        <td className="py-2 text-right font-semibold text-emerald-700">
                          {voucher.valueCents > voucher.priceCents
                            ? t('gainAmount', { gain: formatEuros(voucher.valueCents - voucher.priceCents, locale) })
                            : t('noGain')}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {featured.length < entries.length && <p className="mt-1 text-xs text-slate-500">{t('more')}</p>}
              </div>
            );
          })}
          <VoucherPicker store={store} offers={offers} euros={euros} />
        </>
      )}
    </div>
  );
}

export interface OfferVouchers {
  offerId: string;
  mode: 'BONUS' | 'DISCOUNT';
  rateBasisPoints: number | null;
  entries: Array<{ valueCents: number; priceCents: number }>;
}

// Proposals come one per offer and value; the page shows them offer by offer, best offer first.
// A plain offer (no advantage) is left out when the store has a real one: it only costs more.
function groupByOffer(vouchers: StoreVouchers['vouchers']): OfferVouchers[] {
  const groups = new Map<string, OfferVouchers>();
  for (const voucher of vouchers) {
    const group = groups.get(voucher.offerId) ?? {
      offerId: voucher.offerId,
      mode: voucher.mode,
      rateBasisPoints: voucher.rateBasisPoints,
      entries: [],
    };
    group.entries.push({ valueCents: voucher.valueCents, priceCents: voucher.priceCents });
    groups.set(voucher.offerId, group);
  }
  const offers = [...groups.values()].sort((a, b) => (b.rateBasisPoints ?? 0) - (a.rateBasisPoints ?? 0));
  const withAdvantage = offers.filter((offer) => offer.entries.some((entry) => entry.valueCents > entry.priceCents));
  return withAdvantage.length > 0 ? withAdvantage : offers;
}

function StoreSkeleton({ label }: { label: string }) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10" aria-busy="true">
      <p className="sr-only" role="status">
        {label}
      </p>
      <div aria-hidden="true" className="animate-pulse">
        <div className="h-4 w-40 rounded bg-brand-50" />
        <div className="mt-6 flex items-center gap-5">
          <div className="h-24 w-24 rounded-xl bg-brand-50" />
          <div className="space-y-3">
            <div className="h-7 w-56 rounded bg-brand-50" />
            <div className="h-4 w-32 rounded bg-brand-50" />
          </div>
        </div>
        <div className="mt-8 grid gap-6 lg:grid-cols-2">
          <div className="h-64 rounded-2xl bg-brand-50" />
          <div className="h-64 rounded-2xl bg-brand-50" />
        </div>
      </div>
    </div>
  );
}
