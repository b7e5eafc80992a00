'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';

import { Alert } from '~/components/ui/alert';
import { DataTable, type DataTableColumn } from '~/components/ui/data-table';
import { EmptyState } from '~/components/ui/empty-state';
import { Panel } from '~/components/ui/panel';
import { Skeleton } from '~/components/ui/skeleton';
import { formatEuros } from '~/lib/money';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

import { ComplianceWhy } from './compliance-why';
import { LaunchCampaign } from './launch-campaign';

type Preview = RouterOutputs['admin']['campaignCompliancePreview'];
type Row = Preview['rows'][number];

/**
 * Before launch, per employee: what the campaign adds to their year, what stays exempt, what would
 * be to declare and why; the totals; and the launch, confirmed with the number of employees shown.
 */
export function CompliancePreview({ campaignId }: { campaignId: string }) {
  const t = useTranslations('admin.campaigns.preview');
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const preview = useQuery(trpc.admin.campaignCompliancePreview.queryOptions({ campaignId }));
  const euros = (cents: number) => formatEuros(cents, locale);
  const money = (id: keyof Row & `${string}Cents`, header: string): DataTableColumn<Row> => ({
    id,
    header,
    accessorFn: (row) => row[id],
    cell: ({ getValue }) => euros(getValue<number>()),
    meta: { align: 'right' },
  });
  const columns: DataTableColumn<Row>[] = [
    {
      id: 'employee',
      header: t('columns.employee'),
      accessorFn: (row) => row.name ?? row.email,
      meta: { rowHeader: true },
      cell: ({ row }) => (
        <>
          <span className="block font-semibold text-ink">{row.original.name ?? row.original.email}</span>
          <span className="block text-xs text-slate-600">
            {row.original.childBirthYears.length > 0
              ? t('children', { years: row.original.childBirthYears.join(', ') })
              : t('noChildren')}
          </span>
        </>
      ),
    },
    money('campaignCents', t('columns.adds')),
    money('campaignExemptCents', t('columns.exempt')),
    money('campaignToDeclareCents', t('columns.toDeclare')),
    money('yearAfterCents', t('columns.year')),
    {
      id: 'why',
      header: t('columns.why'),
      enableSorting: false,
      cell: ({ row }) => <ComplianceWhy shares={row.original.shares} threshold={preview.data!.thresholdCents} />,
    },
  ];

  return (
    <Panel title={t('title')} description={t('description')}>
      {preview.isError ? (
        <Alert className="mt-4">{errorMessage(preview.error)}</Alert>
      ) : !preview.data ? (
        <Skeleton className="mt-4 h-64" />
      ) : (
        <div className="mt-4 grid gap-4">
          <dl className="grid gap-3 sm:grid-cols-4" data-testid="preview-totals">
            {(
              [
                ['employees', String(preview.data.totals.employees)],
                ['total', euros(preview.data.totals.campaignCents)],
                ['exempt', euros(preview.data.totals.campaignExemptCents)],
                ['toDeclare', euros(preview.data.totals.campaignToDeclareCents)],
              ] as const
            ).map(([key, value]) => (
              <div key={key} className="rounded-xl bg-brand-50/70 p-3">
                <dt className="text-sm text-slate-600">{t(`totals.${key}`)}</dt>
                <dd className="text-xl font-bold tabular-nums text-ink">{value}</dd>
              </div>
            ))}
          </dl>
          {preview.data.totals.employeesWithSomethingToDeclare > 0 && (
            <Alert tone="warning">
              {t('someToDeclare', { count: preview.data.totals.employeesWithSomethingToDeclare })}
            </Alert>
          )}
          <DataTable
            caption={t('caption')}
            captionHidden
            columns={columns}
            data={preview.data.rows}
            getRowId={(row) => row.userId}
            empty={<EmptyState title={t('empty.title')}>{t('empty.body')}</EmptyState>}
          />
          <LaunchCampaign campaignId={campaignId} totals={preview.data.totals} />
        </div>
      )}
    </Panel>
  );
}
