import { expect, test } from './support/fixtures';

import { grantDemoAccess } from './support/demo-access';
import { newOutboxLink, outboxLinks, signIn } from './support/sign-in';

const camille = 'camille.martin@acme.example';
const sam = 'sam.taylor@acme.example';

test(
  'the demo employee signs in from the demo panel, through the outbox link, then signs out',
  { tag: '@security' },
  async ({ page }) => {
    await grantDemoAccess(page);
    const before = await outboxLinks(page, camille);
    await page.goto('/signin?callbackUrl=%2Faccount');
    await page.getByRole('button', { name: /^Camille Martin/ }).click();
    await expect(page).toHaveURL(/\/signin\/check-email/);
    await expect(page.getByRole('status')).toHaveText(/Si cette adresse correspond à un compte, un lien est en route/);

    const sent = await newOutboxLink(page, camille, before);
    await page.getByRole('link', { name: 'Ouvrir la boîte d’envoi de démo' }).click();
    const email = page.getByRole('article').filter({ has: page.locator(`a[href="${sent}"]`) });
    await expect(email).toContainText(camille);
    await expect(email).toContainText('Bonjour Camille Martin');
    const link = email.getByRole('link', { name: 'Ouvrir le lien de connexion' });
    const href = await link.getAttribute('href');
    await link.click();

    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
    await expect(page.getByTestId('balance-chip')).toContainText('€');
    await expect(
      page.getByRole('navigation', { name: 'Principale' }).getByRole('link', { name: 'Catalogue', exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Admin' })).toHaveCount(0);

    await page.goto('/account');
    await page.getByRole('button', { name: 'Menu du compte de Camille Martin' }).click();
    const menu = page.getByRole('menu');
    await expect(menu.getByText(camille, { exact: true })).toBeVisible();
    await menu.getByRole('menuitem', { name: 'Se déconnecter' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();

    await page.goto('/account');
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount$/);

    // A sign-in link works once.
    await page.goto(href ?? '');
    await expect(page).toHaveURL(/\/signin\?error=Verification/);
    await expect(page.getByRole('main').getByRole('alert')).toContainText(
      'Ce lien de connexion a expiré ou a déjà servi.',
    );
  },
);

test('the shared sign-in helper signs in; an admin gets an admin’s shell: the Admin link, no balance, one line at 1280 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'alex.dupont@acme.example', { callbackUrl: '/account' });
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Principale' });
  await expect(nav.getByRole('link', { name: 'Admin' })).toHaveAttribute('href', '/admin');
  await expect(page.getByTestId('balance-chip')).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Pour mon solde' })).toHaveCount(0);
  // Every link of the menu on one line, each on one line.
  const boxes = await nav
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((link) => ({ top: link.getBoundingClientRect().top, height: link.getBoundingClientRect().height })),
    );
  expect(new Set(boxes.map((box) => box.top)).size).toBe(1);
  expect(Math.max(...boxes.map((box) => box.height))).toBeLessThan(48);
});

test(
  'an unknown email gets the neutral message, no email and no account',
  { tag: '@security' },
  async ({ page, request }) => {
    const stranger = `stranger-${Date.now()}@acme.example`;
    await grantDemoAccess(page);
    await page.goto('/signin');
    await page.getByLabel('E-mail professionnel').fill(stranger);
    await page.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
    await expect(page).toHaveURL(/\/signin\/check-email/);
    await expect(page.getByRole('status')).toHaveText(/Si cette adresse correspond à un compte, un lien est en route/);

    await page.goto(`/demo/outbox?to=${encodeURIComponent(stranger)}`);
    await expect(page.getByText('Aucun e-mail pour l’instant')).toBeVisible();
    const session = await request.get('/api/auth/session');
    expect(await session.json()).toBeNull();
  },
);

test('a signed-out visit to a portal page goes to /signin with the page as callbackUrl', async ({ page }) => {
  await page.goto('/vouchers?status=ready');
  await expect(page).toHaveURL('/signin?callbackUrl=%2Fvouchers%3Fstatus%3Dready');
  await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
});

test('protected tRPC procedures refuse anonymous callers over HTTP', { tag: '@security' }, async ({ request }) => {
  const response = await request.get('/api/trpc/me.profile');
  expect(response.status()).toBe(401);
});

test('an employee calling an admin-only procedure over HTTP is refused', { tag: '@security' }, async ({ page }) => {
  await signIn(page, sam, { callbackUrl: '/account' });
  const profile = await page.request.get('/api/trpc/me.profile');
  expect(profile.status()).toBe(200);
  expect((await profile.json()).result.data.json).toMatchObject({ email: sam, role: 'EMPLOYEE' });
  const response = await page.request.post('/api/trpc/admin.grantBudget', {
    data: { json: { userId: '00000000-0000-4000-8000-000000000000', amountCents: 100, reason: 'e2e' } },
  });
  expect(response.status()).toBe(403);
});

for (const viewport of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`sign-in pages, outbox and shell fit a ${viewport.name} screen`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const shot = async (name: string) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, name).toBeLessThanOrEqual(0);
      await page.screenshot({ path: test.info().outputPath(`${name}-${viewport.name}.png`), fullPage: true });
    };
    await grantDemoAccess(page);
    await page.goto('/signin?error=Verification');
    await shot('signin-error');
    await page.goto('/signin');
    await shot('signin');
    const before = await outboxLinks(page, sam);
    await page.getByRole('button', { name: /^Sam Taylor/ }).click();
    await expect(page).toHaveURL(/\/signin\/check-email/);
    await shot('check-email');
    const sent = await newOutboxLink(page, sam, before);
    await page.goto(`/demo/outbox?to=${encodeURIComponent(sam)}`);
    await expect(page.getByRole('article').first()).toBeVisible();
    await shot('outbox');
    await page.locator(`ol article a[href="${sent}"]`).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/api/auth'));
    await page.goto('/account');
    await shot('shell');
    if (viewport.name === 'phone') {
      // Sam's pages are in English (his profile's language). The balance keeps its label on a
      // phone; the phone menu has the account and signing out.
      await expect(page.getByTestId('balance-chip').getByText('Balance', { exact: true })).toBeVisible();
      await page.getByRole('button', { name: 'Menu', exact: true }).click();
      const phoneMenu = page.getByRole('navigation', { name: 'Main' });
      await expect(phoneMenu.getByRole('link', { name: 'My vouchers' })).toBeVisible();
      await expect(phoneMenu.getByRole('link', { name: 'My account' })).toBeVisible();
      await shot('shell-menu');
      await phoneMenu.getByRole('button', { name: 'Sign out' }).click();
      await expect(page).toHaveURL(/\/$/);
    } else {
      await page.getByRole('button', { name: 'Account menu for Sam Taylor' }).click();
      // The menu's code is loaded on its first use: the picture waits for the menu.
      await expect(page.getByRole('menu')).toBeVisible();
      await shot('shell-user-menu');
    }
  });
}
