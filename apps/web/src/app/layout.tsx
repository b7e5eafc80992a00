import './globals.css';

import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getNow, getTimeZone, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { StyleNonce } from '~/components/ui/style-nonce';
import { TRPCReactProvider } from '~/trpc/react';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  return { title: t('title'), description: t('description') };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations('nav');
  // The client components format dates and relative times: they get the request's time zone and
  // instant, so the server's HTML and the browser's first render agree (no ENVIRONMENT_FALLBACK).
  const [now, timeZone] = await Promise.all([getNow(), getTimeZone()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:z-50 focus:left-4 focus:top-4 focus:rounded-md focus:bg-white focus:px-3 focus:py-2"
        >
          {t('skip')}
        </a>
        <StyleNonce />
        <NextIntlClientProvider now={now} timeZone={timeZone}>
          <TRPCReactProvider>{children}</TRPCReactProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
