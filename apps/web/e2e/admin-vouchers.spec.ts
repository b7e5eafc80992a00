import path from 'node:path';

import { expect, test } from './support/fixtures';

import { chooseSmallestAmount, frenchPicker, reserveAndConfirm } from './support/choose-amount';
import { signIn } from './support/sign-in';

const camille = 'camille.martin@acme.example';
const alex = 'alex.dupont@acme.example';
const screenshots = path.join(import.meta.dirname, '..', '..', '..', 'docs', 'screenshots');

test('the admin finds an employee’s voucher in the vouchers table, opens it and re-fetches it from Jackpot', async ({
  page,
  newPage,
}) => {
  test.setTimeout(120_000);
  const employee = await newPage();
  await signIn(employee, camille, { callbackUrl: '/catalogue?q=Fnac' });
  await employee.getByRole('main').getByRole('link', { name: /Fnac/ }).first().click();
  await chooseSmallestAmount(employee, frenchPicker);
  await reserveAndConfirm(employee, frenchPicker);
  await expect(employee).toHaveURL(/\/vouchers\?highlight=/);
  const orderId = new URL(employee.url()).searchParams.get('highlight')!;

  await signIn(page, alex, { callbackUrl: '/admin/vouchers' });
  await expect(page.getByRole('heading', { level: 1, name: 'Bons' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Rubriques de l’administration' }).getByRole('link', { name: 'Bons' }),
  ).toHaveAttribute('aria-current', 'page');

  // Search by the employee's name: the filter lands in the URL.
  await page.getByRole('searchbox', { name: 'Recherche' }).fill('Camille');
  await page.getByRole('button', { name: 'Appliquer' }).click();
  await expect(page).toHaveURL(/q=Camille/);
  const table = page.getByRole('table', { name: 'Bons' });
  await expect(table.getByRole('row').nth(1)).toContainText('Camille Martin');
  await expect(table.getByRole('row').nth(1)).toContainText('Fnac');
  await page.screenshot({ path: path.join(screenshots, 'admin-vouchers-desktop.png'), fullPage: true });

  // Sorting by price is the server's: the header says so.
  await page.getByRole('button', { name: 'Prix payé' }).click();
  await expect(page).toHaveURL(/sort=priceCents/);
  await expect(page.getByRole('columnheader', { name: 'Prix payé' })).toHaveAttribute('aria-sort', 'descending');

  await page.goto(`/admin/vouchers/${orderId}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Fnac');
  await page.getByRole('button', { name: 'Relire chez Jackpot' }).click();
  await expect(page.getByRole('status')).toContainText('État de Jackpot appliqué');
  await expect(page.getByRole('region', { name: 'Journal d’audit' })).toContainText('order.refetch');
  await page.screenshot({ path: path.join(screenshots, 'admin-voucher-desktop.png'), fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole('region', { name: 'Journal d’audit' })).toContainText('order.refetch');
  await page.screenshot({ path: path.join(screenshots, 'admin-voucher-phone.png'), fullPage: true });
  await page.goto('/admin/vouchers?q=Camille');
  await expect(page.getByRole('table', { name: 'Bons' }).getByRole('row').nth(1)).toContainText('Camille Martin');
  await page.screenshot({ path: path.join(screenshots, 'admin-vouchers-phone.png'), fullPage: true });
});
