import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';

import { MyChildren } from '~/components/account/my-children';
import { Card } from '~/components/ui/panel';
import { formatEuros } from '~/lib/money';
import { fetchQuery, trpc } from '~/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('shell.account');
  return { title: `${t('title')} — Jackpot Rewards` };
}

// The portal layout has already sent signed-out visitors to /signin.
export default async function AccountPage() {
  const [t, locale, profile, balance] = await Promise.all([
    getTranslations('shell.account'),
    getLocale(),
    fetchQuery(trpc.me.profile.queryOptions()),
    fetchQuery(trpc.me.balance.queryOptions()),
  ]);
  const rows = [
    { term: t('name'), value: profile.name ?? '—' },
    { term: t('email'), value: profile.email },
    { term: t('role'), value: t(profile.role) },
    { term: t('balance'), value: formatEuros(balance.availableCents, locale) },
  ];
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-extrabold tracking-tight text-ink">{t('title')}</h1>
      <p className="mt-2 text-slate-600">{t('lead')}</p>
      <Card asChild className="mt-8 divide-y divide-brand-100">
        <dl>
          {rows.map((row) => (
            <div key={row.term} className="grid gap-1 px-5 py-4 sm:grid-cols-3 sm:gap-4">
              <dt className="text-sm font-medium text-slate-500">{row.term}</dt>
              <dd className="break-all font-semibold text-ink sm:col-span-2">{row.value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <MyChildren />
    </div>
  );
}
