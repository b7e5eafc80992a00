import type { Db } from '@jackpot-portal/db';

/** What the portal shows of the signed-in user: name, email, role, language. */
export function getProfile({ db }: { db: Db }, input: { userId: string }) {
  return db.user.findUniqueOrThrow({
    where: { id: input.userId },
    select: { id: true, email: true, name: true, role: true, locale: true },
  });
}
