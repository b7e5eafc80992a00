import type { Db } from '@jackpot-portal/db';
import { z } from 'zod';

import type { AuditActor } from '../audit/record-audit';
import { changeUser } from './change-user';

export const changeUserRoleInput = z.object({ userId: z.uuid(), role: z.enum(['EMPLOYEE', 'ADMIN']) });

/** Makes a user an admin or an employee again; never one's own role, never the last admin. */
export function changeUserRole(deps: { db: Db }, input: z.infer<typeof changeUserRoleInput> & { actor: AuditActor }) {
  return changeUser(deps.db, {
    userId: input.userId,
    actor: input.actor,
    action: 'user.role',
    expected: { role: { not: input.role } },
    data: { role: input.role },
    mayRemoveAdmin: input.role === 'EMPLOYEE',
    notOnSelf: true,
  });
}
