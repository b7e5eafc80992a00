'use client';

import { useFormatter, useLocale } from 'next-intl';

import { formatEuros } from '~/lib/money';

/** How the voucher detail page writes a moment (date and time to the second, '—' when unset) and an amount. */
export function useVoucherFormat() {
  const locale = useLocale();
  const format = useFormatter();
  return {
    when: (date: Date | string | null) =>
      date ? format.dateTime(new Date(date), { dateStyle: 'medium', timeStyle: 'medium' }) : '—',
    euros: (cents: number) => formatEuros(cents, locale),
  };
}
