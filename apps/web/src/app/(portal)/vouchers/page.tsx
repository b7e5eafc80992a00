import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';

import { VoucherList } from '~/components/vouchers/voucher-list';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('vouchers');
  return { title: t('title') };
}

export default async function VouchersPage() {
  const t = await getTranslations('vouchers');
  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
      <p className="mt-1 text-slate-600">{t('lead')}</p>
      <div className="mt-6">
        <Suspense>
          <VoucherList />
        </Suspense>
      </div>
    </div>
  );
}
