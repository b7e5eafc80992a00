import Link from 'next/link';
import type { ReactNode } from 'react';

import { LocaleSwitcher } from '~/components/locale-switcher';
import { Logo } from '~/components/logo';

// Pages for everyone: the landing page, sign-in and the demo outbox.
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="border-b border-brand-100 bg-white/80 backdrop-blur">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <Link href="/" className="rounded-md">
            <Logo />
          </Link>
          <LocaleSwitcher />
        </div>
      </header>
      <main id="main">{children}</main>
    </>
  );
}
