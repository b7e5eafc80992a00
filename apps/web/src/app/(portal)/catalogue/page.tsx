import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';

import { CatalogueBrowser } from '~/components/catalogue/catalogue-browser';
import { StoreGridSkeleton } from '~/components/catalogue/store-grid-skeleton';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('catalogue');
  return { title: `${t('title')} · Jackpot Rewards` };
}

export default async function CataloguePage() {
  const t = await getTranslations('catalogue');
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
      <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
      <p className="mt-2 text-slate-600">{t('lead')}</p>
      {/* The browser reads the URL's search params, which a static shell renders without. */}
      <Suspense
        fallback={
          <div className="mt-6">
            <StoreGridSkeleton />
          </div>
        }
      >
        <CatalogueBrowser />
      </Suspense>
    </div>
  );
}
