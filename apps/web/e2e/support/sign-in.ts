import { expect, type Page } from '@playwright/test';

/**
 * Signs in through the real email-link flow: asks for a link on /signin, opens the newest
 * email to that address in the demo outbox, follows its link. Ends on `callbackUrl` (the
 * catalogue by default), signed in. Needs the stack in demo mode, as `npm start` runs it.
 */
export async function signIn(page: Page, email: string, options: { callbackUrl?: string } = {}): Promise<void> {
  const query = options.callbackUrl ? `?${new URLSearchParams({ callbackUrl: options.callbackUrl })}` : '';
  await page.goto(`/signin${query}`);
  await page.locator('input#email').fill(email);
  await page.locator('form:has(input#email) button[type="submit"]').click();
  await page.waitForURL('**/signin/check-email**');

  await page.goto(`/demo/outbox?${new URLSearchParams({ to: email })}`);
  const link = page.locator('ol article a[href*="/api/auth/callback/email"]').first();
  await expect(link).toBeVisible();
  await link.click();
  await page.waitForURL((url) => !url.pathname.startsWith('/api/auth') && !url.pathname.startsWith('/demo/'));
}
