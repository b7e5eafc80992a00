'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';

import { cn } from '~/components/ui/cn';

import { WALLET_FILTERS, type WalletFilter } from './wallet-filter';

/** The wallet's filters as links (`?show=`), so Back and a shared link keep them; each with its count. */
export function WalletFilters({ current, counts }: { current: WalletFilter; counts: Record<WalletFilter, number> }) {
  const t = useTranslations('wallet.filters');
  return (
    <nav aria-label={t('label')} className="mb-5">
      <ul className="flex flex-wrap gap-2">
        {WALLET_FILTERS.map((filter) => (
          <li key={filter}>
            <Link
              href={filter === 'all' ? '/vouchers' : `/vouchers?show=${filter}`}
              aria-current={filter === current ? 'page' : undefined}
              className={cn(
                'inline-flex items-center gap-1.5 rounded-full px-3.5 py-1.5 text-sm font-semibold ring-1',
                filter === current
                  ? 'bg-brand-600 text-white ring-brand-600'
                  : 'bg-white text-slate-700 ring-brand-100 hover:ring-brand-200',
              )}
            >
              {t(filter)}
              <span className="tabular-nums">{counts[filter]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
