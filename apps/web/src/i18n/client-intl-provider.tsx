import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getNow, getTimeZone } from 'next-intl/server';
import type { ReactNode } from 'react';

import { pickMessages } from './client-messages';

/**
 * next-intl's provider for the client components below it, with only the given namespaces of the
 * messages (client-messages.ts), and the request's time zone and instant, so the server's HTML
 * and the browser's first render agree (no ENVIRONMENT_FALLBACK).
 */
export async function ClientIntlProvider({
  namespaces,
  children,
}: {
  namespaces: readonly string[];
  children: ReactNode;
}) {
  const [messages, now, timeZone] = await Promise.all([getMessages(), getNow(), getTimeZone()]);
  return (
    <NextIntlClientProvider messages={pickMessages(messages, namespaces)} now={now} timeZone={timeZone}>
      {children}
    </NextIntlClientProvider>
  );
}
