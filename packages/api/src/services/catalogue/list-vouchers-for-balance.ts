import { randomUUID } from 'node:crypto';

import {
  availableBalanceCents,
  findStoreCards,
  listEnabledStoresWithOffers,
  listUserWallets,
  type StoreCard,
} from '@jackpot-portal/db';
import { proposeVouchersAcrossStores, type ProposedVoucher } from '@jackpot-portal/jackpot-core';
import { z } from 'zod';

import { AppError } from '../../errors';
import { walletAllowsCategory, walletState } from '../wallets/wallet-rules';
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
  /** The most one voucher can cost: one wallet pays for a voucher, so the largest open one. */
  largestWalletCents: number;
  amountCents: number;
  source: ProposalSource;
  vouchers: VoucherForBalance[];
}

/**
 * "What can I get for my balance?": for each store, the best voucher an amount (the largest
 * wallet's, or a lower one the employee chose) buys that one of their wallets can pay there.
 * Jackpot proposes, the mirror names the stores; when Jackpot cannot answer in time, the mirror
 * computes the same proposals. One proposal per distinct amount the open wallets can pay
 * (usually one: the general budget; with campaign wallets, one each at most), each kept for the
 * stores a wallet of at least that amount is allowed in.
 */
export async function listVouchersForBalance(
  deps: BrowseDeps,
  input: z.infer<typeof listVouchersForBalanceInput> & { userId: string; now?: Date },
): Promise<VouchersForBalance> {
  const now = input.now ?? new Date();
  const [balanceCents, wallets] = await Promise.all([
    availableBalanceCents(deps.db, input.userId),
    listUserWallets(deps.db, input.userId),
  ]);
  const open = wallets.filter((wallet) => walletState(wallet, now) === 'OPEN' && wallet.availableCents > 0);
  const largestWalletCents = Math.max(0, ...open.map((wallet) => wallet.availableCents));
  if (input.amountCents !== undefined && input.amountCents > largestWalletCents) {
    throw new AppError('INSUFFICIENT_BUDGET', 'The amount is more than one of your budgets can pay.');
  }
  const amountCents = input.amountCents ?? largestWalletCents;
  const nothing = { balanceCents, largestWalletCents, amountCents: 0, source: 'none' as const, vouchers: [] };
  if (amountCents <= 0) return nothing;

  const amounts = [...new Set(open.map((wallet) => Math.min(amountCents, wallet.availableCents)))];
  const answers = await Promise.all(
    amounts.map(async (amount) => ({
      payers: open.filter((wallet) => wallet.availableCents >= amount),
      ...(await proposalsFor(deps, input.userId, amount)),
    })),
  );
  const stores = new Map(
    (
      await findStoreCards(deps.db, [
        ...new Set(answers.flatMap(({ result }) => result.map((proposal) => proposal.storeId))),
      ])
    ).map((store) => [store.id, store]),
  );
  const vouchers = answers.flatMap(({ result, payers }) =>
    result.flatMap((proposal): VoucherForBalance[] => {
      // A store the mirror has not synced yet cannot be shown or opened: it is left out until it is.
      const store = stores.get(proposal.storeId);
      if (!store || !payers.some((wallet) => walletAllowsCategory(wallet, store.category))) return [];
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
    }),
  );
  const source = answers.some((answer) => answer.source === 'computed-locally') ? 'computed-locally' : 'jackpot';
  return { balanceCents, largestWalletCents, amountCents, source, vouchers: bestPerStore(vouchers) };
}

function proposalsFor(deps: BrowseDeps, userId: string, amountCents: number) {
  return fromJackpotOrMirror<ProposedVoucher[]>(
    async () => {
      const session = await deps.jackpot.openClientSession({
        amountCents,
        notificationKey: `browse-${randomUUID()}`,
        userId,
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
