'use client';

import { useQuery } from '@tanstack/react-query';
import { Pencil } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';

import { Alert } from '~/components/ui/alert';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import { Skeleton } from '~/components/ui/skeleton';
import { useCategoryName } from '~/lib/use-category-name';
import { useTRPC } from '~/trpc/react';

import { CampaignFigures } from './campaign-figures';
import { STATUS_TONES } from './campaign-list';
import { CampaignSummary } from './campaign-summary';
import { CompliancePreview } from './compliance-preview';
import { DeleteCampaign } from './delete-campaign';

/** A campaign's page: its facts; a draft's compliance preview and launch, a launched one's figures. */
export function CampaignView({ campaignId }: { campaignId: string }) {
  const t = useTranslations('admin.campaigns');
  const categoryName = useCategoryName();
  const trpc = useTRPC();
  const campaign = useQuery(trpc.admin.campaignDetails.queryOptions({ campaignId }));
  if (campaign.isError) return <Alert>{t('notFound')}</Alert>;
  if (!campaign.data) return <Skeleton className="h-96" />;
  const data = campaign.data;
  const draft = data.status === 'DRAFT';
  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm font-semibold text-slate-600">
            <Link href="/admin/campaigns" className="hover:underline">
              {t('title')}
            </Link>
          </p>
          <h1 className="flex flex-wrap items-center gap-3 text-3xl font-extrabold tracking-tight">
            {data.name}
            <Badge tone={STATUS_TONES[data.status]}>{t(`status.${data.status}`)}</Badge>
          </h1>
        </div>
        {draft && (
          <div className="flex gap-2">
            <Button variant="secondary" asChild>
              <Link href={`/admin/campaigns/${data.id}/edit`}>
                <Pencil aria-hidden="true" className="h-4 w-4" />
                {t('edit')}
              </Link>
            </Button>
            <DeleteCampaign campaignId={data.id} name={data.name} />
          </div>
        )}
      </div>
      <CampaignSummary campaign={data} />
      {data.warnings.map((warning) => (
        <Alert key={warning.code} tone="warning">
          {t('form.categories.outside', { categories: warning.categories.map(categoryName).join(', ') })}
        </Alert>
      ))}
      {draft ? <CompliancePreview campaignId={data.id} /> : <CampaignFigures campaign={data} />}
    </div>
  );
}
