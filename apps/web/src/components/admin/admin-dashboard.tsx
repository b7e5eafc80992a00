import { FlaggedEmployees } from './flagged-employees';
import { JobQueues } from './job-queues';
import { PendingApprovals } from './pending-approvals';
import { ThresholdSetting } from './threshold-setting';

/** The administration page: vouchers to approve, the policy (threshold, flagged employees), the background queues. */
export function AdminDashboard() {
  return (
    <div className="mt-6 grid gap-6">
      <PendingApprovals />
      <div className="grid gap-6 md:grid-cols-[minmax(0,1fr)_minmax(0,1.6fr)]">
        <div className="grid content-start gap-6">
          <ThresholdSetting setting="approval" />
          <FlaggedEmployees />
        </div>
        <JobQueues />
      </div>
    </div>
  );
}
