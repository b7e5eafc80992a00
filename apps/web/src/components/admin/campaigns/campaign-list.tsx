'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';

import { Alert } from '~/components/ui/alert';
import { Badge } from '~/components/ui/badge';
import { DataTable, type DataTableColumn } from '~/components/ui/data-table';
import { EmptyState } from '~/components/ui/empty-state';
import { fieldClasses, LabelledField } from '~/components/ui/field';
import { Skeleton } from '~/components/ui/skeleton';
import { formatEuros } from '~/lib/money';
import { walletLastDay } from '~/lib/wallet-last-day';
import { useTRPC } from '~/trpc/react';

type Campaign = RouterOutputs['admin']['listCampaigns'][number];
const STATUSES = ['DRAFT', 'LAUNCHED', 'CLOSED'] as const;
export const STATUS_TONES = { DRAFT: 'waiting', LAUNCHED: 'success', CLOSED: 'neutral' } as const;

/** The campaigns, newest year first, filtered by year and status, each with its figures. */
export function CampaignList() {
  const t = useTranslations('admin.campaigns');
  const format = useFormatter();
  const locale = useLocale();
  const trpc = useTRPC();
  const id = useId();
  const [year, setYear] = useState<number>();
  const [status, setStatus] = useState<(typeof STATUSES)[number]>();
  const list = useQuery(trpc.admin.listCampaigns.queryOptions({ year, status }));
  const rules = useQuery(trpc.admin.campaignRules.queryOptions());
  const euros = (cents: number) => formatEuros(cents, locale);
  const day = (date: Date) => format.dateTime(date, { dateStyle: 'medium' });

  const columns: DataTableColumn<Campaign>[] = [
    {
      id: 'name',
      header: t('columns.name'),
      accessorFn: (row) => row.name,
      meta: { rowHeader: true },
      cell: ({ row }) => (
        <Link href={`/admin/campaigns/${row.original.id}`} className="font-semibold text-brand-700 hover:underline">
          {row.original.name}
        </Link>
      ),
    },
    { id: 'event', header: t('columns.event'), accessorFn: (row) => t(`events.${row.event}` as 'events.OTHER') },
    {
      id: 'status',
      header: t('columns.status'),
      accessorFn: (row) => row.status,
      cell: ({ row }) => <Badge tone={STATUS_TONES[row.original.status]}>{t(`status.${row.original.status}`)}</Badge>,
    },
    {
      id: 'dates',
      header: t('columns.dates'),
      accessorFn: (row) => new Date(row.opensAt).getTime(),
      cell: ({ row }) => `${day(row.original.opensAt)} – ${day(walletLastDay(row.original.closesAt))}`,
    },
    {
      id: 'employees',
      header: t('columns.employees'),
      accessorFn: (row) => row.figures.employees,
      meta: { align: 'right' },
    },
    {
      id: 'granted',
      header: t('columns.granted'),
      accessorFn: (row) => row.figures.grantedCents,
      cell: ({ getValue }) => euros(getValue<number>()),
      meta: { align: 'right' },
    },
    {
      id: 'spent',
      header: t('columns.spent'),
      accessorFn: (row) => row.figures.spentCents,
      cell: ({ getValue }) => euros(getValue<number>()),
      meta: { align: 'right' },
    },
  ];

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap gap-4">
        <LabelledField id={`${id}-year`} label={t('filters.year')}>
          <select
            id={`${id}-year`}
            className={fieldClasses()}
            value={year ?? ''}
            onChange={(event) => setYear(event.target.value ? Number(event.target.value) : undefined)}
          >
            <option value="">{t('filters.allYears')}</option>
            {rules.data?.years.map((figures) => (
              <option key={figures.year}>{figures.year}</option>
            ))}
          </select>
        </LabelledField>
        <LabelledField id={`${id}-status`} label={t('filters.status')}>
          <select
            id={`${id}-status`}
            className={fieldClasses()}
            value={status ?? ''}
            onChange={(event) => setStatus((event.target.value || undefined) as typeof status)}
          >
            <option value="">{t('filters.allStatuses')}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`status.${value}`)}
              </option>
            ))}
          </select>
        </LabelledField>
      </div>
      {list.isError ? (
        <Alert>{t('loadError')}</Alert>
      ) : !list.data ? (
        <Skeleton className="h-48" />
      ) : (
        <DataTable
          caption={t('listCaption')}
          captionHidden
          columns={columns}
          data={list.data}
          getRowId={(row) => row.id}
          empty={<EmptyState title={t('empty.title')}>{t('empty.body')}</EmptyState>}
        />
      )}
    </div>
  );
}
