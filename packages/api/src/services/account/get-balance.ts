import { availableBalanceCents, type Db } from '@jackpot-portal/db';

/** The budget the user can spend now, in cents (the ledger's sum, holds included). */
export async function getBalance({ db }: { db: Db }, input: { userId: string }) {
  return { availableCents: await availableBalanceCents(db, input.userId) };
}
