'use client';

// About 170 lines: the detail page's sections (summary, Jackpot, timeline, ledger, audit) read one
// query together; each section is a few lines of markup.

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Download, RefreshCw } from 'lucide-react';
import Link from 'next/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

import { STATUS_TONE } from '~/components/vouchers/status';
import { Alert } from '~/components/ui/alert';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import { Panel } from '~/components/ui/panel';
import { Skeleton } from '~/components/ui/skeleton';
import { formatEuros } from '~/lib/money';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

import { DecisionDialog } from './decision-dialog';

/** One voucher as an admin sees it: every fact, its history, and the decisions its state allows. */
export function VoucherDetails({ orderId }: { orderId: string }) {
  const t = useTranslations('admin.voucher');
  const tStatus = useTranslations('vouchers.status');
  const locale = useLocale();
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const details = useQuery(trpc.admin.orderDetails.queryOptions({ orderId }));
  const refetch = useMutation(
    trpc.admin.refetchOrder.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.admin.orderDetails.queryKey({ orderId }) }),
    }),
  );
  const when = (date: Date | string | null) =>
    date ? format.dateTime(new Date(date), { dateStyle: 'medium', timeStyle: 'medium' }) : '—';

  if (details.isPending) return <Skeleton className="h-96" />;
  if (details.isError)
    return (
      <>
        <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
        <Alert className="mt-6">{errorMessage(details.error)}</Alert>
      </>
    );
  const { order, store, audit, webhooks, actions, own, decisionInFlight } = details.data;
  const euros = (cents: number) => formatEuros(cents, locale);

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
        <Panel title={t('summary')}>
          <Facts
            rows={[
              [
                t('employee'),
                <Link key="e" href={`/admin/vouchers?user=${order.user.id}`} className="text-brand-700 hover:underline">
                  {order.user.name ?? order.user.email}
                </Link>,
              ],
              [t('email'), order.user.email],
              [t('value'), euros(order.valueCents)],
              [t('price'), euros(order.priceCents)],
              [t('offer'), t('offerValue', { mode: order.mode, rate: order.rateBasisPoints / 100 })],
              [t('needsApproval'), order.needsApproval ? t('yes') : t('no')],
              [
                t('storeNow'),
                store
                  ? t('storeState', { enabled: String(store.enabled), refundable: String(store.refundable) })
                  : t('storeGone'),
              ],
            ]}
          />
        </Panel>
        <Panel title={t('jackpot')}>
          <Facts
            rows={[
              [t('orderId'), <code key="o">{order.id}</code>],
              [t('voucherId'), order.jackpotVoucherId ? <code key="v">{order.jackpotVoucherId}</code> : '—'],
              [t('couponId'), order.couponId ?? '—'],
              [t('reservationExpires'), when(order.resaExpireDate)],
              [t('validity'), when(order.validityDate)],
              [t('lastSynced'), when(order.lastSyncedAt)],
              ...(order.failureCode
                ? [[t('failure'), `${order.failureCode}: ${order.failureMessage ?? ''}`] as [string, ReactNode]]
                : []),
            ]}
          />
        </Panel>
        <Panel title={t('timeline')}>
          <ol className="mt-3 grid gap-2 text-sm">
            {[
              ...order.events.map((event) => ({
                at: new Date(event.createdAt),
                key: event.id,
                text: `${tStatus(event.status)} · ${t(`source.${event.source}`)}${event.note ? ` — ${event.note}` : ''}`,
              })),
              ...webhooks.map((hook) => ({
                at: new Date(hook.receivedAt),
                key: hook.id,
                text:
                  t('webhook', { event: hook.event, status: hook.status }) +
                  (hook.lastError ? ` — ${hook.lastError}` : ''),
              })),
            ]
              .sort((a, b) => a.at.getTime() - b.at.getTime())
              .map((item) => (
                <li key={item.key} className="flex gap-3">
                  <time className="shrink-0 tabular-nums text-slate-500" dateTime={item.at.toISOString()}>
                    {when(item.at)}
                  </time>
                  <span>{item.text}</span>
                </li>
              ))}
          </ol>
        </Panel>
        <Panel title={t('ledger')}>
          <ul className="mt-3 grid gap-2 text-sm">
            {order.ledgerEntries.map((entry) => (
              <li key={entry.id} className="flex justify-between gap-3">
                <span>
                  {t(`ledgerKind.${entry.kind}`)} · <time className="text-slate-500">{when(entry.createdAt)}</time>
                </span>
                <span className="tabular-nums">{euros(entry.amountCents)}</span>
              </li>
            ))}
          </ul>
        </Panel>
        <Panel title={t('audit')} className="lg:col-span-2">
          {audit.length === 0 ? (
            <p className="mt-3 text-sm text-slate-600">{t('noAudit')}</p>
          ) : (
            <ul className="mt-3 grid gap-2 text-sm">
              {audit.map((row) => (
                <li key={row.id}>
                  <span className="font-semibold">{row.actor?.name ?? row.actor?.email ?? '—'}</span> ·{' '}
                  <code>{row.action}</code> · {when(row.createdAt)}
                  {row.ip ? <span className="text-slate-500"> · {row.ip}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </Panel>
      </div>
    </>
  );
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd className="min-w-0 break-all">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
