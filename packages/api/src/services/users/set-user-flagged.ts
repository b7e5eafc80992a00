import type { Db } from '@jackpot-portal/db';
import { z } from 'zod';

import type { AuditActor } from '../audit/record-audit';
import { changeUser } from './change-user';

export const setUserFlaggedInput = z.object({ userId: z.uuid(), flagged: z.boolean() });

/** A flagged user's vouchers all wait for an admin's approval. */
export function setUserFlagged(deps: { db: Db }, input: z.infer<typeof setUserFlaggedInput> & { actor: AuditActor }) {
  return changeUser(deps.db, {
    userId: input.userId,
    actor: input.actor,
    action: input.flagged ? 'user.flag' : 'user.unflag',
    expected: { flagged: !input.flagged },
    data: { flagged: input.flagged },
    mayRemoveAdmin: false,
    notOnSelf: false,
  });
}
