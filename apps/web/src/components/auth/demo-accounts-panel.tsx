import type { RouterOutputs } from '@jackpot-portal/api';
import { Send } from 'lucide-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { Badge } from '~/components/ui/badge';
import { SubmitButton } from '~/components/ui/submit-button';
import { requestSignInLink } from '~/server/auth/actions';

type DemoAccount = RouterOutputs['demo']['accounts'][number];

/** Demo mode: one button per demo account that sends its sign-in link, and the way to the outbox. */
export async function DemoAccountsPanel({ accounts, callbackUrl }: { accounts: DemoAccount[]; callbackUrl: string }) {
  const t = await getTranslations('auth.demo');
  return (
    <section
      aria-labelledby="demo-title"
      className="rounded-3xl border border-dashed border-accent-500 bg-amber-50/60 p-6 sm:p-8"
    >
      <h2 id="demo-title" className="text-xl font-bold tracking-tight text-ink">
        {t('title')}
      </h2>
      <p className="mt-2 text-sm text-slate-700">{t('lead')}</p>
      <ul className="mt-5 space-y-3">
        {accounts.map((account) => {
          const name = account.name ?? account.email;
          return (
            <li key={account.email}>
              <form action={requestSignInLink}>
                <input type="hidden" name="email" value={account.email} />
                <input type="hidden" name="callbackUrl" value={callbackUrl} />
                <SubmitButton
                  variant="bare"
                  className="w-full justify-start gap-3 rounded-2xl border border-amber-200 bg-white p-3 text-left text-base shadow-sm hover:border-brand-200 hover:shadow-md"
                >
                  <span
                    aria-hidden="true"
                    className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm font-bold text-brand-700"
                  >
                    {name
                      .split(' ')
                      .map((word) => word[0])
                      .join('')}
                  </span>
                  <span className="min-w-0 flex-1">
                    <span className="flex flex-wrap items-center gap-2 font-semibold text-ink">
                      {name}
                      <Badge tone={account.role === 'ADMIN' ? 'solid' : 'success'} className="ring-0">
                        {t(account.role)}
                      </Badge>
                    </span>
                    <span className="block truncate text-sm font-normal text-slate-600">{account.email}</span>
                  </span>
                  {/* The button's name starts with what it shows (WCAG 2.5.3), then says what it does. */}
                  <span className="sr-only">{t('send')}</span>
                  <Send aria-hidden="true" className="h-5 w-5 shrink-0 text-brand-600" />
                </SubmitButton>
              </form>
            </li>
          );
        })}
      </ul>
      <p className="mt-5 text-sm">
        <Link
          href="/demo/outbox"
          className="rounded font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900"
        >
          {t('outbox')}
        </Link>
      </p>
    </section>
  );
}
