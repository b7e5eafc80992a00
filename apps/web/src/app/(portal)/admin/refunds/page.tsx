import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

import { REFUND_PAGE_SIZE } from '~/components/admin/refunds/refund-lists';
import { RefundRequests } from '~/components/admin/refunds/refund-requests';
import { ThresholdSetting } from '~/components/admin/threshold-setting';
import { requireAdmin } from '~/server/auth/require-admin';
import { HydrateClient, prefetch, trpc } from '~/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.refunds');
  return { title: t('title') };
}

export default async function AdminRefundsPage() {
  await requireAdmin();
  const t = await getTranslations('admin.refunds');
  const listQueries = (['pending', 'decided'] as const).map((state) =>
    trpc.admin.listRefundRequests.queryOptions({ state, cursor: null, limit: REFUND_PAGE_SIZE }),
  );
  const thresholdQuery = trpc.admin.refundThreshold.queryOptions();
  await Promise.all([...listQueries.map((query) => prefetch(query)), prefetch(thresholdQuery)]);
  return (
    <HydrateClient queries={[...listQueries, thresholdQuery]}>
      <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
      <p className="mt-1 text-slate-600">{t('lead')}</p>
      <div className="mt-6 grid grid-cols-[minmax(0,1fr)] gap-6">
        <RefundRequests />
        <ThresholdSetting setting="refund" />
      </div>
    </HydrateClient>
  );
}
