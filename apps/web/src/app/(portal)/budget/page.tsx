import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';

import { BudgetHistory } from '~/components/budget/budget-history';
import { formatEuros } from '~/lib/money';
import { fetchQuery, HydrateClient, prefetch, trpc } from '~/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('budget');
  return { title: `${t('title')} — Jackpot Rewards` };
}

export default async function BudgetPage() {
  const historyQuery = trpc.me.budgetHistory.queryOptions({});
  const [t, locale, balance] = await Promise.all([
    getTranslations('budget'),
    getLocale(),
    fetchQuery(trpc.me.balance.queryOptions()),
    prefetch(historyQuery),
  ]);
  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
      <p className="mt-1 text-slate-600">{t('lead', { balance: formatEuros(balance.availableCents, locale) })}</p>
      <div className="mt-6">
        <HydrateClient queries={[historyQuery]}>
          <BudgetHistory />
        </HydrateClient>
      </div>
    </div>
  );
}
