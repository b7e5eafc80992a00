import { expect, test } from './support/fixtures';

import { chooseSmallestAmount, englishPicker, reserveAndConfirm } from './support/choose-amount';
import { signIn } from './support/sign-in';

const sam = 'sam.taylor@acme.example';
const alex = 'alex.dupont@acme.example';

test('an employee cannot open the administration page', { tag: '@security' }, async ({ page, browserProblems }) => {
  browserProblems.allow(/status of 404/);
  await signIn(page, sam, { callbackUrl: '/vouchers' });
  const response = await page.goto('/admin');
  expect(response?.status()).toBe(404);
});

test('above the threshold a voucher waits for an admin, who approves it; it then becomes READY', async ({
  newPage,
}) => {
  test.setTimeout(120_000);
  const admin = await newPage();
  await signIn(admin, alex, { callbackUrl: '/admin' });
  await expect(admin.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
  const threshold = admin.getByLabel('Seuil (€)');
  await expect(threshold).toHaveValue('150');

  // Every voucher now needs approval.
  await threshold.fill('0');
  await admin.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(admin.getByText('Les bons de plus de 0,00 € attendent une validation.')).toBeVisible();

  try {
    const employee = await newPage();
    await signIn(employee, sam, { callbackUrl: '/catalogue?q=Sephora' });
    await employee
      .getByRole('main')
      .getByRole('link', { name: /Sephora/ })
      .first()
      .click();
    // Sam saved English in his profile: his pages are in English on any browser.
    await chooseSmallestAmount(employee, englishPicker);
    await reserveAndConfirm(employee, englishPicker);
    await expect(employee).toHaveURL(/\/vouchers\?highlight=/);
    const orderId = new URL(employee.url()).searchParams.get('highlight')!;
    const card = employee.locator(`li[aria-labelledby="voucher-${orderId}"]`);
    await expect(card).toHaveAttribute('data-status', 'AWAITING_APPROVAL');

    await admin.reload();
    const row = admin.getByRole('listitem', { name: /Sam Taylor — Sephora/ });
    await expect(row).toBeVisible();
    await admin.screenshot({ path: test.info().outputPath('admin.png'), fullPage: true });
    await row.getByRole('button', { name: 'Valider' }).click();
    await expect(admin.getByText('Aucun bon n’attend de validation.')).toBeVisible();
    await admin.screenshot({ path: test.info().outputPath('admin-after.png'), fullPage: true });

    // The employee's page checks again on its own while a voucher waits for approval.

    await expect(card).toHaveAttribute('data-status', 'READY', { timeout: 45_000 });
  } finally {
    await threshold.fill('150');
    await admin.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(admin.getByText('Les bons de plus de 150,00 € attendent une validation.')).toBeVisible();
  }
});
