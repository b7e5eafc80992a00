import type { Db } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';
import { runTransaction } from '../system/run-transaction';

/** Declared children per employee: more is a typing error, not a family. */
export const MAX_CHILDREN = 20;

/** A birth year a child can have: not in the future, not before 1950. */
export function birthYearSchema(now = new Date()) {
  return z
    .number()
    .int()
    .min(1950)
    .max(now.getUTCFullYear() + 1);
}

export const addChildInput = z.object({ birthYear: birthYearSchema() });

/**
 * Declares a child (their birth year only), for campaigns' per-child amounts and age limits. A
 * campaign already launched keeps the children it was launched with. The user's row is locked so
 * that two additions at once cannot pass the limit together.
 */
export async function addChild(deps: { db: Db }, input: z.infer<typeof addChildInput> & { userId: string }) {
  return runTransaction(deps.db, async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM users WHERE id = ${input.userId}::uuid FOR UPDATE`;
    if ((await tx.child.count({ where: { userId: input.userId } })) >= MAX_CHILDREN)
      throw new AppError('VALIDATION', `At most ${MAX_CHILDREN} children can be declared.`);
    return tx.child.create({
      data: { userId: input.userId, birthYear: input.birthYear },
      select: { id: true, birthYear: true, createdAt: true },
    });
  });
}
