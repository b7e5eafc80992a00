'use client';

import { Menu, ShieldCheck, X } from 'lucide-react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { lazy, type ReactNode, useRef, useState } from 'react';

import { LoadOnFirstUse } from '~/components/ui/load-on-first-use';

const loadPhoneMenu = () => import('./phone-menu');
const PhoneMenu = lazy(() => loadPhoneMenu().then((module) => ({ default: module.PhoneMenu })));

export interface PortalNavLink {
  href: string;
  label: string;
  admin?: boolean;
}

/** The link for the current page: the longest href the path starts with. */
function activeHref(pathname: string, links: PortalNavLink[]): string | undefined {
  return links
    .filter((link) => pathname === link.href || pathname.startsWith(`${link.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

/**
 * The portal's header row and navigation: inline links on wide screens; below `lg`, a menu button
 * that opens a panel under the whole row with the links, the account and the language switcher.
 * The row shows `children` (balance), the language switcher on wide screens, then `trailing`
 * (bell, user menu). The switcher is passed once and placed here in both spots. The phone menu's
 * popover (`phone-menu.tsx`) is loaded on first use.
 */
export function PortalNav(props: {
  logo: ReactNode;
  links: PortalNavLink[];
  label: string;
  menuLabel: string;
  closeLabel: string;
  localeSwitcher: ReactNode;
  /** The account link and signing out, in the phone menu (the user menu is for wide screens). */
  account: ReactNode;
  trailing: ReactNode;
  children?: ReactNode;
}) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const row = useRef<HTMLDivElement>(null);
  const current = activeHref(pathname, props.links);

  const renderLinks = (onNavigate?: () => void) =>
    props.links.map((link) => (
      <li key={link.href}>
        <Link
          href={link.href}
          aria-current={link.href === current ? 'page' : undefined}
          onClick={onNavigate}
          className={`flex items-center gap-1.5 whitespace-nowrap rounded-lg px-3 py-2 text-sm font-semibold transition ${
            link.href === current ? 'bg-brand-50 text-brand-700' : 'text-slate-600 hover:bg-brand-50/60 hover:text-ink'
          }`}
        >
          {link.admin && <ShieldCheck aria-hidden="true" className="h-4 w-4" />}
          {link.label}
        </Link>
      </li>
    ));

  const trigger = {
    className:
      'flex h-10 w-10 items-center justify-center rounded-xl border border-brand-100 bg-white text-ink shadow-sm lg:hidden',
    children: (
      <>
        {open ? <X aria-hidden="true" className="h-5 w-5" /> : <Menu aria-hidden="true" className="h-5 w-5" />}
        <span className="sr-only">{open ? props.closeLabel : props.menuLabel}</span>
      </>
    ),
  };

  return (
    <div ref={row} className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-3 sm:px-6">
      {props.logo}
      <nav aria-label={props.label} className="hidden lg:block">
        <ul className="flex items-center gap-1">{renderLinks()}</ul>
      </nav>
      <div className="ml-auto flex items-center gap-2 sm:gap-3">
        {props.children}
        <div className="hidden lg:block">{props.localeSwitcher}</div>
        {props.trailing}
        <LoadOnFirstUse trigger={trigger} popup="dialog" preload={loadPhoneMenu} onPress={() => setOpen(true)}>
          <PhoneMenu open={open} onOpenChange={setOpen} trigger={trigger} anchor={row}>
            <nav aria-label={props.label} className="px-4 py-3 sm:px-6">
              <ul className="flex flex-col gap-1">{renderLinks(() => setOpen(false))}</ul>
              <div className="mt-3 border-t border-brand-100 pt-3">{props.account}</div>
              <div className="mt-3 border-t border-brand-100 pt-3">{props.localeSwitcher}</div>
            </nav>
          </PhoneMenu>
        </LoadOnFirstUse>
      </div>
    </div>
  );
}
