import { getPayrollReport, getPayrollReportInput } from '../../services/campaigns/get-payroll-report';
import { adminProcedure } from '../../trpc';

export const payrollReport = adminProcedure
  .input(getPayrollReportInput)
  .query(({ ctx, input }) => getPayrollReport({ db: ctx.db }, input));
