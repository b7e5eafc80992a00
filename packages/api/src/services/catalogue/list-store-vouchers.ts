import { randomUUID } from 'node:crypto';

import { availableBalanceCents, findCatalogueStore } from '@jackpot-portal/db';
import { proposeStoreVouchers, type ProposedVoucher } from '@jackpot-portal/jackpot-core';

import type { ApiContext } from '../../context';
import { AppError } from '../../errors';
import { fromJackpotOrMirror, type ProposalSource, toProposingStore } from './jackpot-or-mirror';

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

type BrowseContext = Pick<ApiContext, 'db' | 'jackpot'> & { user: { id: string } };

/**
 * The vouchers of one store the employee can afford right now: Jackpot's proposals for a client
 * session of their balance (opened and used here; its token never leaves the server), or the
 * mirror's when Jackpot cannot answer in time.
 */
export async function listStoreVouchers(
  ctx: BrowseContext,
  storeId: string,
  options: { deadlineMs?: number } = {},
): Promise<StoreVouchers> {
  const store = await findCatalogueStore(ctx.db, storeId);
  if (!store) throw new AppError('NOT_FOUND', 'This store is not in the catalogue.');
  const balanceCents = await availableBalanceCents(ctx.db, ctx.user.id);
  if (balanceCents <= 0 || !store.enabled) return { balanceCents, source: 'none', vouchers: [] };

  const { result, source } = await fromJackpotOrMirror<ProposedVoucher[]>(
    async () => {
      const session = await ctx.jackpot.openClientSession({
        amountCents: balanceCents,
        notificationKey: `browse-${randomUUID()}`,
        userId: ctx.user.id,
      });
      return session.storeProposedVouchers(storeId);
    },
    async () => proposeStoreVouchers(toProposingStore(store), balanceCents, false),
    options.deadlineMs,
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
