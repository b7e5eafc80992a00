'use client';

import { ChevronDown } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { lazy, useState } from 'react';

import { LoadOnFirstUse } from '~/components/ui/load-on-first-use';

const loadUserMenuPanel = () => import('./user-menu-panel');
const UserMenuPanel = lazy(() => loadUserMenuPanel().then((module) => ({ default: module.UserMenuPanel })));

function initials(name: string): string {
  return name
    .split(/[\s@.]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase())
    .join('');
}

/**
 * Who is signed in, behind a button: a menu with the account page and signing out
 * (`user-menu-panel.tsx`, loaded on first use).
 */
export function UserMenu({ name, email }: { name: string; email: string }) {
  const t = useTranslations('shell.user');
  const [open, setOpen] = useState(false);
  const trigger = {
    className:
      'group flex items-center gap-2 rounded-full border border-brand-100 bg-white p-1 pr-2 text-sm font-semibold text-ink shadow-sm hover:border-brand-200',
    children: (
      <>
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
      </>
    ),
  };
  return (
    <LoadOnFirstUse trigger={trigger} popup="menu" preload={loadUserMenuPanel} onPress={() => setOpen(true)}>
      <UserMenuPanel open={open} onOpenChange={setOpen} trigger={trigger} name={name} email={email} />
    </LoadOnFirstUse>
  );
}
