import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

import { FailedJobs } from '~/components/admin/jobs/failed-jobs';
import { JobQueues } from '~/components/admin/job-queues';
import { requireAdmin } from '~/server/auth/require-admin';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.jobs');
  return { title: t('title') };
}

export default async function AdminJobsPage() {
  await requireAdmin();
  const t = await getTranslations('admin.jobs');
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
      <p className="mt-1 text-slate-600">{t('lead')}</p>
      <div className="mt-6">
        <JobQueues />
        <FailedJobs />
      </div>
    </>
  );
}
