'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';

import { DataTable, type DataTableColumn } from '~/components/ui/data-table';
import { featuredVouchers } from '~/lib/featured-vouchers';
import { formatEuros } from '~/lib/money';

import type { OfferVouchers } from './offer-vouchers';

type Entry = OfferVouchers['entries'][number];

/** A few of an offer's affordable vouchers, value and price side by side, with what is gained. */
export function OfferPriceTable({ offer, caption }: { offer: OfferVouchers; caption: string }) {
  const t = useTranslations('store.affordable');
  const locale = useLocale();
  const columns = useMemo<DataTableColumn<Entry>[]>(
    () => [
      {
        id: 'value',
        header: t('value'),
        enableSorting: false,
        meta: { rowHeader: true },
        cell: ({ row }) => <span className="font-semibold">{formatEuros(row.original.valueCents, locale)}</span>,
      },
      {
        id: 'price',
        header: t('price'),
        enableSorting: false,
        cell: ({ row }) => formatEuros(row.original.priceCents, locale),
      },
      {
        id: 'gain',
        header: t('gain'),
        enableSorting: false,
        meta: { align: 'right' },
        cell: ({ row }) => {
          const { valueCents, priceCents } = row.original;
          return (
            <span className="font-semibold text-emerald-700">
              {valueCents > priceCents
                ? t('gainAmount', { gain: formatEuros(valueCents - priceCents, locale) })
                : t('noGain')}
            </span>
          );
        },
      },
    ],
    [t, locale],
  );
  const featured = featuredVouchers(offer.entries);
  return (
    <>
      <DataTable
        caption={caption}
        captionHidden
        columns={columns}
        data={featured}
        getRowId={(entry) => String(entry.valueCents)}
        className="mt-2"
      />
      {featured.length < offer.entries.length && <p className="mt-1 text-xs text-slate-500">{t('more')}</p>}
    </>
  );
}
