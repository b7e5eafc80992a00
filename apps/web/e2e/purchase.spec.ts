import type { Page } from '@playwright/test';

import { frenchPicker } from './support/choose-amount';
import { expect, test } from './support/fixtures';
import { openStore } from './support/open-store';
import { signIn } from './support/sign-in';
import { readEuros } from './support/read-euros';

const camille = 'camille.martin@acme.example';

/** A store page once Jackpot's proposals are in (the picker's button shows). */
async function openStoreToReserve(page: Page, name: string) {
  await openStore(page, name);
  await expect(page.getByRole('button', { name: frenchPicker.reserve })).toBeVisible();
}

test('a store page starts from a modest amount, tells the balance limit from the store’s range, and asks before money moves', async ({
  page,
  checkAccessibility,
}) => {
  await signIn(page, camille, { callbackUrl: '/catalogue' });
  const chip = page.getByTestId('balance-chip');
  const balanceText = (await chip.textContent())!;
  // Boulanger: a free amount from 20 € to 1,000 €, beyond what the balance allows.
  await openStoreToReserve(page, 'Boulanger');

  // The amount starts at the smallest one, not at the largest the balance affords.
  const input = page.getByLabel(frenchPicker.amountInput);
  const min = Number(await input.getAttribute('min'));
  const allowed = Number(await input.getAttribute('max'));
  await expect(input).toHaveValue(String(min));
  await expect(page.getByText(`votre solde permet jusqu’à ${allowed}`)).toBeVisible();

  // Over the balance, the message says it is the balance; outside the store's range, the range.
  await input.fill(String(allowed + 1));
  await expect(page.getByText(/Votre solde \(.+\) permet jusqu’à/)).toBeVisible();
  await expect(page.getByRole('button', { name: frenchPicker.reserve })).toBeDisabled();
  await input.fill(String(min - 1));
  await expect(page.getByText(/Choisissez un montant entier entre/)).toBeVisible();

  // "Reserve" opens the confirmation: value, price, advantage, what is left, the refund rule.
  await input.fill('30');
  await expect(page.getByText(/Choisissez un montant entier entre/)).toBeHidden();
  await page.getByRole('button', { name: frenchPicker.reserve }).click();
  const dialog = page.getByRole('dialog', { name: 'Confirmer votre bon Boulanger' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('confirm-value')).toContainText('30,00');
  const price = readEuros((await dialog.getByTestId('confirm-price').locator('dd').textContent())!);
  expect(price).toBeGreaterThan(0);
  expect(price).toBeLessThanOrEqual(30);
  await expect(dialog.getByTestId('confirm-advantage')).toBeVisible();
  const left = readEuros((await dialog.getByTestId('confirm-left').locator('dd').textContent())!);
  expect(left).toBeCloseTo(readEuros(balanceText) - price, 2);
  await expect(dialog.getByTestId('confirm-refund')).toContainText(/rembours/);
  await checkAccessibility(page);
  await page.screenshot({ path: test.info().outputPath('store-confirm-desktop-fr.png') });

  // Going back spends nothing.
  await dialog.getByRole('button', { name: 'Revenir' }).click();
  await expect(dialog).toBeHidden();
  await expect(chip).toHaveText(balanceText);

  // Confirming reserves, once.
  await page.getByRole('button', { name: frenchPicker.reserve }).click();
  await dialog.getByRole('button', { name: frenchPicker.confirm }).click();
  await expect(page).toHaveURL(/\/vouchers\?highlight=/);
  await expect(chip).not.toHaveText(balanceText);
});

test('on a phone, the amount and the reserve button come before the store’s details and conditions', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, camille, { callbackUrl: '/catalogue' });
  await openStoreToReserve(page, 'Boulanger');
  const reserve = page.getByRole('button', { name: frenchPicker.reserve });
  const conditions = page.getByRole('heading', { name: 'Conditions d’utilisation' });
  const reserveTop = (await reserve.boundingBox())!.y;
  expect(reserveTop).toBeLessThan((await conditions.boundingBox())!.y);
  expect(reserveTop).toBeLessThan((await page.getByRole('heading', { name: 'Bon à savoir' }).boundingBox())!.y);
});

test('a store with two offers shows one table, selects the best offer for the amount and says so, and explains the badges', async ({
  page,
}) => {
  await signIn(page, camille, { callbackUrl: '/catalogue' });
  // Nocibé: a 10 % bonus and a 20 % discount.
  await openStoreToReserve(page, 'Nocibé');
  const affordable = page.getByRole('region', { name: 'Ce que vous pouvez obtenir maintenant' });
  await expect(affordable.getByRole('table')).toHaveCount(1);
  await page.getByLabel(frenchPicker.amountInput).fill('50');
  const offers = page.getByRole('group', { name: 'Offre pour ce montant' });
  const best = offers.locator('label').filter({ has: page.getByRole('radio', { checked: true }) });
  await expect(best).toContainText('la meilleure');
  await expect(best).toContainText('Remise');
  await expect(offers).toContainText('Nous avons choisi l’offre la moins chère pour ce montant.');
  await expect(offers).toContainText('Bonus : plus de valeur pour le même prix');
  await expect(offers).toContainText('Remise : un prix plus bas pour la même valeur.');
  await offers.locator('label').filter({ hasText: 'Bonus' }).click();
  await expect(offers).toContainText('Une autre offre vous fait payer 40 € pour le même montant.');
});
