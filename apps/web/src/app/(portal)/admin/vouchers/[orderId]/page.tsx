import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

import { VoucherDetails } from '~/components/admin/vouchers/voucher-details';
import { requireAdmin } from '~/server/auth/require-admin';
import { HydrateClient, prefetch, trpc } from '~/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.voucher');
  return { title: t('title') };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function AdminVoucherPage({ params }: { params: Promise<{ orderId: string }> }) {
  await requireAdmin();
  const { orderId } = await params;
  if (!UUID.test(orderId)) notFound();
  const detailsQuery = trpc.admin.orderDetails.queryOptions({ orderId });
  await prefetch(detailsQuery);
  return (
    <HydrateClient queries={[detailsQuery]}>
      <VoucherDetails orderId={orderId} />
    </HydrateClient>
  );
}
