'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import clsx from 'clsx';
import { Info, Wallet } from 'lucide-react';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';

import { formatEuros } from '~/lib/money';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

import { StoreGridSkeleton } from './catalogue-browser';
import { OfferBadge } from './offer-badge';
import { StoreLogo } from './store-logo';

const CENTS_PER_EURO = 100;

// `?amount=` holds whole euros; anything else means "my whole balance".
function amountFromUrl(value: string | null): number | undefined {
  const euros = Number(value);
  return value && Number.isInteger(euros) && euros >= 1 && euros <= 100_000 ? euros : undefined;
}

/** "What can I get for my balance?": Jackpot's best voucher per store for an amount up to the balance. */
export function ForMyBalance() {
  const t = useTranslations('catalogue.forMyBalance');
  const tCatalogue = useTranslations('catalogue');
  const errorMessage = useErrorMessage();
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const amountEuros = amountFromUrl(searchParams.get('amount'));
  const ids = { amount: useId(), hint: useId(), error: useId() };

  const query = useQuery({
    ...trpc.catalogue.forMyBalance.queryOptions({
      amountCents: amountEuros === undefined ? undefined : amountEuros * CENTS_PER_EURO,
    }),
    placeholderData: keepPreviousData,
  });
  const balanceCents = query.data?.balanceCents;
  const maxEuros = balanceCents === undefined ? undefined : Math.floor(balanceCents / CENTS_PER_EURO);

  const [typed, setTyped] = useState(amountEuros === undefined ? '' : String(amountEuros));
  const [seenAmount, setSeenAmount] = useState(amountEuros);
  if (amountEuros !== seenAmount) {
    setSeenAmount(amountEuros);
    setTyped(amountEuros === undefined ? '' : String(amountEuros));
  }
  const typedEuros = Number(typed);
  const typedValid =
    typed === '' ||
    (Number.isInteger(typedEuros) && typedEuros >= 1 && (maxEuros === undefined || typedEuros <= maxEuros));
  const euros = (cents: number) => formatEuros(cents, locale, { hideZeroCents: true });
  const showAmount = (value: number | undefined) =>
    router.push(value === undefined ? pathname : `${pathname}?amount=${value}`, { scroll: false });

  if (query.isPending)
    return (
      <div className="mt-6">
        <StoreGridSkeleton count={6} />
      </div>
    );

  if (query.data?.balanceCents === 0) {
    return (
      <div className="mt-8 flex flex-col items-center rounded-2xl border border-dashed border-brand-200 bg-white px-6 py-14 text-center">
        <Wallet aria-hidden="true" className="h-10 w-10 text-brand-500" />
        <h2 className="mt-3 text-lg font-bold">{t('noBalance.title')}</h2>
        <p className="mt-1 max-w-md text-sm text-slate-600">{t('noBalance.body')}</p>
      </div>
    );
  }

  return (
    <div className="mt-6">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (typedValid) showAmount(typed === '' ? undefined : typedEuros);
        }}
        className="flex flex-col gap-4 rounded-2xl border border-brand-100 bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between sm:p-5"
      >
        {balanceCents !== undefined && (
          <p className="flex items-center gap-2 text-base font-bold text-brand-900">
            <Wallet aria-hidden="true" className="h-6 w-6 text-brand-500" />
            {t('balance', { balance: formatEuros(balanceCents, locale) })}
          </p>
        )}
        <div className="flex flex-wrap items-end gap-2 sm:max-w-sm">
          <div className="flex-1">
            <label htmlFor={ids.amount} className="mb-1 block whitespace-nowrap text-sm font-semibold text-slate-700">
              {t('amount')}
            </label>
            <input
              id={ids.amount}
              type="number"
              inputMode="numeric"
              min={1}
              max={maxEuros}
              step={1}
              value={typed}
              placeholder={maxEuros === undefined ? undefined : String(maxEuros)}
              onChange={(event) => setTyped(event.target.value)}
              aria-invalid={!typedValid}
              aria-describedby={typedValid ? ids.hint : `${ids.hint} ${ids.error}`}
              className={clsx(
                'w-full rounded-xl border bg-white px-3 py-2.5 text-sm font-semibold shadow-sm',
                typedValid ? 'border-brand-100' : 'border-rose-400',
              )}
            />
          </div>
          <button
            type="submit"
            disabled={!typedValid}
            className="rounded-xl bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-50"
          >
            {t('apply')}
          </button>
          {amountEuros !== undefined && (
            <button
              type="button"
              onClick={() => showAmount(undefined)}
              className="rounded-xl border border-brand-100 bg-white px-4 py-2.5 text-sm font-semibold text-brand-700 shadow-sm hover:border-brand-200"
            >
              {t('useBalance')}
            </button>
          )}
          <p id={ids.hint} className="w-full text-xs text-slate-500">
            {balanceCents !== undefined && t('amountHint', { max: euros(balanceCents) })}
          </p>
          {!typedValid && (
            <p id={ids.error} className="w-full text-sm font-medium text-rose-700">
              {t('invalid', { max: euros((maxEuros ?? 0) * CENTS_PER_EURO) })}
            </p>
          )}
        </div>
      </form>

      {query.isError ? (
        <p
          role="alert"
          className="mt-6 rounded-2xl border border-rose-200 bg-rose-50 p-4 text-sm font-medium text-rose-900"
        >
          {errorMessage(query.error)}
        </p>
      ) : query.data ? (
        <>
          {query.data.source === 'computed-locally' && (
            <p className="mt-4 flex gap-2 rounded-xl bg-amber-50 p-3 text-sm text-amber-900">
              <Info aria-hidden="true" className="mt-0.5 h-4 w-4 shrink-0" />
              {tCatalogue('computedLocally')}
            </p>
          )}
          <p role="status" className="mb-3 mt-6 text-sm font-medium text-slate-600">
            {t('results', { count: query.data.vouchers.length, amount: formatEuros(query.data.amountCents, locale) })}
          </p>
          {query.data.vouchers.length === 0 ? (
            <p className="rounded-2xl border border-dashed border-brand-200 bg-white p-8 text-center text-sm text-slate-600">
              {t('none')}
            </p>
          ) : (
            <ul
              aria-busy={query.isFetching}
              className={clsx('grid gap-4 sm:grid-cols-2 lg:grid-cols-3', query.isPlaceholderData && 'opacity-60')}
            >
              {query.data.vouchers.map((voucher) => (
                <li key={voucher.offerId}>
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
                        <h2 className="line-clamp-2 font-semibold leading-snug group-hover:text-brand-700">
                          {voucher.store.name}
                        </h2>
                        {voucher.store.category && (
                          <p className="truncate text-xs text-slate-500">{voucher.store.category}</p>
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
                        <p className="text-sm text-slate-600">
                          {t('pay', { price: formatEuros(voucher.priceCents, locale) })}
                        </p>
                      </div>
                      {voucher.valueCents > voucher.priceCents && (
                        <p className="rounded-full bg-emerald-50 px-2.5 py-1 text-xs font-bold text-emerald-800">
                          {t('gain', { gain: formatEuros(voucher.valueCents - voucher.priceCents, locale) })}
                        </p>
                      )}
                    </div>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </div>
  );
}
