'use client';

import { useQuery } from '@tanstack/react-query';
import { useFormatter, useLocale, useTranslations } from 'next-intl';

import { Alert } from '~/components/ui/alert';
import { Badge } from '~/components/ui/badge';
import { Panel } from '~/components/ui/panel';
import { Skeleton } from '~/components/ui/skeleton';
import { formatEuros } from '~/lib/money';
import { useTRPC } from '~/trpc/react';

import { ApprovalDecision } from './approval-decision';

/** The vouchers waiting for an admin, oldest first, each with its decision. */
export function PendingApprovals() {
  const t = useTranslations('admin.approvals');
  const locale = useLocale();
  const format = useFormatter();
  const trpc = useTRPC();
  const pending = useQuery(trpc.admin.pendingApprovals.queryOptions(undefined, { refetchInterval: 10_000 }));
  const when = (date: Date | string) => format.dateTime(new Date(date), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Panel title={t('title')} description={t('lead')}>
      {pending.isPending ? (
        <Skeleton className="mt-4 h-16" />
      ) : pending.isError ? (
        <Alert className="mt-4">{t('loadError')}</Alert>
      ) : pending.data.length === 0 ? (
        <p className="mt-4 rounded-xl bg-brand-50 px-4 py-3 text-sm text-slate-700">{t('empty')}</p>
      ) : (
        <ul className="mt-4 divide-y divide-brand-100">
          {pending.data.map((order) => (
            <li
              key={order.id}
              className="flex flex-wrap items-center gap-x-6 gap-y-3 py-3"
              aria-label={t('row', { name: order.user.name ?? order.user.email, store: order.storeName })}
            >
              <div className="min-w-0 flex-1 basis-56">
                <p className="flex flex-wrap items-center gap-2 font-semibold">
                  {order.user.name ?? order.user.email}
                  {order.user.flagged ? <Badge tone="waiting">{t('flagged')}</Badge> : null}
                </p>
                <p className="text-sm text-slate-600">
                  {t('voucher', {
                    store: order.storeName,
                    value: formatEuros(order.valueCents, locale),
                    price: formatEuros(order.priceCents, locale),
                  })}
                </p>
                <p className="text-xs text-slate-500">
                  {t('requested', { date: when(order.createdAt) })}
                  {order.resaExpireDate ? ` · ${t('expires', { date: when(order.resaExpireDate) })}` : null}
                </p>
              </div>
              <ApprovalDecision orderId={order.id} />
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
