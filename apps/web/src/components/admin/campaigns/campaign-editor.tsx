'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';

import { Alert } from '~/components/ui/alert';
import { Skeleton } from '~/components/ui/skeleton';
import { useTRPC } from '~/trpc/react';

import { CampaignForm } from './campaign-form';

/** The campaign form once the URSSAF rule table (and, to edit, the draft) are loaded. */
export function CampaignEditor({ campaignId }: { campaignId?: string }) {
  const t = useTranslations('admin.campaigns');
  const trpc = useTRPC();
  const rules = useQuery(trpc.admin.campaignRules.queryOptions());
  const campaign = useQuery({
    ...trpc.admin.campaignDetails.queryOptions({ campaignId: campaignId ?? '' }),
    enabled: !!campaignId,
  });
  if (rules.isError || campaign.isError) return <Alert>{t('loadError')}</Alert>;
  if (!rules.data || (campaignId && !campaign.data)) return <Skeleton className="h-[40rem]" />;
  if (campaign.data && campaign.data.status !== 'DRAFT') return <Alert>{t('notDraft')}</Alert>;
  return <CampaignForm rules={rules.data} campaign={campaign.data} />;
}
