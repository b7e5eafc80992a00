'use client';

import { AlertTriangle, RotateCcw } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';

import { Logo } from '~/components/logo';
import { DATABASE_UNAVAILABLE_DIGEST } from '~/lib/service-unavailable';
import { Button } from '~/components/ui/button';

/**
 * The page shown when rendering fails. It never shows the error's text: in production Next.js
 * passes only a digest, which it logs on the server with the error, and which support can ask for.
 * A database that cannot be reached has a digest of its own: "try again in a moment", no reference.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errorPage');
  const unavailable = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-10 sm:px-6 sm:py-16">
      <Link href="/" className="mx-auto mb-8 flex w-fit rounded-md">
        <Logo />
      </Link>
      <section
        aria-labelledby="error-title"
        className="rounded-3xl border border-rose-100 bg-white p-6 text-center shadow-xl shadow-brand-900/5 sm:p-10"
      >
        <span className="mx-auto flex h-16 w-16 items-center justify-center rounded-full bg-rose-50 text-rose-600">
          <AlertTriangle aria-hidden="true" className="h-8 w-8" />
        </span>
        <h1 id="error-title" className="mt-6 text-3xl font-extrabold tracking-tight text-ink">
          {unavailable ? t('unavailableTitle') : t('title')}
        </h1>
        <p className="mt-3 text-slate-700">{unavailable ? t('unavailableLead') : t('lead')}</p>
        {error.digest && !unavailable && (
          <p className="mt-4 text-sm text-slate-500">
            {t.rich('reference', {
              reference: error.digest,
              code: (chunks) => <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono">{chunks}</code>,
            })}
          </p>
        )}
        <div className="mt-8 flex flex-col items-center gap-2">
          <Button size="lg" onClick={reset}>
            <RotateCcw aria-hidden="true" className="h-5 w-5" />
            {t('retry')}
          </Button>
          <Link
            href="/"
            className="rounded-xl px-5 py-3 font-semibold text-brand-700 underline-offset-4 hover:underline"
          >
            {t('home')}
          </Link>
        </div>
      </section>
    </main>
  );
}
