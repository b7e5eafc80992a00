import type { Page } from '@playwright/test';

/** The per-start demo access key: `npm start` prints it in its banner; playwright.config.ts sets it for the test stack. */
export const demoAccessToken = process.env.DEMO_ACCESS_TOKEN ?? '';

/**
 * Opens the banner's link in this page's browser context, as the person who ran `npm start`
 * would: from then on the context sees the demo accounts and the demo outbox.
 */
export async function grantDemoAccess(page: Page): Promise<void> {
  const response = await page.request.get(`/signin?${new URLSearchParams({ demo: demoAccessToken })}`);
  if (!response.ok()) throw new Error(`The demo access link answered ${response.status()}`);
}
