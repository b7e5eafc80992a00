import {
  setApprovalThreshold as setThreshold,
  setApprovalThresholdInput,
} from '../../services/approvals/set-approval-threshold';
import { adminProcedure } from '../../trpc';

export const setApprovalThreshold = adminProcedure
  .input(setApprovalThresholdInput)
  .mutation(({ ctx, input }) => setThreshold({ db: ctx.db }, { ...input, actor: ctx.actor }));
