import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { LocaleSwitcher } from '~/components/locale-switcher';
import { Logo } from '~/components/logo';
import type { PortalUser } from '~/server/auth';
import { homePath } from '~/server/auth/policy';

import { BalanceChip } from './balance-chip';
import { NotificationsMenu } from './notifications-menu';
import { PortalNav, type PortalNavLink } from './portal-nav';
import { UserMenu } from './user-menu';

export async function PortalHeader({ user }: { user: PortalUser }) {
  const t = await getTranslations('shell.nav');
  const links: PortalNavLink[] = [
    { href: '/catalogue', label: t('catalogue') },
    { href: '/catalogue/for-my-balance', label: t('forMyBalance') },
    { href: '/vouchers', label: t('vouchers') },
    ...(user.role === 'ADMIN' ? [{ href: '/admin', label: t('admin'), admin: true }] : []),
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
      >
        <BalanceChip />
        <div className="hidden lg:block">
          <LocaleSwitcher />
        </div>
        <NotificationsMenu />
        <UserMenu name={user.name ?? user.email} email={user.email} />
      </PortalNav>
    </header>
  );
}
