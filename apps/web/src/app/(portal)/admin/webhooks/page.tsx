import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';

import { WebhookEvents } from '~/components/admin/webhooks/webhook-events';
import { Skeleton } from '~/components/ui/skeleton';
import { requireAdmin } from '~/server/auth/require-admin';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.webhooks');
  return { title: t('title') };
}

export default async function AdminWebhooksPage() {
  await requireAdmin();
  const t = await getTranslations('admin.webhooks');
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
      <p className="mt-1 text-slate-600">{t('lead')}</p>
      {/* The filters live in the URL (useSearchParams): rendered in the browser. */}
      <Suspense fallback={<Skeleton className="mt-6 h-96" />}>
        <WebhookEvents />
      </Suspense>
    </>
  );
}
