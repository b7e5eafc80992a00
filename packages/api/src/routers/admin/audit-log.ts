import { listAuditLog, listAuditLogInput } from '../../services/audit/list-audit-log';
import { adminProcedure } from '../../trpc';

export const auditLog = adminProcedure
  .input(listAuditLogInput)
  .query(({ ctx, input }) => listAuditLog({ db: ctx.db }, input));
