import { expect, type Page } from '@playwright/test';

/** Searches the catalogue for a store by name and opens its page from the list, as an employee would. */
export async function openStore(page: Page, name: string) {
  await page.goto(`/catalogue?q=${encodeURIComponent(name)}`);
  await page
    .getByRole('main')
    .getByRole('link', { name: new RegExp(name) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}
