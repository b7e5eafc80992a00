import type { DbClient } from '@jackpot-portal/db';
import { demoAccounts } from '@jackpot-portal/db/seed';

export interface DemoAccountView {
  email: string;
  name: string | null;
  role: 'EMPLOYEE' | 'ADMIN';
}

/** The seeded demo accounts that can still sign in (present and enabled), in the seed's order. */
export async function listDemoAccounts({ db }: { db: DbClient }): Promise<DemoAccountView[]> {
  const emails = demoAccounts.map((account) => account.email);
  const users = await db.user.findMany({
    where: { email: { in: emails }, disabled: false },
    select: { email: true, name: true, role: true },
  });
  return emails.flatMap((email) => users.filter((user) => user.email === email));
}
