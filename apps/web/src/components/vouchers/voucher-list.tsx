'use client';

import { isProgressing } from '@jackpot-portal/api/order-status';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Gift } from 'lucide-react';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useNow, useTranslations } from 'next-intl';
import { useEffect } from 'react';

import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import { EmptyState } from '~/components/ui/empty-state';
import { Skeleton } from '~/components/ui/skeleton';
import { useTRPC } from '~/trpc/react';

import { VoucherCard } from './voucher-card';
import {
  daysBeforeExpiry,
  isWalletFilter,
  matchesWalletFilter,
  WALLET_FILTERS,
  type WalletFilter,
} from './wallet-filter';
import { WalletFilters } from './wallet-filters';

/** My vouchers (the wallet), newest first, filtered by `?show=`, asked again while one is on its way. */
export function VoucherList() {
  const trpc = useTRPC();
  const t = useTranslations('vouchers');
  const tWallet = useTranslations('wallet');
  const now = useNow({ updateInterval: 60_000 });
  const shown = useSearchParams().get('show');
  const filter: WalletFilter = isWalletFilter(shown) ? shown : 'all';
  const orders = useQuery(
    trpc.orders.list.queryOptions(undefined, {
      // While a voucher is on its way, ask again every two seconds; while one waits for an
      // admin (minutes or hours), every fifteen.
      refetchInterval: (query) => {
        const orders = query.state.data ?? [];
        if (orders.some((order) => isProgressing(order.status))) return 2_000;
        return orders.some((order) => order.status === 'AWAITING_APPROVAL') ? 15_000 : false;
      },
    }),
  );

  // A voucher that just became ready also rang the bell: ask for notifications now.
  const readyCount = orders.data?.filter((order) => order.status === 'READY').length ?? 0;
  const queryClient = useQueryClient();
  useEffect(() => {
    if (readyCount > 0) void queryClient.invalidateQueries({ queryKey: trpc.notifications.list.queryKey() });
  }, [readyCount, queryClient, trpc]);

  if (orders.isPending) {
    return (
      <ul aria-busy="true" aria-label={t('loading')} className="grid gap-4">
        {[0, 1, 2].map((key) => (
          <li key={key}>
            <Skeleton className="h-40 rounded-2xl border border-brand-100 bg-white" />
          </li>
        ))}
      </ul>
    );
  }
  if (orders.isError) {
    return (
      <Alert
        action={
          <Button variant="quiet" size="sm" onClick={() => void orders.refetch()}>
            {t('retry')}
          </Button>
        }
      >
        {t('loadError')}
      </Alert>
    );
  }
  if (orders.data.length === 0) {
    return (
      <EmptyState
        icon={Gift}
        title={t('empty.title')}
        action={
          <Button asChild>
            <Link href="/catalogue">{t('empty.cta')}</Link>
          </Button>
        }
      >
        {t('empty.body')}
      </EmptyState>
    );
  }
  const counts = Object.fromEntries(
    WALLET_FILTERS.map((candidate) => [
      candidate,
      orders.data.filter((order) => matchesWalletFilter(order, candidate, now)).length,
    ]),
  ) as Record<WalletFilter, number>;
  const expiringSoon = orders.data.filter((order) => daysBeforeExpiry(order, now) !== null).length;
  const visible = orders.data.filter((order) => matchesWalletFilter(order, filter, now));
  return (
    <>
      {expiringSoon > 0 && (
        <Alert tone="warning" role="status" className="mb-5">
          {tWallet('reminder', { count: expiringSoon })}
        </Alert>
      )}
      <WalletFilters current={filter} counts={counts} />
      {visible.length === 0 ? (
        <p className="rounded-xl bg-brand-50 p-4 text-sm text-slate-700">{tWallet(`none.${filter}`)}</p>
      ) : (
        <ul className="grid gap-4">
          {visible.map((order) => (
            <VoucherCard key={order.id} order={order} />
          ))}
        </ul>
      )}
    </>
  );
}
