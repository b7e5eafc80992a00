import { inviteEmployees as invite, inviteEmployeesInput } from '../../services/users/invite-employees';
import { adminProcedure } from '../../trpc';

export const inviteEmployees = adminProcedure
  .input(inviteEmployeesInput)
  .mutation(({ ctx, input }) => invite({ db: ctx.db, mailer: ctx.invitations }, { ...input, actor: ctx.actor }));
