import { expect, type Page } from '@playwright/test';

import { grantDemoAccess } from './demo-access';

/** The sign-in links the demo outbox lists for this address, newest first. */
export async function outboxLinks(page: Page, email: string): Promise<Set<string>> {
  const html = await (await page.request.get(`/demo/outbox?${new URLSearchParams({ to: email })}`)).text();
  return new Set(
    [...html.matchAll(/href="([^"]*\/api\/auth\/callback\/email[^"]*)"/g)].map((match) =>
      match[1]!.replaceAll('&amp;', '&'),
    ),
  );
}

/**
 * The sign-in link of the email that arrives after `before` was read. The email is sent after
 * the sign-in form has answered, so the outbox is read again until it lists a new link.
 */
export async function newOutboxLink(page: Page, email: string, before: Set<string>): Promise<string> {
  let link = '';
  await expect(async () => {
    link = [...(await outboxLinks(page, email))].find((href) => !before.has(href)) ?? '';
    expect(link, `a new sign-in email to ${email} in the demo outbox`).not.toBe('');
  }).toPass({ timeout: 15_000 });
  return link;
}

/**
 * Signs in through the real email-link flow: asks for a link on /signin, opens the new email
 * to that address in the demo outbox, follows its link. Ends on `callbackUrl` (the catalogue by
 * default), signed in. Needs the stack in demo mode, as `npm start` runs it, and opens the demo
 * access link first.
 */
export async function signIn(page: Page, email: string, options: { callbackUrl?: string } = {}): Promise<void> {
  await grantDemoAccess(page);
  const before = await outboxLinks(page, email);
  const query = options.callbackUrl ? `?${new URLSearchParams({ callbackUrl: options.callbackUrl })}` : '';
  await page.goto(`/signin${query}`);
  await page.locator('input#email').fill(email);
  await page.locator('form:has(input#email) button[type="submit"]').click();
  await page.waitForURL('**/signin/check-email**');

  const link = await newOutboxLink(page, email, before);
  await page.goto(`/demo/outbox?${new URLSearchParams({ to: email })}`);
  await page.locator(`ol article a[href="${link}"]`).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/api/auth') && !url.pathname.startsWith('/demo/'));
}
