'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';

import { DataTable, type DataTableColumn } from '~/components/ui/data-table';
import { Panel } from '~/components/ui/panel';
import { Skeleton } from '~/components/ui/skeleton';
import { useTRPC } from '~/trpc/react';

type Queue = RouterOutputs['admin']['jobStats']['queues'][number];

/** Each background queue's jobs waiting, running and failed; sortable by any column. */
export function JobQueues() {
  const t = useTranslations('admin.jobs');
  const trpc = useTRPC();
  const stats = useQuery(trpc.admin.jobStats.queryOptions(undefined, { refetchInterval: 10_000 }));
  const columns = useMemo<DataTableColumn<Queue>[]>(
    () => [
      {
        id: 'queue',
        accessorFn: (queue) => queue.name,
        header: t('queue'),
        sortFn: 'alphanumeric',
        meta: { rowHeader: true },
        cell: ({ row }) => <span className="whitespace-nowrap font-mono text-xs">{row.original.name}</span>,
      },
      {
        id: 'waiting',
        accessorFn: (queue) => queue.created + queue.retry,
        header: t('waiting'),
        sortDescFirst: true,
        meta: { align: 'right' },
      },
      {
        id: 'active',
        accessorFn: (queue) => queue.active,
        header: t('active'),
        sortDescFirst: true,
        meta: { align: 'right' },
      },
      {
        id: 'failed',
        accessorFn: (queue) => queue.failed,
        header: t('failed'),
        sortDescFirst: true,
        meta: { align: 'right' },
        cell: ({ row }) => (
          <span className={row.original.failed > 0 ? 'font-semibold text-rose-700' : undefined}>
            {row.original.failed}
          </span>
        ),
      },
    ],
    [t],
  );
  return (
    <Panel title={t('title')}>
      {stats.data ? (
        <>
          <DataTable
            caption={t('title')}
            captionHidden
            columns={columns}
            data={stats.data.queues}
            getRowId={(queue) => queue.name}
            className="mt-3"
          />
          <p className="mt-3 text-xs text-slate-500">{t('failures', { count: stats.data.recentFailures.length })}</p>
        </>
      ) : (
        <Skeleton className="mt-3 h-24" />
      )}
    </Panel>
  );
}
