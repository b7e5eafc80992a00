'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';

import { MoneyInput } from '~/components/ui/money-input';
import type { Locale } from '~/i18n/locales';
import { formatEuros } from '~/lib/money';
import { parseWholeEuros, wholeEuroBounds, wholeEurosText } from '~/lib/whole-euros';

import { AmountChoices } from './amount-choices';
import { ConfirmReservation } from './confirm-reservation';
import { OfferChoices } from './offer-choices';
import { affordableValues, type OfferVouchers, offersForValue } from './offer-vouchers';
import { ReservationSummary } from './reservation-summary';
import { useReserveVoucher } from './use-reserve-voucher';

type Store = RouterOutputs['catalogue']['store'];

/**
 * Choose an amount among the affordable ones (discrete values as choices, a range as a whole-euro
 * input), starting from the smallest; the best offer for that amount is selected (another may be
 * picked), paid from the chosen wallet. "Reserve" opens the confirmation: nothing is spent before.
 */
export function VoucherPicker({
  store,
  offers,
  balanceCents,
  wallet,
}: {
  store: Store;
  offers: OfferVouchers[];
  balanceCents: number;
  wallet: RouterOutputs['catalogue']['storeVouchers']['wallets'][number] | undefined;
}) {
  const t = useTranslations('store.picker');
  const tPurchase = useTranslations('purchase');
  const locale = useLocale() as Locale;
  const euros = (cents: number) => formatEuros(cents, locale, { hideZeroCents: true });
  const reservation = useReserveVoucher(store.id, wallet?.id);

  const values = affordableValues(offers);
  const smallest = values[0]!;
  const discrete = store.discreteValuesCents.length > 0;
  const [valueCents, setValueCents] = useState(smallest);
  const [typed, setTyped] = useState(wholeEurosText(smallest));
  const [pickedOfferId, setPickedOfferId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  // The store's range and what the balance allows are two limits, told apart.
  const storeRange = wholeEuroBounds(store.valueMinCents, store.valueMaxCents);
  const balanceRange = wholeEuroBounds(smallest, values[values.length - 1]!);
  const range = { min: balanceRange.min, max: Math.min(storeRange.max, balanceRange.max) };
  const typedCents = parseWholeEuros(typed, range);
  const chosenValue = discrete ? valueCents : typedCents.valid ? typedCents.cents : null;
  const candidates = chosenValue === null ? [] : offersForValue(offers, chosenValue);
  const selected = candidates.find((candidate) => candidate.offer.offerId === pickedOfferId) ?? candidates[0];
  const chosen =
    selected && chosenValue !== null ? { valueCents: chosenValue, priceCents: selected.priceCents } : undefined;

  const typedEuros = Number(typed.trim());
  const overBalance = Number.isInteger(typedEuros) && typedEuros > range.max && typedEuros <= storeRange.max;
  const storeBounds = { min: euros(storeRange.min * 100), max: euros(storeRange.max * 100) };

  const changeAmount = () => {
    setPickedOfferId(null);
    reservation.reset();
  };

  return (
    <form
      aria-labelledby="picker-title"
      className="mt-6 border-t border-brand-100 pt-5"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) {
          reservation.reset();
          setConfirming(true);
        }
      }}
    >
      <h3 id="picker-title" className="font-bold">
        {t('title')}
      </h3>
      {discrete ? (
        <AmountChoices
          values={values}
          checked={valueCents}
          label={t('amount')}
          format={euros}
          onChange={(value) => {
            setValueCents(value);
            changeAmount();
          }}
        />
      ) : (
        <MoneyInput
          className="mt-3"
          inputClassName="w-40 text-base"
          label={t('amountInput')}
          value={typed}
          onValueChange={(value) => {
            setTyped(value);
            changeAmount();
          }}
          range={range}
          hint={tPurchase('limits', {
            ...storeBounds,
            allowed: euros(range.max * 100),
          })}
          invalidMessage={
            overBalance
              ? tPurchase('overBalance', { max: euros(range.max * 100), balance: formatEuros(balanceCents, locale) })
              : t('invalid', storeBounds)
          }
        />
      )}

      {candidates.length > 0 && offers.length === 1 && selected!.offer.rateBasisPoints ? (
        <p className="mt-3 text-xs text-slate-600">{tPurchase(`offers.explain.${selected!.offer.mode}`)}</p>
      ) : null}
      {candidates.length > 0 && offers.length > 1 && (
        <OfferChoices
          candidates={candidates}
          selectedOfferId={selected!.offer.offerId}
          onSelect={(offerId) => {
            setPickedOfferId(offerId);
            reservation.reset();
          }}
        />
      )}

      <ReservationSummary chosen={chosen} pending={reservation.isPending} />
      {chosen && selected && (
        <ConfirmReservation
          open={confirming}
          onOpenChange={setConfirming}
          store={store}
          chosen={chosen}
          offer={selected.offer}
          balanceCents={balanceCents}
          wallet={wallet}
          reservation={reservation}
          onConfirm={() => reservation.reserve(selected.offer.offerId, chosen.valueCents)}
        />
      )}
    </form>
  );
}
