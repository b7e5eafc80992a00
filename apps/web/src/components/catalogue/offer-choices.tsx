'use client';

import { Sparkles } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';

import type { Locale } from '~/i18n/locales';
import { formatEuros } from '~/lib/money';
import { formatOfferRate } from '~/lib/offer-badge';

import { Choice } from './choice';
import type { OfferForValue } from './offer-vouchers';

/**
 * The offers that sell the chosen amount, cheapest first: the best one is marked and said so,
 * and what a bonus and a discount mean is written under them.
 */
export function OfferChoices({
  candidates,
  selectedOfferId,
  onSelect,
}: {
  candidates: OfferForValue[];
  selectedOfferId: string;
  onSelect: (offerId: string) => void;
}) {
  const t = useTranslations('purchase.offers');
  const tMode = useTranslations('catalogue.filters');
  const locale = useLocale() as Locale;
  const euros = (cents: number) => formatEuros(cents, locale, { hideZeroCents: true });
  const best = candidates[0]!;
  const modes = new Set(candidates.map((candidate) => candidate.offer.mode));
  return (
    <fieldset className="mt-4">
      <legend className="text-sm font-semibold text-slate-700">{t('legend')}</legend>
      <div className="mt-1.5 flex flex-wrap gap-2">
        {candidates.map((candidate) => (
          <Choice
            key={candidate.offer.offerId}
            name="offer"
            checked={candidate.offer.offerId === selectedOfferId}
            onChange={() => onSelect(candidate.offer.offerId)}
          >
            {candidate.offer.rateBasisPoints
              ? t('option', {
                  mode: tMode(candidate.offer.mode),
                  rate: formatOfferRate(candidate.offer.mode, candidate.offer.rateBasisPoints, locale),
                  price: euros(candidate.priceCents),
                })
              : t('plainOption', { price: euros(candidate.priceCents) })}
            {candidate === best && <span className="ml-1.5 font-normal">· {t('bestTag')}</span>}
          </Choice>
        ))}
      </div>
      <p className="mt-2 flex items-start gap-1.5 text-sm text-slate-700" aria-live="polite">
        <Sparkles aria-hidden="true" className="mt-0.5 h-4 w-4 shrink-0 text-emerald-600" />
        {best.offer.offerId === selectedOfferId ? t('bestSelected') : t('notBest', { price: euros(best.priceCents) })}
      </p>
      <ul className="mt-2 space-y-0.5 text-xs text-slate-600">
        {[...modes].sort().map((mode) => (
          <li key={mode}>{t(`explain.${mode}`)}</li>
        ))}
      </ul>
    </fieldset>
  );
}
