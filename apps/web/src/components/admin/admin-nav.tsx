'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';

import { cn } from '~/components/ui/cn';

const SECTIONS = [
  { href: '/admin/overview', key: 'overview', exact: false },
  { href: '/admin', key: 'approvals', exact: true },
  { href: '/admin/vouchers', key: 'vouchers', exact: false },
  { href: '/admin/employees', key: 'employees', exact: false },
  { href: '/admin/budgets', key: 'budgets', exact: false },
  { href: '/admin/campaigns', key: 'campaigns', exact: false },
  { href: '/admin/payroll', key: 'payroll', exact: false },
  { href: '/admin/refunds', key: 'refunds', exact: false },
  { href: '/admin/webhooks', key: 'webhooks', exact: false },
  { href: '/admin/jobs', key: 'jobs', exact: false },
  { href: '/admin/audit', key: 'audit', exact: false },
  { href: '/admin/exports', key: 'exports', exact: false },
] as const;

/** The admin area's sections; the current one is marked for screen readers too. Scrolls on a phone. */
export function AdminNav() {
  const t = useTranslations('admin.nav');
  const pathname = usePathname();
  return (
    <nav aria-label={t('label')} className="-mx-4 mb-6 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex gap-1 border-b border-brand-100">
        {SECTIONS.map((section) => {
          const current = section.exact ? pathname === section.href : pathname.startsWith(section.href);
          return (
            <li key={section.href}>
              <Link
                href={section.href}
                aria-current={current ? 'page' : undefined}
                className={cn(
                  '-mb-px inline-block whitespace-nowrap border-b-2 px-3 py-2 text-sm font-semibold',
                  current ? 'border-brand-600 text-brand-700' : 'border-transparent text-slate-600 hover:text-ink',
                )}
              >
                {t(section.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
