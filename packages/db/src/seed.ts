import type { Db } from './client';
import { generalWalletId } from './queries/ledger';

export interface DemoAccount {
  email: string;
  name: string;
  role: 'EMPLOYEE' | 'ADMIN';
  locale: 'fr' | 'en';
  /** The budget the seed grants once, in cents. */
  welcomeBudgetCents: number;
}

/** The accounts `npm start` creates, shown on the sign-in page in demo mode. */
export const demoAccounts: readonly DemoAccount[] = [
  {
    email: 'camille.martin@acme.example',
    name: 'Camille Martin',
    role: 'EMPLOYEE',
    locale: 'fr',
    welcomeBudgetCents: 25_000,
  },
  { email: 'sam.taylor@acme.example', name: 'Sam Taylor', role: 'EMPLOYEE', locale: 'en', welcomeBudgetCents: 12_000 },
  { email: 'alex.dupont@acme.example', name: 'Alex Dupont', role: 'ADMIN', locale: 'fr', welcomeBudgetCents: 0 },
  // A second admin: four-eyes refunds need one admin to request and another to approve.
  { email: 'ines.moreau@acme.example', name: 'Inès Moreau', role: 'ADMIN', locale: 'fr', welcomeBudgetCents: 0 },
];

export const WELCOME_BUDGET_REASON = 'Welcome budget (demo seed)';

/** Idempotent: running it again leaves the same rows, and grants each welcome budget once. */
export async function seedDatabase(db: Db): Promise<{ users: number; grantsCreated: number }> {
  let grantsCreated = 0;
  for (const { welcomeBudgetCents, ...account } of demoAccounts) {
    const user = await db.user.upsert({
      where: { email: account.email },
      create: account,
      update: { name: account.name, role: account.role },
    });
    if (welcomeBudgetCents === 0) continue;
    const granted = await db.ledgerEntry.findFirst({
      where: { userId: user.id, kind: 'GRANT', reason: WELCOME_BUDGET_REASON },
    });
    if (granted) continue;
    await db.ledgerEntry.create({
      data: {
        userId: user.id,
        walletId: await generalWalletId(db, user.id),
        kind: 'GRANT',
        amountCents: welcomeBudgetCents,
        reason: WELCOME_BUDGET_REASON,
      },
    });
    grantsCreated += 1;
  }
  return { users: demoAccounts.length, grantsCreated };
}
