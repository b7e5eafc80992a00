import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';

import { EmployeeTable } from '~/components/admin/employees/employee-table';
import { InviteDialog } from '~/components/admin/employees/invite-dialog';
import { Skeleton } from '~/components/ui/skeleton';
import { requireAdmin } from '~/server/auth/require-admin';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.employees');
  return { title: t('title') };
}

export default async function AdminEmployeesPage() {
  await requireAdmin();
  const t = await getTranslations('admin.employees');
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
          <p className="mt-1 text-slate-600">{t('lead')}</p>
        </div>
        <InviteDialog />
      </div>
      {/* The filters live in the URL (useSearchParams): rendered in the browser. */}
      <Suspense fallback={<Skeleton className="mt-6 h-96" />}>
        <EmployeeTable />
      </Suspense>
    </>
  );
}
