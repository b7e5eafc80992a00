import { listPendingApprovals } from '../../services/approvals/list-pending-approvals';
import { adminProcedure } from '../../trpc';

export const pendingApprovals = adminProcedure.query(({ ctx }) => listPendingApprovals(ctx));
