'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { useFormatter, useLocale, useTranslations } from 'next-intl';

import { Card } from '~/components/ui/panel';
import { formatEuros } from '~/lib/money';
import { useCategoryName } from '~/lib/use-category-name';
import { walletLastDay } from '~/lib/wallet-last-day';

type Campaign = RouterOutputs['admin']['campaignDetails'];

/** What a campaign is: its event and year, amounts, who is eligible, when and where it can be spent. */
export function CampaignSummary({ campaign }: { campaign: Campaign }) {
  const t = useTranslations('admin.campaigns');
  const format = useFormatter();
  const locale = useLocale();
  const categoryName = useCategoryName();
  const day = (date: Date) => format.dateTime(date, { dateStyle: 'long' });
  const eligibility = campaign.eligibility;
  const rows = [
    { term: t('summary.event'), value: `${t(`events.${campaign.event}` as 'events.OTHER')} · ${campaign.year}` },
    {
      term: t('summary.amounts'),
      value: t('summary.amountsValue', {
        employee: formatEuros(campaign.employeeAmountCents, locale),
        child: formatEuros(campaign.perChildAmountCents, locale),
      }),
    },
    {
      term: t('summary.eligibility'),
      value:
        eligibility.kind === 'LIST'
          ? t('summary.list', { count: eligibility.userIds.length })
          : eligibility.kind === 'FILTER'
            ? t('summary.filter', { q: eligibility.filters.q || '—' })
            : t('summary.all'),
    },
    {
      term: t('summary.dates'),
      value: t('summary.datesValue', { from: day(campaign.opensAt), to: day(walletLastDay(campaign.closesAt)) }),
    },
    { term: t('summary.categories'), value: format.list(campaign.allowedCategories.map(categoryName)) },
  ];
  return (
    <Card asChild className="grid divide-y divide-brand-100">
      <dl>
        {rows.map((row) => (
          <div key={row.term} className="grid gap-1 px-5 py-3 sm:grid-cols-3 sm:gap-4">
            <dt className="text-sm font-medium text-slate-600">{row.term}</dt>
            <dd className="font-semibold text-ink sm:col-span-2">{row.value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
