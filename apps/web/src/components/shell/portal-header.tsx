import { LogOut, UserRound } from 'lucide-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { LocaleSwitcher } from '~/components/locale-switcher';
import { Logo } from '~/components/logo';
import type { PortalUser } from '~/server/auth';
import { signOutAction } from '~/server/auth/actions';
import { homePath } from '~/server/auth/policy';

import { BalanceChip } from './balance-chip';
import { NotificationsMenu } from './notifications-menu';
import { PortalNav, type PortalNavLink } from './portal-nav';
import { UserMenu } from './user-menu';

export async function PortalHeader({ user }: { user: PortalUser }) {
  const t = await getTranslations('shell.nav');
  const tUser = await getTranslations('shell.user');
  // An admin runs the programme and has no budget to spend: their shell has no balance and none
  // of an employee's spending pages, only the administration and the catalogue employees see.
  const admin = user.role === 'ADMIN';
  const links: PortalNavLink[] = admin
    ? [
        { href: '/admin', label: t('admin'), admin: true },
        { href: '/catalogue', label: t('catalogue') },
      ]
    : [
        { href: '/catalogue', label: t('catalogue') },
        { href: '/catalogue/for-my-balance', label: t('forMyBalance') },
        { href: '/vouchers', label: t('vouchers') },
        { href: '/budget', label: t('budget') },
      ];
  return (
    <header className="sticky top-0 z-40 border-b border-brand-100 bg-white/90 backdrop-blur">
      <PortalNav
        logo={
          <Link href={homePath} className="shrink-0 rounded-md">
            <Logo compact />
          </Link>
        }
        links={links}
        label={t('label')}
        menuLabel={t('menu')}
        closeLabel={t('closeMenu')}
        localeSwitcher={<LocaleSwitcher />}
        account={
          // The phone menu's account part: the user menu is not shown below lg.
          <div className="flex flex-col gap-1">
            <p className="px-3 pb-1 text-sm text-slate-600">
              {tUser('signedInAs')} <span className="font-semibold text-ink">{user.name ?? user.email}</span>
            </p>
            <Link
              href="/account"
              className="flex items-center gap-2 rounded-lg px-3 py-2 text-sm font-semibold text-slate-700 hover:bg-brand-50/60"
            >
              <UserRound aria-hidden="true" className="h-4 w-4" />
              {tUser('account')}
            </Link>
            <form action={signOutAction}>
              <button
                type="submit"
                className="flex w-full items-center gap-2 rounded-lg px-3 py-2 text-left text-sm font-semibold text-rose-700 hover:bg-rose-50"
              >
                <LogOut aria-hidden="true" className="h-4 w-4" />
                {tUser('signOut')}
              </button>
            </form>
          </div>
        }
        trailing={
          <>
            <NotificationsMenu />
            <div className="hidden lg:block">
              <UserMenu name={user.name ?? user.email} email={user.email} />
            </div>
          </>
        }
      >
        {!admin && <BalanceChip />}
      </PortalNav>
    </header>
  );
}
