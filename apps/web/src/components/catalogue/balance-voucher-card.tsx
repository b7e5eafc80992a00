'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';

import { formatEuros } from '~/lib/money';

import { OfferBadge } from './offer-badge';
import { StoreLogo } from './store-logo';
import { useCategoryName } from '~/lib/use-category-name';

type BalanceVoucher = RouterOutputs['catalogue']['forMyBalance']['vouchers'][number];

/** A store's best voucher for the amount: what it is worth, what it costs, what is gained. */
export function BalanceVoucherCard({ voucher }: { voucher: BalanceVoucher }) {
  const t = useTranslations('catalogue.forMyBalance');
  const tCatalogue = useTranslations('catalogue');
  const categoryName = useCategoryName();
  const locale = useLocale();
  return (
    <Link
      href={`/catalogue/${voucher.store.id}`}
      className="group flex h-full flex-col rounded-2xl border border-brand-100 bg-white p-4 shadow-sm transition hover:-translate-y-0.5 hover:border-brand-200 hover:shadow-md"
    >
      <div className="flex items-start gap-3">
        <StoreLogo
          name={voucher.store.name}
          src={voucher.store.logoMedium}
          color={voucher.store.baseColor}
          size="sm"
          alt={tCatalogue('logo', { name: voucher.store.name })}
        />
        <div className="min-w-0 flex-1">
          <h2 className="line-clamp-2 font-semibold leading-snug group-hover:text-brand-700">{voucher.store.name}</h2>
          {voucher.store.category && (
            <p className="truncate text-xs text-slate-500">{categoryName(voucher.store.category)}</p>
          )}
        </div>
        {voucher.rateBasisPoints !== null && voucher.rateBasisPoints > 0 && (
          <OfferBadge mode={voucher.mode} rateBasisPoints={voucher.rateBasisPoints} />
        )}
      </div>
      <div className="mt-4 flex items-end justify-between gap-2">
        <div>
          <p className="text-xl font-extrabold tracking-tight">
            {t('get', { value: formatEuros(voucher.valueCents, locale) })}
          </p>
          <p className="text-sm text-slate-600">{t('pay', { price: formatEuros(voucher.priceCents, locale) })}</p>
        </div>
        {voucher.valueCents > voucher.priceCents && (
          <p className="rounded-full bg-emerald-50 px-2.5 py-1 text-xs font-bold text-emerald-800">
            {t('gain', { gain: formatEuros(voucher.valueCents - voucher.priceCents, locale) })}
          </p>
        )}
      </div>
    </Link>
  );
}
