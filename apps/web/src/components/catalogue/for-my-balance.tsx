'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import clsx from 'clsx';
import { Wallet } from 'lucide-react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';

import { Alert } from '~/components/ui/alert';
import { EmptyState } from '~/components/ui/empty-state';
import { formatEuros } from '~/lib/money';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

import { BalanceAmountForm } from './balance-amount-form';
import { BalanceVoucherCard } from './balance-voucher-card';
import { StoreGridSkeleton } from './store-grid-skeleton';

// `?amount=` holds whole euros; anything else means "my whole balance".
function amountFromUrl(value: string | null): number | undefined {
  const euros = Number(value);
  return value && Number.isInteger(euros) && euros >= 1 && euros <= 100_000 ? euros : undefined;
}

/** "What can I get for my balance?": Jackpot's best voucher per store for an amount one wallet can pay. */
export function ForMyBalance() {
  const t = useTranslations('catalogue.forMyBalance');
  const tCatalogue = useTranslations('catalogue');
  const errorMessage = useErrorMessage();
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const amountEuros = amountFromUrl(useSearchParams().get('amount'));

  const query = useQuery({
    ...trpc.catalogue.forMyBalance.queryOptions({
      amountCents: amountEuros === undefined ? undefined : amountEuros * 100,
    }),
    placeholderData: keepPreviousData,
  });
  const showAmount = (value: number | undefined) =>
    router.push(value === undefined ? pathname : `${pathname}?amount=${value}`, { scroll: false });

  if (query.isPending)
    return (
      <div className="mt-6">
        <StoreGridSkeleton count={6} />
      </div>
    );

  if (query.data?.largestWalletCents === 0) {
    return (
      <EmptyState icon={Wallet} title={t('noBalance.title')} className="mt-8 py-14">
        {t('noBalance.body')}
      </EmptyState>
    );
  }

  return (
    <div className="mt-6">
      <BalanceAmountForm
        balanceCents={query.data?.balanceCents}
        largestWalletCents={query.data?.largestWalletCents}
        amountEuros={amountEuros}
        onShow={showAmount}
      />

      {query.isError ? (
        <Alert className="mt-6 font-medium">{errorMessage(query.error)}</Alert>
      ) : query.data ? (
        <>
          {query.data.source === 'computed-locally' && (
            <Alert tone="info" className="mt-4 rounded-xl border-0 p-3">
              {tCatalogue('computedLocally')}
            </Alert>
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
                  <BalanceVoucherCard voucher={voucher} />
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </div>
  );
}
