import { Inbox, MailCheck } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { Button } from '~/components/ui/button';
import { hasDemoAccess } from '~/server/demo-access';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.checkEmail');
  return { title: `${t('title')} — Jackpot Rewards` };
}

export default async function CheckEmailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations('auth.checkEmail');
  const to = (await searchParams).to;
  const outboxHref = typeof to === 'string' && to ? `/demo/outbox?${new URLSearchParams({ to })}` : '/demo/outbox';
  return (
    <div className="bg-gradient-to-b from-brand-50 to-transparent">
      <div className="mx-auto max-w-lg px-4 py-10 sm:px-6 sm:py-16">
        <section
          aria-labelledby="check-email-title"
          className="rounded-3xl border border-brand-100 bg-white p-6 text-center shadow-xl shadow-brand-900/5 sm:p-10"
        >
          <span className="mx-auto flex h-16 w-16 items-center justify-center rounded-full bg-emerald-50 text-emerald-600">
            <MailCheck aria-hidden="true" className="h-8 w-8" />
          </span>
          <h1 id="check-email-title" className="mt-6 text-3xl font-extrabold tracking-tight text-ink">
            {t('title')}
          </h1>
          <p role="status" className="mt-3 text-lg text-slate-700">
            {t('lead')}
          </p>
          <p className="mt-3 text-sm text-slate-500">{t('tip')}</p>
          <div className="mt-8 flex flex-col items-center gap-2">
            {(await hasDemoAccess()) && (
              <Button asChild size="lg">
                <Link href={outboxHref}>
                  <Inbox aria-hidden="true" className="h-5 w-5 shrink-0" />
                  {t('outbox')}
                </Link>
              </Button>
            )}
            <Link
              href="/signin"
              className="rounded-xl px-5 py-3 font-semibold text-brand-700 underline-offset-4 hover:underline"
            >
              {t('again')}
            </Link>
          </div>
        </section>
      </div>
    </div>
  );
}
