import { ApprovalThreshold } from './approval-threshold';
import { JobQueues } from './job-queues';
import { PendingApprovals } from './pending-approvals';

/** The administration page: vouchers to approve, the approval threshold, the background queues. */
export function AdminDashboard() {
  return (
    <div className="mt-6 grid gap-6">
      <PendingApprovals />
      <div className="grid gap-6 md:grid-cols-[minmax(0,1fr)_minmax(0,1.6fr)]">
        <ApprovalThreshold />
        <JobQueues />
      </div>
    </div>
  );
}
