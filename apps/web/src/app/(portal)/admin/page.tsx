import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

import { AdminDashboard } from '~/components/admin/admin-dashboard';
import { currentUser } from '~/server/auth';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin');
  return { title: t('title') };
}

// For admins only: anybody else gets "not found", and every procedure checks the role again.
export default async function AdminPage() {
  const user = await currentUser();
  if (user?.role !== 'ADMIN') notFound();
  const t = await getTranslations('admin');
  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
      <p className="mt-1 text-slate-600">{t('lead')}</p>
      <AdminDashboard />
    </div>
  );
}
