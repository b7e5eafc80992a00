import { randomUUID } from 'node:crypto';

import { availableBalanceCents, findStoreCards, listEnabledStoresWithOffers, type StoreCard } from '@jackpot-portal/db';
import { proposeVouchersAcrossStores, type ProposedVoucher } from '@jackpot-portal/jackpot-core';

import type { ApiContext } from '../../context';
import { AppError } from '../../errors';
import { fromJackpotOrMirror, type ProposalSource, toProposingStore } from './jackpot-or-mirror';

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

type BrowseContext = Pick<ApiContext, 'db' | 'jackpot'> & { user: { id: string } };

/**
 * "What can I get for my balance?": for each store, the best voucher an amount (the balance, or
 * a lower one the employee chose) buys. Jackpot proposes, the mirror names the
 * stores; when Jackpot cannot answer in time, the mirror computes the same proposals.
 */
export async function listVouchersForBalance(
  ctx: BrowseContext,
  input: { amountCents?: number },
  options: { deadlineMs?: number } = {},
): Promise<VouchersForBalance> {
  const balanceCents = await availableBalanceCents(ctx.db, ctx.user.id);
  if (input.amountCents !== undefined && input.amountCents > balanceCents) {
    throw new AppError('INSUFFICIENT_BUDGET', 'The amount is more than your balance.');
  }
  const amountCents = input.amountCents ?? balanceCents;
  if (amountCents <= 0) return { balanceCents, amountCents: 0, source: 'none', vouchers: [] };

  const { result, source } = await fromJackpotOrMirror<ProposedVoucher[]>(
    async () => {
      const session = await ctx.jackpot.openClientSession({
        amountCents,
        notificationKey: `browse-${randomUUID()}`,
        userId: ctx.user.id,
      });
      return session.proposedVouchers({ amountCents });
    },
    async () =>
      proposeVouchersAcrossStores(
        (await listEnabledStoresWithOffers(ctx.db)).map(toProposingStore),
        amountCents,
        false,
      ),
    options.deadlineMs,
  );
  const stores = new Map(
    (await findStoreCards(ctx.db, [...new Set(result.map((proposal) => proposal.storeId))])).map((store) => [
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
