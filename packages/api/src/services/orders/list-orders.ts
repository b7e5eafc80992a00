import { type Db, listOrdersForUser } from '@jackpot-portal/db';

/** The employee's own vouchers, newest first. */
export function listOrders({ db }: { db: Db }, input: { userId: string }) {
  return listOrdersForUser(db, input.userId);
}
