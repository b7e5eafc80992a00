'use client';

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';

import { PagedTable } from '~/components/admin/paged-table';
import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import { fieldClasses, labelClasses } from '~/components/ui/field';
import { useKeysetPagination } from '~/components/ui/keyset-pagination';
import { Card } from '~/components/ui/panel';
import { useTRPC } from '~/trpc/react';

import { STATUSES, useWebhookEventColumns } from './webhook-event-columns';

/**
 * Every webhook Jackpot sent, newest first: filters (event, status) in the URL, keyset pages,
 * the payload and error of each, and replay of one event or of every failed one.
 */
export function WebhookEvents() {
  const t = useTranslations('admin.webhooks');
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

  const columns = useWebhookEventColumns({ replaying: replay.isPending, replay: replay.mutate });

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
