'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { Download } from 'lucide-react';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';

import { Button } from '~/components/ui/button';
import { Panel } from '~/components/ui/panel';
import { formatEuros } from '~/lib/money';

type Campaign = RouterOutputs['admin']['campaignDetails'];

/** A launched campaign: employees with a wallet, granted, spent, left, expired; its payroll report. */
export function CampaignFigures({ campaign }: { campaign: Campaign }) {
  const t = useTranslations('admin.campaigns.figures');
  const locale = useLocale();
  const { figures } = campaign;
  const cards = [
    { key: 'employees', value: String(figures.employees) },
    { key: 'granted', value: formatEuros(figures.grantedCents, locale) },
    { key: 'spent', value: formatEuros(figures.spentCents, locale) },
    { key: 'left', value: formatEuros(figures.leftCents, locale) },
    { key: 'expired', value: formatEuros(figures.expiredCents, locale) },
  ] as const;
  return (
    <Panel title={t('title')}>
      <dl className="mt-4 grid gap-3 sm:grid-cols-3 lg:grid-cols-5" data-testid="campaign-figures">
        {cards.map((card) => (
          <div key={card.key} className="rounded-xl bg-brand-50/70 p-3">
            <dt className="text-sm text-slate-600">{t(card.key)}</dt>
            <dd className="text-xl font-bold tabular-nums text-ink">{card.value}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-4 flex flex-wrap gap-2">
        <Button variant="secondary" asChild>
          <Link href={`/admin/payroll?campaign=${campaign.id}`}>{t('payroll')}</Link>
        </Button>
        <Button variant="quiet" asChild>
          <a href={`/api/admin/exports/payroll?campaign=${campaign.id}`} download>
            <Download aria-hidden="true" className="h-4 w-4" />
            {t('csv')}
          </a>
        </Button>
      </div>
    </Panel>
  );
}
