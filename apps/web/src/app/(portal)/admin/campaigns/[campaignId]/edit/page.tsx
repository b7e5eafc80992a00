import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';

import { CampaignEditor } from '~/components/admin/campaigns/campaign-editor';
import { requireAdmin } from '~/server/auth/require-admin';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.campaigns');
  return { title: t('edit') };
}

export default async function EditCampaignPage({ params }: { params: Promise<{ campaignId: string }> }) {
  await requireAdmin();
  const { campaignId } = await params;
  if (!z.uuid().safeParse(campaignId).success) notFound();
  return <CampaignEditor campaignId={campaignId} />;
}
