import { AlertCircle, FlaskConical, KeyRound, Mail, Send } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

import { SubmitButton } from '~/components/auth/submit-button';
import { env } from '~/env';
import { currentUser } from '~/server/auth';
import { requestSignInLink, signInWithOidc } from '~/server/auth/actions';
import { oidcSettings, safeCallbackPath } from '~/server/auth/policy';
import { hasDemoAccess } from '~/server/demo-access';
import { fetchQuery, trpc } from '~/trpc/server';

const knownErrors = ['Verification', 'AccessDenied', 'OAuthAccountNotLinked', 'Configuration'] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.signIn');
  return { title: `${t('title')} — Jackpot Rewards` };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);

  const t = await getTranslations('auth');
  const error = typeof params.error === 'string' ? params.error : null;
  const errorKey = error ? (knownErrors.find((known) => known === error) ?? 'default') : null;
  const sso = oidcSettings(env);
  // The demo accounts are listed only to whoever opened the link `npm start` printed.
  const demoAccounts = (await hasDemoAccess()) ? await fetchQuery(trpc.demo.accounts.queryOptions()) : null;
  const demoPanel = demoAccounts !== null;

  return (
    <div className="bg-gradient-to-b from-brand-50 to-transparent">
      <div
        className={`mx-auto grid grid-cols-1 gap-6 px-4 py-10 sm:px-6 sm:py-16 ${demoPanel ? 'max-w-6xl lg:grid-cols-2 lg:items-start' : 'max-w-lg'}`}
      >
        <section
          aria-labelledby="signin-title"
          className="rounded-3xl border border-brand-100 bg-white p-6 shadow-xl shadow-brand-900/5 sm:p-8"
        >
          <span className="flex h-12 w-12 items-center justify-center rounded-2xl bg-brand-50 text-brand-600">
            <KeyRound aria-hidden="true" className="h-6 w-6" />
          </span>
          <h1 id="signin-title" className="mt-5 text-3xl font-extrabold tracking-tight text-ink">
            {t('signIn.title')}
          </h1>
          <p className="mt-2 text-slate-600">{t('signIn.lead')}</p>

          {errorKey && (
            <div
              role="alert"
              className="mt-6 flex gap-3 rounded-2xl border border-rose-200 bg-rose-50 p-4 text-sm text-rose-900"
            >
              <AlertCircle aria-hidden="true" className="mt-0.5 h-5 w-5 shrink-0" />
              <div>
                <p className="font-semibold">{t('errors.title')}</p>
                <p className="mt-1">{t(`errors.${errorKey}`)}</p>
              </div>
            </div>
          )}

          <form action={requestSignInLink} className="mt-6 space-y-4">
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <div>
              <label htmlFor="email" className="block text-sm font-semibold text-ink">
                {t('signIn.email')}
              </label>
              <div className="relative mt-1.5">
                <Mail
                  aria-hidden="true"
                  className="pointer-events-none absolute left-3 top-1/2 h-5 w-5 -translate-y-1/2 text-slate-400"
                />
                <input
                  id="email"
                  name="email"
                  type="email"
                  required
                  autoComplete="email"
                  inputMode="email"
                  placeholder={t('signIn.emailPlaceholder')}
                  className="block w-full rounded-xl border border-slate-300 bg-white py-3 pl-10 pr-3 text-base text-ink shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-4 focus:ring-brand-200"
                />
              </div>
            </div>
            <SubmitButton className="w-full rounded-xl bg-brand-600 px-5 py-3 font-semibold text-white shadow-md shadow-brand-600/20 transition hover:bg-brand-700">
              {t('signIn.submit')}
            </SubmitButton>
          </form>

          {sso && (
            <>
              <div
                className="my-6 flex items-center gap-3 text-xs font-semibold uppercase tracking-wider text-slate-400"
                aria-hidden="true"
              >
                <span className="h-px flex-1 bg-slate-200" />
                {t('signIn.or')}
                <span className="h-px flex-1 bg-slate-200" />
              </div>
              <form action={signInWithOidc}>
                <input type="hidden" name="callbackUrl" value={callbackUrl} />
                <SubmitButton className="w-full rounded-xl border border-brand-200 bg-white px-5 py-3 font-semibold text-brand-700 shadow-sm transition hover:bg-brand-50">
                  {t('signIn.sso', { name: sso.name })}
                </SubmitButton>
              </form>
            </>
          )}

          {env.DEMO_MODE && !demoPanel && (
            <div className="mt-6 flex gap-3 rounded-2xl border border-dashed border-accent-500 bg-amber-50/60 p-4 text-sm text-slate-700">
              <FlaskConical aria-hidden="true" className="mt-0.5 h-5 w-5 shrink-0 text-brand-600" />
              <p>
                <span className="font-semibold text-ink">{t('demo.lockedTitle')}</span> —{' '}
                {t.rich('demo.locked', {
                  code: (chunks) => <code className="rounded bg-white px-1 font-mono text-xs">{chunks}</code>,
                })}
              </p>
            </div>
          )}

          <p className="mt-6 text-sm text-slate-500">{t('signIn.provisioned')}</p>
          <p className="mt-2 text-sm">
            <Link href="/" className="rounded font-medium text-brand-700 underline-offset-4 hover:underline">
              {t('signIn.backHome')}
            </Link>
          </p>
        </section>

        {demoAccounts && (
          <section
            aria-labelledby="demo-title"
            className="rounded-3xl border border-dashed border-accent-500 bg-amber-50/60 p-6 sm:p-8"
          >
            <h2 id="demo-title" className="text-xl font-bold tracking-tight text-ink">
              {t('demo.title')}
            </h2>
            <p className="mt-2 text-sm text-slate-700">{t('demo.lead')}</p>
            <ul className="mt-5 space-y-3">
              {demoAccounts.map((account) => (
                <li key={account.email}>
                  <form action={requestSignInLink}>
                    <input type="hidden" name="email" value={account.email} />
                    <input type="hidden" name="callbackUrl" value={callbackUrl} />
                    <SubmitButton
                      aria-label={t('demo.send', { name: account.name ?? account.email })}
                      className="flex w-full items-center gap-3 rounded-2xl border border-amber-200 bg-white p-3 text-left shadow-sm transition hover:border-brand-200 hover:shadow-md"
                    >
                      <span
                        aria-hidden="true"
                        className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm font-bold text-brand-700"
                      >
                        {(account.name ?? account.email)
                          .split(' ')
                          .map((word) => word[0])
                          .join('')}
                      </span>
                      <span className="min-w-0 flex-1">
                        <span className="flex flex-wrap items-center gap-2 font-semibold text-ink">
                          {account.name}
                          <span
                            className={`rounded-full px-2 py-0.5 text-xs font-semibold ${account.role === 'ADMIN' ? 'bg-brand-600 text-white' : 'bg-emerald-100 text-emerald-800'}`}
                          >
                            {t(`demo.${account.role}`)}
                          </span>
                        </span>
                        <span className="block truncate text-sm text-slate-600">{account.email}</span>
                      </span>
                      <Send aria-hidden="true" className="h-5 w-5 shrink-0 text-brand-600" />
                    </SubmitButton>
                  </form>
                </li>
              ))}
            </ul>
            <p className="mt-5 text-sm">
              <Link
                href="/demo/outbox"
                className="rounded font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900"
              >
                {t('demo.outbox')}
              </Link>
            </p>
          </section>
        )}
      </div>
    </div>
  );
}
