'use client';

import { LoaderCircle, LogOut, UserRound } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { type ComponentProps, useRef } from 'react';
import { useFormStatus } from 'react-dom';

import { Menu, MenuContent, MenuItem, MenuLabel, MenuSeparator, MenuTrigger } from '~/components/ui/menu';
import { signOutAction } from '~/server/auth/actions';

/** The user menu itself: the button as its trigger, the account page and signing out (loaded on first use). */
export function UserMenuPanel({
  open,
  onOpenChange,
  trigger,
  name,
  email,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger: ComponentProps<typeof MenuTrigger>;
  name: string;
  email: string;
}) {
  const t = useTranslations('shell.user');
  const signOutForm = useRef<HTMLFormElement>(null);

  return (
    <Menu open={open} onOpenChange={onOpenChange}>
      <MenuTrigger {...trigger} />
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
