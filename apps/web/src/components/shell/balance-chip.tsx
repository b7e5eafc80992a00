'use client';

import { useSuspenseQuery } from '@tanstack/react-query';
import { ChevronDown, Wallet } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';

import { Popover, PopoverContent, PopoverTrigger } from '~/components/ui/popover';
import { WalletList } from '~/components/wallets/wallet-list';
import { formatEuros } from '~/lib/money';
import { useTRPC } from '~/trpc/react';

/**
 * The employee's available balance: the me.balance query, which the portal layout prefetches on
 * the server (so the first HTML shows it). Invalidate it after anything that moves money. A click
 * opens the wallets it is made of: what each is for, until when, where it can be spent.
 */
export function BalanceChip() {
  const trpc = useTRPC();
  const locale = useLocale();
  const t = useTranslations('shell.balance');
  const [open, setOpen] = useState(false);
  const balance = useSuspenseQuery(trpc.me.balance.queryOptions());
  const amount = formatEuros(balance.data.availableCents, locale);
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger
        data-testid="balance-chip"
        className="flex shrink-0 items-center gap-2 rounded-full bg-emerald-50 px-3 py-1.5 text-sm font-semibold text-emerald-800 ring-1 ring-emerald-200 hover:bg-emerald-100"
      >
        <Wallet aria-hidden="true" className="h-4 w-4" />
        <span className="sr-only">{t('label')}</span>
        <span aria-hidden="true">{t('short')}</span>
        <span className="tabular-nums">{amount}</span>
        <ChevronDown aria-hidden="true" className="h-3.5 w-3.5" />
      </PopoverTrigger>
      <PopoverContent aria-label={t('wallets')} className="w-[min(22rem,calc(100vw-2rem))] p-3">
        {open && <WalletList onNavigate={() => setOpen(false)} />}
      </PopoverContent>
    </Popover>
  );
}
