import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';

import { StoreGridSkeleton } from '~/components/catalogue/store-grid-skeleton';
import { ForMyBalance } from '~/components/catalogue/for-my-balance';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('catalogue.forMyBalance');
  return { title: `${t('title')} · Jackpot Rewards` };
}

export default async function ForMyBalancePage() {
  const t = await getTranslations('catalogue.forMyBalance');
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
      <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
      <p className="mt-2 text-slate-600">{t('lead')}</p>
      <Suspense
        fallback={
          <div className="mt-6">
            <StoreGridSkeleton />
          </div>
        }
      >
        <ForMyBalance />
      </Suspense>
    </div>
  );
}
