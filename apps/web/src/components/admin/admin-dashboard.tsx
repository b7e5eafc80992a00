import { ApprovalThreshold } from './approval-threshold';
import { FlaggedEmployees } from './flagged-employees';
import { JobQueues } from './job-queues';
import { PendingApprovals } from './pending-approvals';

/** The administration page: vouchers to approve, the policy (threshold, flagged employees), the background queues. */
export function AdminDashboard() {
  return (
    <div className="mt-6 grid gap-6">
      <PendingApprovals />
      <div className="grid gap-6 md:grid-cols-[minmax(0,1fr)_minmax(0,1.6fr)]">
        <div className="grid content-start gap-6">
          <ApprovalThreshold />
          <FlaggedEmployees />
        </div>
        <JobQueues />
      </div>
    </div>
  );
}
