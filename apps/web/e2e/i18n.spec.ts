import { expect, test } from './support/fixtures';
import { signIn } from './support/sign-in';

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });

  test('categories, validity and delivery are in English; Jackpot’s own French text is marked as French', async ({
    page,
  }) => {
    await signIn(page, 'sam.taylor@acme.example', { callbackUrl: '/catalogue' });
    const category = page.getByLabel('Category');
    await expect(category.locator('option', { hasText: 'Beauty & wellbeing' })).toHaveCount(1);
    await expect(category.locator('option', { hasText: 'Beauté' })).toHaveCount(0);

    await page.goto('/catalogue?q=Nocib%C3%A9');
    await page
      .getByRole('main')
      .getByRole('link', { name: /Nocibé/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nocibé' })).toBeVisible();
    await expect(page.getByRole('main').getByText('Beauty & wellbeing', { exact: true })).toBeVisible();
    const details = page.getByRole('region', { name: 'Good to know' });
    await expect(details).toContainText(/Validity\s*\d+ months?/);
    await expect(details).toContainText(/Delivery time\s*(Immediate|Within \d+ hours)/);
    await expect(details).not.toContainText('mois');
    await expect(details).not.toContainText('Sous');
    await expect(page.getByRole('region', { name: 'Conditions of use' }).locator('p[lang="fr"]')).toBeVisible();
  });
});

test('the language a user picks is saved to their profile and follows them to another device', async ({
  page,
  newPage,
}) => {
  const camille = 'camille.martin@acme.example';
  await signIn(page, camille, { callbackUrl: '/account' });
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
  try {
    // Another browser, in French, without the cookie: Camille's pages are in English.
    const other = await newPage({ locale: 'fr-FR' });
    await signIn(other, camille, { callbackUrl: '/account' });
    await expect(other.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
    await expect(other.locator('html')).toHaveAttribute('lang', 'en');
  } finally {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  }
});
