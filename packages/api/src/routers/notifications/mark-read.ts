import {
  markNotificationsRead,
  markNotificationsReadInput,
} from '../../services/notifications/mark-notifications-read';
import { protectedProcedure } from '../../trpc';

export const markRead = protectedProcedure
  .input(markNotificationsReadInput)
  .mutation(({ ctx, input }) => markNotificationsRead(ctx, { ...input, userId: ctx.user.id }));
