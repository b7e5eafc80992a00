import { randomUUID } from 'node:crypto';

import { findCatalogueStore, listUserWallets } from '@jackpot-portal/db';
import { proposeStoreVouchers, type ProposedVoucher } from '@jackpot-portal/jackpot-core';
import { z } from 'zod';

import { AppError } from '../../errors';
import { walletsForCategory } from '../wallets/wallet-rules';
import { type BrowseDeps, fromJackpotOrMirror, type ProposalSource, toProposingStore } from './jackpot-or-mirror';

export const listStoreVouchersInput = z.object({
  storeId: z.uuid(),
  // One wallet's balance; without it, the largest of the wallets that can pay at this store.
  walletId: z.uuid().optional(),
});

export interface AffordableVoucher {
  offerId: string;
  mode: 'BONUS' | 'DISCOUNT';
  // From the mirror; null when Jackpot proposes an offer the mirror does not know yet.
  rateBasisPoints: number | null;
  valueCents: number;
  priceCents: number;
}

/** A wallet that can pay at the store, best first (the one a reservation takes when it covers the price). */
export interface StoreWallet {
  id: string;
  campaignName: string | null;
  event: string | null;
  closesAt: Date | null;
  availableCents: number;
}

export interface StoreVouchers {
  /** The balance the vouchers are proposed for: the wallet asked for, else the largest that can pay here. */
  balanceCents: number;
  wallets: StoreWallet[];
  source: ProposalSource;
  vouchers: AffordableVoucher[];
}

/**
 * The vouchers of one store the employee can afford right now from one wallet (the wallets that
 * can pay here come with it, best first): Jackpot's proposals for a client session of that balance (opened and used here; its token never leaves the server), or the
 * mirror's when Jackpot cannot answer in time.
 */
export async function listStoreVouchers(
  deps: BrowseDeps,
  input: z.infer<typeof listStoreVouchersInput> & { userId: string },
): Promise<StoreVouchers> {
  const { storeId, userId } = input;
  const store = await findCatalogueStore(deps.db, storeId);
  if (!store) throw new AppError('NOT_FOUND', 'This store is not in the catalogue.');
  const wallets = walletsForCategory(await listUserWallets(deps.db, userId), store.category, new Date()).map(
    ({ id, campaignName, event, closesAt, availableCents }) => ({ id, campaignName, event, closesAt, availableCents }),
  );
  const balanceCents = input.walletId
    ? (wallets.find((wallet) => wallet.id === input.walletId)?.availableCents ?? 0)
    : Math.max(0, ...wallets.map((wallet) => wallet.availableCents));
  if (balanceCents <= 0 || !store.enabled) return { balanceCents, wallets, source: 'none', vouchers: [] };

  const { result, source } = await fromJackpotOrMirror<ProposedVoucher[]>(
    async () => {
      const session = await deps.jackpot.openClientSession({
        amountCents: balanceCents,
        notificationKey: `browse-${randomUUID()}`,
        userId,
      });
      return session.storeProposedVouchers(storeId);
    },
    async () => proposeStoreVouchers(toProposingStore(store), balanceCents, false),
    deps.browseDeadlineMs,
  );
  const rates = new Map(store.offers.map((offer) => [offer.id, offer.rateBasisPoints]));
  const vouchers = result
    .map((proposal) => ({
      offerId: proposal.offerId,
      mode: proposal.mode,
      rateBasisPoints: rates.get(proposal.offerId) ?? null,
      valueCents: proposal.value,
      priceCents: proposal.price,
    }))
    .sort((a, b) => a.valueCents - b.valueCents || a.priceCents - b.priceCents || a.offerId.localeCompare(b.offerId));
  return { balanceCents, wallets, source, vouchers };
}
