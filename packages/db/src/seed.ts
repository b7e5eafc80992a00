import { campaignAmountForEmployee, EVENT_RULES } from '@jackpot-portal/benefits-rules';

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
  // A parent of two: the demo campaign "Noël 2026" gives her 120 € and 60 € per child.
  {
    email: 'claire.bernard@acme.example',
    name: 'Claire Bernard',
    role: 'EMPLOYEE',
    locale: 'fr',
    welcomeBudgetCents: 10_000,
  },
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
  await seedDemoCampaign(db);
  return { users: demoAccounts.length, grantsCreated };
}

/** The demo campaign: Christmas 2026 for the parent of the demo accounts, launched, open until the end of January. */
export const DEMO_CAMPAIGN = {
  name: 'Noël 2026',
  event: 'CHRISTMAS',
  year: 2026,
  employeeAmountCents: 12_000,
  perChildAmountCents: 6_000,
  opensAt: new Date('2026-11-01T00:00:00Z'),
  // The end of 31 January 2027 in Paris.
  closesAt: new Date('2027-01-31T23:00:00Z'),
  childBirthYears: [2016, 2019],
  employeeEmail: 'claire.bernard@acme.example',
  launchedByEmail: 'alex.dupont@acme.example',
} as const;

/**
 * Declares Claire's two children and launches "Noël 2026" for her (eligibility: a list of one),
 * as the campaign launch would: her wallet with its shares and its GRANT, in one transaction. The
 * other demo accounts are left out so that their budget stays the one the tour describes. Once.
 */
async function seedDemoCampaign(db: Db): Promise<void> {
  if (await db.campaign.findFirst({ where: { name: DEMO_CAMPAIGN.name } })) return;
  const employee = await db.user.findUniqueOrThrow({ where: { email: DEMO_CAMPAIGN.employeeEmail } });
  const admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_CAMPAIGN.launchedByEmail } });
  await db.$transaction(async (tx) => {
    if ((await tx.child.count({ where: { userId: employee.id } })) === 0)
      await tx.child.createMany({
        data: DEMO_CAMPAIGN.childBirthYears.map((birthYear) => ({ userId: employee.id, birthYear })),
      });
    const children = await tx.child.findMany({ where: { userId: employee.id } });
    const amount = campaignAmountForEmployee(
      {
        event: DEMO_CAMPAIGN.event,
        year: DEMO_CAMPAIGN.year,
        employeeAmountCents: DEMO_CAMPAIGN.employeeAmountCents,
        perChildAmountCents: DEMO_CAMPAIGN.perChildAmountCents,
      },
      children.map((child) => ({ childId: child.id, birthYear: child.birthYear })),
    );
    const campaign = await tx.campaign.create({
      data: {
        name: DEMO_CAMPAIGN.name,
        event: DEMO_CAMPAIGN.event,
        year: DEMO_CAMPAIGN.year,
        employeeAmountCents: DEMO_CAMPAIGN.employeeAmountCents,
        perChildAmountCents: DEMO_CAMPAIGN.perChildAmountCents,
        eligibility: { kind: 'LIST', userIds: [employee.id] },
        opensAt: DEMO_CAMPAIGN.opensAt,
        closesAt: DEMO_CAMPAIGN.closesAt,
        allowedCategories: [...EVENT_RULES.CHRISTMAS.allowedCategories],
        status: 'LAUNCHED',
        launchedAt: new Date(),
        createdById: admin.id,
      },
    });
    const wallet = await tx.wallet.create({
      data: {
        userId: employee.id,
        campaignId: campaign.id,
        employeeAmountCents: amount.employeeAmountCents,
        childShares: amount.children.map(({ childId, birthYear, amountCents }) => ({
          childId,
          birthYear,
          amountCents,
        })),
      },
    });
    await tx.ledgerEntry.create({
      data: {
        userId: employee.id,
        walletId: wallet.id,
        kind: 'GRANT',
        amountCents: amount.totalCents,
        reason: campaign.name,
        grantedById: admin.id,
      },
    });
  });
}
