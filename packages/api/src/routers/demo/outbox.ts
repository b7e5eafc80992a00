import { listOutboxEmails, listOutboxEmailsInput } from '../../services/email/list-outbox-emails';
import { demoProcedure } from '../../trpc';

export const outbox = demoProcedure
  .input(listOutboxEmailsInput)
  .query(({ ctx, input }) => listOutboxEmails(ctx, input));
