import { z } from 'zod';

import { markNotificationsRead } from '../../services/notifications/mark-notifications-read';
import { protectedProcedure } from '../../trpc';

export const markRead = protectedProcedure
  .input(z.object({ notificationIds: z.array(z.uuid()).min(1).max(200).optional() }))
  .mutation(({ ctx, input }) => markNotificationsRead(ctx.db, ctx.user.id, input.notificationIds));
