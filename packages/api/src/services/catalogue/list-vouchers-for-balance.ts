import { randomUUID } from 'node:crypto';

import { availableBalanceCents, findStoreCards, listEnabledStoresWithOffers, type StoreCard } from '@jackpot-portal/db';
import { proposeVouchersAcrossStores, type ProposedVoucher } from '@jackpot-portal/jackpot-core';
import { z } from 'zod';

import { AppError } from '../../errors';
import { type BrowseDeps, fromJackpotOrMirror, type ProposalSource, toProposingStore } from './jackpot-or-mirror';

export const listVouchersForBalanceInput = z.object({
  amountCents: z.number().int().positive().max(10_000_000).optional(),
});

export interface VoucherForBalance {
  store: Pick<StoreCard, 'id' | 'name' | 'category' | 'baseColor' | 'logoSmall' | 'logoMedium'>;
  offerId: string;
  mode: 'BONUS' | 'DISCOUNT';
  rateBasisPoints: number | null;
  valueCents: number;
  priceCents: number;
}

export interface VouchersForBalance {
  balanceCents: number;
  amountCents: number;
  source: ProposalSource;
  vouchers: VoucherForBalance[];
}

/**
 * "What can I get for my balance?": for each store, the best voucher an amount (the balance, or
 * a lower one the employee chose) buys. Jackpot proposes, the mirror names the
 * stores; when Jackpot cannot answer in time, the mirror computes the same proposals.
 */
export async function listVouchersForBalance(
  deps: BrowseDeps,
  input: z.infer<typeof listVouchersForBalanceInput> & { userId: string },
): Promise<VouchersForBalance> {
  const balanceCents = await availableBalanceCents(deps.db, input.userId);
  if (input.amountCents !== undefined && input.amountCents > balanceCents) {
    throw new AppError('INSUFFICIENT_BUDGET', 'The amount is more than your balance.');
  }
  const amountCents = input.amountCents ?? balanceCents;
  if (amountCents <= 0) return { balanceCents, amountCents: 0, source: 'none', vouchers: [] };

  const { result, source } = await fromJackpotOrMirror<ProposedVoucher[]>(
    async () => {
      const session = await deps.jackpot.openClientSession({
        amountCents,
        notificationKey: `browse-${randomUUID()}`,
        userId: input.userId,
      });
      return session.proposedVouchers({ amountCents });
    },
    async () =>
      proposeVouchersAcrossStores(
        (await listEnabledStoresWithOffers(deps.db)).map(toProposingStore),
        amountCents,
        false,
      ),
    deps.browseDeadlineMs,
  );
  const stores = new Map(
    (await findStoreCards(deps.db, [...new Set(result.map((proposal) => proposal.storeId))])).map((store) => [
      store.id,
      store,
    ]),
  );
  const vouchers = result.flatMap((proposal): VoucherForBalance[] => {
    // A store the mirror has not synced yet cannot be shown or opened: it is left out until it is.
    const store = stores.get(proposal.storeId);
    if (!store) return [];
    const rateBasisPoints = store.offers.find((offer) => offer.id === proposal.offerId)?.rateBasisPoints ?? null;
    const display = {
      id: store.id,
      name: store.name,
      category: store.category,
      baseColor: store.baseColor,
      logoSmall: store.logoSmall,
      logoMedium: store.logoMedium,
    };
    return [
      {
        store: display,
        offerId: proposal.offerId,
        mode: proposal.mode,
        rateBasisPoints,
        valueCents: proposal.value,
        priceCents: proposal.price,
      },
    ];
  });
  return { balanceCents, amountCents, source, vouchers: bestPerStore(vouchers) };
}

const gain = (voucher: VoucherForBalance) => voucher.valueCents - voucher.priceCents;

// Jackpot proposes one voucher per offer; a store with several offers is shown once, with the
// offer that gives the most. Biggest gain first.
function bestPerStore(vouchers: VoucherForBalance[]): VoucherForBalance[] {
  const best = new Map<string, VoucherForBalance>();
  for (const voucher of vouchers) {
    const current = best.get(voucher.store.id);
    if (
      !current ||
      gain(voucher) > gain(current) ||
      (gain(voucher) === gain(current) && voucher.valueCents > current.valueCents)
    )
      best.set(voucher.store.id, voucher);
  }
  return [...best.values()].sort(
    (a, b) => gain(b) - gain(a) || b.valueCents - a.valueCents || a.store.name.localeCompare(b.store.name),
  );
}
