import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';

import { PayrollReport } from '~/components/admin/campaigns/payroll-report';
import { Skeleton } from '~/components/ui/skeleton';
import { requireAdmin } from '~/server/auth/require-admin';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.payroll');
  return { title: t('title') };
}

export default async function AdminPayrollPage() {
  await requireAdmin();
  const t = await getTranslations('admin.payroll');
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
      <p className="mt-1 max-w-3xl text-slate-600">{t('lead')}</p>
      <div className="mt-6">
        {/* The report reads its year or campaign from the URL's search params. */}
        <Suspense fallback={<Skeleton className="h-64" />}>
          <PayrollReport />
        </Suspense>
      </div>
    </>
  );
}
