'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { useMemo } from 'react';

import { Badge, type BadgeTone } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import type { DataTableColumn } from '~/components/ui/data-table';

type Row = RouterOutputs['admin']['webhookEvents']['events'][number];
export const STATUSES = ['RECEIVED', 'PROCESSED', 'IGNORED', 'FAILED'] as const;
type Status = (typeof STATUSES)[number];
const TONE: Record<Status, BadgeTone> = {
  RECEIVED: 'progress',
  PROCESSED: 'success',
  IGNORED: 'neutral',
  FAILED: 'danger',
};

/** The webhook log's columns: when, event, status, deliveries, order, error and payload, and a replay button. */
export function useWebhookEventColumns({
  replaying,
  replay,
}: {
  replaying: boolean;
  replay: (input: { eventId: string }) => void;
}) {
  const t = useTranslations('admin.webhooks');
  const format = useFormatter();
  return useMemo<DataTableColumn<Row>[]>(
    () => [
      {
        id: 'receivedAt',
        header: t('columns.received'),
        enableSorting: false,
        cell: ({ row }) => (
          <span className="whitespace-nowrap">
            {format.dateTime(new Date(row.original.receivedAt), { dateStyle: 'short', timeStyle: 'medium' })}
          </span>
        ),
      },
      {
        id: 'event',
        header: t('columns.event'),
        enableSorting: false,
        meta: { rowHeader: true },
        cell: ({ row }) => <span className="whitespace-nowrap font-mono text-xs">{row.original.event}</span>,
      },
      {
        id: 'status',
        header: t('columns.status'),
        enableSorting: false,
        cell: ({ row }) => (
          <Badge tone={TONE[row.original.status]}>
            {t(`status.${row.original.status}`)}
            {row.original.attempts > 1 ? ` · ${t('attempts', { count: row.original.attempts })}` : ''}
          </Badge>
        ),
      },
      {
        id: 'deliveries',
        header: t('columns.deliveries'),
        enableSorting: false,
        meta: { align: 'right' },
        cell: ({ row }) => (
          <span className={row.original.deliveryCount > 1 ? 'font-semibold text-amber-800' : undefined}>
            {row.original.deliveryCount}
          </span>
        ),
      },
      {
        id: 'order',
        header: t('columns.order'),
        enableSorting: false,
        cell: ({ row }) =>
          row.original.orderId ? (
            <Link
              href={`/admin/vouchers/${row.original.orderId}`}
              className="font-mono text-xs text-brand-700 underline underline-offset-2"
            >
              {row.original.orderId.slice(0, 8)}
            </Link>
          ) : (
            '—'
          ),
      },
      {
        id: 'details',
        header: t('columns.details'),
        enableSorting: false,
        cell: ({ row }) => (
          <div className="max-w-md">
            {row.original.lastError ? <p className="mb-1 text-xs text-rose-800">{row.original.lastError}</p> : null}
            {row.original.lastDeliveredAt ? (
              <p className="mb-1 text-xs text-slate-600">
                {t('redelivered', {
                  count: row.original.deliveryCount,
                  last: format.dateTime(new Date(row.original.lastDeliveredAt), {
                    dateStyle: 'short',
                    timeStyle: 'medium',
                  }),
                })}
              </p>
            ) : null}
            <details>
              <summary className="cursor-pointer text-xs text-slate-600">{t('payload')}</summary>
              <pre className="mt-1 max-h-64 overflow-auto rounded bg-slate-50 p-2 text-xs">
                {JSON.stringify(row.original.payload, null, 2)}
              </pre>
            </details>
          </div>
        ),
      },
      {
        id: 'actions',
        header: t('columns.actions'),
        enableSorting: false,
        cell: ({ row }) => (
          <Button
            size="sm"
            variant="secondary"
            disabled={replaying || row.original.status === 'RECEIVED'}
            onClick={() => replay({ eventId: row.original.id })}
            aria-label={t('replayOne', { event: row.original.event, id: row.original.id })}
          >
            {t('replay')}
          </Button>
        ),
      },
    ],
    [t, format, replaying, replay],
  );
}
