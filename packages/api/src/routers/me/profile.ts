import { protectedProcedure } from '../../trpc';

export const profile = protectedProcedure.query(async ({ ctx }) => {
  return ctx.db.user.findUniqueOrThrow({
    where: { id: ctx.user.id },
    select: { id: true, email: true, name: true, role: true, locale: true },
  });
});
