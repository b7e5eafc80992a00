import { type DbClient, listUserWallets, type UserWallet } from '@jackpot-portal/db';

import { AppError } from '../../errors';
import { insufficientBudget, walletNotOpen } from '../ledger/ledger-errors';
import { walletAllowsCategory, walletsForCategory, walletState } from './wallet-rules';

/**
 * The wallet a voucher is paid from. Asked for by id: it must be the employee's, open, allowed at
 * the store's category and hold the price. Otherwise the best one (`walletsForCategory`: the
 * campaign wallet closing first, else the general budget) whose balance covers the price. Called
 * once without a lock for a quick answer, then again under the user's lock, where it decides.
 */
export async function chooseWallet(
  deps: { db: DbClient },
  input: { userId: string; walletId?: string; category: string | null; priceCents: number; now?: Date },
): Promise<UserWallet> {
  const now = input.now ?? new Date();
  const wallets = await listUserWallets(deps.db, input.userId);
  if (input.walletId) {
    const wallet = wallets.find((candidate) => candidate.id === input.walletId);
    if (!wallet) throw new AppError('NOT_FOUND', 'No such wallet.');
    if (walletState(wallet, now) !== 'OPEN') throw walletNotOpen();
    if (!walletAllowsCategory(wallet, input.category)) throw categoryNotAllowed(wallet);
    if (wallet.availableCents < input.priceCents) throw insufficientBudget(wallet.availableCents, input.priceCents);
    return wallet;
  }
  const candidates = walletsForCategory(wallets, input.category, now);
  const chosen = candidates.find((wallet) => wallet.availableCents >= input.priceCents);
  if (chosen) return chosen;
  // Nothing here can pay: when a campaign wallet could but not at this store, that is the reason to give.
  const elsewhere = wallets.find(
    (wallet) =>
      walletState(wallet, now) === 'OPEN' &&
      !walletAllowsCategory(wallet, input.category) &&
      wallet.availableCents >= input.priceCents,
  );
  if (elsewhere) throw categoryNotAllowed(elsewhere);
  throw insufficientBudget(Math.max(0, ...candidates.map((wallet) => wallet.availableCents)), input.priceCents);
}

function categoryNotAllowed(wallet: UserWallet): AppError {
  const campaign = wallet.campaignName ?? '';
  return new AppError('CATEGORY_NOT_ALLOWED', `Your “${campaign}” budget cannot be spent at this store.`, {
    params: { campaign },
  });
}
