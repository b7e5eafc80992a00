import { approvalThresholdCents } from '../../services/orders/confirmation-policy';
import { adminProcedure } from '../../trpc';

export const approvalThreshold = adminProcedure.query(async ({ ctx }) => ({
  thresholdCents: await approvalThresholdCents(ctx),
}));
