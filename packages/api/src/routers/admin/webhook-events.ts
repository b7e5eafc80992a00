import { listWebhookEvents, listWebhookEventsInput } from '../../services/webhooks/list-webhook-events';
import { adminProcedure } from '../../trpc';

export const webhookEvents = adminProcedure
  .input(listWebhookEventsInput)
  .query(({ ctx, input }) => listWebhookEvents({ db: ctx.db }, input));
