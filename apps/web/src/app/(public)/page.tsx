import { ArrowRight, Gift, ShoppingBag, Wallet } from 'lucide-react';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';

import { StoreLogo } from '~/components/catalogue/store-logo';
import { ServiceStatus } from '~/components/service-status';
import { isLocale } from '~/i18n/locales';
import { formatOfferRate } from '~/lib/offer-badge';
import { currentUser } from '~/server/auth';
import { homePath } from '~/server/auth/policy';
import { fetchQuery, trpc } from '~/trpc/server';

export default async function HomePage() {
  const t = await getTranslations('home');
  const shell = await getTranslations('shell.home');
  const badge = await getTranslations('catalogue.badge');
  const locale = await getLocale();
  const user = await currentUser();
  // Every figure comes from the catalogue mirror; without it the page still welcomes, without tiles.
  const featured = await fetchQuery(trpc.catalogue.featured.queryOptions({ limit: 6 })).catch(() => []);
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
          {featured.length > 0 && (
            <ul aria-label={t('stores')} className="grid grid-cols-2 gap-3 self-center sm:grid-cols-3">
              {featured.map((store) => (
                <li
                  key={store.id}
                  data-store-id={store.id}
                  className="rounded-2xl bg-white p-3 text-ink shadow-lg shadow-brand-900/30"
                >
                  <StoreLogo name={store.name} src={store.logo} color={store.baseColor} alt="" />
                  <p className="mt-2 truncate text-sm font-semibold">{store.name}</p>
                  {store.bestOffer && isLocale(locale) && (
                    <p
                      className={`text-xs font-semibold ${store.bestOffer.mode === 'BONUS' ? 'text-emerald-700' : 'text-brand-700'}`}
                    >
                      {badge(store.bestOffer.mode, {
                        rate: formatOfferRate(store.bestOffer.mode, store.bestOffer.rateBasisPoints, locale),
                      })}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
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
