import type { Db } from '@jackpot-portal/db';
import { z } from 'zod';

import type { AuditActor } from '../audit/record-audit';
import { changeUser } from './change-user';

export const setUserDisabledInput = z.object({ userId: z.uuid(), disabled: z.boolean() });

/**
 * Disables a user (their sessions end in the same transaction: the next request is signed out)
 * or enables them again; never one's own account, never the last active admin.
 */
export function setUserDisabled(deps: { db: Db }, input: z.infer<typeof setUserDisabledInput> & { actor: AuditActor }) {
  return changeUser(deps.db, {
    userId: input.userId,
    actor: input.actor,
    action: input.disabled ? 'user.disable' : 'user.enable',
    expected: { disabled: !input.disabled },
    data: { disabled: input.disabled },
    mayRemoveAdmin: input.disabled,
    notOnSelf: true,
    alsoInTransaction: input.disabled ? (tx) => tx.session.deleteMany({ where: { userId: input.userId } }) : undefined,
  });
}
