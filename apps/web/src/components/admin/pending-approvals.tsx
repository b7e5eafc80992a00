'use client';

import { useQuery } from '@tanstack/react-query';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';

import { Alert } from '~/components/ui/alert';
import { Badge } from '~/components/ui/badge';
import { Panel } from '~/components/ui/panel';
import { Skeleton } from '~/components/ui/skeleton';
import { formatEuros } from '~/lib/money';
import { useTRPC } from '~/trpc/react';

import { ApprovalDecision } from './approval-decision';
import { BulkDecision } from './bulk-decision';

/** The vouchers waiting for an admin, oldest first, each with its decision; several at once with the checkboxes. */
export function PendingApprovals() {
  const t = useTranslations('admin.approvals');
  const locale = useLocale();
  const format = useFormatter();
  const trpc = useTRPC();
  const pending = useQuery(trpc.admin.pendingApprovals.queryOptions(undefined, { refetchInterval: 10_000 }));
  const when = (date: Date | string) => format.dateTime(new Date(date), { dateStyle: 'medium', timeStyle: 'short' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const rows = pending.data ?? [];
  // The selection outlives a refresh that removes decided rows, so an open bulk dialog keeps its report.
  const chosen = [...selected];
  const toggle = (orderId: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(orderId);
      else next.delete(orderId);
      return next;
    });
  const label = (orderId: string) => {
    const order = rows.find((row) => row.id === orderId);
    return order ? t('row', { name: order.user.name ?? order.user.email, store: order.storeName }) : orderId;
  };
  return (
    <Panel title={t('title')} description={t('lead')}>
      {pending.isPending ? (
        <Skeleton className="mt-4 h-16" />
      ) : pending.isError ? (
        <Alert className="mt-4">{t('loadError')}</Alert>
      ) : pending.data.length === 0 && selected.size === 0 ? (
        <p className="mt-4 rounded-xl bg-brand-50 px-4 py-3 text-sm text-slate-700">{t('empty')}</p>
      ) : (
        <>
          <div
            className="mt-4 flex flex-wrap items-center gap-3 rounded-xl bg-brand-50 px-3 py-2"
            role="group"
            aria-label={t('bulk.label')}
          >
            <label className="flex items-center gap-2 text-sm font-semibold">
              <input
                type="checkbox"
                checked={chosen.length > 0 && chosen.length === rows.length}
                onChange={(event) => setSelected(new Set(event.target.checked ? rows.map((order) => order.id) : []))}
              />
              {t('bulk.all', { count: chosen.length })}
            </label>
            <BulkDecision orderIds={chosen} approve describe={label} onDone={() => setSelected(new Set())} />
            <BulkDecision orderIds={chosen} approve={false} describe={label} onDone={() => setSelected(new Set())} />
          </div>
          <ul className="mt-2 divide-y divide-brand-100">
            {pending.data.map((order) => (
              <li
                key={order.id}
                className="flex flex-wrap items-center gap-x-6 gap-y-3 py-3"
                aria-label={t('row', { name: order.user.name ?? order.user.email, store: order.storeName })}
              >
                <input
                  type="checkbox"
                  checked={selected.has(order.id)}
                  onChange={(event) => toggle(order.id, event.target.checked)}
                  aria-label={t('bulk.select', { name: order.user.name ?? order.user.email, store: order.storeName })}
                />
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
        </>
      )}
    </Panel>
  );
}
