import { ApprovalThreshold } from './approval-threshold';
import { JobQueues } from './job-queues';
import { PendingApprovals } from './pending-approvals';

/** The administration page: vouchers to approve, the approval threshold, the background queues. */
export function AdminDashboard() {
  return (
    <div className="mt-6 grid gap-6">
      <PendingApprovals />
      <div className="grid gap-6 md:grid-cols-2">
        <ApprovalThreshold />
        <JobQueues />
      </div>
    </div>
  );
}
