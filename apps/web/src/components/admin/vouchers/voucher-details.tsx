'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Download, RefreshCw } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';

import { STATUS_TONE } from '~/components/vouchers/status';
import { Alert } from '~/components/ui/alert';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import { Skeleton } from '~/components/ui/skeleton';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

import { DecisionDialog } from './decision-dialog';
import { VoucherFacts } from './voucher-facts';
import { VoucherHistory } from './voucher-history';
import { useVoucherFormat } from './use-voucher-format';

/** One voucher as an admin sees it: every fact, its history, and the decisions its state allows. */
export function VoucherDetails({ orderId }: { orderId: string }) {
  const t = useTranslations('admin.voucher');
  const tStatus = useTranslations('vouchers.status');
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const details = useQuery(trpc.admin.orderDetails.queryOptions({ orderId }));
  const refetch = useMutation(
    trpc.admin.refetchOrder.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.admin.orderDetails.queryKey({ orderId }) }),
    }),
  );
  const { when, euros } = useVoucherFormat();

  if (details.isPending) return <Skeleton className="h-96" />;
  if (details.isError)
    return (
      <>
        <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
        <Alert className="mt-6">{errorMessage(details.error)}</Alert>
      </>
    );
  const { order, store, audit, webhooks, actions, own, decisionInFlight } = details.data;

  return (
    <>
      <p className="text-sm">
        <Link href="/admin/vouchers" className="font-semibold text-brand-700 hover:underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="mt-2 flex flex-wrap items-center gap-3 text-3xl font-extrabold tracking-tight">
        {order.storeName} · {euros(order.valueCents)}
        <Badge tone={STATUS_TONE[order.status]} className="text-sm">
          {tStatus(order.status)}
        </Badge>
      </h1>
      <p className="mt-1 text-slate-600">
        {t('by', { name: order.user.name ?? order.user.email, date: when(order.createdAt) })}
      </p>

      <div className="mt-4 flex flex-wrap gap-2" role="group" aria-label={t('actions')}>
        {actions.approve && <DecisionDialog orderId={order.id} kind="approve" variant="success" />}
        {actions.reject && <DecisionDialog orderId={order.id} kind="reject" variant="danger-outline" />}
        {actions.cancel && <DecisionDialog orderId={order.id} kind="cancel" variant="danger-outline" />}
        {actions.refund && <DecisionDialog orderId={order.id} kind="refund" variant="danger-outline" />}
        {actions.refetch && (
          <Button
            variant="secondary"
            size="sm"
            disabled={refetch.isPending}
            onClick={() => refetch.mutate({ orderId })}
          >
            <RefreshCw aria-hidden="true" className="h-4 w-4" />
            {refetch.isPending ? t('refetching') : t('refetch')}
          </Button>
        )}
        {actions.pdf && (
          <Button variant="secondary" size="sm" asChild>
            <a href={`/api/vouchers/${order.id}/pdf`}>
              <Download aria-hidden="true" className="h-4 w-4" />
              {t('pdf')}
            </a>
          </Button>
        )}
      </div>
      {own && (
        <Alert tone="info" className="mt-3">
          {t('own')}
        </Alert>
      )}
      {decisionInFlight && (
        <Alert tone="info" className="mt-3">
          {t('inFlight', { name: decisionInFlight.by?.name ?? decisionInFlight.by?.email ?? '?' })}
        </Alert>
      )}
      {refetch.isError && <Alert className="mt-3">{errorMessage(refetch.error)}</Alert>}
      {refetch.isSuccess && (
        <p role="status" className="mt-3 text-sm text-slate-600">
          {t('refetched', { status: tStatus(refetch.data.status) })}
        </p>
      )}

      <div className="mt-6 grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-2">
        <VoucherFacts order={order} store={store} />
        <VoucherHistory order={order} webhooks={webhooks} audit={audit} />
      </div>
    </>
  );
}
