import { availableBalanceCents, type DbClient } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';

export const getEmployeeInput = z.object({ userId: z.uuid() });

/** One employee for the admin: who they are, their balance, their latest ledger entries and vouchers. */
export async function getEmployee(deps: { db: DbClient }, input: z.infer<typeof getEmployeeInput>) {
  const user = await deps.db.user.findUnique({
    where: { id: input.userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabled: true,
      flagged: true,
      locale: true,
      createdAt: true,
    },
  });
  if (!user) throw new AppError('NOT_FOUND', 'No such employee.');
  const [balanceCents, ledger, orders] = await Promise.all([
    availableBalanceCents(deps.db, user.id),
    deps.db.ledgerEntry.findMany({
      where: { userId: user.id },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: 100,
      select: {
        id: true,
        kind: true,
        amountCents: true,
        reason: true,
        orderId: true,
        createdAt: true,
        grantedBy: { select: { name: true, email: true } },
      },
    }),
    deps.db.order.findMany({
      where: { userId: user.id },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: 50,
      select: { id: true, createdAt: true, storeName: true, status: true, valueCents: true, priceCents: true },
    }),
  ]);
  return { user, balanceCents, ledger, orders };
}
