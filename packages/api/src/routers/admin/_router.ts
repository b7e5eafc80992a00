import { createTRPCRouter } from '../../trpc';
import { approvalThreshold } from './approval-threshold';
import { approveOrder } from './approve-order';
import { cancelOrder } from './cancel-order';
import { changeUserRole } from './change-user-role';
import { grantBudget } from './grant-budget';
import { jobStats } from './job-stats';
import { pendingApprovals } from './pending-approvals';
import { refundOrder } from './refund-order';
import { rejectOrder } from './reject-order';
import { setApprovalThreshold } from './set-approval-threshold';
import { setUserDisabled } from './set-user-disabled';
import { setUserFlagged } from './set-user-flagged';

export const adminRouter = createTRPCRouter({
  grantBudget,
  approveOrder,
  approvalThreshold,
  rejectOrder,
  cancelOrder,
  refundOrder,
  changeUserRole,
  setUserDisabled,
  setUserFlagged,
  setApprovalThreshold,
  pendingApprovals,
  jobStats,
});
