import { type Db, findOrderForUser } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';

export const getOrderInput = z.object({ orderId: z.uuid() });

/** One of the employee's own vouchers; another's id is "not found", like an unknown one. */
export async function getOrder({ db }: { db: Db }, input: z.infer<typeof getOrderInput> & { userId: string }) {
  const order = await findOrderForUser(db, input.userId, input.orderId);
  if (!order) throw new AppError('NOT_FOUND', 'No such voucher.');
  return order;
}
