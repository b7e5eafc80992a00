'use client';

import { useLocale, useTranslations } from 'next-intl';

import type { Locale } from '~/i18n/locales';
import clsx from 'clsx';
import { formatOfferRate } from '~/lib/offer-badge';

/** "+10 %" (bonus, green) or "−5 %" (discount, brand colour), with a spoken label. */
export function OfferBadge({
  mode,
  rateBasisPoints,
  className,
}: {
  mode: 'BONUS' | 'DISCOUNT';
  rateBasisPoints: number;
  className?: string;
}) {
  const t = useTranslations('catalogue.badge');
  const rate = formatOfferRate(mode, rateBasisPoints, useLocale() as Locale);
  return (
    <span
      className={clsx(
        'inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-bold',
        mode === 'BONUS'
          ? 'bg-emerald-50 text-emerald-800 ring-1 ring-emerald-200'
          : 'bg-brand-50 text-brand-700 ring-1 ring-brand-200',
        className,
      )}
    >
      <span aria-hidden="true">{rate}</span>
      <span className="sr-only">{t(mode, { rate })}</span>
    </span>
  );
}
