import { type ClientSession, type JackpotClient, type Voucher } from '@jackpot-portal/jackpot-core';

import { type VoucherPick } from './catalogue-picks';
import { waitFor } from './expectations';
import { notificationKey } from './jackpot';
import { conformanceTarget } from './target';

export interface ReservedVoucher {
  voucher: Voucher;
  session: ClientSession;
}

// Opens a session just large enough for the pick and reserves it by value.
export async function reserve(
  client: JackpotClient,
  pick: VoucherPick,
  sessionOptions: { forceManualConfirm?: boolean; userId?: string } = {},
): Promise<ReservedVoucher> {
  const session = await client.openClientSession({
    amountCents: pick.priceCents,
    notificationKey: notificationKey(),
    ...sessionOptions,
  });
  const voucher = await session.reserveByValue(pick.store.id, pick.offer.id, pick.valueCents);
  return { voucher, session };
}

export async function waitForState(
  client: JackpotClient,
  voucherId: string,
  state: Voucher['state'],
): Promise<Voucher> {
  return waitFor(
    () => client.getVoucher(voucherId),
    (voucher) => voucher.state === state,
    {
      timeoutMs: conformanceTarget().readyTimeoutMs,
      what: `voucher ${voucherId} to be ${state}`,
    },
  );
}

// A confirmed voucher that Jackpot has issued.
export async function readyVoucher(client: JackpotClient, pick: VoucherPick): Promise<Voucher> {
  const { voucher } = await reserve(client, pick, { forceManualConfirm: true });
  await client.confirmVoucher(voucher.id);
  return waitForState(client, voucher.id, 'READY');
}
