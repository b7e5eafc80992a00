import './globals.css';

import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { StyleNonce } from '~/components/ui/style-nonce';
import { ClientIntlProvider } from '~/i18n/client-intl-provider';
import { clientNamespaces } from '~/i18n/client-messages';
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
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:z-50 focus:left-4 focus:top-4 focus:rounded-md focus:bg-white focus:px-3 focus:py-2"
        >
          {t('skip')}
        </a>
        <StyleNonce />
        <ClientIntlProvider namespaces={clientNamespaces}>
          <TRPCReactProvider>{children}</TRPCReactProvider>
        </ClientIntlProvider>
      </body>
    </html>
  );
}
