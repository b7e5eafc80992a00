'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { useMemo } from 'react';

import type { DataTableColumn } from '~/components/ui/data-table';

type Row = RouterOutputs['admin']['auditLog']['entries'][number];

/** The audit trail's columns: when, who, action, target (a link when it is a voucher), and the change. */
export function useAuditLogColumns() {
  const t = useTranslations('admin.audit');
  const format = useFormatter();
  return useMemo<DataTableColumn<Row>[]>(
    () => [
      {
        id: 'createdAt',
        header: t('columns.when'),
        enableSorting: false,
        cell: ({ row }) => (
          <span className="whitespace-nowrap">
            {format.dateTime(new Date(row.original.createdAt), { dateStyle: 'short', timeStyle: 'medium' })}
          </span>
        ),
      },
      {
        id: 'actor',
        header: t('columns.actor'),
        enableSorting: false,
        cell: ({ row }) => (
          <span className="block max-w-48 truncate" title={row.original.actor?.email}>
            {row.original.actor ? (row.original.actor.name ?? row.original.actor.email) : t('system')}
          </span>
        ),
      },
      {
        id: 'action',
        header: t('columns.action'),
        enableSorting: false,
        meta: { rowHeader: true },
        cell: ({ row }) => <span className="whitespace-nowrap font-mono text-xs">{row.original.action}</span>,
      },
      {
        id: 'target',
        header: t('columns.target'),
        enableSorting: false,
        cell: ({ row }) => {
          const label = `${row.original.targetType} ${row.original.targetId.slice(0, 8)}`;
          return row.original.targetType === 'order' ? (
            <Link
              href={`/admin/vouchers/${row.original.targetId}`}
              className="whitespace-nowrap font-mono text-xs text-brand-700 underline"
            >
              {label}
            </Link>
          ) : (
            <span className="whitespace-nowrap font-mono text-xs" title={row.original.targetId}>
              {label}
            </span>
          );
        },
      },
      {
        id: 'change',
        header: t('columns.change'),
        enableSorting: false,
        cell: ({ row }) => (
          <details className="max-w-md">
            <summary className="cursor-pointer text-xs text-slate-600">
              {row.original.ip ?? '—'} · {row.original.userAgent?.slice(0, 40) ?? '—'}
            </summary>
            <pre className="mt-1 max-h-64 overflow-auto rounded bg-slate-50 p-2 text-xs">
              {JSON.stringify(
                { before: row.original.before, after: row.original.after, data: row.original.data },
                null,
                2,
              )}
            </pre>
          </details>
        ),
      },
    ],
    [t, format],
  );
}
