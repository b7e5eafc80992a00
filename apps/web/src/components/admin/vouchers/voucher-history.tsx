'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { useTranslations } from 'next-intl';

import { Panel } from '~/components/ui/panel';

import { useVoucherFormat } from './use-voucher-format';

type Details = RouterOutputs['admin']['orderDetails'];

/** A voucher's history for an admin: its timeline (status changes and webhooks together), its ledger and its audit trail. */
export function VoucherHistory({ order, webhooks, audit }: Pick<Details, 'order' | 'webhooks' | 'audit'>) {
  const t = useTranslations('admin.voucher');
  const tStatus = useTranslations('vouchers.status');
  const { when, euros } = useVoucherFormat();

  return (
    <>
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
                (hook.deliveryCount > 1 ? ` · ${t('deliveries', { count: hook.deliveryCount })}` : '') +
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
    </>
  );
}
