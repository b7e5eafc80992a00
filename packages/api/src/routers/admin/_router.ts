import { createTRPCRouter } from '../../trpc';
import { applyBudgetImport } from './apply-budget-import';
import { approvalThreshold } from './approval-threshold';
import { approveOrder } from './approve-order';
import { auditLog } from './audit-log';
import { cancelOrder } from './cancel-order';
import { changeUserRole } from './change-user-role';
import { failedJobs } from './failed-jobs';
import { grantBudget } from './grant-budget';
import { jobStats } from './job-stats';
import { listOrders } from './list-orders';
import { orderDetails } from './order-details';
import { orderFilterOptions } from './order-filter-options';
import { overview } from './overview';
import { pendingApprovals } from './pending-approvals';
import { previewBudgetImport } from './preview-budget-import';
import { refetchOrder } from './refetch-order';
import { refundOrder } from './refund-order';
import { rejectOrder } from './reject-order';
import { replayWebhookEvents } from './replay-webhook-events';
import { retryJobs } from './retry-jobs';
import { setApprovalThreshold } from './set-approval-threshold';
import { setUserDisabled } from './set-user-disabled';
import { setUserFlagged } from './set-user-flagged';
import { webhookEvents } from './webhook-events';

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
  listOrders,
  orderDetails,
  orderFilterOptions,
  refetchOrder,
  previewBudgetImport,
  applyBudgetImport,
  webhookEvents,
  replayWebhookEvents,
  failedJobs,
  retryJobs,
  auditLog,
  overview,
});
