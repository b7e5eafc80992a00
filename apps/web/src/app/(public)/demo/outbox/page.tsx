import { ExternalLink, Inbox, RefreshCw } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';

import { RefreshEvery } from '~/components/auth/refresh-every';
import { Button } from '~/components/ui/button';
import { Card } from '~/components/ui/panel';
import { hasDemoAccess } from '~/server/demo-access';
import { fetchQuery, trpc } from '~/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  if (!(await hasDemoAccess())) return {};
  const t = await getTranslations('auth.outbox');
  return { title: `${t('title')} — Jackpot Rewards`, robots: { index: false } };
}

// The outbox holds working sign-in links, the admin's included: it exists only in demo mode,
// for whoever opened the demo access link of the `npm start` banner (src/server/demo-access.ts).
export default async function DemoOutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (!(await hasDemoAccess())) notFound();
  const to = (await searchParams).to;
  const filter = typeof to === 'string' && to ? to : undefined;
  const emails = await fetchQuery(trpc.demo.outbox.queryOptions({ to: filter }));
  const t = await getTranslations('auth.outbox');
  const format = await getFormatter();
  const self = filter ? `/demo/outbox?${new URLSearchParams({ to: filter })}` : '/demo/outbox';

  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="flex items-center gap-3 text-3xl font-extrabold tracking-tight text-ink">
            <Inbox aria-hidden="true" className="h-8 w-8 text-brand-600" />
            {t('title')}
          </h1>
          <p className="mt-2 max-w-2xl text-slate-600">{t('lead')}</p>
          <p className="mt-1 text-sm text-slate-500">{t('live')}</p>
          <RefreshEvery seconds={2} />
        </div>
        <Button asChild variant="secondary">
          <Link href={self}>
            <RefreshCw aria-hidden="true" className="h-4 w-4" />
            {t('refresh')}
          </Link>
        </Button>
      </div>

      {filter && (
        <p className="mt-6 flex flex-wrap items-center gap-3 text-sm text-slate-700">
          <span className="rounded-full bg-brand-50 px-3 py-1 font-medium text-brand-900">
            {t('filtered', { email: filter })}
          </span>
          <Link href="/demo/outbox" className="rounded font-semibold text-brand-700 underline underline-offset-4">
            {t('showAll')}
          </Link>
        </p>
      )}

      {emails.length === 0 ? (
        <div className="mt-8 rounded-3xl border border-dashed border-brand-200 bg-white p-10 text-center text-slate-600">
          <p>{t('empty')}</p>
          <Link
            href="/signin"
            className="mt-4 inline-block rounded font-semibold text-brand-700 underline underline-offset-4"
          >
            {t('signIn')}
          </Link>
        </div>
      ) : (
        <ol className="mt-8 space-y-4" aria-label={t('title')}>
          {emails.map((email) => (
            <li key={email.id}>
              <Card asChild className="p-5">
                <article aria-label={`${email.subject} — ${email.to}`}>
                  <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                    <h2 className="font-semibold text-ink">{email.subject}</h2>
                    <time dateTime={email.createdAt.toISOString()} className="text-sm text-slate-500">
                      {format.dateTime(email.createdAt, { dateStyle: 'medium', timeStyle: 'medium' })}
                    </time>
                  </header>
                  <p className="mt-1 break-all text-sm text-slate-600">
                    <span className="font-medium text-slate-700">{t('to')}</span> {email.to}
                  </p>
                  <pre
                    tabIndex={0}
                    className="mt-4 max-h-48 overflow-auto whitespace-pre-wrap break-words rounded-xl bg-slate-50 p-4 font-sans text-sm text-slate-700"
                  >
                    {email.text}
                  </pre>
                  {email.link && (
                    <Button asChild className="mt-4">
                      <a href={email.link}>
                        {t('open')}
                        <ExternalLink aria-hidden="true" className="h-4 w-4" />
                      </a>
                    </Button>
                  )}
                </article>
              </Card>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
