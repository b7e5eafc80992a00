import { Mail } from 'lucide-react';
import { getTranslations } from 'next-intl/server';

import { SubmitButton } from '~/components/ui/submit-button';
import { requestSignInLink, signInWithOidc } from '~/server/auth/actions';

/** The email-link form and, when single sign-on is configured, its button. */
export async function EmailSignInForm({ callbackUrl, ssoName }: { callbackUrl: string; ssoName: string | null }) {
  const t = await getTranslations('auth.signIn');
  return (
    <>
      <form action={requestSignInLink} className="mt-6 space-y-4">
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <div>
          <label htmlFor="email" className="block text-sm font-semibold text-ink">
            {t('email')}
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
              placeholder={t('emailPlaceholder')}
              className="block w-full rounded-xl border border-slate-300 bg-white py-3 pl-10 pr-3 text-base text-ink shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-4 focus:ring-brand-200"
            />
          </div>
        </div>
        <SubmitButton size="lg" className="w-full">
          {t('submit')}
        </SubmitButton>
      </form>

      {ssoName && (
        <>
          <div
            className="my-6 flex items-center gap-3 text-xs font-semibold uppercase tracking-wider text-slate-500"
            aria-hidden="true"
          >
            <span className="h-px flex-1 bg-slate-200" />
            {t('or')}
            <span className="h-px flex-1 bg-slate-200" />
          </div>
          <form action={signInWithOidc}>
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <SubmitButton variant="secondary" size="lg" className="w-full">
              {t('sso', { name: ssoName })}
            </SubmitButton>
          </form>
        </>
      )}
    </>
  );
}
