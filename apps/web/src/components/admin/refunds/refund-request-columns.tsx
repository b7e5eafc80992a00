'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import Link from 'next/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';

import { Badge } from '~/components/ui/badge';
import type { DataTableColumn } from '~/components/ui/data-table';
import { formatEuros } from '~/lib/money';

import { RefundRequestDialog } from './refund-request-dialog';

type Row = RouterOutputs['admin']['listRefundRequests']['requests'][number];

const who = (person: { name: string | null; email: string } | null) => person?.name ?? person?.email ?? '—';

/**
 * The texts and formats the columns use, stable between renders: a column definition that
 * changed would remount its cells, and with them an open approve / decline dialog.
 */
function useRefundFormat() {
  const t = useTranslations('admin.refunds');
  const locale = useLocale();
  const format = useFormatter();
  return useMemo(
    () => ({
      t,
      euros: (cents: number) => formatEuros(cents, locale),
      when: (date: Date | string | null) =>
        date ? format.dateTime(new Date(date), { dateStyle: 'short', timeStyle: 'short' }) : '—',
    }),
    [t, locale, format],
  );
}

/** The voucher (a link to its page) and its owner: the first two columns of both lists. */
function voucherColumns({ t, euros }: ReturnType<typeof useRefundFormat>): DataTableColumn<Row>[] {
  return [
    {
      id: 'voucher',
      header: t('columns.voucher'),
      enableSorting: false,
      meta: { rowHeader: true },
      cell: ({ row }) => (
        <Link
          href={`/admin/vouchers/${row.original.order.id}`}
          className="font-semibold whitespace-nowrap text-brand-700 hover:underline"
        >
          {row.original.order.storeName} · {euros(row.original.order.valueCents)}
        </Link>
      ),
    },
    {
      id: 'employee',
      header: t('columns.employee'),
      enableSorting: false,
      cell: ({ row }) => who(row.original.order.user),
    },
  ];
}

/** The requests waiting for a second admin: voucher, employee, price paid, the request, approve / decline. */
export function usePendingRefundColumns() {
  const formats = useRefundFormat();
  return useMemo<DataTableColumn<Row>[]>(() => {
    const { t, euros, when } = formats;
    return [
      ...voucherColumns(formats),
      {
        id: 'price',
        header: t('columns.price'),
        enableSorting: false,
        meta: { align: 'right' },
        cell: ({ row }) => <span className="tabular-nums">{euros(row.original.order.priceCents)}</span>,
      },
      {
        id: 'request',
        header: t('columns.request'),
        enableSorting: false,
        cell: ({ row }) => (
          <span className="block max-w-md min-w-56 text-slate-700">
            {t('requested', {
              by: who(row.original.requestedBy),
              date: when(row.original.createdAt),
              reason: row.original.reason,
            })}
          </span>
        ),
      },
      {
        id: 'actions',
        header: t('columns.actions'),
        enableSorting: false,
        cell: ({ row }) => {
          const request = row.original;
          const summary = t('summary', {
            store: request.order.storeName,
            price: euros(request.order.priceCents),
            employee: who(request.order.user),
            by: who(request.requestedBy),
            reason: request.reason,
          });
          return (
            <div className="flex flex-wrap gap-2">
              <RefundRequestDialog requestId={request.id} approve summary={summary} />
              <RefundRequestDialog requestId={request.id} approve={false} summary={summary} />
            </div>
          );
        },
      },
    ];
  }, [formats]);
}

/** The decided requests: voucher, employee, who asked and who decided when (with the note), the outcome. */
export function useDecidedRefundColumns() {
  const formats = useRefundFormat();
  return useMemo<DataTableColumn<Row>[]>(() => {
    const { t, when } = formats;
    return [
      ...voucherColumns(formats),
      {
        id: 'decision',
        header: t('columns.decision'),
        enableSorting: false,
        cell: ({ row }) => (
          <span className="block max-w-md min-w-56 text-slate-700">
            {t('decidedBy', {
              requester: who(row.original.requestedBy),
              decider: who(row.original.decidedBy),
              date: when(row.original.decidedAt),
            })}
            {row.original.decisionNote ? (
              <span className="block text-xs">{t('decisionNote', { note: row.original.decisionNote })}</span>
            ) : null}
          </span>
        ),
      },
      {
        id: 'status',
        header: t('columns.status'),
        enableSorting: false,
        cell: ({ row }) => (
          <Badge tone={row.original.status === 'APPROVED' ? 'success' : 'danger'}>
            {t(`status.${row.original.status}`)}
          </Badge>
        ),
      },
    ];
  }, [formats]);
}
