import { refundThresholdCents } from '../../services/refunds/refund-threshold';
import { adminProcedure } from '../../trpc';

export const refundThreshold = adminProcedure.query(async ({ ctx }) => ({
  thresholdCents: await refundThresholdCents({ db: ctx.db }),
}));
