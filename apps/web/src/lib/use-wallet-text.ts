'use client';

import { useFormatter, useTranslations } from 'next-intl';

import { useCategoryName } from './use-category-name';
import { walletLastDay } from './wallet-last-day';

interface DescribedWallet {
  campaignName: string | null;
  closesAt: Date | string | null;
  allowedCategories?: readonly string[] | null;
}

/**
 * The words for a wallet, the same everywhere (balance menu, catalogue, store page): its name (the
 * campaign's, or "general budget"), its last day, and the store categories it can be spent in.
 */
export function useWalletText() {
  const t = useTranslations('wallets');
  const format = useFormatter();
  const categoryName = useCategoryName();
  const day = (date: Date | string) => format.dateTime(new Date(date), { day: 'numeric', month: 'long' });
  return {
    name: (wallet: DescribedWallet) => wallet.campaignName ?? t('general'),
    day,
    until: (wallet: DescribedWallet) => (wallet.closesAt ? day(walletLastDay(wallet.closesAt)) : null),
    categories: (wallet: DescribedWallet) =>
      wallet.allowedCategories
        ? format.list(wallet.allowedCategories.map(categoryName), { type: 'conjunction' })
        : t('anywhere'),
  };
}
