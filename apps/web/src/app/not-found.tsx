import { SearchX } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { Logo } from '~/components/logo';
import { Button } from '~/components/ui/button';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notFound');
  return { title: `${t('title')} — Jackpot Rewards`, robots: { index: false } };
}

// The portal's 404, in the user's language (Next.js's default one also styles itself with an
// inline <style> the Content-Security-Policy refuses).
export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-10 sm:px-6 sm:py-16">
      <Link href="/" className="mx-auto mb-8 flex w-fit rounded-md">
        <Logo />
      </Link>
      <section
        aria-labelledby="not-found-title"
        className="rounded-3xl border border-brand-100 bg-white p-6 text-center shadow-xl shadow-brand-900/5 sm:p-10"
      >
        <span className="mx-auto flex h-16 w-16 items-center justify-center rounded-full bg-brand-50 text-brand-600">
          <SearchX aria-hidden="true" className="h-8 w-8" />
        </span>
        <h1 id="not-found-title" className="mt-6 text-3xl font-extrabold tracking-tight text-ink">
          {t('title')}
        </h1>
        <p className="mt-3 text-slate-700">{t('lead')}</p>
        <Button asChild size="lg" className="mt-8">
          <Link href="/">{t('home')}</Link>
        </Button>
      </section>
    </main>
  );
}
