import { chooseSmallestAmount, frenchPicker, reserveAndConfirm } from './support/choose-amount';
import { expect, test } from './support/fixtures';
import { signIn } from './support/sign-in';
import { readEuros } from './support/read-euros';

const camille = 'camille.martin@acme.example';

test('the budget history lists the grant with its reason and each reservation, with the running balance', async ({
  page,
  checkAccessibility,
}) => {
  await signIn(page, camille, { callbackUrl: '/catalogue?q=Ikea' });
  await page.getByRole('main').getByRole('link', { name: /Ikea/ }).first().click();
  await chooseSmallestAmount(page, frenchPicker);
  await reserveAndConfirm(page, frenchPicker);
  await expect(page).toHaveURL(/\/vouchers\?highlight=/);

  await page.getByRole('navigation', { name: 'Principale' }).getByRole('link', { name: 'Historique' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Historique du budget' })).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  // Newest first: the Ikea reservation; oldest last: the budget received, with its reason.
  await expect(rows.nth(1)).toContainText('Carte cadeau Ikea');
  await expect(rows.last()).toContainText('Budget reçu');
  // The newest balance is today's balance; each row's balance is the previous one plus its amount.
  const chip = readEuros((await page.getByTestId('balance-chip').textContent())!);
  const cells = await rows.evaluateAll((all) =>
    all.slice(1).map((row) => [...row.querySelectorAll('td, th')].map((cell) => cell.textContent ?? '')),
  );
  const amounts = cells.map((cell) => (cell[1]!.includes('\u2212') ? -1 : 1) * readEuros(cell[1]!));
  const balances = cells.map((cell) => readEuros(cell[2]!));
  expect(balances[0]).toBeCloseTo(chip, 2);
  for (let index = 0; index < cells.length - 1; index += 1) {
    expect(balances[index]).toBeCloseTo(balances[index + 1]! + amounts[index]!, 2);
  }
  expect(balances.at(-1)).toBeCloseTo(amounts.at(-1)!, 2);
  await checkAccessibility(page);
});
