import type { UserWallet } from '@jackpot-portal/db';

/** When a wallet can be spent: the general one always; a campaign's from its opening until its closing date. */
export type WalletState = 'OPEN' | 'UPCOMING' | 'EXPIRED';

export function walletState(wallet: Pick<UserWallet, 'opensAt' | 'closesAt'>, now: Date): WalletState {
  if (!wallet.opensAt || !wallet.closesAt) return 'OPEN';
  if (now < wallet.opensAt) return 'UPCOMING';
  return now < wallet.closesAt ? 'OPEN' : 'EXPIRED';
}

/** Whether a wallet can pay at a store of this category: the general one anywhere, a campaign's in its categories. */
export function walletAllowsCategory(wallet: Pick<UserWallet, 'allowedCategories'>, category: string | null): boolean {
  if (wallet.allowedCategories === null) return true;
  return category !== null && wallet.allowedCategories.includes(category);
}

/**
 * The wallets that can pay at a store of this category now, best first: the campaign wallets in
 * order of closing date (the money that expires first is spent first), then the general budget,
 * which never expires. Reservations take the first one whose balance covers the price.
 */
export function walletsForCategory(wallets: readonly UserWallet[], category: string | null, now: Date): UserWallet[] {
  return wallets
    .filter((wallet) => walletState(wallet, now) === 'OPEN' && walletAllowsCategory(wallet, category))
    .sort((a, b) => closingTime(a) - closingTime(b));
}

const closingTime = (wallet: UserWallet) => wallet.closesAt?.getTime() ?? Number.POSITIVE_INFINITY;
