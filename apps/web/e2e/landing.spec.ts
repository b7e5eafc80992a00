import { expect, test } from './support/fixtures';
import { signIn } from './support/sign-in';

test('the landing page is served in French by default, with the service up', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Jackpot Rewards/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votre budget, vos cartes cadeaux.');
  await expect(page.getByRole('status', { name: 'État du service' })).toHaveAttribute('data-state', 'up');
  await page.screenshot({ path: test.info().outputPath('landing-fr.png'), fullPage: true });
});

test('the language switcher turns the page to English and remembers it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your budget, your gift cards.');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('status', { name: 'Service status' })).toHaveAttribute('data-state', 'up');
});

test('the landing page works at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath('landing-phone.png'), fullPage: true });
});

test('/api/health reports the database as up', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok', database: { status: 'up' } });
});

test('tRPC answers a real procedure over HTTP', async ({ request }) => {
  const response = await request.get('/api/trpc/system.health');
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.result.data.json.database).toBe('up');
});

test('the landing page’s stores and advantages are the catalogue’s', async ({ page }) => {
  await page.goto('/');
  const tiles = page.getByRole('list', { name: 'Quelques enseignes du catalogue' }).getByRole('listitem');
  await expect(tiles).toHaveCount(6);
  const advertised: Array<{ name: string; rate: string }> = [];
  for (const tile of await tiles.all()) {
    const name = (await tile.locator('p').first().textContent())!;
    const rate = /[+\u2212][\d,]+\u202f%/.exec((await tile.textContent())!)?.[0];
    expect(rate, `${name} advertises an advantage`).toBeDefined();
    advertised.push({ name, rate: rate! });
  }
  await signIn(page, 'camille.martin@acme.example', { callbackUrl: '/catalogue' });
  for (const { name, rate } of advertised) {
    await page.goto(`/catalogue?${new URLSearchParams({ q: name })}`);
    const card = page.getByRole('main').getByRole('listitem').filter({ hasText: name }).first();
    await expect(card).toContainText(rate);
  }
});
