'use client';

import { ChevronDown, LogOut, UserRound } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';

import { SubmitButton } from '~/components/auth/submit-button';
import { signOutAction } from '~/server/auth/actions';

import { usePopover } from './use-popover';

function initials(name: string): string {
  return name
    .split(/[\s@.]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase())
    .join('');
}

/** Name and email behind a button; the panel closes on Escape (focus back on the button) or a click outside. */
export function UserMenu({ name, email }: { name: string; email: string }) {
  const t = useTranslations('shell.user');
  const { open, setOpen, panelId, root, button } = usePopover();

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="flex items-center gap-2 rounded-full border border-brand-100 bg-white p-1 pr-2 text-sm font-semibold text-ink shadow-sm hover:border-brand-200"
      >
        <span
          aria-hidden="true"
          className="flex h-8 w-8 items-center justify-center rounded-full bg-brand-600 text-xs font-bold text-white"
        >
          {initials(name)}
        </span>
        <span className="sr-only">{t('menu', { name })}</span>
        <ChevronDown aria-hidden="true" className={`h-4 w-4 text-slate-500 transition ${open ? 'rotate-180' : ''}`} />
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute right-0 top-full z-50 mt-2 w-72 max-w-[calc(100vw-2rem)] rounded-2xl border border-brand-100 bg-white p-2 shadow-xl shadow-brand-900/10"
      >
        <div className="px-3 py-2">
          <p className="text-xs font-medium uppercase tracking-wider text-slate-400">{t('signedInAs')}</p>
          <p className="mt-1 truncate font-semibold text-ink">{name}</p>
          <p className="truncate text-sm text-slate-600">{email}</p>
        </div>
        <div className="my-1 h-px bg-brand-100" />
        <Link
          href="/account"
          onClick={() => setOpen(false)}
          className="flex items-center gap-2 rounded-xl px-3 py-2 text-sm font-semibold text-slate-700 hover:bg-brand-50"
        >
          <UserRound aria-hidden="true" className="h-4 w-4" />
          {t('account')}
        </Link>
        <form action={signOutAction}>
          <SubmitButton className="w-full !justify-start rounded-xl px-3 py-2 text-sm font-semibold text-rose-700 hover:bg-rose-50">
            <LogOut aria-hidden="true" className="h-4 w-4" />
            {t('signOut')}
          </SubmitButton>
        </form>
      </div>
    </div>
  );
}
