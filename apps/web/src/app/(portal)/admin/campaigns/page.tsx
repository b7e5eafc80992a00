import { Plus } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { CampaignList } from '~/components/admin/campaigns/campaign-list';
import { ChildrenImport } from '~/components/admin/campaigns/children-import';
import { Button } from '~/components/ui/button';
import { requireAdmin } from '~/server/auth/require-admin';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.campaigns');
  return { title: t('title') };
}

export default async function AdminCampaignsPage() {
  await requireAdmin();
  const t = await getTranslations('admin.campaigns');
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
          <p className="mt-1 max-w-2xl text-slate-600">{t('lead')}</p>
        </div>
        <Button asChild>
          <Link href="/admin/campaigns/new">
            <Plus aria-hidden="true" className="h-4 w-4" />
            {t('new')}
          </Link>
        </Button>
      </div>
      <div className="mt-6 grid grid-cols-[minmax(0,1fr)] gap-6">
        <CampaignList />
        <ChildrenImport />
      </div>
    </>
  );
}
