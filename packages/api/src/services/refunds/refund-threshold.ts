import type { DbClient } from '@jackpot-portal/db';

import { type CentsSetting, readCentsSetting } from '../settings/cents-setting';

/** Refunds of vouchers priced above this need a second admin unless an admin set it otherwise (100 €). */
export const REFUND_THRESHOLD: CentsSetting = {
  key: 'refund.fourEyesThresholdCents',
  defaultCents: 10_000,
  auditAction: 'settings.refund-threshold',
};

export function refundThresholdCents({ db }: { db: DbClient }): Promise<number> {
  return readCentsSetting(db, REFUND_THRESHOLD);
}
