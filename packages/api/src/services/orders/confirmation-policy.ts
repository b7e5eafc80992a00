import type { DbClient } from '@jackpot-portal/db';

export const APPROVAL_THRESHOLD_KEY = 'approval.thresholdCents';
/** Vouchers above this price wait for an admin unless the setting says otherwise (150 €). */
export const DEFAULT_APPROVAL_THRESHOLD_CENTS = 15_000;

export async function approvalThresholdCents({ db }: { db: DbClient }): Promise<number> {
  const setting = await db.setting.findUnique({ where: { key: APPROVAL_THRESHOLD_KEY } });
  return typeof setting?.value === 'number' ? setting.value : DEFAULT_APPROVAL_THRESHOLD_CENTS;
}

/**
 * The portal confirms a voucher for the employee when it is under the threshold and the
 * employee is not flagged; otherwise an admin approves it first.
 */
export async function needsApproval(
  deps: { db: DbClient },
  input: { user: { flagged: boolean }; priceCents: number },
): Promise<boolean> {
  if (input.user.flagged) return true;
  return input.priceCents > (await approvalThresholdCents(deps));
}
