import type { Page } from '@playwright/test';

import { chooseSmallestAmount, englishPicker, frenchPicker, type PickerWords } from './support/choose-amount';
import { expect, test } from './support/fixtures';
import { signIn } from './support/sign-in';

// The screens of docs/screenshots/ (store with its confirmation, wallet, till view, budget
// history), at 1280 and 390 px, in French and in English; each checked by axe as it is taken.

const viewports = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const cases = [
  {
    locale: 'fr',
    email: 'camille.martin@acme.example',
    store: 'Nocibé',
    words: frenchPicker,
    till: 'Montrer en caisse',
  },
  { locale: 'en', email: 'sam.taylor@acme.example', store: 'Nocibé', words: englishPicker, till: 'Show at the till' },
] as const;

// A 20 € voucher reads better in the docs than the smallest amount the form starts from.
async function chooseTwenty(page: Page, words: PickerWords) {
  await chooseSmallestAmount(page, words);
  await page.getByLabel(words.amountInput).fill('20');
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

for (const { locale, email, store, words, till } of cases) {
  test(`screens for the docs, in ${locale === 'fr' ? 'French' : 'English'}`, async ({
    page,
    context,
    checkAccessibility,
  }) => {
    test.setTimeout(180_000);
    await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: test.info().project.use.baseURL! }]);
    await signIn(page, email, { callbackUrl: `/catalogue?q=${encodeURIComponent(store)}` });
    await page
      .getByRole('main')
      .getByRole('link', { name: new RegExp(store) })
      .first()
      .click();
    await expect(page.getByRole('button', { name: words.reserve })).toBeVisible();
    const storeUrl = page.url();

    for (const viewport of viewports) {
      await page.setViewportSize(viewport);
      await page.goto(storeUrl);
      await chooseTwenty(page, words as PickerWords);
      await page.getByRole('button', { name: words.reserve }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await checkAccessibility(page);
      await shot(page, `store-confirm-${viewport.name}-${locale}`);
      await page.keyboard.press('Escape');
    }

    await page.setViewportSize(viewports[0]);
    await chooseTwenty(page, words as PickerWords);
    await page.getByRole('button', { name: words.reserve }).click();
    await page.getByRole('dialog').getByRole('button', { name: words.confirm }).click();
    await expect(page).toHaveURL(/\/vouchers\?highlight=/);
    const orderId = new URL(page.url()).searchParams.get('highlight')!;
    await expect(page.locator(`li[aria-labelledby="voucher-${orderId}"]`)).toHaveAttribute('data-status', 'READY', {
      timeout: 45_000,
    });

    for (const viewport of viewports) {
      await page.setViewportSize(viewport);
      await page.goto(`/vouchers?show=toUse`);
      const card = page.locator(`li[aria-labelledby="voucher-${orderId}"]`);
      await expect(card).toBeVisible();
      await checkAccessibility(page);
      await shot(page, `wallet-${viewport.name}-${locale}`);
      await card.getByRole('button', { name: till }).click();
      await expect(page.getByRole('dialog').getByRole('img')).toBeVisible();
      await checkAccessibility(page);
      await shot(page, `till-${viewport.name}-${locale}`);
      await page.keyboard.press('Escape');
      await page.goto('/budget');
      await expect(page.getByRole('table')).toBeVisible();
      await checkAccessibility(page);
      await shot(page, `budget-${viewport.name}-${locale}`);
    }
  });
}
