import type { Db, Prisma } from '@jackpot-portal/db';

import { AppError } from '../../errors';
import { actorName, type AuditActor, latestDecision, recordAudit } from '../audit/record-audit';
import { runTransaction } from '../system/run-transaction';

const userFacts = { id: true, email: true, name: true, role: true, disabled: true, flagged: true } as const;

export interface UserChange {
  userId: string;
  actor: AuditActor;
  /** The audit action, e.g. `user.role`. */
  action: string;
  /** What the user must still be for the change to apply (the guard of the update). */
  expected: Prisma.UserWhereInput;
  data: Prisma.UserUpdateManyMutationInput;
  /** A change that may leave the programme without an active admin (demote, disable). */
  mayRemoveAdmin: boolean;
  /** An admin may not do this to their own account. */
  notOnSelf: boolean;
  alsoInTransaction?: (tx: Prisma.TransactionClient) => Promise<unknown>;
}

/**
 * One admin change to a user, in one transaction with its audit row: claimed by a guarded update
 * (a second admin making the same change at once gets ALREADY_DECIDED and writes nothing).
 *
 * The last active admin can never be demoted or disabled: nobody does it to themselves, and a
 * change that may remove an admin first locks every active admin's row and checks that the actor
 * is still one of them — so an active admin (the actor) always remains. Two admins demoting each
 * other at once queue on those locks; the second finds it is no longer an admin.
 */
export async function changeUser(db: Db, change: UserChange) {
  const { userId, actor } = change;
  if (change.notOnSelf && userId === actor.id)
    throw new AppError('OWN_ACCOUNT', 'An admin never changes their own role or disables their own account.');
  return runTransaction(db, async (tx) => {
    if (change.mayRemoveAdmin) {
      const admins = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM users WHERE role = 'ADMIN' AND NOT disabled ORDER BY id FOR UPDATE`;
      if (!admins.some((admin) => admin.id === actor.id))
        throw new AppError('FORBIDDEN', 'You are no longer an active administrator.');
    }
    const before = await tx.user.findUnique({ where: { id: userId }, select: userFacts });
    if (!before) throw new AppError('NOT_FOUND', 'No such employee.');
    const updated = await tx.user.updateMany({ where: { id: userId, ...change.expected }, data: change.data });
    if (updated.count === 0) {
      const last = await latestDecision(tx, { targetType: 'user', targetId: userId }, [change.action]);
      if (last) {
        const by = actorName(last.actor);
        throw new AppError('ALREADY_DECIDED', `Already decided by ${by} (${last.action}).`, {
          params: { by, action: last.action },
        });
      }
      throw new AppError('CONFLICT', 'This change is already in place.');
    }
    await change.alsoInTransaction?.(tx);
    const after = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: userFacts });
    await recordAudit(tx, actor, {
      action: change.action,
      targetType: 'user',
      targetId: userId,
      before: { role: before.role, disabled: before.disabled, flagged: before.flagged },
      after: { role: after.role, disabled: after.disabled, flagged: after.flagged },
    });
    return after;
  });
}
