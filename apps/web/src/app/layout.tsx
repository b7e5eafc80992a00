import './globals.css';

import type { Metadata } from 'next';
import Link from 'next/link';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { LocaleSwitcher } from '~/components/locale-switcher';
import { Logo } from '~/components/logo';
import { TRPCReactProvider } from '~/trpc/react';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  return { title: t('title'), description: t('description') };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations('nav');
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:rounded-md focus:bg-white focus:px-3 focus:py-2">
          {t('skip')}
        </a>
        <NextIntlClientProvider>
          <TRPCReactProvider>
            <header className="border-b border-brand-100 bg-white/80 backdrop-blur">
              <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
                <Link href="/" aria-label={t('home')} className="rounded-md">
                  <Logo />
                </Link>
                <LocaleSwitcher />
              </div>
            </header>
            <main id="main">{children}</main>
          </TRPCReactProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
