import { grantDemoAccess } from './support/demo-access';
import { expect, test } from './support/fixtures';
import { signIn } from './support/sign-in';

// Every page of the portal, checked with axe-core (WCAG 2.2 AA) in the state a user first sees it.
// The fixture fails a test on any serious or critical violation, and on any console error.

const camille = 'camille.martin@acme.example';
const alex = 'alex.dupont@acme.example';

test('public pages have no serious accessibility violation', async ({ page, checkAccessibility, browserProblems }) => {
  browserProblems.allow(/status of 404/);
  await grantDemoAccess(page);
  for (const path of ['/', '/signin', '/signin/check-email', '/demo/outbox', '/a-page-that-does-not-exist']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await checkAccessibility(page);
  }
});

test('the logo link is named by what it shows, in the portal as on public pages', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Jackpot Rewards', exact: true })).toBeVisible();
  await signIn(page, camille, { callbackUrl: '/account' });
  await expect(page.getByRole('banner').getByRole('link', { name: 'Jackpot Rewards', exact: true })).toBeVisible();
});

test('the favicon is served', async ({ request }) => {
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
});

for (const viewport of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`an employee’s pages have no serious accessibility violation, on a ${viewport.name}`, async ({
    page,
    checkAccessibility,
  }) => {
    // Six pages, each read whole by axe-core.
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    await signIn(page, camille, { callbackUrl: '/catalogue' });
    for (const path of ['/catalogue', '/catalogue/for-my-balance', '/vouchers', '/account']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await checkAccessibility(page);
    }
    await page.goto('/catalogue?q=Decathlon');
    await page
      .getByRole('main')
      .getByRole('link', { name: /Decathlon/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Decathlon' })).toBeVisible();
    await checkAccessibility(page);
  });
}

test('the administration page has no serious accessibility violation', async ({ page, checkAccessibility }) => {
  await signIn(page, alex, { callbackUrl: '/admin' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await checkAccessibility(page);
});
