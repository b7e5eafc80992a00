import { readFile } from 'node:fs/promises';

import type { Page } from '@playwright/test';

import { expect, test } from './support/fixtures';

import {
  chooseSmallestAmount,
  englishPicker,
  frenchPicker,
  type PickerWords,
  reserveAndConfirm,
} from './support/choose-amount';
import { pdfText } from './support/pdf-text';
import { signIn } from './support/sign-in';

interface Words extends PickerWords {
  search: string;
  download: string;
  unread: RegExp;
  readyNotice: RegExp;
}

const french: Words = {
  ...frenchPicker,
  search: 'Rechercher une enseigne',
  download: 'Télécharger le PDF',
  unread: /Notifications, \d+ non lues?/,
  readyNotice: /Votre carte cadeau .* est prête/,
};

const english: Words = {
  ...englishPicker,
  search: 'Search for a store',
  download: 'Download the PDF',
  unread: /Notifications, \d+ unread/,
  readyNotice: /gift card is ready/,
};

async function redeem(
  page: Page,
  email: string,
  storeName: string,
  words: Words,
  formatValue: (euros: number) => string,
) {
  await signIn(page, email, { callbackUrl: '/catalogue' });
  await page.getByLabel(words.search).fill(storeName);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${storeName}`));
  await page
    .getByRole('main')
    .getByRole('link', { name: new RegExp(storeName) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: storeName })).toBeVisible();

  const euros = await chooseSmallestAmount(page, words);
  await reserveAndConfirm(page, words);
  await expect(page).toHaveURL(/\/vouchers\?highlight=/);
  const orderId = new URL(page.url()).searchParams.get('highlight')!;
  const card = page.locator(`li[aria-labelledby="voucher-${orderId}"]`);
  await expect(card).toContainText(storeName);

  // Reserved, confirmed by the portal, then READY when Jackpot's webhook arrives: the page follows by itself.
  await expect(card).toHaveAttribute('data-status', 'READY', { timeout: 45_000 });
  await expect(card.getByRole('link', { name: words.download })).toBeVisible();

  // The bell says so too; opening it reads the notification.
  await page.getByRole('button', { name: words.unread }).click();
  await expect(
    page.getByRole('link', { name: words.readyNotice }).filter({ hasText: storeName }).first(),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: /^Notifications$/ })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('vouchers-desktop.png'), fullPage: true });
  const desktop = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath('vouchers-phone.png'), fullPage: true });
  await page.setViewportSize(desktop);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('link', { name: words.download }).click(),
  ]);
  const pdf = await readFile((await download.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const text = pdfText(pdf);
  expect(text).toContain(storeName);
  expect(text).toContain(formatValue(euros));
  return orderId;
}

// The PDF always writes amounts the French way: "20,00 €".
const pdfEuros = (euros: number) => `${euros.toFixed(2).replace('.', ',')} €`;

test.describe('redeeming a voucher, in French', () => {
  test('sign in, find a store, reserve, see it become READY, download the PDF with the right value', async ({
    page,
  }) => {
    await redeem(page, 'camille.martin@acme.example', 'Fnac', french, pdfEuros);
  });
});

test.describe('redeeming a voucher, in English', () => {
  test.use({ locale: 'en-GB' });

  test('the same flow in English', async ({ page }) => {
    await redeem(page, 'sam.taylor@acme.example', 'Decathlon', english, pdfEuros);
  });
});

test('nobody can fetch another person’s voucher PDF by its id', async ({ browser, newPage }) => {
  const owner = await newPage();
  await signIn(owner, 'camille.martin@acme.example', { callbackUrl: '/vouchers' });
  const card = owner.locator('li[data-status="READY"]').first();
  await expect(card).toBeVisible({ timeout: 45_000 });
  const href = (await card.getByRole('link', { name: 'Télécharger le PDF' }).getAttribute('href'))!;
  expect((await owner.request.get(href)).status()).toBe(200);

  const stranger = await newPage();
  await signIn(stranger, 'sam.taylor@acme.example', { callbackUrl: '/vouchers' });
  expect((await stranger.request.get(href)).status()).toBe(404);
  expect((await stranger.request.get('/api/vouchers/00000000-0000-4000-8000-000000000000/pdf')).status()).toBe(404);

  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(href)).status()).toBe(401);
  await anonymous.close();
});
