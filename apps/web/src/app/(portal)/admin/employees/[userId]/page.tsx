import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

import { EmployeeDetails } from '~/components/admin/employees/employee-details';
import { requireAdmin } from '~/server/auth/require-admin';
import { HydrateClient, prefetch, trpc } from '~/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.employee');
  return { title: t('title') };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function AdminEmployeePage({ params }: { params: Promise<{ userId: string }> }) {
  await requireAdmin();
  const { userId } = await params;
  if (!UUID.test(userId)) notFound();
  const detailsQuery = trpc.admin.employeeDetails.queryOptions({ userId });
  await prefetch(detailsQuery);
  return (
    <HydrateClient queries={[detailsQuery]}>
      <EmployeeDetails userId={userId} />
    </HydrateClient>
  );
}
