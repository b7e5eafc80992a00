'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { type FormEvent, useMemo } from 'react';

import { PagedTable } from '~/components/admin/paged-table';
import { Alert } from '~/components/ui/alert';
import { Badge, type BadgeTone } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import type { DataTableColumn } from '~/components/ui/data-table';
import { fieldClasses, labelClasses } from '~/components/ui/field';
import { useKeysetPagination } from '~/components/ui/keyset-pagination';
import { Card } from '~/components/ui/panel';
import { useTRPC } from '~/trpc/react';

type Row = RouterOutputs['admin']['webhookEvents']['events'][number];
const STATUSES = ['RECEIVED', 'PROCESSED', 'IGNORED', 'FAILED'] as const;
type Status = (typeof STATUSES)[number];
const TONE: Record<Status, BadgeTone> = {
  RECEIVED: 'progress',
  PROCESSED: 'success',
  IGNORED: 'neutral',
  FAILED: 'danger',
};

/**
 * Every webhook Jackpot sent, newest first: filters (event, status) in the URL, keyset pages,
 * the payload and error of each, and replay of one event or of every failed one.
 */
export function WebhookEvents() {
  const t = useTranslations('admin.webhooks');
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('status'));
  const event = params.get('event')?.trim() || undefined;
  const pages = useKeysetPagination();
  const list = useQuery(
    trpc.admin.webhookEvents.queryOptions(
      { status, event, cursor: pages.cursor, limit: 25 },
      { placeholderData: keepPreviousData },
    ),
  );
  const replay = useMutation(
    trpc.admin.replayWebhookEvents.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.admin.webhookEvents.queryKey() }),
    }),
  );

  const apply = (form: FormEvent<HTMLFormElement>) => {
    form.preventDefault();
    const data = new FormData(form.currentTarget);
    const query = new URLSearchParams();
    for (const key of ['event', 'status'] as const) {
      const value = String(data.get(key) ?? '').trim();
      if (value) query.set(key, value);
    }
    pages.reset();
    router.push(`${pathname}${query.size ? `?${query}` : ''}`, { scroll: false });
  };

  const columns = useMemo<DataTableColumn<Row>[]>(
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
            disabled={replay.isPending || row.original.status === 'RECEIVED'}
            onClick={() => replay.mutate({ eventId: row.original.id })}
            aria-label={t('replayOne', { event: row.original.event, id: row.original.id })}
          >
            {t('replay')}
          </Button>
        ),
      },
    ],
    [t, format, replay],
  );

  return (
    <div className="mt-6 grid grid-cols-[minmax(0,1fr)] gap-4">
      <Card className="p-4">
        <form onSubmit={apply} aria-label={t('filters.label')} className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="webhook-event" className={labelClasses}>
              {t('filters.event')}
            </label>
            <input
              id="webhook-event"
              name="event"
              defaultValue={event ?? ''}
              placeholder="coupon/ready"
              className={fieldClasses()}
            />
          </div>
          <div>
            <label htmlFor="webhook-status" className={labelClasses}>
              {t('filters.status')}
            </label>
            <select id="webhook-status" name="status" defaultValue={status ?? ''} className={fieldClasses()}>
              <option value="">{t('filters.any')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit">{t('filters.apply')}</Button>
          <Button
            type="button"
            variant="secondary"
            className="ml-auto"
            disabled={replay.isPending}
            onClick={() => {
              if (window.confirm(t('replayAllConfirm'))) replay.mutate({ allFailed: true, event });
            }}
          >
            {t('replayAll')}
          </Button>
        </form>
        <div aria-live="polite" className="mt-3 text-sm">
          {replay.isSuccess ? <p role="status">{t('replayed', { count: replay.data.replayed })}</p> : null}
          {replay.isError ? <Alert>{replay.error.message}</Alert> : null}
        </div>
      </Card>
      <Card className="p-4">
        <PagedTable
          list={list}
          rows={(page) => page.events}
          pages={pages}
          pagesLabel={t('pages')}
          loadError={t('loadError')}
          emptyTitle={t('empty')}
          caption={t('title')}
          columns={columns}
          getRowId={(row) => row.id}
        />
      </Card>
    </div>
  );
}
