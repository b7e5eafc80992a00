import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

import { BatchGrant } from '~/components/admin/budgets/batch-grant';
import { BudgetImport } from '~/components/admin/budgets/budget-import';
import { requireAdmin } from '~/server/auth/require-admin';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.budgets');
  return { title: t('title') };
}

export default async function AdminBudgetsPage() {
  await requireAdmin();
  const t = await getTranslations('admin.budgets');
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
      <p className="mt-1 text-slate-600">{t('lead')}</p>
      <div className="mt-6 grid grid-cols-[minmax(0,1fr)] gap-6">
        <BudgetImport />
        <BatchGrant />
      </div>
    </>
  );
}
