import type { DbClient } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';

export const removeChildInput = z.object({ childId: z.uuid() });

/** Removes one of the employee's own declared children (another's is "not found"). */
export async function removeChild(
  deps: { db: DbClient },
  input: z.infer<typeof removeChildInput> & { userId: string },
) {
  const removed = await deps.db.child.deleteMany({ where: { id: input.childId, userId: input.userId } });
  if (removed.count === 0) throw new AppError('NOT_FOUND', 'No such child.');
  return { removed: true };
}
