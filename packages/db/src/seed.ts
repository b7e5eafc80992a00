import type { Db } from './client';

export interface DemoAccount {
  email: string;
  name: string;
  role: 'EMPLOYEE' | 'ADMIN';
  locale: 'fr' | 'en';
}

/** The accounts `npm start` creates, shown on the sign-in page in demo mode. */
export const demoAccounts: readonly DemoAccount[] = [
  { email: 'camille.martin@acme.example', name: 'Camille Martin', role: 'EMPLOYEE', locale: 'fr' },
  { email: 'sam.taylor@acme.example', name: 'Sam Taylor', role: 'EMPLOYEE', locale: 'en' },
  { email: 'alex.dupont@acme.example', name: 'Alex Dupont', role: 'ADMIN', locale: 'fr' },
];

/** Idempotent: running it again leaves the same rows. */
export async function seedDatabase(db: Db): Promise<{ users: number }> {
  for (const account of demoAccounts) {
    await db.user.upsert({
      where: { email: account.email },
      create: account,
      update: { name: account.name, role: account.role },
    });
  }
  return { users: demoAccounts.length };
}
