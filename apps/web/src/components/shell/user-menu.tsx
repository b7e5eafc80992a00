'use client';

import { ChevronDown, LoaderCircle, LogOut, UserRound } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { useFormStatus } from 'react-dom';

import { Menu, MenuContent, MenuItem, MenuLabel, MenuSeparator, MenuTrigger } from '~/components/ui/menu';
import { signOutAction } from '~/server/auth/actions';

function initials(name: string): string {
  return name
    .split(/[\s@.]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase())
    .join('');
}

/** Who is signed in, behind a button: a menu with the account page and signing out. */
export function UserMenu({ name, email }: { name: string; email: string }) {
  const t = useTranslations('shell.user');
  const signOutForm = useRef<HTMLFormElement>(null);

  return (
    <Menu>
      <MenuTrigger className="group flex items-center gap-2 rounded-full border border-brand-100 bg-white p-1 pr-2 text-sm font-semibold text-ink shadow-sm hover:border-brand-200">
        <span
          aria-hidden="true"
          className="flex h-8 w-8 items-center justify-center rounded-full bg-brand-600 text-xs font-bold text-white"
        >
          {initials(name)}
        </span>
        <span className="sr-only">{t('menu', { name })}</span>
        <ChevronDown
          aria-hidden="true"
          className="h-4 w-4 text-slate-500 transition group-data-[state=open]:rotate-180"
        />
      </MenuTrigger>
      <MenuContent className="w-72 max-w-[calc(100vw-2rem)]">
        <MenuLabel className="px-3 py-2">
          <span className="block text-xs font-medium uppercase tracking-wider text-slate-500">{t('signedInAs')}</span>
          <span className="mt-1 block truncate font-semibold text-ink">{name}</span>
          <span className="block truncate text-sm text-slate-600">{email}</span>
        </MenuLabel>
        <MenuSeparator />
        <MenuItem asChild className="text-slate-700">
          <Link href="/account">
            <UserRound aria-hidden="true" className="h-4 w-4" />
            {t('account')}
          </Link>
        </MenuItem>
        {/* Signing out is a server action: the item submits its form (the menu stays open meanwhile). */}
        <form ref={signOutForm} action={signOutAction}>
          <SignOutItem label={t('signOut')} onSelect={() => signOutForm.current?.requestSubmit()} />
        </form>
      </MenuContent>
    </Menu>
  );
}

function SignOutItem({ label, onSelect }: { label: string; onSelect: () => void }) {
  const { pending } = useFormStatus();
  return (
    <MenuItem
      className="text-rose-700"
      disabled={pending}
      onSelect={(event) => {
        event.preventDefault();
        onSelect();
      }}
    >
      <LogOut aria-hidden="true" className="h-4 w-4" />
      {label}
      {pending && <LoaderCircle aria-hidden="true" className="h-4 w-4 animate-spin" />}
    </MenuItem>
  );
}
