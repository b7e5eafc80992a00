import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';

import { AuditLog } from '~/components/admin/audit/audit-log';
import { Skeleton } from '~/components/ui/skeleton';
import { requireAdmin } from '~/server/auth/require-admin';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.audit');
  return { title: t('title') };
}

export default async function AdminAuditPage() {
  await requireAdmin();
  const t = await getTranslations('admin.audit');
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
      <p className="mt-1 text-slate-600">{t('lead')}</p>
      {/* The filters live in the URL (useSearchParams): rendered in the browser. */}
      <Suspense fallback={<Skeleton className="mt-6 h-96" />}>
        <AuditLog />
      </Suspense>
    </>
  );
}
