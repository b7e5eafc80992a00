'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { useQuery } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { useRouter, useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useId } from 'react';

import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import { DataTable, type DataTableColumn } from '~/components/ui/data-table';
import { EmptyState } from '~/components/ui/empty-state';
import { fieldClasses, LabelledField } from '~/components/ui/field';
import { Skeleton } from '~/components/ui/skeleton';
import { formatEuros } from '~/lib/money';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

type Report = RouterOutputs['admin']['payrollReport'];
type Row = Report['rows'][number];

/**
 * The payroll report of a year or of one campaign (`?year=`, `?campaign=` in the URL): per
 * employee, the campaign's own amounts (for one campaign), granted and spent per event, the year's
 * total, exempt, to declare; totals (the campaign's, or the year's); the CSV.
 */
export function PayrollReport() {
  const t = useTranslations('admin.payroll');
  const tEvents = useTranslations('admin.campaigns.events');
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const router = useRouter();
  const params = useSearchParams();
  const id = useId();
  const campaignId = params.get('campaign') ?? '';
  const year = Number(params.get('year')) || new Date().getFullYear();
  const campaigns = useQuery(trpc.admin.listCampaigns.queryOptions({}));
  const rules = useQuery(trpc.admin.campaignRules.queryOptions());
  const report = useQuery(trpc.admin.payrollReport.queryOptions(campaignId ? { campaignId } : { year }));
  const euros = (cents: number) => formatEuros(cents, locale);
  const eventName = (event: string) => (event === 'GENERAL' ? t('general') : tEvents(event as 'OTHER'));
  const money = (header: string, pick: (row: Row) => number, key: string): DataTableColumn<Row> => ({
    id: key,
    header,
    accessorFn: pick,
    cell: ({ getValue }) => euros(getValue<number>()),
    meta: { align: 'right' },
  });
  const columns: DataTableColumn<Row>[] = [
    { id: 'employee', header: t('columns.employee'), accessorFn: (row) => row.email, meta: { rowHeader: true } },
    // For one campaign: its own part first, as in the CSV; then the employee's whole year.
    ...(report.data?.campaign
      ? [
          money(t('columns.campaignGranted'), (row) => row.campaign?.grantedCents ?? 0, 'campaignGranted'),
          money(t('columns.campaignSpent'), (row) => row.campaign?.spentCents ?? 0, 'campaignSpent'),
          money(t('columns.campaignExempt'), (row) => row.campaign?.exemptCents ?? 0, 'campaignExempt'),
          money(t('columns.campaignToDeclare'), (row) => row.campaign?.toDeclareCents ?? 0, 'campaignToDeclare'),
        ]
      : []),
    ...(report.data?.events ?? []).flatMap((event) => {
      const amounts = (row: Row) => row.events.find((candidate) => candidate.event === event);
      return [
        money(
          t('columns.eventGranted', { event: eventName(event) }),
          (row) => amounts(row)?.grantedCents ?? 0,
          `granted-${event}`,
        ),
        money(
          t('columns.eventSpent', { event: eventName(event) }),
          (row) => amounts(row)?.spentCents ?? 0,
          `spent-${event}`,
        ),
      ];
    }),
    money(t('columns.yearGranted'), (row) => row.yearGrantedCents, 'yearGranted'),
    money(t('columns.exempt'), (row) => row.yearExemptCents, 'exempt'),
    money(t('columns.toDeclare'), (row) => row.yearToDeclareCents, 'toDeclare'),
  ];
  const go = (query: string) => router.replace(`/admin/payroll?${query}`, { scroll: false });
  const csv = `/api/admin/exports/payroll?${campaignId ? `campaign=${campaignId}` : `year=${year}`}`;
  const totals = report.data?.totals;

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-end gap-4">
        <LabelledField id={`${id}-year`} label={t('year')}>
          <select
            id={`${id}-year`}
            className={fieldClasses()}
            value={campaignId ? '' : year}
            onChange={(event) => go(`year=${event.target.value}`)}
          >
            {campaignId && <option value="">—</option>}
            {rules.data?.years.map((figures) => (
              <option key={figures.year}>{figures.year}</option>
            ))}
          </select>
        </LabelledField>
        <LabelledField id={`${id}-campaign`} label={t('campaign')}>
          <select
            id={`${id}-campaign`}
            className={fieldClasses()}
            value={campaignId}
            onChange={(event) => go(event.target.value ? `campaign=${event.target.value}` : `year=${year}`)}
          >
            <option value="">{t('wholeYear')}</option>
            {campaigns.data
              ?.filter((campaign) => campaign.status !== 'DRAFT')
              .map((campaign) => (
                <option key={campaign.id} value={campaign.id}>{`${campaign.name} (${campaign.year})`}</option>
              ))}
          </select>
        </LabelledField>
        <Button variant="secondary" asChild>
          <a href={csv} download data-testid="payroll-csv">
            <Download aria-hidden="true" className="h-4 w-4" />
            {t('csv')}
          </a>
        </Button>
      </div>
      {report.isError ? (
        <Alert>{errorMessage(report.error)}</Alert>
      ) : !report.data || !totals ? (
        <Skeleton className="h-64" />
      ) : (
        <>
          <dl className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5" data-testid="payroll-totals">
            {(report.data.campaign
              ? ([
                  ['employees', String(totals.employees)],
                  ['campaignGranted', euros(totals.campaignGrantedCents)],
                  ['campaignSpent', euros(totals.campaignSpentCents)],
                  ['campaignExempt', euros(totals.campaignExemptCents)],
                  ['campaignToDeclare', euros(totals.campaignToDeclareCents)],
                ] as const)
              : ([
                  ['employees', String(totals.employees)],
                  ['granted', euros(totals.yearGrantedCents)],
                  ['spent', euros(totals.yearSpentCents)],
                  ['exempt', euros(totals.yearExemptCents)],
                  ['toDeclare', euros(totals.yearToDeclareCents)],
                ] as const)
            ).map(([key, value]) => (
              <div key={key} className="rounded-xl bg-white p-3 ring-1 ring-brand-100">
                <dt className="text-sm text-slate-600">{t(`totals.${key}`)}</dt>
                <dd className="text-xl font-bold tabular-nums text-ink">{value}</dd>
              </div>
            ))}
          </dl>
          <DataTable
            caption={t('caption', { scope: report.data.campaign?.name ?? String(report.data.year) })}
            columns={columns}
            data={report.data.rows}
            getRowId={(row) => row.userId}
            empty={<EmptyState title={t('empty')} />}
          />
        </>
      )}
    </div>
  );
}
