import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';

import { CampaignView } from '~/components/admin/campaigns/campaign-view';
import { requireAdmin } from '~/server/auth/require-admin';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.campaigns');
  return { title: t('title') };
}

export default async function CampaignPage({ params }: { params: Promise<{ campaignId: string }> }) {
  await requireAdmin();
  const { campaignId } = await params;
  if (!z.uuid().safeParse(campaignId).success) notFound();
  return <CampaignView campaignId={campaignId} />;
}
