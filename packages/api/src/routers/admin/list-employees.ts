import { listEmployees as list, listEmployeesInput } from '../../services/users/list-employees';
import { adminProcedure } from '../../trpc';

export const listEmployees = adminProcedure
  .input(listEmployeesInput)
  .query(({ ctx, input }) => list({ db: ctx.db }, input));
