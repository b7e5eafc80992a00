import { createTRPCRouter } from '../../trpc';
import { applyBudgetImport } from './apply-budget-import';
import { applyChildrenImport } from './apply-children-import';
import { approvalThreshold } from './approval-threshold';
import { approveOrder } from './approve-order';
import { auditLog } from './audit-log';
import { campaignCompliancePreview } from './campaign-compliance-preview';
import { campaignDetails } from './campaign-details';
import { campaignRules } from './campaign-rules';
import { cancelOrder } from './cancel-order';
import { changeUserRole } from './change-user-role';
import { checkCampaignEmployees } from './check-campaign-employees';
import { countBudgetTargets } from './count-budget-targets';
import { createCampaign } from './create-campaign';
import { decideOrders } from './decide-orders';
import { decideRefundRequest } from './decide-refund-request';
import { deleteCampaign } from './delete-campaign';
import { employeeDetails } from './employee-details';
import { failedJobs } from './failed-jobs';
import { grantBudget } from './grant-budget';
import { grantBudgetToMany } from './grant-budget-to-many';
import { inviteEmployees } from './invite-employees';
import { jobStats } from './job-stats';
import { launchCampaign } from './launch-campaign';
import { listCampaigns } from './list-campaigns';
import { listEmployees } from './list-employees';
import { listOrders } from './list-orders';
import { listRefundRequests } from './list-refund-requests';
import { orderDetails } from './order-details';
import { orderFilterOptions } from './order-filter-options';
import { overview } from './overview';
import { payrollReport } from './payroll-report';
import { pendingApprovals } from './pending-approvals';
import { previewBudgetImport } from './preview-budget-import';
import { previewChildrenImport } from './preview-children-import';
import { refetchOrder } from './refetch-order';
import { refundOrder } from './refund-order';
import { refundThreshold } from './refund-threshold';
import { rejectOrder } from './reject-order';
import { replayWebhookEvents } from './replay-webhook-events';
import { retryJobs } from './retry-jobs';
import { setApprovalThreshold } from './set-approval-threshold';
import { setRefundThreshold } from './set-refund-threshold';
import { setUserDisabled } from './set-user-disabled';
import { setUserFlagged } from './set-user-flagged';
import { updateCampaign } from './update-campaign';
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
  listEmployees,
  employeeDetails,
  inviteEmployees,
  countBudgetTargets,
  grantBudgetToMany,
  refundThreshold,
  setRefundThreshold,
  listRefundRequests,
  decideRefundRequest,
  decideOrders,
  applyChildrenImport,
  campaignCompliancePreview,
  campaignDetails,
  campaignRules,
  checkCampaignEmployees,
  createCampaign,
  deleteCampaign,
  launchCampaign,
  listCampaigns,
  payrollReport,
  previewChildrenImport,
  updateCampaign,
});
