import { randomUUID } from 'node:crypto';

import { availableBalanceCents, findCatalogueStore } from '@jackpot-portal/db';
import { proposeStoreVouchers, type ProposedVoucher } from '@jackpot-portal/jackpot-core';
import { z } from 'zod';

import { AppError } from '../../errors';
import { type BrowseDeps, fromJackpotOrMirror, type ProposalSource, toProposingStore } from './jackpot-or-mirror';

export const listStoreVouchersInput = z.object({ storeId: z.uuid() });

export interface AffordableVoucher {
  offerId: string;
  mode: 'BONUS' | 'DISCOUNT';
  // From the mirror; null when Jackpot proposes an offer the mirror does not know yet.
  rateBasisPoints: number | null;
  valueCents: number;
  priceCents: number;
}

export interface StoreVouchers {
  balanceCents: number;
  source: ProposalSource;
  vouchers: AffordableVoucher[];
}

/**
 * The vouchers of one store the employee can afford right now: Jackpot's proposals for a client
 * session of their balance (opened and used here; its token never leaves the server), or the
 * mirror's when Jackpot cannot answer in time.
 */
export async function listStoreVouchers(
  deps: BrowseDeps,
  input: z.infer<typeof listStoreVouchersInput> & { userId: string },
): Promise<StoreVouchers> {
  const { storeId, userId } = input;
  const store = await findCatalogueStore(deps.db, storeId);
  if (!store) throw new AppError('NOT_FOUND', 'This store is not in the catalogue.');
  const balanceCents = await availableBalanceCents(deps.db, userId);
  if (balanceCents <= 0 || !store.enabled) return { balanceCents, source: 'none', vouchers: [] };

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
  return { balanceCents, source, vouchers };
}
