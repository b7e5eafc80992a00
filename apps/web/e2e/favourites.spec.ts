import { randomUUID } from 'node:crypto';

import type { Page } from '@playwright/test';

import { chooseSmallestAmount, frenchPicker, reserveAndConfirm } from './support/choose-amount';
import { expect, test } from './support/fixtures';
import { newOutboxLink, outboxLinks, signIn } from './support/sign-in';

const camille = 'camille.martin@acme.example';
const sam = 'sam.taylor@acme.example';
const alex = 'alex.dupont@acme.example';

const cards = (page: Page) => page.getByRole('main').getByRole('listitem');
// The heart's name: the store's, so that the hearts of a list can be told apart.
const heartName = { fr: (store: string) => `Favori : ${store}`, en: (store: string) => `Favourite: ${store}` };
const heart = (page: Page, store: string, locale: 'fr' | 'en' = 'fr') =>
  page.getByRole('main').getByRole('button', { name: heartName[locale](store) });

test('an employee keeps a store as a favourite from the catalogue, finds it under My favourites, and unmarks it on the store page', async ({
  page,
  browserProblems,
}) => {
  const store = 'Nature & Découvertes';
  await signIn(page, camille, { callbackUrl: `/catalogue?q=${encodeURIComponent('Découvertes')}` });
  await expect(cards(page)).toHaveCount(1);

  // With the keyboard: the heart is a toggle button of its own, not part of the card's link.
  const toggle = heart(page, store);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(heart(page, store)).toHaveAttribute('aria-pressed', 'true');

  // "My favourites" is a filter of the URL, like the others.
  await page.getByLabel('Rechercher une enseigne').fill('');
  await expect(page).toHaveURL(/\/catalogue$/);
  // The radio itself is visually hidden behind its label, as the catalogue's other choices.
  await page.locator('label').filter({ hasText: 'Mes favoris' }).click();
  await expect(page).toHaveURL(/\/catalogue\?favourites=1$/);
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText(store);
  await expect(page.getByRole('radio', { name: /Mes favoris/ })).toBeChecked();

  // A refused save puts the heart back and says so.
  browserProblems.allow(/favourites\.set/);
  await page.route('**/api/trpc/favourites.set**', (route) => route.abort());
  await heart(page, store).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Votre favori n’a pas été enregistré.' })).toBeVisible();
  await expect(heart(page, store)).toHaveAttribute('aria-pressed', 'true');
  await page.unroute('**/api/trpc/favourites.set**');

  // On the store page, the same heart; unmarked there, the favourites are empty and say how to add one.
  await cards(page).first().getByRole('link', { name: store }).click();
  await expect(page.getByRole('heading', { level: 1, name: store })).toBeVisible();
  await expect(heart(page, store)).toHaveAttribute('aria-pressed', 'true');
  await heart(page, store).click();
  await expect(heart(page, store)).toHaveAttribute('aria-pressed', 'false');
  await page.goto('/catalogue?favourites=1');
  await expect(page.getByRole('heading', { name: 'Pas encore de favori' })).toBeVisible();
  await page.getByRole('button', { name: 'Voir toutes les enseignes' }).click();
  await expect(page).toHaveURL(/\/catalogue$/);
  await expect(cards(page).nth(11)).toBeVisible();
});

test('popular at the company: three colleagues buy at one store, and an employee sees it with how many, never who', async ({
  page,
  newPage,
}) => {
  test.setTimeout(240_000);
  const store = 'Cultura';
  const run = randomUUID().slice(0, 8);
  const colleagues = [1, 2, 3].map((n) => ({ email: `pop-${run}-${n}@acme.example`, name: `Collègue${n} ${run}` }));

  // The admin invites three colleagues and gives each a budget.
  const admin = await newPage();
  await signIn(admin, alex, { callbackUrl: '/admin/employees' });
  const before = await Promise.all(colleagues.map(({ email }) => outboxLinks(admin, email)));
  await admin.getByRole('button', { name: 'Inviter des salariés' }).click();
  const invite = admin.getByRole('dialog', { name: 'Inviter des salariés' });
  await invite.getByLabel('Adresses e-mail').fill(colleagues.map(({ email, name }) => `${email}, ${name}`).join('\n'));
  await invite.getByRole('button', { name: 'Inviter 3 personnes' }).click();
  await expect(invite.getByRole('list', { name: 'Résultat des invitations' })).toContainText('E-mail envoyé');
  await invite.getByRole('button', { name: 'Terminé' }).click();
  const links = await Promise.all(colleagues.map(({ email }, i) => newOutboxLink(admin, email, before[i]!)));
  await admin.goto('/admin/budgets');
  await admin.getByLabel('Fichier CSV', { exact: true }).setInputFiles({
    name: 'budgets.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      ['email;amount_eur;reason', ...colleagues.map(({ email }) => `${email};30;Bienvenue ${run}`)].join('\n'),
    ),
  });
  const preview = admin.getByRole('region', { name: 'Aperçu du fichier' });
  await preview.getByRole('button', { name: 'Appliquer les 3 lignes' }).click();
  await admin
    .getByRole('dialog', { name: 'Appliquer 3 lignes ?' })
    .getByRole('button', { name: 'Appliquer le fichier' })
    .click();
  await expect(preview.getByRole('status').last()).toContainText('Appliqué : 3 lignes');

  // Each colleague signs in from the invitation and buys the smallest voucher of the store.
  for (const link of links) {
    const colleague = await newPage();
    await colleague.goto(link);
    await colleague.goto(`/catalogue?q=${store}`);
    await colleague.getByRole('main').getByRole('link', { name: store, exact: true }).click();
    await chooseSmallestAmount(colleague, frenchPicker);
    await reserveAndConfirm(colleague, frenchPicker);
    await expect(colleague).toHaveURL(/\/vouchers\?highlight=/);
  }

  // Camille sees the store among the popular ones once the vouchers are paid (confirmed by Jackpot).
  await signIn(page, camille, { callbackUrl: '/catalogue' });
  const popular = page.getByRole('region', { name: 'Populaire dans votre entreprise' });
  await expect(async () => {
    await page.reload();
    await expect(popular.getByRole('link', { name: new RegExp(store) })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  const tile = popular.getByRole('listitem').filter({ hasText: store });
  await expect(tile).toContainText(/Choisie par [3-9]\d* collègues/);
  await expect(popular).toContainText('jamais qui a acheté quoi');
  for (const { name, email } of colleagues) {
    await expect(page.getByRole('main')).not.toContainText(name);
    await expect(page.getByRole('main')).not.toContainText(email);
  }
  // A filter hides the row: the list is then the answer to the search.
  await page.getByLabel('Rechercher une enseigne').fill('fnac');
  await expect(popular).toBeHidden();
});

// The catalogue with favourites and the popular row, for docs/screenshots/, at 1280 and 390 px in
// French (Camille) and in English (Sam, whose saved language is English). Runs after the test above,
// whose colleagues' vouchers make the popular row.
for (const { locale, email, popularTitle } of [
  { locale: 'fr', email: camille, popularTitle: 'Populaire dans votre entreprise' },
  { locale: 'en', email: sam, popularTitle: 'Popular at your company' },
] as const) {
  test(`the catalogue with favourites and the popular row, in ${locale === 'fr' ? 'French' : 'English'}`, async ({
    page,
    checkAccessibility,
  }) => {
    // Stores of the first row, so that the screenshots show their hearts.
    const favourites = ['Auchan', 'Boulanger'];
    await signIn(page, email, { callbackUrl: '/catalogue' });
    await expect(page.getByRole('region', { name: popularTitle })).toBeVisible();
    for (const store of favourites) {
      await heart(page, store, locale).click();
      await expect(heart(page, store, locale)).toHaveAttribute('aria-pressed', 'true');
    }
    for (const viewport of [
      { name: 'desktop', width: 1280, height: 900 },
      // A phone's width; taller than its screen, to show the first stores under the popular row.
      { name: 'phone', width: 390, height: 1500 },
    ]) {
      await page.setViewportSize(viewport);
      await page.evaluate(() => window.scrollTo(0, 0));
      // The pointer off the cards: no hover state in the pictures.
      await page.mouse.move(0, 0);
      await checkAccessibility(page);
      await page.screenshot({ path: test.info().outputPath(`catalogue-favourites-${viewport.name}-${locale}.png`) });
    }
    for (const store of favourites) await heart(page, store, locale).click();
    await expect(page.getByRole('main').getByRole('button', { pressed: true })).toHaveCount(0);
  });
}
