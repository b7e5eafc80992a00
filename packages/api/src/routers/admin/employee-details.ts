import { getEmployee, getEmployeeInput } from '../../services/users/get-employee';
import { adminProcedure } from '../../trpc';

export const employeeDetails = adminProcedure
  .input(getEmployeeInput)
  .query(({ ctx, input }) => getEmployee({ db: ctx.db }, input));
