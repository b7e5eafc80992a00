import { FlaskConical, KeyRound } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

import { DemoAccountsPanel } from '~/components/auth/demo-accounts-panel';
import { EmailSignInForm } from '~/components/auth/email-sign-in-form';
import { Alert } from '~/components/ui/alert';
import { env } from '~/env';
import { currentUser } from '~/server/auth';
import { oidcSettings, safeCallbackPath } from '~/server/auth/policy';
import { hasDemoAccess } from '~/server/demo-access';
import { fetchQuery, trpc } from '~/trpc/server';

// EmailUnavailable is the portal's own (server/auth/actions.ts); the others are Auth.js's.
const knownErrors = [
  'Verification',
  'AccessDenied',
  'OAuthAccountNotLinked',
  'Configuration',
  'EmailUnavailable',
] as const;

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
  // The demo accounts are listed only to whoever opened the link `npm start` printed.
  const demoAccounts = (await hasDemoAccess()) ? await fetchQuery(trpc.demo.accounts.queryOptions()) : null;

  return (
    <div className="bg-gradient-to-b from-brand-50 to-transparent">
      <div
        className={`mx-auto grid grid-cols-1 gap-6 px-4 py-10 sm:px-6 sm:py-16 ${demoAccounts ? 'max-w-6xl lg:grid-cols-2 lg:items-start' : 'max-w-lg'}`}
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
            <Alert title={t('errors.title')} className="mt-6">
              {t(`errors.${errorKey}`)}
            </Alert>
          )}

          <EmailSignInForm callbackUrl={callbackUrl} ssoName={oidcSettings(env)?.name ?? null} />

          {env.DEMO_MODE && !demoAccounts && (
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

        {demoAccounts && <DemoAccountsPanel accounts={demoAccounts} callbackUrl={callbackUrl} />}
      </div>
    </div>
  );
}
