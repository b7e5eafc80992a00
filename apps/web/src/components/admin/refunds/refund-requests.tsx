'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';

import { Alert } from '~/components/ui/alert';
import { Badge } from '~/components/ui/badge';
import { EmptyState } from '~/components/ui/empty-state';
import { Panel } from '~/components/ui/panel';
import { Skeleton } from '~/components/ui/skeleton';
import { formatEuros } from '~/lib/money';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

import { RefundRequestDialog } from './refund-request-dialog';

const who = (person: { name: string | null; email: string } | null) => person?.name ?? person?.email ?? '—';

/** Four-eyes refunds: the requests waiting for a second admin, and the latest decided. */
export function RefundRequests() {
  const t = useTranslations('admin.refunds');
  const locale = useLocale();
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const list = useQuery(trpc.admin.listRefundRequests.queryOptions());
  const when = (date: Date | string | null) =>
    date ? format.dateTime(new Date(date), { dateStyle: 'short', timeStyle: 'short' }) : '—';

  if (list.isPending) return <Skeleton className="h-64" />;
  if (list.isError) return <Alert>{errorMessage(list.error)}</Alert>;
  const { pending, decided } = list.data;

  return (
    <>
      <Panel title={t('pending')} description={t('pendingHint')}>
        {pending.length === 0 ? (
          <EmptyState title={t('noPending')} className="mt-3" />
        ) : (
          <ul className="mt-3 grid gap-3">
            {pending.map((request) => {
              const summary = t('summary', {
                store: request.order.storeName,
                price: formatEuros(request.order.priceCents, locale),
                employee: who(request.order.user),
                by: who(request.requestedBy),
                reason: request.reason,
              });
              return (
                <li key={request.id} className="rounded-xl border border-brand-100 p-3" aria-label={summary}>
                  <p className="font-semibold">
                    <Link href={`/admin/vouchers/${request.order.id}`} className="text-brand-700 hover:underline">
                      {request.order.storeName} · {formatEuros(request.order.valueCents, locale)}
                    </Link>{' '}
                    <span className="text-slate-600">— {who(request.order.user)}</span>
                  </p>
                  <p className="mt-1 text-sm text-slate-600">
                    {t('requested', {
                      by: who(request.requestedBy),
                      date: when(request.createdAt),
                      reason: request.reason,
                    })}
                  </p>
                  <div className="mt-2 flex flex-wrap gap-2">
                    <RefundRequestDialog requestId={request.id} approve summary={summary} />
                    <RefundRequestDialog requestId={request.id} approve={false} summary={summary} />
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </Panel>
      <Panel title={t('decided')}>
        {decided.length === 0 ? (
          <EmptyState title={t('noDecided')} className="mt-3" />
        ) : (
          <ul className="mt-3 grid gap-2 text-sm">
            {decided.map((request) => (
              <li key={request.id} className="flex flex-wrap items-center justify-between gap-2">
                <Link
                  href={`/admin/vouchers/${request.order.id}`}
                  className="font-semibold text-brand-700 hover:underline"
                >
                  {request.order.storeName} · {formatEuros(request.order.valueCents, locale)} —{' '}
                  {who(request.order.user)}
                </Link>
                <span className="flex items-center gap-2">
                  <span className="text-slate-600">
                    {t('decidedBy', {
                      requester: who(request.requestedBy),
                      decider: who(request.decidedBy),
                      date: when(request.decidedAt),
                    })}
                  </span>
                  <Badge tone={request.status === 'APPROVED' ? 'success' : 'danger'}>
                    {t(`status.${request.status}`)}
                  </Badge>
                </span>
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </>
  );
}
