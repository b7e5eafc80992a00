import { expect, test } from './support/fixtures';
import { frenchPicker, reserveAndConfirm } from './support/choose-amount';
import { signIn } from './support/sign-in';

const camille = 'camille.martin@acme.example';

test('the user menu works from the keyboard, and its scroll lock runs under the Content-Security-Policy', async ({
  page,
}) => {
  await signIn(page, camille, { callbackUrl: '/account' });
  // While the menu is open the rest of the page is hidden from assistive technology: the trigger
  // is found by its markup, not its role.
  const trigger = page.locator('button[aria-haspopup="menu"]');
  await page.getByRole('button', { name: 'Menu du compte de Camille Martin' }).focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(trigger).toHaveAttribute('aria-expanded', 'true');
  // Opened from the keyboard, Radix focuses the first item, unless the browser reported the mouse
  // moving meanwhile (the menu appearing under it): Home goes to the first item either way.
  await page.keyboard.press('Home');
  await expect(menu.getByRole('menuitem', { name: 'Mon compte' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Se déconnecter' })).toBeFocused();

  // The modal menu locks the page's scroll with a <style> element; the policy runs it only with the
  // page's nonce (components/ui/style-nonce.tsx). Blocked, it would be reported and fail the test.
  expect(await page.evaluate(() => getComputedStyle(document.body).overflow)).toBe('hidden');
  expect(
    await page.evaluate(() =>
      [...document.querySelectorAll('style')].some((style) => style.nonce && style.textContent?.includes('scroll')),
    ),
  ).toBe(true);

  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(trigger).toBeFocused();
});

test('canceling a voucher asks first in a dialog that keeps the focus, and gives the amount back', async ({ page }) => {
  // Above the approval threshold (150 €) the voucher waits for an admin: it can be canceled.
  await signIn(page, camille, { callbackUrl: '/catalogue?q=Decathlon' });
  const chip = page.getByTestId('balance-chip');
  const balanceBefore = (await chip.textContent())!;
  await page
    .getByRole('main')
    .getByRole('link', { name: /Decathlon/ })
    .first()
    .click();
  // 180 € at Decathlon's 15 % bonus costs 156.52 €: above the threshold, within what the earlier
  // specs leave of Camille's budget.
  await page.getByLabel(/Montant du bon \(€\)/).fill('180');
  await reserveAndConfirm(page, frenchPicker);
  await expect(page).toHaveURL(/\/vouchers\?highlight=/);
  const orderId = new URL(page.url()).searchParams.get('highlight')!;
  const card = page.locator(`li[aria-labelledby="voucher-${orderId}"]`);
  await expect(card).toHaveAttribute('data-status', 'AWAITING_APPROVAL', { timeout: 20_000 });
  await expect(chip).not.toHaveText(balanceBefore);

  const cancel = card.getByRole('button', { name: 'Annuler' });
  await cancel.click();
  const dialog = page.getByRole('dialog', { name: 'Annuler ce bon et récupérer le montant ?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Decathlon');
  // Tab goes round the dialog's controls and never leaves it.
  for (let step = 0; step < 5; step += 1) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(cancel).toBeFocused();
  await expect(card).toHaveAttribute('data-status', 'AWAITING_APPROVAL');

  await cancel.click();
  await dialog.getByRole('button', { name: 'Oui, annuler' }).click();
  await expect(dialog).toBeHidden();
  await expect(card).toHaveAttribute('data-status', 'CANCELED', { timeout: 20_000 });
  await expect(chip).toHaveText(balanceBefore);
});
