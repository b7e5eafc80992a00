'use client';

import { useSuspenseQuery } from '@tanstack/react-query';
import { ChevronDown, Wallet } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { lazy, useState } from 'react';

import { LoadOnFirstUse } from '~/components/ui/load-on-first-use';
import { formatEuros } from '~/lib/money';
import { useTRPC } from '~/trpc/react';

const loadWalletMenu = () => import('./wallet-menu');
const WalletMenu = lazy(() => loadWalletMenu().then((module) => ({ default: module.WalletMenu })));

/**
 * The employee's available balance: the me.balance query, which the portal layout prefetches on
 * the server (so the first HTML shows it). Invalidate it after anything that moves money. A click
 * opens the wallets it is made of (`wallet-menu.tsx`, loaded on first use): what each is for, until
 * when, where it can be spent.
 */
export function BalanceChip() {
  const trpc = useTRPC();
  const locale = useLocale();
  const t = useTranslations('shell.balance');
  const [open, setOpen] = useState(false);
  const balance = useSuspenseQuery(trpc.me.balance.queryOptions());
  const trigger = {
    'data-testid': 'balance-chip',
    className:
      'flex shrink-0 items-center gap-2 rounded-full bg-emerald-50 px-3 py-1.5 text-sm font-semibold text-emerald-800 ring-1 ring-emerald-200 hover:bg-emerald-100',
    children: (
      <>
        <Wallet aria-hidden="true" className="h-4 w-4" />
        <span className="sr-only">{t('label')}</span>
        <span aria-hidden="true">{t('short')}</span>
        <span className="tabular-nums">{formatEuros(balance.data.availableCents, locale)}</span>
        <ChevronDown aria-hidden="true" className="h-3.5 w-3.5" />
      </>
    ),
  };
  return (
    <LoadOnFirstUse trigger={trigger} popup="dialog" preload={loadWalletMenu} onPress={() => setOpen(true)}>
      <WalletMenu open={open} onOpenChange={setOpen} trigger={trigger} label={t('wallets')} />
    </LoadOnFirstUse>
  );
}
