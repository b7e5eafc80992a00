import { listNotifications } from '../../services/notifications/list-notifications';
import { protectedProcedure } from '../../trpc';

export const list = protectedProcedure.query(({ ctx }) => listNotifications(ctx, { userId: ctx.user.id }));
