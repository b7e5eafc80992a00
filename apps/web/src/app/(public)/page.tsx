import { ArrowRight, Gift, ShoppingBag, Wallet } from 'lucide-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { ServiceStatus } from '~/components/service-status';
import { currentUser } from '~/server/auth';
import { homePath } from '~/server/auth/policy';

// Illustrative tiles for the landing page; the real catalogue is mirrored from Jackpot.
const featuredStores = [
  { name: 'Fnac', color: '#e1a400', mode: 'bonus', rate: 5 },
  { name: 'Decathlon', color: '#0077c8', mode: 'discount', rate: 4 },
  { name: 'Sephora', color: '#111111', mode: 'bonus', rate: 10 },
  { name: 'Leroy Merlin', color: '#78be20', mode: 'discount', rate: 3 },
  { name: 'Cultura', color: '#7a1f5c', mode: 'bonus', rate: 8 },
  { name: 'Ikea', color: '#0058a3', mode: 'discount', rate: 5 },
] as const;

export default async function HomePage() {
  const t = await getTranslations('home');
  const shell = await getTranslations('shell.home');
  const user = await currentUser();
  const steps = [
    { key: 'budget', Icon: Wallet },
    { key: 'choose', Icon: ShoppingBag },
    { key: 'receive', Icon: Gift },
  ] as const;
  return (
    <>
      <section className="relative overflow-hidden bg-gradient-to-br from-brand-900 via-brand-700 to-brand-500 text-white">
        <div className="mx-auto grid max-w-6xl gap-10 px-4 py-16 sm:px-6 md:grid-cols-[1.2fr_1fr] md:py-24">
          <div>
            <p className="text-sm font-semibold uppercase tracking-widest text-accent-400">{t('eyebrow')}</p>
            <h1 className="mt-3 text-4xl font-extrabold leading-tight tracking-tight sm:text-5xl">{t('title')}</h1>
            <p className="mt-5 max-w-xl text-lg text-brand-100">{t('lead')}</p>
            <Link
              href={user ? homePath : '/signin'}
              className="mt-8 inline-flex items-center gap-2 rounded-xl bg-accent-400 px-5 py-3 font-semibold text-brand-900 shadow-lg shadow-brand-900/30 transition hover:bg-accent-500 focus-visible:outline-white"
            >
              {user ? shell('goToRewards') : shell('signIn')}
              <ArrowRight aria-hidden="true" className="h-5 w-5" />
            </Link>
          </div>
          <div aria-label={t('stores')} role="list" className="grid grid-cols-2 gap-3 self-center sm:grid-cols-3">
            {featuredStores.map((store) => (
              <div
                role="listitem"
                key={store.name}
                className="rounded-2xl bg-white p-3 text-ink shadow-lg shadow-brand-900/30"
              >
                <div
                  className="flex h-14 items-center justify-center rounded-xl text-lg font-extrabold text-white"
                  style={{ background: store.color }}
                >
                  {store.name
                    .split(' ')
                    .map((word) => word[0])
                    .join('')}
                </div>
                <p className="mt-2 truncate text-sm font-semibold">{store.name}</p>
                <p
                  className={`text-xs font-semibold ${store.mode === 'bonus' ? 'text-emerald-700' : 'text-brand-700'}`}
                >
                  {t(store.mode, { rate: store.rate })}
                </p>
              </div>
            ))}
          </div>
        </div>
      </section>

      <section className="mx-auto max-w-6xl px-4 py-14 sm:px-6">
        <h2 className="text-2xl font-bold tracking-tight">{t('steps.title')}</h2>
        <ol className="mt-8 grid gap-6 md:grid-cols-3">
          {steps.map(({ key, Icon }, index) => (
            <li key={key} className="rounded-2xl border border-brand-100 bg-white p-6 shadow-sm">
              <span className="flex h-11 w-11 items-center justify-center rounded-xl bg-brand-50 text-brand-600">
                <Icon aria-hidden="true" className="h-6 w-6" />
              </span>
              <h3 className="mt-4 font-semibold">
                {index + 1}. {t(`steps.${key}.title`)}
              </h3>
              <p className="mt-2 text-sm text-slate-600">{t(`steps.${key}.body`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <footer className="border-t border-brand-100">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-6 text-sm text-slate-500 sm:px-6">
          <span>© Jackpot Rewards</span>
          <ServiceStatus />
        </div>
      </footer>
    </>
  );
}
