import path from 'node:path';

import { expect, test } from './support/fixtures';

import { chooseSmallestAmount, frenchPicker, reserveAndConfirm } from './support/choose-amount';
import { signIn } from './support/sign-in';
import { readEuros } from './support/read-euros';

const camille = 'camille.martin@acme.example';
const alex = 'alex.dupont@acme.example';
const ines = 'ines.moreau@acme.example';
const screenshots = path.join(import.meta.dirname, '..', '..', '..', 'docs', 'screenshots');

test('a refund above the four-eyes threshold is requested by one admin and approved by another', async ({
  page,
  newPage,
  browserProblems,
}) => {
  test.setTimeout(180_000);
  // Alex trying to approve his own request is answered 403 (FOUR_EYES), on purpose.
  browserProblems.allow(/status of 403 \(Forbidden\) \(.*admin\.decideRefundRequest/);
  // Monoprix takes vouchers back (the sandbox accepts its refunds after 3 s).
  const employee = await newPage();
  await signIn(employee, camille, { callbackUrl: '/catalogue?q=Monoprix' });
  const balanceBefore = readEuros((await employee.getByTestId('balance-chip').textContent())!);
  await employee
    .getByRole('main')
    .getByRole('link', { name: /Monoprix/ })
    .first()
    .click();
  await chooseSmallestAmount(employee, frenchPicker);
  await reserveAndConfirm(employee, frenchPicker);
  await expect(employee).toHaveURL(/\/vouchers\?highlight=/);
  const orderId = new URL(employee.url()).searchParams.get('highlight')!;

  // Alex sets the four-eyes threshold to 0 €: every refund needs a second admin.
  await signIn(page, alex, { callbackUrl: '/admin/refunds' });
  const threshold = page.getByRole('region', { name: 'Seuil des quatre yeux' });
  await threshold.getByLabel('Seuil (€)').fill('0');
  await threshold.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(threshold).toContainText('plus de 0,00');

  await page.goto(`/admin/vouchers/${orderId}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Prêt', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Rembourser' }).click();
  const dialog = page.getByRole('dialog', { name: 'Demander le remboursement ?' });
  await dialog.getByLabel('Motif').fill('Le salarié quitte l’entreprise');
  await dialog.getByRole('button', { name: 'Demander le remboursement' }).click();
  await expect(dialog.getByRole('status')).toContainText('un autre admin doit l’approuver');
  await dialog.getByRole('button', { name: 'Retour' }).click();

  // Alex cannot approve his own request.
  await page.goto('/admin/refunds');
  const pending = page.getByRole('region', { name: 'En attente d’un second admin' });
  await pending.getByRole('button', { name: 'Approuver le remboursement' }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Approuver et rembourser' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('doit être approuvé par un autre admin');
  await page.keyboard.press('Escape');

  // Inès, the second admin, approves it.
  const second = await newPage();
  await signIn(second, ines, { callbackUrl: '/admin/refunds' });
  const request = second
    .getByRole('region', { name: 'En attente d’un second admin' })
    .getByRole('row')
    .filter({ hasText: 'Alex Dupont' })
    .first();
  await expect(request).toContainText('Le salarié quitte l’entreprise');
  await second.screenshot({ path: path.join(screenshots, 'admin-refunds-desktop.png'), fullPage: true });
  await second.setViewportSize({ width: 390, height: 844 });
  await second.screenshot({ path: path.join(screenshots, 'admin-refunds-phone.png'), fullPage: true });
  await second.setViewportSize({ width: 1280, height: 800 });
  await request.getByRole('button', { name: 'Approuver le remboursement' }).click();
  await second.getByRole('dialog').getByRole('button', { name: 'Approuver et rembourser' }).click();
  await expect(
    second
      .getByRole('region', { name: 'Décidés, les plus récents d’abord' })
      .getByRole('row')
      .filter({ hasText: 'demandé par Alex Dupont, décidé par Inès Moreau' })
      .first(),
  ).toContainText('Approuvé');

  // Jackpot accepts the refund, then its coupon/refunded webhook makes the voucher REFUNDED
  // ("Remboursé", not "Remboursement en cours"); the audit names both admins.
  await expect(async () => {
    await second.goto(`/admin/vouchers/${orderId}`);
    await expect(second.getByRole('heading', { level: 1 })).toContainText('Remboursé', { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  const audit = second.getByRole('region', { name: 'Journal d’audit' });
  await expect(audit).toContainText('order.refund-request');
  await expect(audit).toContainText('order.refund');
  // The ledger: the price held, made final at READY (0 €), then given back by the refund.
  const ledger = second.getByRole('region', { name: 'Mouvements de budget' }).getByRole('listitem');
  await expect(ledger).toHaveCount(3);
  const kinds = await ledger.evaluateAll((items) => items.map((item) => item.firstElementChild?.textContent ?? ''));
  expect(kinds.map((kind) => kind.split(' · ')[0])).toEqual(['Mis de côté', 'Dépensé', 'Remboursé']);
  const amounts = await ledger.locator('span.tabular-nums').allTextContents();
  const pricePaid = readEuros(amounts[0]!);
  expect(pricePaid).toBeGreaterThan(0);
  expect(amounts[0]).toMatch(/[-\u2212]/);
  expect(amounts.slice(1).map(readEuros)).toEqual([0, pricePaid]);
  expect(amounts[2]).not.toMatch(/[-\u2212]/);

  // Camille has her budget back: the balance she had before, and the refund in her history.
  await employee.goto('/budget');
  await expect
    .poll(async () => readEuros((await employee.getByTestId('balance-chip').textContent())!))
    .toBe(balanceBefore);
  const newest = employee.getByRole('table').getByRole('row').nth(1);
  await expect(newest).toContainText('Remboursement : Monoprix');
  const [, amount] = await newest.evaluate((row) =>
    [...row.querySelectorAll('td, th')].map((cell) => cell.textContent ?? ''),
  );
  expect(readEuros(amount!)).toBeCloseTo(pricePaid, 2);
  expect(amount).not.toMatch(/[-\u2212]/);
  await employee.goto('/vouchers');
  await expect(employee.getByRole('main')).toContainText('Remboursé');

  // Back to the default threshold for the other specs.
  await page.goto('/admin/refunds');
  await threshold.getByLabel('Seuil (€)').fill('100');
  await threshold.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(threshold).toContainText('plus de 100,00');
});
