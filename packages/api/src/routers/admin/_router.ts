import { createTRPCRouter } from '../../trpc';
import { approvalThreshold } from './approval-threshold';
import { approveOrder } from './approve-order';
import { grantBudget } from './grant-budget';
import { jobStats } from './job-stats';
import { pendingApprovals } from './pending-approvals';
import { rejectOrder } from './reject-order';
import { setApprovalThreshold } from './set-approval-threshold';

export const adminRouter = createTRPCRouter({
  grantBudget,
  approveOrder,
  approvalThreshold,
  rejectOrder,
  setApprovalThreshold,
  pendingApprovals,
  jobStats,
});
