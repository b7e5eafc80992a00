'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';

import { DataTable, type DataTableColumn } from '~/components/ui/data-table';
import { featuredVouchers } from '~/lib/featured-vouchers';
import { formatEuros } from '~/lib/money';

import { OfferBadge } from './offer-badge';
import type { bestPerValue } from './offer-vouchers';

type Entry = ReturnType<typeof bestPerValue>[number];

/**
 * A few of the affordable vouchers, value and price side by side, with what is gained; with
 * `showOffer`, the offer that gives each price (the best one for that amount).
 */
export function OfferPriceTable({
  entries,
  showOffer,
  caption,
}: {
  entries: Entry[];
  showOffer: boolean;
  caption: string;
}) {
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
      ...(showOffer
        ? [
            {
              id: 'offer',
              header: t('offer'),
              enableSorting: false,
              meta: { align: 'right' },
              cell: ({ row }) =>
                row.original.offer.rateBasisPoints ? (
                  <OfferBadge mode={row.original.offer.mode} rateBasisPoints={row.original.offer.rateBasisPoints} />
                ) : null,
            } satisfies DataTableColumn<Entry>,
          ]
        : []),
    ],
    [t, locale, showOffer],
  );
  const featured = featuredVouchers(entries);
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
      {featured.length < entries.length && <p className="mt-1 text-xs text-slate-500">{t('more')}</p>}
    </>
  );
}
