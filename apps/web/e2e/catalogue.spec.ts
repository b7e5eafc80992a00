import type { Page } from '@playwright/test';

import { expect, test } from './support/fixtures';

import { signIn } from './support/sign-in';

const camille = 'camille.martin@acme.example';
// The seeded admin has no budget: the store page must say so instead of listing vouchers.
const alex = 'alex.dupont@acme.example';

const storeCards = (page: Page) => page.getByRole('main').getByRole('listitem');

test('search, filter by category, open a store and see what the balance affords; the URL keeps the filters and Back works', async ({
  page,
}) => {
  await signIn(page, camille, { callbackUrl: '/catalogue' });
  await expect(page.getByRole('heading', { level: 1, name: 'Catalogue' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /\d+ enseignes/ })).toBeVisible();
  await expect(storeCards(page).nth(11)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('catalogue-desktop.png'), fullPage: true });

  // Search, case and accents ignored; the URL follows after the debounce.
  await page.getByLabel('Rechercher une enseigne').fill('DECOUV');
  await expect(page).toHaveURL(/[?&]q=DECOUV/);
  await expect(storeCards(page)).toHaveCount(1);
  await expect(storeCards(page).first()).toContainText('Nature & Découvertes');

  // A category replaces nothing: it is a new step in the history.
  await page.getByLabel('Rechercher une enseigne').fill('');
  await expect(page).not.toHaveURL(/[?&]q=/);
  await page.getByLabel('Catégorie').selectOption('Sport');
  await expect(page).toHaveURL(/[?&]category=Sport/);
  await expect(storeCards(page).filter({ hasNotText: 'Sport' })).toHaveCount(0);
  const sportCount = await storeCards(page).count();
  expect(sportCount).toBeGreaterThan(0);
  await expect(storeCards(page).filter({ hasText: 'Go Sport' })).toHaveCount(0);

  // The filtered URL is shareable: loading it again gives the same list.
  await page.reload();
  await expect(page.getByLabel('Catégorie')).toHaveValue('Sport');
  await expect(storeCards(page)).toHaveCount(sportCount);

  await page.getByRole('link', { name: /Decathlon/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Decathlon' })).toBeVisible();
  const affordable = page.getByRole('region', { name: 'Ce que vous pouvez obtenir maintenant' });
  await expect(affordable.getByRole('table').first()).toBeVisible();
  await expect(affordable.getByRole('row').nth(1)).toContainText('€');
  await expect(affordable.getByRole('button', { name: 'Réserver ce bon' })).toBeEnabled();
  await page.screenshot({ path: test.info().outputPath('store-desktop.png'), fullPage: true });

  await page.goBack();
  await expect(page).toHaveURL(/\/catalogue\?category=Sport$/);
  await expect(page.getByLabel('Catégorie')).toHaveValue('Sport');
  await page.goBack();
  await expect(page).toHaveURL(/\/catalogue$/);
  await expect(page.getByLabel('Catégorie')).toHaveValue('');
});

test('the search box follows Back and Forward', async ({ page }) => {
  await signIn(page, camille, { callbackUrl: '/catalogue' });
  const search = page.getByLabel('Rechercher une enseigne');
  await search.fill('fnac');
  await expect(page).toHaveURL(/\/catalogue\?q=fnac$/);
  await expect(storeCards(page)).toHaveCount(1);
  await page.goBack();
  await expect(page).toHaveURL(/\/catalogue$/);
  await expect(search).toHaveValue('');
  await page.goForward();
  await expect(page).toHaveURL(/\/catalogue\?q=fnac$/);
  await expect(search).toHaveValue('fnac');
  await expect(storeCards(page)).toHaveCount(1);
});

test('a filter that matches nothing says so and clears in one click', async ({ page }) => {
  await signIn(page, camille, { callbackUrl: '/catalogue?q=zzzz-no-store' });
  await expect(page.getByRole('heading', { name: 'Aucune enseigne ne correspond' })).toBeVisible();
  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(page).toHaveURL(/\/catalogue$/);
  await expect(page.getByLabel('Rechercher une enseigne')).toHaveValue('');
  await expect(storeCards(page).nth(11)).toBeVisible();
});

test('what the balance can get, across stores, links to each store', async ({ page }) => {
  await signIn(page, camille, { callbackUrl: '/catalogue/for-my-balance' });
  await expect(page.getByRole('heading', { level: 1, name: 'Que puis-je obtenir avec mon solde ?' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /\d+ bons pour/ })).toBeVisible();
  await page.getByLabel('Montant à dépenser (€)').fill('20');
  await page.getByRole('button', { name: 'Voir', exact: true }).click();
  await expect(page).toHaveURL(/amount=20$/);
  await expect(page.getByRole('status').filter({ hasText: /pour 20,00/ })).toBeVisible();
  await storeCards(page).first().getByRole('link').click();
  await expect(page).toHaveURL(/\/catalogue\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('region', { name: 'Ce que vous pouvez obtenir maintenant' })).toBeVisible();
});

test('with no budget, the store page says so instead of listing vouchers', async ({ page }) => {
  await signIn(page, alex, { callbackUrl: '/catalogue?q=fnac' });
  await page.getByRole('main').getByRole('link', { name: /Fnac/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fnac' })).toBeVisible();
  await expect(page.getByText('Votre solde est vide')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Réserver ce bon' })).toHaveCount(0);
});

test('pages read through tRPC on the server: the balance is in the first HTML, an unknown store is a 404', async ({
  page,
  browserProblems,
}) => {
  browserProblems.allow(/status of 404/);
  await signIn(page, camille, { callbackUrl: '/account' });
  const html = await (await page.request.get('/catalogue')).text();
  expect(html).toMatch(/data-testid="balance-chip"[^]*?\d+,\d{2}\s€/);
  const response = await page.goto('/catalogue/00000000-0000-4000-8000-000000000000');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
});

test('the catalogue’s list is in the first HTML, and the browser does not ask for it again', async ({ page }) => {
  await signIn(page, camille, { callbackUrl: '/account' });
  const html = await (await page.request.get('/catalogue?q=Decathlon')).text();
  expect(html).toMatch(/role="status"[^>]*>\d+ enseignes?</);
  expect(html).toMatch(/href="\/catalogue\/[0-9a-f-]{36}"[^]*?Decathlon/);

  // The catalogue's queries come with the page, for each kind of list: none is asked of /api/trpc.
  const asked: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/trpc/')) asked.push(...url.pathname.slice('/api/trpc/'.length).split(','));
  });
  for (const path of ['/catalogue', '/catalogue?q=Decathlon&sort=rate', '/catalogue?favourites=1']) {
    await page.goto(path);
    await expect(page.getByRole('main').getByRole('status')).toContainText(/enseigne/);
    await page.waitForLoadState('networkidle');
  }
  const catalogueQueries = ['catalogue.', 'favourites.', 'me.wallets', 'me.balance'];
  expect(asked.filter((name) => catalogueQueries.some((prefix) => name.startsWith(prefix)))).toEqual([]);
});

test('the catalogue and a store page fit a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, camille, { callbackUrl: '/catalogue' });
  await expect(storeCards(page).first()).toBeVisible();
  // The page's own content stays within the screen (the shell's header is tested with the shell).
  const overflow = () =>
    page.evaluate(
      () =>
        Math.max(...[...document.querySelectorAll('main *')].map((element) => element.getBoundingClientRect().right)) -
        window.innerWidth,
    );
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath('catalogue-phone.png'), fullPage: true });
  await storeCards(page).first().getByRole('link').click();
  await expect(page.getByRole('region', { name: 'Ce que vous pouvez obtenir maintenant' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Réserver ce bon' })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath('store-phone.png'), fullPage: true });
});
