'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import clsx from 'clsx';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { type ReactNode, useId, useRef, useState } from 'react';

import type { Locale } from '~/i18n/locales';
import { formatOfferRate } from '~/lib/offer-badge';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

import type { OfferVouchers } from './store-view';

type Store = RouterOutputs['catalogue']['store'];

const CENTS_PER_EURO = 100;

/**
 * Choose an offer and an amount among the affordable ones (discrete values as choices, a range
 * as a whole-euro input), then reserve it through the orders API.
 */
export function VoucherPicker({
  store,
  offers,
  euros,
}: {
  store: Store;
  offers: OfferVouchers[];
  euros: (cents: number) => string;
}) {
  const t = useTranslations('store.picker');
  const tCatalogue = useTranslations('catalogue.filters');
  const errorText = useErrorMessage();
  const locale = useLocale() as Locale;
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = { amount: useId(), hint: useId(), error: useId(), summary: useId() };

  const [offerId, setOfferId] = useState(offers[0]!.offerId);
  const offer = offers.find((candidate) => candidate.offerId === offerId) ?? offers[0]!;
  const discrete = store.discreteValuesCents.length > 0;
  const largest = offer.entries[offer.entries.length - 1]!;
  const [valueCents, setValueCents] = useState(largest.valueCents);
  const [typed, setTyped] = useState(String(largest.valueCents / CENTS_PER_EURO));

  const minEuros = Math.ceil(offer.entries[0]!.valueCents / CENTS_PER_EURO);
  const maxEuros = Math.floor(largest.valueCents / CENTS_PER_EURO);
  const typedEuros = Number(typed);
  const typedValid =
    typed.trim() !== '' && Number.isInteger(typedEuros) && typedEuros >= minEuros && typedEuros <= maxEuros;
  const chosenCents = discrete ? valueCents : typedValid ? typedEuros * CENTS_PER_EURO : null;
  const chosen = chosenCents === null ? undefined : offer.entries.find((entry) => entry.valueCents === chosenCents);

  // One request id per attempt (offer and amount), kept across retries and double clicks so the
  // server reserves at most once.
  const attempt = useRef<{ key: string; requestId: string } | null>(null);
  const reserve = useMutation(
    trpc.orders.reserve.mutationOptions({
      // Whatever the outcome, the balance may have moved: the chip and the proposals follow it.
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.me.balance.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.catalogue.pathKey() }),
        ]),
      onSuccess: ({ orderId }) => router.push(`/vouchers?highlight=${orderId}`),
    }),
  );
  const errorMessage = reserve.error ? errorText(reserve.error) : null;

  const selectOffer = (id: string) => {
    const next = offers.find((candidate) => candidate.offerId === id)!;
    const nextLargest = next.entries[next.entries.length - 1]!;
    setOfferId(id);
    setValueCents(nextLargest.valueCents);
    setTyped(String(nextLargest.valueCents / CENTS_PER_EURO));
    reserve.reset();
  };

  const submit = () => {
    if (!chosen || reserve.isPending) return;
    const key = `${offer.offerId}:${chosen.valueCents}`;
    if (attempt.current?.key !== key) attempt.current = { key, requestId: crypto.randomUUID() };
    reserve.mutate({
      requestId: attempt.current.requestId,
      storeId: store.id,
      offerId: offer.offerId,
      by: 'VALUE',
      amountCents: chosen.valueCents,
    });
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
        submit();
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
                  reserve.reset();
                }}
              >
                {euros(entry.valueCents)}
              </Choice>
            ))}
          </div>
        </fieldset>
      ) : (
        <div className="mt-4">
          <label htmlFor={ids.amount} className="text-sm font-semibold text-slate-700">
            {t('amountInput')}
          </label>
          <input
            id={ids.amount}
            type="number"
            inputMode="numeric"
            min={minEuros}
            max={maxEuros}
            step={1}
            value={typed}
            onChange={(event) => {
              setTyped(event.target.value);
              reserve.reset();
            }}
            aria-invalid={!typedValid}
            aria-describedby={`${ids.hint}${typedValid ? '' : ` ${ids.error}`}`}
            className={clsx(
              'mt-1.5 block w-40 rounded-xl border bg-white px-3 py-2.5 text-base font-semibold shadow-sm',
              typedValid ? 'border-brand-100 focus:border-brand-500' : 'border-rose-400 focus:border-rose-500',
            )}
          />
          <p id={ids.hint} className="mt-1 text-xs text-slate-500">
            {t('amountHint', { min: euros(minEuros * CENTS_PER_EURO), max: euros(maxEuros * CENTS_PER_EURO) })}
          </p>
          {!typedValid && (
            <p id={ids.error} className="mt-1 text-sm font-medium text-rose-700">
              {t('invalid', { min: euros(minEuros * CENTS_PER_EURO), max: euros(maxEuros * CENTS_PER_EURO) })}
            </p>
          )}
        </div>
      )}

      <div className="mt-5 flex flex-col gap-3 rounded-xl bg-brand-50 p-4 sm:flex-row sm:items-center sm:justify-between">
        <p id={ids.summary} aria-live="polite" className="text-sm text-ink">
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
        <button
          type="submit"
          disabled={!chosen || reserve.isPending}
          aria-describedby={ids.summary}
          className="shrink-0 rounded-xl bg-brand-600 px-5 py-2.5 text-sm font-semibold text-white shadow-sm transition hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-50"
        >
          {reserve.isPending ? t('reserving') : t('reserve')}
        </button>
      </div>

      {errorMessage && (
        <p
          role="alert"
          className="mt-3 rounded-xl border border-rose-200 bg-rose-50 p-3 text-sm font-medium text-rose-900"
        >
          {errorMessage}
        </p>
      )}
    </form>
  );
}

function Choice({
  name,
  checked,
  onChange,
  children,
}: {
  name: string;
  checked: boolean;
  onChange: () => void;
  children: ReactNode;
}) {
  return (
    <label
      className={clsx(
        'cursor-pointer rounded-xl border px-3.5 py-2 text-sm font-semibold transition has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-500',
        checked
          ? 'border-brand-600 bg-brand-600 text-white shadow-sm'
          : 'border-brand-100 bg-white text-ink hover:border-brand-200',
      )}
    >
      <input type="radio" name={name} className="sr-only" checked={checked} onChange={onChange} />
      {children}
    </label>
  );
}
