'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useId } from 'react';

import { Button } from '~/components/ui/button';
import { formatEuros } from '~/lib/money';

/** What the chosen voucher costs and is worth, announced as it changes, beside the submit button. */
export function ReservationSummary({
  chosen,
  pending,
}: {
  chosen: { valueCents: number; priceCents: number } | undefined;
  pending: boolean;
}) {
  const t = useTranslations('store.picker');
  const locale = useLocale();
  const euros = (cents: number) => formatEuros(cents, locale, { hideZeroCents: true });
  const summaryId = useId();
  return (
    <div className="mt-5 flex flex-col gap-3 rounded-xl bg-brand-50 p-4 sm:flex-row sm:items-center sm:justify-between">
      <p id={summaryId} aria-live="polite" className="text-sm text-ink">
        {chosen && (
          <>
            {t('summary', { price: euros(chosen.priceCents), value: euros(chosen.valueCents) })}
            {chosen.valueCents > chosen.priceCents && (
              <span className="block font-semibold text-emerald-700">
                {t('gain', { gain: euros(chosen.valueCents - chosen.priceCents) })}
              </span>
            )}
          </>
        )}
      </p>
      <Button type="submit" disabled={!chosen || pending} aria-describedby={summaryId} className="shrink-0 shadow-sm">
        {pending ? t('reserving') : t('reserve')}
      </Button>
    </div>
  );
}
