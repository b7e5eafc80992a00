import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

import { CampaignEditor } from '~/components/admin/campaigns/campaign-editor';
import { requireAdmin } from '~/server/auth/require-admin';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.campaigns.form');
  return { title: t('newTitle') };
}

export default async function NewCampaignPage() {
  await requireAdmin();
  return <CampaignEditor />;
}
