import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

import { AdminOverview } from '~/components/admin/overview/admin-overview';
import { requireAdmin } from '~/server/auth/require-admin';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.overview');
  return { title: t('title') };
}

export default async function AdminOverviewPage() {
  await requireAdmin();
  const t = await getTranslations('admin.overview');
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
      <p className="mt-1 text-slate-600">{t('lead')}</p>
      <AdminOverview />
    </>
  );
}
