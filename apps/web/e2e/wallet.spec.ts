import type { Page } from '@playwright/test';

import { chooseSmallestAmount, frenchPicker, reserveAndConfirm } from './support/choose-amount';
import { expect, test } from './support/fixtures';
import { signIn } from './support/sign-in';

const camille = 'camille.martin@acme.example';

async function readyVoucher(page: Page, store: string) {
  await page.goto(`/catalogue?${new URLSearchParams({ q: store })}`);
  await page
    .getByRole('main')
    .getByRole('link', { name: new RegExp(store) })
    .first()
    .click();
  await chooseSmallestAmount(page, frenchPicker);
  await reserveAndConfirm(page, frenchPicker);
  await expect(page).toHaveURL(/\/vouchers\?highlight=/);
  const orderId = new URL(page.url()).searchParams.get('highlight')!;
  const card = page.locator(`li[aria-labelledby="voucher-${orderId}"]`);
  await expect(card).toHaveAttribute('data-status', 'READY', { timeout: 45_000 });
  return card;
}

test('the wallet: a ready voucher’s labelled, copyable code, its expiry, the till view with a QR code, used and unused, filters', async ({
  page,
  context,
  checkAccessibility,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, camille, { callbackUrl: '/catalogue' });
  const card = await readyVoucher(page, 'Nature & Découvertes');

  // The code, labelled, copied to the clipboard on a click.
  const code = card.getByRole('code').or(card.locator('code'));
  await expect(card.getByText('Code du bon')).toBeVisible();
  const couponId = (await code.textContent())!.trim();
  expect(couponId.length).toBeGreaterThan(4);
  await card.getByRole('button', { name: 'Copier le code' }).click();
  await expect(card.getByRole('status')).toHaveText('Code copié.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(couponId);
  await expect(card).toContainText('Valable jusqu’au');

  // Show at the till: the whole screen, a QR code of the code, the code in large print.
  await card.getByRole('button', { name: 'Montrer en caisse' }).click();
  const till = page.getByRole('dialog', { name: /Nature & Découvertes/ });
  await expect(till.getByRole('img', { name: `QR code du bon ${couponId}` })).toBeVisible();
  await expect(till.getByTestId('till-code')).toHaveText(couponId);
  const box = (await till.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.width).toBeGreaterThanOrEqual(viewport.width - 1);
  expect(box.height).toBeGreaterThanOrEqual(viewport.height - 1);
  await checkAccessibility(page);
  await page.screenshot({ path: test.info().outputPath('till-desktop-fr.png') });
  await page.keyboard.press('Escape');
  await expect(till).toBeHidden();

  // Used: it leaves "to use" for "used"; and back.
  const filters = page.getByRole('navigation', { name: 'Filtrer mes cartes cadeaux' });
  await card.getByRole('button', { name: 'Marquer comme utilisé' }).click();
  await expect(card.getByRole('button', { name: 'Remettre à utiliser' })).toBeVisible();
  await expect(card).toContainText('Utilisé le');
  await filters.getByRole('link', { name: /À utiliser/ }).click();
  await expect(page).toHaveURL(/show=toUse/);
  await expect(card).toHaveCount(0);
  await filters.getByRole('link', { name: /Utilisées/ }).click();
  await expect(card).toBeVisible();
  await checkAccessibility(page);
  await card.getByRole('button', { name: 'Remettre à utiliser' }).click();
  await expect(card).toHaveCount(0);
  await filters.getByRole('link', { name: /À utiliser/ }).click();
  await expect(card).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/show=used/);
  await filters.getByRole('link', { name: /En cours/ }).click();
  await expect(card).toHaveCount(0);
});
