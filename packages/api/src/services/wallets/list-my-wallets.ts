import { type DbClient, listUserWallets } from '@jackpot-portal/db';

import { walletState } from './wallet-rules';

/**
 * The employee's wallets for the balance chip and the catalogue's filter: the general budget
 * first, then each campaign wallet not yet expired (open, or upcoming with its opening date), in
 * order of closing date — what is left, what it is for (campaign and event), until when, and the
 * store categories it can be spent in (null: anywhere).
 */
export async function listMyWallets(deps: { db: DbClient }, input: { userId: string; now?: Date }) {
  const now = input.now ?? new Date();
  return (await listUserWallets(deps.db, input.userId)).flatMap((wallet) => {
    const state = walletState(wallet, now);
    return state === 'EXPIRED' ? [] : [{ ...wallet, state }];
  });
}
