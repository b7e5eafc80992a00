import { expect, type Page } from '@playwright/test';

export interface PickerWords {
  amountInput: RegExp;
  amountGroup: RegExp;
  reserve: string;
  confirm: RegExp;
}

export const frenchPicker: PickerWords = {
  amountInput: /Montant du bon \(€\)/,
  amountGroup: /Montant du bon/,
  reserve: 'Réserver ce bon',
  confirm: /^Confirmer et payer/,
};
export const englishPicker: PickerWords = {
  amountInput: /Voucher amount \(€\)/,
  amountGroup: /Voucher amount/,
  reserve: 'Reserve this voucher',
  confirm: /^Confirm and pay/,
};

/**
 * On a store page, picks the smallest amount offered (a choice, or the range's minimum) and
 * returns its value in euros. Waits for the picker first: it appears once the proposals loaded.
 */
export async function chooseSmallestAmount(page: Page, words: PickerWords): Promise<number> {
  await expect(page.getByRole('button', { name: words.reserve })).toBeVisible();
  const input = page.getByLabel(words.amountInput);
  if (await input.count()) {
    const min = Number(await input.getAttribute('min'));
    await input.fill(String(min));
    return min;
  }
  const smallest = page.getByRole('group', { name: words.amountGroup }).locator('label').first();
  await smallest.click();
  await expect(smallest.getByRole('radio')).toBeChecked();
  // "20 €", "12,50 €" or "€20": the euros of the choice.
  return Number((await smallest.innerText()).replace(/[^\d,.]/g, '').replace(',', '.'));
}

/** "Reserve", then the confirmation step's explicit "Confirm and pay": only then does money move. */
export async function reserveAndConfirm(page: Page, words: PickerWords): Promise<void> {
  await page.getByRole('button', { name: words.reserve }).click();
  await page.getByRole('dialog').getByRole('button', { name: words.confirm }).click();
}
