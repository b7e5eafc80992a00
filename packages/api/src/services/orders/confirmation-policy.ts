import type { DbClient } from '@jackpot-portal/db';

import { type CentsSetting, readCentsSetting } from '../settings/cents-setting';

/** Vouchers above this price wait for an admin unless an admin set it otherwise (150 €). */
export const APPROVAL_THRESHOLD: CentsSetting = {
  key: 'approval.thresholdCents',
  defaultCents: 15_000,
  auditAction: 'settings.approval-threshold',
};

export function approvalThresholdCents({ db }: { db: DbClient }): Promise<number> {
  return readCentsSetting(db, APPROVAL_THRESHOLD);
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
