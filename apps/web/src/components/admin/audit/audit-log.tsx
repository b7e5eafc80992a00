'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type FormEvent, useMemo } from 'react';

import { PagedTable } from '~/components/admin/paged-table';
import { Button } from '~/components/ui/button';
import { fieldClasses, labelClasses } from '~/components/ui/field';
import { useKeysetPagination } from '~/components/ui/keyset-pagination';
import { Card } from '~/components/ui/panel';
import { useTRPC } from '~/trpc/react';

import { useAuditLogColumns } from './audit-log-columns';

const FILTERS = ['actor', 'action', 'targetId', 'from', 'to'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The audit trail: who did what to which target, when, from where; filters in the URL, keyset pages. */
export function AuditLog() {
  const t = useTranslations('admin.audit');
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const filters = useMemo(() => {
    const value = (key: (typeof FILTERS)[number]) => params.get(key)?.trim().slice(0, 200) || undefined;
    const from = value('from');
    const to = value('to');
    return {
      actor: value('actor'),
      action: value('action'),
      targetId: value('targetId'),
      from: from && DATE.test(from) ? from : undefined,
      to: to && DATE.test(to) ? to : undefined,
    };
  }, [params]);
  const pages = useKeysetPagination();
  const list = useQuery(
    trpc.admin.auditLog.queryOptions(
      { ...filters, cursor: pages.cursor, limit: 25 },
      { placeholderData: keepPreviousData },
    ),
  );

  const apply = (form: FormEvent<HTMLFormElement>) => {
    form.preventDefault();
    const data = new FormData(form.currentTarget);
    const query = new URLSearchParams();
    for (const key of FILTERS) {
      const value = String(data.get(key) ?? '').trim();
      if (value) query.set(key, value);
    }
    pages.reset();
    router.push(`${pathname}${query.size ? `?${query}` : ''}`, { scroll: false });
  };

  const columns = useAuditLogColumns();

  return (
    <div className="mt-6 grid grid-cols-[minmax(0,1fr)] gap-4">
      <Card className="p-4">
        <form onSubmit={apply} aria-label={t('filters.label')} className="flex flex-wrap items-end gap-3">
          {FILTERS.map((key) => (
            <div key={key}>
              <label htmlFor={`audit-${key}`} className={labelClasses}>
                {t(`filters.${key}`)}
              </label>
              <input
                id={`audit-${key}`}
                name={key}
                type={key === 'from' || key === 'to' ? 'date' : key === 'actor' ? 'search' : 'text'}
                defaultValue={filters[key] ?? ''}
                className={fieldClasses()}
              />
            </div>
          ))}
          <Button type="submit">{t('filters.apply')}</Button>
        </form>
      </Card>
      <Card className="p-4">
        <PagedTable
          list={list}
          rows={(page) => page.entries}
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
