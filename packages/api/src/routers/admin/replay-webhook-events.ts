import { replayWebhookEvents as replay, replayWebhookEventsInput } from '../../services/webhooks/replay-webhook-events';
import { adminProcedure } from '../../trpc';

export const replayWebhookEvents = adminProcedure
  .input(replayWebhookEventsInput)
  .mutation(({ ctx, input }) => replay({ db: ctx.db, boss: ctx.boss }, { ...input, actor: ctx.actor }));
