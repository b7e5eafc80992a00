'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

import { ORDER_STATUSES } from '~/components/admin/vouchers/voucher-filters-url';
import { STATUS_TONE } from '~/components/vouchers/status';
import { Alert } from '~/components/ui/alert';
import { Badge } from '~/components/ui/badge';
import { Card, Panel } from '~/components/ui/panel';
import { Skeleton } from '~/components/ui/skeleton';
import { formatEuros } from '~/lib/money';
import { useTRPC } from '~/trpc/react';

import { SpendChart } from './spend-chart';

/** One figure that leads to the list behind it. */
function Tile({
  href,
  label,
  value,
  alert = false,
}: {
  href: string;
  label: string;
  value: ReactNode;
  alert?: boolean;
}) {
  return (
    <Card asChild className="block p-4 hover:border-brand-300">
      <Link href={href}>
        <span className="block text-sm text-slate-600">{label}</span>
        <span className={`mt-1 block text-2xl font-extrabold ${alert ? 'text-rose-700' : 'text-ink'}`}>{value}</span>
      </Link>
    </Card>
  );
}

/** The programme at a glance; every figure links to the filtered list behind it. */
export function AdminOverview() {
  const t = useTranslations('admin.overview');
  const tStatus = useTranslations('vouchers.status');
  const locale = useLocale();
  const trpc = useTRPC();
  const overview = useQuery(trpc.admin.overview.queryOptions(undefined, { refetchInterval: 30_000 }));
  if (overview.isError) return <Alert className="mt-6">{t('loadError')}</Alert>;
  if (!overview.data) return <Skeleton className="mt-6 h-96" />;
  const data = overview.data;
  const advantage = data.issued.valueCents - data.issued.priceCents;
  return (
    <div className="mt-6 grid grid-cols-[minmax(0,1fr)] gap-4">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Tile
          href="/admin"
          label={t('waitingApprovals')}
          value={data.waitingApprovals}
          alert={data.waitingApprovals > 0}
        />
        <Tile href="/admin/jobs" label={t('failedJobs')} value={data.failedJobs} alert={data.failedJobs > 0} />
        <Tile
          href="/admin/webhooks?status=FAILED"
          label={t('webhookErrors')}
          value={data.webhookEventsFailed}
          alert={data.webhookEventsFailed > 0}
        />
      </div>
      <Panel title={t('spendTitle')} description={t('spendLead')}>
        <SpendChart months={data.spendPerMonth} />
      </Panel>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Panel title={t('issuedTitle')}>
          <dl className="mt-2 grid grid-cols-2 gap-2 text-sm">
            <dt className="text-slate-600">{t('valueIssued')}</dt>
            <dd className="text-right font-semibold">{formatEuros(data.issued.valueCents, locale)}</dd>
            <dt className="text-slate-600">{t('pricePaid')}</dt>
            <dd className="text-right font-semibold">{formatEuros(data.issued.priceCents, locale)}</dd>
            <dt className="text-slate-600">{t('advantage')}</dt>
            <dd className="text-right font-semibold text-emerald-700">{formatEuros(advantage, locale)}</dd>
          </dl>
          <Link
            href="/admin/vouchers?status=CONFIRMED&status=READY&status=REFUNDING&status=REFUND_REJECTED"
            className="mt-3 inline-block text-sm text-brand-700 underline"
          >
            {t('seeVouchers')}
          </Link>
        </Panel>
        <Panel title={t('budgetsTitle')}>
          <dl className="mt-2 grid grid-cols-2 gap-2 text-sm">
            <dt className="text-slate-600">{t('granted')}</dt>
            <dd className="text-right font-semibold">{formatEuros(data.budgets.grantedCents, locale)}</dd>
            <dt className="text-slate-600">{t('used')}</dt>
            <dd className="text-right font-semibold">{formatEuros(data.budgets.usedCents, locale)}</dd>
            <dt className="text-slate-600">{t('left')}</dt>
            <dd className="text-right font-semibold">{formatEuros(data.budgets.balanceCents, locale)}</dd>
          </dl>
          <meter
            className="mt-3 h-3 w-full"
            min={0}
            max={Math.max(data.budgets.grantedCents, 1)}
            value={data.budgets.usedCents}
            aria-label={t('usedShare')}
          />
          <Link href="/admin/exports" className="mt-3 inline-block text-sm text-brand-700 underline">
            {t('seeLedger')}
          </Link>
        </Panel>
      </div>
      <Panel title={t('byStateTitle')}>
        <ul className="mt-2 flex flex-wrap gap-2">
          {ORDER_STATUSES.map((status) => (
            <li key={status}>
              <Link href={`/admin/vouchers?status=${status}`} className="inline-block rounded-full">
                <Badge tone={STATUS_TONE[status]}>
                  {tStatus(status)} · {data.byStatus[status] ?? 0}
                </Badge>
              </Link>
            </li>
          ))}
        </ul>
      </Panel>
    </div>
  );
}
