import { randomUUID } from 'node:crypto';

import { EVENT_RULES, STORE_CATEGORIES } from '@jackpot-portal/benefits-rules';
import { availableBalanceCents, createDb, generalWalletId, walletBalanceCents } from '@jackpot-portal/db';
import { quoteByValue, type Store } from '@jackpot-portal/jackpot-core';
import { type TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { appRouter } from '../src/root';
import { expireCampaignWallets } from '../src/services/campaigns/expire-campaign-wallets';
import { exportPayrollCsv } from '../src/services/exports/export-payroll-csv';
import { APPROVAL_THRESHOLD } from '../src/services/orders/confirmation-policy';
import { createCallerFactory } from '../src/trpc';
import { contextFor, createUser, grant, mirrorSandboxCatalogue, sessionUser, takesSmallFreeAmounts } from './factories';

const db = createDb(inject('databaseUrl'), { maxConnections: 20 });
const createCaller = createCallerFactory(appRouter);
let stores: Store[];
let admin: ReturnType<typeof createCaller>;

beforeAll(async () => {
  stores = await mirrorSandboxCatalogue(db);
  await db.setting.upsert({
    where: { key: APPROVAL_THRESHOLD.key },
    create: { key: APPROVAL_THRESHOLD.key, value: 15_000 },
    update: { value: 15_000 },
  });
  admin = createCaller(contextFor(db, sessionUser(await createUser(db, { role: 'ADMIN' }))));
});
afterAll(() => db.$disconnect());

const HOUR = 3_600_000;
const CHRISTMAS = [...EVENT_RULES.CHRISTMAS.allowedCategories] as string[];

// A store with whole-euro ranged values and a discount offer, in or out of Christmas's categories.
function pickStore(christmas: boolean) {
  const store = stores.find(
    (candidate) =>
      takesSmallFreeAmounts(candidate) &&
      candidate.category !== undefined &&
      CHRISTMAS.includes(candidate.category!) === christmas &&
      candidate.offers.some((offer) => offer.mode === 'DISCOUNT' && offer.rate > 0),
  )!;
  const offer = store.offers.find((candidate) => candidate.mode === 'DISCOUNT' && candidate.rate > 0)!;
  const value = Math.max(store.voucherValueMin, 2_000);
  return { store, offer, value, price: quoteByValue(offer, value).priceCents };
}

async function employee(children: number[] = []) {
  const user = await createUser(db);
  for (const birthYear of children) await db.child.create({ data: { userId: user.id, birthYear } });
  return { user, caller: createCaller(contextFor(db, sessionUser(user))) };
}

function christmasFields(userIds: string[], overrides: Record<string, unknown> = {}) {
  return {
    name: `Noël ${randomUUID().slice(0, 6)}`,
    event: 'CHRISTMAS' as const,
    year: 2026,
    employeeAmountCents: 12_000,
    perChildAmountCents: 6_000,
    eligibility: { kind: 'LIST' as const, userIds },
    opensAt: new Date(Date.now() - HOUR),
    closesAt: new Date(Date.now() + 24 * HOUR),
    ...overrides,
  };
}

const reserveAt = (pick: ReturnType<typeof pickStore>, walletId?: string) => ({
  requestId: randomUUID(),
  storeId: pick.store.id,
  offerId: pick.offer.id,
  by: 'VALUE' as const,
  amountCents: pick.value,
  ...(walletId ? { walletId } : {}),
});

describe('a campaign from creation to expiry', () => {
  it('is drafted with the event’s categories, launched once with its wallets and audit, spent, refused outside its categories, and expires once', async () => {
    const parent = await employee([2016, 2009]); // 10 and 17 in 2026: only the first is under Christmas's limit
    const single = await employee();
    await grant(db, parent.user.id, 5_000);

    // Draft: the categories come from the event; adding food warns but is allowed.
    const created = await admin.admin.createCampaign(christmasFields([parent.user.id, single.user.id]));
    expect(created.campaign).toMatchObject({ status: 'DRAFT', allowedCategories: CHRISTMAS });
    expect(created.warnings).toEqual([]);
    const campaignId = created.campaign.id;
    const warned = await admin.admin.updateCampaign({
      campaignId,
      ...christmasFields([parent.user.id, single.user.id], {
        allowedCategories: [...CHRISTMAS, STORE_CATEGORIES.food],
      }),
    });
    expect(warned.warnings).toEqual([{ code: 'CATEGORY_OUTSIDE_EVENT', categories: [STORE_CATEGORIES.food] }]);
    const fields = christmasFields([parent.user.id, single.user.id], { name: created.campaign.name });
    await admin.admin.updateCampaign({ campaignId, ...fields });
    // Nothing is granted before launch.
    expect(await db.wallet.count({ where: { campaignId } })).toBe(0);

    // Launch: the preview's count, one wallet each, the parent's with one child share.
    await expect(admin.admin.launchCampaign({ campaignId, expectedEmployees: 3 })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const launched = await admin.admin.launchCampaign({ campaignId, expectedEmployees: 2 });
    expect(launched).toMatchObject({ employees: 2, totalCents: 12_000 + 6_000 + 12_000 });
    await expect(admin.admin.launchCampaign({ campaignId, expectedEmployees: 2 })).rejects.toMatchObject({
      cause: { code: 'CAMPAIGN_NOT_DRAFT' },
    });
    await expect(admin.admin.updateCampaign({ campaignId, ...fields })).rejects.toMatchObject({
      cause: { code: 'CAMPAIGN_NOT_DRAFT' },
    });
    const wallet = await db.wallet.findFirstOrThrow({ where: { campaignId, userId: parent.user.id } });
    expect(wallet).toMatchObject({
      employeeAmountCents: 12_000,
      childShares: [expect.objectContaining({ birthYear: 2016, amountCents: 6_000 })],
    });
    expect(await walletBalanceCents(db, wallet.id)).toBe(18_000);
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: campaignId, action: 'campaign.launch' } });
    expect(audit.data).toMatchObject({ employees: 2, totalCents: 30_000 });
    expect(await db.auditLog.count({ where: { targetId: campaignId } })).toBe(4); // create, 2 updates, launch

    // The employee sees the wallet: what is left, what for, until when, where.
    const wallets = await parent.caller.me.wallets();
    expect(wallets.map((entry) => [entry.campaignName, entry.availableCents, entry.state])).toEqual([
      [null, 5_000, 'OPEN'],
      [created.campaign.name, 18_000, 'OPEN'],
    ]);
    expect(wallets[1]).toMatchObject({ event: 'CHRISTMAS', allowedCategories: CHRISTMAS, closesAt: fields.closesAt });
    expect(await parent.caller.me.balance()).toEqual({ availableCents: 23_000 });

    // At an allowed store the campaign wallet pays first (it expires); at another, the general budget.
    const allowed = pickStore(true);
    const elsewhere = pickStore(false);
    const spent = await parent.caller.orders.reserve(reserveAt(allowed));
    expect((await db.order.findUniqueOrThrow({ where: { id: spent.orderId } })).walletId).toBe(wallet.id);
    expect(await walletBalanceCents(db, wallet.id)).toBe(18_000 - allowed.price);
    const general = await parent.caller.orders.reserve(reserveAt(elsewhere));
    expect((await db.order.findUniqueOrThrow({ where: { id: general.orderId } })).walletId).toBe(
      await generalWalletId(db, parent.user.id),
    );
    // Asked to pay with the campaign wallet at a store outside its categories: a plain refusal, nothing written.
    const refused = parent.caller.orders.reserve(reserveAt(elsewhere, wallet.id));
    await expect(refused).rejects.toMatchObject({
      code: 'UNPROCESSABLE_CONTENT',
      cause: { code: 'CATEGORY_NOT_ALLOWED', params: { campaign: created.campaign.name } },
    });
    expect(await db.order.count({ where: { userId: parent.user.id } })).toBe(2);
    // Without a general budget, the default choice names the campaign as the reason too.
    await expect(single.caller.orders.reserve(reserveAt(elsewhere))).rejects.toMatchObject({
      cause: { code: 'CATEGORY_NOT_ALLOWED' },
    });

    // Closing: holds are refused from then on (by the service and by the database), then the job
    // gives back what is left, once, however many times it runs.
    await db.campaign.update({ where: { id: campaignId }, data: { closesAt: new Date(Date.now() - 1_000) } });
    await expect(parent.caller.orders.reserve(reserveAt(allowed, wallet.id))).rejects.toMatchObject({
      cause: { code: 'WALLET_CLOSED' },
    });
    const order = await db.order.create({
      data: {
        ...(await db.order.findUniqueOrThrow({ where: { id: spent.orderId } })),
        id: randomUUID(),
        requestId: randomUUID(),
        jackpotVoucherId: null,
      },
    });
    await expect(
      db.ledgerEntry.create({
        data: { userId: parent.user.id, walletId: wallet.id, orderId: order.id, kind: 'HOLD', amountCents: -100 },
      }),
    ).rejects.toThrow(/wallet_not_open/);
    const left = await walletBalanceCents(db, wallet.id);
    const runs = await Promise.all([
      expireCampaignWallets({ db }),
      expireCampaignWallets({ db }),
      expireCampaignWallets({ db }),
    ]);
    expect(runs.reduce((sum, run) => sum + run.campaignsClosed, 0)).toBeGreaterThanOrEqual(1);
    const expired = await db.ledgerEntry.findMany({ where: { walletId: { in: [wallet.id] }, kind: 'EXPIRE' } });
    expect(expired.map((entry) => entry.amountCents)).toEqual([-left]);
    expect(await walletBalanceCents(db, wallet.id)).toBe(0);
    expect((await expireCampaignWallets({ db })).walletsExpired).toBe(0);
    expect(await db.campaign.findUniqueOrThrow({ where: { id: campaignId } })).toMatchObject({ status: 'CLOSED' });
    // The single employee's untouched wallet went back whole; the expired wallet is no longer listed.
    expect(await db.ledgerEntry.findFirst({ where: { userId: single.user.id, kind: 'EXPIRE' } })).toMatchObject({
      amountCents: -12_000,
    });
    expect((await parent.caller.me.wallets()).map((entry) => entry.campaignName)).toEqual([null]);
    expect(await availableBalanceCents(db, parent.user.id)).toBe(5_000 - elsewhere.price);
  }, 60_000);

  it('lets the database refuse an expiry before closing and an entry in another user’s wallet', async () => {
    const owner = await employee();
    const other = await employee();
    const { campaign } = await admin.admin.createCampaign(christmasFields([owner.user.id]));
    await admin.admin.launchCampaign({ campaignId: campaign.id, expectedEmployees: 1 });
    const wallet = await db.wallet.findFirstOrThrow({ where: { campaignId: campaign.id } });
    await expect(
      db.ledgerEntry.create({ data: { userId: owner.user.id, walletId: wallet.id, kind: 'EXPIRE', amountCents: -1 } }),
    ).rejects.toThrow(/past its closing date/);
    await expect(
      db.ledgerEntry.create({ data: { userId: other.user.id, walletId: wallet.id, kind: 'GRANT', amountCents: 1 } }),
    ).rejects.toThrow(/wallet of its user/);
    await expect(expireCampaignWallets({ db })).resolves.toMatchObject({ walletsExpired: 0 });
    expect(await walletBalanceCents(db, wallet.id)).toBe(12_000);
  });

  it('refuses what the event’s rules cannot give, a year without URSSAF figures, and a draft’s deletion once launched', async () => {
    const user = await employee();
    await expect(
      admin.admin.createCampaign(christmasFields([user.user.id], { event: 'BACK_TO_SCHOOL' })),
    ).rejects.toMatchObject({ cause: { code: 'VALIDATION' } });
    await expect(admin.admin.createCampaign(christmasFields([user.user.id], { year: 2031 }))).rejects.toMatchObject({
      cause: { code: 'RULES_YEAR_UNKNOWN', params: { year: '2031' } },
    });
    await expect(
      admin.admin.createCampaign(christmasFields([user.user.id], { closesAt: new Date(Date.now() - 2 * HOUR) })),
    ).rejects.toMatchObject({ cause: { code: 'VALIDATION' } });
    const { campaign } = await admin.admin.createCampaign(christmasFields([user.user.id]));
    await admin.admin.launchCampaign({ campaignId: campaign.id, expectedEmployees: 1 });
    await expect(admin.admin.deleteCampaign({ campaignId: campaign.id })).rejects.toMatchObject({
      cause: { code: 'CAMPAIGN_NOT_DRAFT' },
    });
    const draft = await admin.admin.createCampaign(christmasFields([user.user.id]));
    await admin.admin.deleteCampaign({ campaignId: draft.campaign.id });
    expect(await db.campaign.count({ where: { id: draft.campaign.id } })).toBe(0);
  });
});

describe('one wallet under concurrency', () => {
  it('queues 40 simultaneous reservations from one campaign wallet: exactly what it holds succeeds, the general budget untouched', async () => {
    const pick = pickStore(true);
    const { user, caller } = await employee();
    await grant(db, user.id, 50_000);
    const { campaign } = await admin.admin.createCampaign(
      christmasFields([user.id], {
        employeeAmountCents: 3 * pick.price + Math.floor(pick.price / 2),
        perChildAmountCents: 0,
      }),
    );
    await admin.admin.launchCampaign({ campaignId: campaign.id, expectedEmployees: 1 });
    const wallet = await db.wallet.findFirstOrThrow({ where: { campaignId: campaign.id } });
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, () => caller.orders.reserve(reserveAt(pick, wallet.id))),
    );
    const refusals = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as TRPCError] : []));
    expect(refusals.filter((error) => getHTTPStatusCodeFromError(error) >= 500).map((error) => error.message)).toEqual(
      [],
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(3);
    for (const refusal of refusals) expect(refusal).toMatchObject({ cause: { code: 'INSUFFICIENT_BUDGET' } });
    expect(await walletBalanceCents(db, wallet.id)).toBe(Math.floor(pick.price / 2));
    expect(await walletBalanceCents(db, await generalWalletId(db, user.id))).toBe(50_000);
    expect(await db.ledgerEntry.count({ where: { walletId: wallet.id, kind: 'HOLD' } })).toBe(3);
    // Without a wallet named, what the campaign wallet can no longer pay falls to the general budget.
    const next = await caller.orders.reserve(reserveAt(pick));
    expect((await db.order.findUniqueOrThrow({ where: { id: next.orderId } })).walletId).not.toBe(wallet.id);
  }, 60_000);
});

describe('compliance preview', () => {
  it('shows per employee what the campaign adds to the year, exempt or to declare, and why', async () => {
    const parent = await employee([2016, 2009]);
    const plain = await employee();
    const loaded = await employee();
    // The parent already had 50 € of general budget in 2026; the loaded employee a 100 € OTHER campaign.
    await db.ledgerEntry.create({
      data: {
        userId: parent.user.id,
        walletId: await generalWalletId(db, parent.user.id),
        kind: 'GRANT',
        amountCents: 5_000,
        createdAt: new Date('2026-06-01T10:00:00Z'),
      },
    });
    const other = await admin.admin.createCampaign(
      christmasFields([loaded.user.id], {
        event: 'OTHER',
        employeeAmountCents: 10_000,
        perChildAmountCents: 0,
        allowedCategories: [STORE_CATEGORIES.food],
      }),
    );
    await admin.admin.launchCampaign({ campaignId: other.campaign.id, expectedEmployees: 1 });

    const { campaign } = await admin.admin.createCampaign(
      christmasFields([parent.user.id, plain.user.id, loaded.user.id], { name: 'Noël preview' }),
    );
    const preview = await admin.admin.campaignCompliancePreview({ campaignId: campaign.id });
    expect(preview.thresholdCents).toBe(20_000);
    const row = (userId: string) => preview.rows.find((candidate) => candidate.userId === userId)!;

    // 120 € + 60 € for the child of 10 (the child of 17 is over the limit); 50 € before: 230 € > 200 €,
    // so each voucher is judged: Christmas's stay exempt, the general budget is to declare.
    expect(row(parent.user.id)).toMatchObject({
      childBirthYears: [2016],
      campaignCents: 18_000,
      campaignExemptCents: 18_000,
      campaignToDeclareCents: 0,
      yearBeforeCents: 5_000,
      yearAfterCents: 23_000,
      yearExemptCents: 18_000,
      yearToDeclareCents: 5_000,
      withinYearlyTolerance: false,
      otherGrants: [{ campaignName: null, event: 'OTHER', grantedCents: 5_000, toDeclareCents: 5_000 }],
    });
    expect(row(parent.user.id).shares.map((share) => share.verdict)).toEqual([
      { exempt: true, basis: 'LISTED_EVENT' },
      { exempt: true, basis: 'LISTED_EVENT' },
    ]);
    // Alone, 120 € is within the yearly allowance.
    expect(row(plain.user.id)).toMatchObject({
      campaignCents: 12_000,
      campaignExemptCents: 12_000,
      withinYearlyTolerance: true,
    });
    expect(row(plain.user.id).shares[0]!.verdict).toEqual({ exempt: true, basis: 'YEARLY_TOLERANCE' });
    // 100 € of OTHER before: 220 €; Christmas stays exempt, the other campaign is to declare.
    expect(row(loaded.user.id)).toMatchObject({
      yearAfterCents: 22_000,
      campaignExemptCents: 12_000,
      yearToDeclareCents: 10_000,
    });
    expect(preview.totals).toMatchObject({
      employees: 3,
      campaignCents: 42_000,
      campaignExemptCents: 42_000,
      campaignToDeclareCents: 0,
    });

    // Food in a Christmas campaign: above the allowance, its vouchers lose the exemption, with the reason.
    await admin.admin.updateCampaign({
      campaignId: campaign.id,
      ...christmasFields([parent.user.id], {
        name: 'Noël preview',
        allowedCategories: [...CHRISTMAS, STORE_CATEGORIES.food],
      }),
    });
    const food = await admin.admin.campaignCompliancePreview({ campaignId: campaign.id });
    expect(food.warnings).toEqual([{ code: 'CATEGORY_OUTSIDE_EVENT', categories: [STORE_CATEGORIES.food] }]);
    expect(food.rows[0]).toMatchObject({
      campaignExemptCents: 0,
      campaignToDeclareCents: 18_000,
      yearToDeclareCents: 23_000,
    });
    expect(food.rows[0]!.shares[0]!.verdict).toEqual({ exempt: false, reasons: ['USE_NOT_TIED_TO_EVENT'] });
  });
});

describe('payroll report', () => {
  it('gives per employee granted and spent per event, the year’s total, exempt and to declare; the CSV says the same', async () => {
    const pick = pickStore(true);
    const parent = await employee([2016]);
    const { campaign } = await admin.admin.createCampaign(christmasFields([parent.user.id], { name: 'Noël paie' }));
    await admin.admin.launchCampaign({ campaignId: campaign.id, expectedEmployees: 1 });
    await parent.caller.orders.reserve(reserveAt(pick));

    const report = await admin.admin.payrollReport({ campaignId: campaign.id });
    expect(report).toMatchObject({
      year: 2026,
      events: ['CHRISTMAS'],
      totals: { employees: 1, yearSpentCents: pick.price, campaignGrantedCents: 18_000 },
    });
    expect(report.rows).toEqual([
      {
        userId: parent.user.id,
        email: parent.user.email,
        name: parent.user.name,
        events: [{ event: 'CHRISTMAS', grantedCents: 18_000, spentCents: pick.price }],
        yearGrantedCents: 18_000,
        yearExemptCents: 18_000,
        yearToDeclareCents: 0,
        campaign: { grantedCents: 18_000, spentCents: pick.price, exemptCents: 18_000, toDeclareCents: 0 },
      },
    ]);
    const byYear = await admin.admin.payrollReport({ year: 2026 });
    expect(byYear.rows.find((row) => row.userId === parent.user.id)?.yearGrantedCents).toBe(18_000);

    let csv = '';
    for await (const chunk of exportPayrollCsv({ db }, { campaignId: campaign.id })) csv += chunk;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, line] = parse(csv.slice(1), { delimiter: ';' }) as string[][];
    expect(header).toEqual([
      'employee_email',
      'employee_name',
      'year',
      'campaign',
      'campaign_granted_eur',
      'campaign_spent_eur',
      'campaign_exempt_eur',
      'campaign_to_declare_eur',
      'granted_CHRISTMAS_eur',
      'spent_CHRISTMAS_eur',
      'year_granted_eur',
      'year_exempt_eur',
      'year_to_declare_eur',
    ]);
    const euros = (cents: number) => `${Math.trunc(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
    expect(line).toEqual([
      parent.user.email,
      'Test User',
      '2026',
      'Noël paie',
      '180,00',
      euros(pick.price),
      '180,00',
      '0,00',
      '180,00',
      euros(pick.price),
      '180,00',
      '180,00',
      '0,00',
    ]);
  }, 30_000);
});

describe('children', () => {
  it('are declared by the employee (birth years only), each their own, and imported by CSV by an admin', async () => {
    const { user, caller } = await employee();
    const other = await employee();
    const child = await caller.me.addChild({ birthYear: 2018 });
    await caller.me.addChild({ birthYear: 2018 }); // twins
    expect((await caller.me.children()).map((entry) => entry.birthYear)).toEqual([2018, 2018]);
    await expect(other.caller.me.removeChild({ childId: child.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller.me.addChild({ birthYear: 2300 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await caller.me.removeChild({ childId: child.id });
    expect(await caller.me.children()).toHaveLength(1);

    const csv = `email;birth_year\n${user.email};2012\n${user.email};2015\n${other.user.email};2020\n`;
    const preview = await admin.admin.previewChildrenImport({ csv });
    expect(preview).toMatchObject({ total: 3, okCount: 3, errorCount: 0, employees: 2 });
    const bad = `${csv}nobody@example.test;2010\n${user.email};20x0\n`;
    expect((await admin.admin.previewChildrenImport({ csv: bad })).errors.map((row) => row.verdict)).toEqual([
      'unknown_email',
      'bad_year',
    ]);
    await expect(admin.admin.applyChildrenImport({ csv: bad })).rejects.toMatchObject({
      cause: { code: 'VALIDATION' },
    });
    expect(await caller.me.children()).toHaveLength(1);
    await admin.admin.applyChildrenImport({ csv });
    expect((await caller.me.children()).map((entry) => entry.birthYear)).toEqual([2012, 2015]);
    expect((await other.caller.me.children()).map((entry) => entry.birthYear)).toEqual([2020]);
  });

  it('an eligible employees CSV becomes the list of ids a campaign takes', async () => {
    const a = await employee();
    const disabled = await createUser(db, { disabled: true });
    const checked = await admin.admin.checkCampaignEmployees({
      csv: `email\n${a.user.email.toUpperCase()}\n${disabled.email}\nnot-an-email\n${a.user.email}\n`,
    });
    expect(checked).toMatchObject({ total: 4, okCount: 1, errorCount: 2, userIds: [a.user.id] });
    expect(checked.errors.map((row) => row.verdict)).toEqual(['disabled', 'bad_email']);
  });
});

describe('what my balance can buy, with a campaign wallet', () => {
  it('proposes up to the largest wallet, and above the general budget only where the campaign wallet can pay', async () => {
    const holder = await employee();
    await grant(db, holder.user.id, 5_000);
    const { campaign } = await admin.admin.createCampaign(christmasFields([holder.user.id]));
    await admin.admin.launchCampaign({ campaignId: campaign.id, expectedEmployees: 1 });
    const christmas = (category: string | null) => category !== null && CHRISTMAS.includes(category);

    const proposals = await holder.caller.catalogue.forMyBalance({});
    expect(proposals).toMatchObject({ balanceCents: 17_000, largestWalletCents: 12_000, amountCents: 12_000 });
    expect(proposals.vouchers.some((voucher) => christmas(voucher.store.category) && voucher.priceCents > 5_000)).toBe(
      true,
    );
    expect(proposals.vouchers.some((voucher) => !christmas(voucher.store.category))).toBe(true);
    for (const voucher of proposals.vouchers) {
      expect(voucher.priceCents, voucher.store.name).toBeLessThanOrEqual(
        christmas(voucher.store.category) ? 12_000 : 5_000,
      );
    }
    // No one wallet holds 170 €: no voucher can cost that much.
    await expect(holder.caller.catalogue.forMyBalance({ amountCents: 12_001 })).rejects.toMatchObject({
      cause: { code: 'INSUFFICIENT_BUDGET' },
    });
  });
});
