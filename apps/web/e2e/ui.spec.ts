import { expect, test } from './support/fixtures';
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
