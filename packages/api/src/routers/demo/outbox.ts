import { z } from 'zod';

import { listOutboxEmails } from '../../services/email/list-outbox-emails';
import { demoProcedure } from '../../trpc';

export const outboxInput = z.object({ to: z.string().trim().max(320).optional() });

export const outbox = demoProcedure
  .input(outboxInput)
  .query(({ ctx, input }) => listOutboxEmails(ctx.db, { to: input.to || undefined, limit: 50 }));
