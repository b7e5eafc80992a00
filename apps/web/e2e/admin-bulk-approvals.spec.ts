import path from 'node:path';

import { expect, test } from './support/fixtures';

import { chooseSmallestAmount, englishPicker, reserveAndConfirm } from './support/choose-amount';
import { signIn } from './support/sign-in';

const alex = 'alex.dupont@acme.example';
const sam = 'sam.taylor@acme.example';
const screenshots = path.join(import.meta.dirname, '..', '..', '..', 'docs', 'screenshots');

test('the admin flags an employee from the policy, then approves the waiting voucher in bulk and sees the report', async ({
  page,
  newPage,
}) => {
  test.setTimeout(150_000);
  // Flag Sam: every voucher of his then waits for an admin.
  await signIn(page, alex, { callbackUrl: `/admin/employees?q=${encodeURIComponent(sam)}` });
  await page.getByRole('table', { name: 'Salariés' }).getByRole('link', { name: 'Sam Taylor' }).click();
  await page.getByRole('button', { name: 'Signaler' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Signaler' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Signalé');

  const employee = await newPage();
  await signIn(employee, sam, { callbackUrl: '/catalogue?q=Fnac' });
  await employee.getByRole('main').getByRole('link', { name: /Fnac/ }).first().click();
  // Sam's saved language is English: his pages are in English whatever the admin's.
  await chooseSmallestAmount(employee, englishPicker);
  await reserveAndConfirm(employee, englishPicker);
  await expect(employee).toHaveURL(/\/vouchers\?highlight=/);

  await page.goto('/admin');
  await expect(page.getByRole('region', { name: 'Salariés signalés' })).toContainText('Sam Taylor');
  await page
    .getByRole('checkbox', { name: /Sélectionner le bon Fnac de Sam Taylor/ })
    .first()
    .check();
  await page.screenshot({ path: path.join(screenshots, 'admin-approvals-desktop.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(screenshots, 'admin-approvals-phone.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page
    .getByRole('group', { name: 'Décider sur plusieurs bons' })
    .getByRole('button', { name: /^Valider/ })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: /^Valider \d/ }).click();
  await expect(dialog.getByRole('list', { name: 'Résultat par bon' })).toContainText('Fait');
  await dialog.getByRole('button', { name: 'Terminé' }).click();

  // Unflag Sam from the policy panel (other specs expect him unflagged).
  const policy = page.getByRole('region', { name: 'Salariés signalés' });
  await policy.getByRole('button', { name: 'Retirer le signalement' }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Retirer le signalement' }).click();
  await expect(policy).not.toContainText('Sam Taylor');
});
