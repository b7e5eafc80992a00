'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';

import { Alert } from '~/components/ui/alert';
import { Skeleton } from '~/components/ui/skeleton';
import { formatEuros } from '~/lib/money';
import { useWalletText } from '~/lib/use-wallet-text';
import { useTRPC } from '~/trpc/react';

/**
 * The employee's wallets (me.wallets, general budget first): each with what is left, until when
 * and where it can be spent; a campaign wallet links to the catalogue filtered to what it can buy.
 */
export function WalletList({ onNavigate }: { onNavigate?: () => void }) {
  const t = useTranslations('wallets');
  const locale = useLocale();
  const text = useWalletText();
  const trpc = useTRPC();
  const wallets = useQuery(trpc.me.wallets.queryOptions());
  if (wallets.isPending) return <Skeleton className="h-24" />;
  if (wallets.isError) return <Alert>{t('loadError')}</Alert>;
  return (
    <ul className="grid gap-2" data-testid="wallet-list">
      {wallets.data.map((wallet) => {
        const until = text.until(wallet);
        return (
          <li key={wallet.id} className="rounded-xl bg-brand-50/70 p-3 text-sm">
            <p className="flex items-baseline justify-between gap-3 font-semibold text-ink">
              <span>{text.name(wallet)}</span>
              <span className="tabular-nums">{formatEuros(wallet.availableCents, locale)}</span>
            </p>
            <p className="mt-0.5 text-slate-600">
              {wallet.state === 'UPCOMING' && wallet.opensAt
                ? t('opens', { date: text.day(wallet.opensAt) })
                : until
                  ? t('until', { date: until })
                  : t('noEnd')}
              {' · '}
              {text.categories(wallet)}
            </p>
            {wallet.allowedCategories && (
              <Link
                href={`/catalogue?wallet=${wallet.id}`}
                onClick={onNavigate}
                className="mt-1 inline-block font-semibold text-brand-700 underline-offset-2 hover:underline"
              >
                {t('browse', { name: text.name(wallet) })}
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
