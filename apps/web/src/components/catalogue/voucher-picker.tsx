'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';

import { Alert } from '~/components/ui/alert';
import { MoneyInput } from '~/components/ui/money-input';
import type { Locale } from '~/i18n/locales';
import { formatEuros } from '~/lib/money';
import { formatOfferRate } from '~/lib/offer-badge';
import { useErrorMessage } from '~/lib/use-error-message';
import { parseWholeEuros, wholeEuroBounds, wholeEurosText } from '~/lib/whole-euros';

import { Choice } from './choice';
import { ReservationSummary } from './reservation-summary';
import type { OfferVouchers } from './offer-vouchers';
import { useReserveVoucher } from './use-reserve-voucher';

type Store = RouterOutputs['catalogue']['store'];

/**
 * Choose an offer and an amount among the affordable ones (discrete values as choices, a range
 * as a whole-euro input), then reserve it.
 */
export function VoucherPicker({ store, offers }: { store: Store; offers: OfferVouchers[] }) {
  const t = useTranslations('store.picker');
  const tCatalogue = useTranslations('catalogue.filters');
  const errorText = useErrorMessage();
  const locale = useLocale() as Locale;
  const euros = (cents: number) => formatEuros(cents, locale, { hideZeroCents: true });
  const reservation = useReserveVoucher(store.id);

  const [offerId, setOfferId] = useState(offers[0]!.offerId);
  const offer = offers.find((candidate) => candidate.offerId === offerId) ?? offers[0]!;
  const discrete = store.discreteValuesCents.length > 0;
  const largest = offer.entries[offer.entries.length - 1]!;
  const [valueCents, setValueCents] = useState(largest.valueCents);
  const [typed, setTyped] = useState(wholeEurosText(largest.valueCents));

  const range = wholeEuroBounds(offer.entries[0]!.valueCents, largest.valueCents);
  const typedCents = parseWholeEuros(typed, range);
  const chosenCents = discrete ? valueCents : typedCents.valid ? typedCents.cents : null;
  const chosen = offer.entries.find((entry) => entry.valueCents === chosenCents);
  const bounds = { min: euros(range.min * 100), max: euros(range.max * 100) };

  const selectOffer = (id: string) => {
    const next = offers.find((candidate) => candidate.offerId === id)!;
    const nextLargest = next.entries[next.entries.length - 1]!;
    setOfferId(id);
    setValueCents(nextLargest.valueCents);
    setTyped(wholeEurosText(nextLargest.valueCents));
    reservation.reset();
  };

  const offerLabel = (candidate: OfferVouchers) =>
    candidate.rateBasisPoints
      ? t('offerOption', {
          mode: tCatalogue(candidate.mode),
          rate: formatOfferRate(candidate.mode, candidate.rateBasisPoints, locale),
        })
      : t('plainOffer');

  return (
    <form
      aria-labelledby="picker-title"
      className="mt-6 border-t border-brand-100 pt-5"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) reservation.reserve(offer.offerId, chosen.valueCents);
      }}
    >
      <h3 id="picker-title" className="font-bold">
        {t('title')}
      </h3>

      {offers.length > 1 && (
        <fieldset className="mt-3">
          <legend className="text-sm font-semibold text-slate-700">{t('offer')}</legend>
          <div className="mt-1.5 flex flex-wrap gap-2">
            {offers.map((candidate) => (
              <Choice
                key={candidate.offerId}
                name="offer"
                checked={candidate.offerId === offer.offerId}
                onChange={() => selectOffer(candidate.offerId)}
              >
                {offerLabel(candidate)}
              </Choice>
            ))}
          </div>
        </fieldset>
      )}

      {discrete ? (
        <fieldset className="mt-4">
          <legend className="text-sm font-semibold text-slate-700">{t('amount')}</legend>
          <div className="mt-1.5 flex flex-wrap gap-2">
            {offer.entries.map((entry) => (
              <Choice
                key={entry.valueCents}
                name="amount"
                checked={entry.valueCents === valueCents}
                onChange={() => {
                  setValueCents(entry.valueCents);
                  reservation.reset();
                }}
              >
                {euros(entry.valueCents)}
              </Choice>
            ))}
          </div>
        </fieldset>
      ) : (
        <MoneyInput
          className="mt-4"
          inputClassName="w-40 text-base"
          label={t('amountInput')}
          value={typed}
          onValueChange={(value) => {
            setTyped(value);
            reservation.reset();
          }}
          range={range}
          hint={t('amountHint', bounds)}
          invalidMessage={t('invalid', bounds)}
        />
      )}

      <ReservationSummary chosen={chosen} pending={reservation.isPending} />

      {reservation.error && <Alert className="mt-3 rounded-xl p-3 font-medium">{errorText(reservation.error)}</Alert>}
    </form>
  );
}
