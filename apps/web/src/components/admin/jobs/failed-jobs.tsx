'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useMemo } from 'react';

import { PagedTable } from '~/components/admin/paged-table';
import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import type { DataTableColumn } from '~/components/ui/data-table';
import { useKeysetPagination } from '~/components/ui/keyset-pagination';
import { Panel } from '~/components/ui/panel';
import { useTRPC } from '~/trpc/react';

type Row = RouterOutputs['admin']['failedJobs']['jobs'][number];

/** pg-boss's `output` of a failed job: an error's message when it has one. */
function errorText(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string')
    return error.message;
  return JSON.stringify(error);
}

/** Failed jobs with their error, newest first; retry one or all (each audited). */
export function FailedJobs() {
  const t = useTranslations('admin.jobs');
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pages = useKeysetPagination();
  const list = useQuery(
    trpc.admin.failedJobs.queryOptions({ cursor: pages.cursor, limit: 25 }, { placeholderData: keepPreviousData }),
  );
  const retry = useMutation(
    trpc.admin.retryJobs.mutationOptions({
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.admin.failedJobs.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.admin.jobStats.queryKey() }),
        ]),
    }),
  );
  const columns = useMemo<DataTableColumn<Row>[]>(
    () => [
      {
        id: 'failedAt',
        header: t('failedAt'),
        enableSorting: false,
        cell: ({ row }) => (
          <span className="whitespace-nowrap">
            {format.dateTime(new Date(row.original.failedAt), { dateStyle: 'short', timeStyle: 'medium' })}
          </span>
        ),
      },
      {
        id: 'queue',
        header: t('queue'),
        enableSorting: false,
        meta: { rowHeader: true },
        cell: ({ row }) => <span className="whitespace-nowrap font-mono text-xs">{row.original.queue}</span>,
      },
      {
        id: 'error',
        header: t('error'),
        enableSorting: false,
        cell: ({ row }) => (
          <div className="max-w-md">
            <p className="text-xs text-rose-800">{errorText(row.original.error)}</p>
            <details>
              <summary className="cursor-pointer text-xs text-slate-600">{t('data')}</summary>
              <pre className="mt-1 max-h-48 overflow-auto rounded bg-slate-50 p-2 text-xs">
                {JSON.stringify(row.original.data, null, 2)}
              </pre>
            </details>
          </div>
        ),
      },
      {
        id: 'retries',
        header: t('retries'),
        enableSorting: false,
        meta: { align: 'right' },
        cell: ({ row }) => row.original.retryCount,
      },
      {
        id: 'actions',
        header: t('actions'),
        enableSorting: false,
        cell: ({ row }) => (
          <Button
            size="sm"
            variant="secondary"
            disabled={retry.isPending}
            onClick={() => retry.mutate({ jobId: row.original.id })}
            aria-label={t('retryOne', { queue: row.original.queue, id: row.original.id })}
          >
            {t('retry')}
          </Button>
        ),
      },
    ],
    [t, format, retry],
  );
  return (
    <Panel title={t('failedTitle')} className="mt-4">
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <Button
          variant="secondary"
          size="sm"
          disabled={retry.isPending || !list.data?.jobs.length}
          onClick={() => {
            if (window.confirm(t('retryAllConfirm'))) retry.mutate({ allFailed: true });
          }}
        >
          {t('retryAll')}
        </Button>
        <div aria-live="polite" className="text-sm">
          {retry.isSuccess ? <p role="status">{t('retried', { count: retry.data.retried })}</p> : null}
          {retry.isError ? <Alert>{retry.error.message}</Alert> : null}
        </div>
      </div>
      <PagedTable
        list={list}
        rows={(page) => page.jobs}
        pages={pages}
        pagesLabel={t('pages')}
        loadError={t('loadError')}
        emptyTitle={t('noFailures')}
        caption={t('failedTitle')}
        columns={columns}
        getRowId={(row) => row.id}
        className="mt-3"
        skeletonClassName="h-48"
      />
    </Panel>
  );
}
