import { randomBytes } from 'node:crypto';

import type { Page } from '@playwright/test';

import { chooseSmallestAmount, englishPicker, frenchPicker } from './support/choose-amount';
import { expect, test } from './support/fixtures';
import { openStore } from './support/open-store';
import { signIn } from './support/sign-in';
import { readEuros } from './support/read-euros';

// Issue 15 end to end: an admin prepares a Christmas campaign with a per-child amount for a CSV of
// employees, reads the compliance preview and launches it; Claire (two children, born 2016 and
// 2019) sees the wallet, spends part of it at a toy store, cannot pay with it at a beauty store;
// the payroll CSV holds what was granted and spent.

const admin = 'alex.dupont@acme.example';
const claire = 'claire.bernard@acme.example';
const sam = 'sam.taylor@acme.example';
// Its own name: the seed's "Noël 2026" and other runs' campaigns stay out of the way.
const campaignName = `Noël E2E ${randomBytes(3).toString('hex')}`;

async function shot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage });
}

test('a campaign from its draft to the payroll CSV, through the compliance preview and an employee’s purchase', async ({
  page,
  newPage,
  checkAccessibility,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, admin, { callbackUrl: '/admin/campaigns' });
  await expect(page.getByRole('heading', { level: 1, name: 'Campagnes' })).toBeVisible();
  await page.getByRole('link', { name: 'Nouvelle campagne' }).click();

  // The form: Christmas pre-fills its categories; a category outside the event's rule warns.
  await page.getByLabel('Nom de la campagne').fill(campaignName);
  await expect(page.getByLabel('Événement')).toHaveValue('CHRISTMAS');
  await expect(page.getByRole('checkbox', { name: 'Jouets & Enfants' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Beauté & Bien-être' })).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'Beauté & Bien-être' }).check();
  await expect(page.getByTestId('categories-warning')).toContainText('Beauté & Bien-être');
  await page.getByRole('checkbox', { name: 'Beauté & Bien-être' }).uncheck();
  await expect(page.getByTestId('categories-warning')).toBeHidden();
  await page.getByLabel('Montant par salarié (€)').fill('50');
  await page.getByLabel('Montant par enfant éligible (€)').fill('30');

  // Eligible employees from a CSV of emails, checked before anything is saved.
  await page.getByLabel(/Importer une liste/).setInputFiles({
    name: 'eligible.csv',
    mimeType: 'text/csv',
    // One line names nobody: its verdict is shown, the others are kept.
    buffer: Buffer.from(`email\n${claire}\nnobody@acme.example\n`, 'utf8'),
  });
  await expect(page.getByText('1 salarié(s) retenu(s) sur 2 ligne(s), 1 erreur(s).')).toBeVisible();
  await expect(page.getByText('Ligne 3 (nobody@acme.example) : aucun compte avec cet e-mail')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Une liste (CSV)' })).toBeChecked();
  await checkAccessibility(page);
  await shot(page, 'campaign-form-desktop-fr');
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();

  // The compliance preview: Claire gets 50 € + 2 × 30 €, all exempt as Christmas; nothing granted yet.
  await expect(page).toHaveURL(/\/admin\/campaigns\/[0-9a-f-]{36}$/);
  const campaignId = page.url().split('/').pop()!;
  await expect(page.getByRole('heading', { level: 1, name: campaignName })).toBeVisible();
  const totals = page.getByTestId('preview-totals');
  await expect(totals).toContainText('110,00');
  await expect(totals.getByText('À déclarer').locator('..')).toContainText('0,00');
  const claireRow = page.getByRole('row', { name: /Claire Bernard/ });
  await expect(claireRow).toContainText('Enfants nés en 2016, 2019');
  await expect(claireRow).toContainText('110,00');
  await expect(claireRow).toContainText('Enfant né en 2019');
  await checkAccessibility(page);
  await shot(page, 'campaign-preview-desktop-fr');

  // The launch says how many employees and how much, and grants once confirmed.
  await page.getByRole('button', { name: 'Lancer la campagne' }).click();
  const launch = page.getByRole('dialog', { name: 'Lancer la campagne ?' });
  await expect(launch).toContainText('1 salarié, 110,00 € au total.');
  await checkAccessibility(page);
  await launch.getByRole('button', { name: 'Attribuer 110,00 € à 1 salarié' }).click();
  await expect(launch).toBeHidden();
  const figures = page.getByTestId('campaign-figures');
  await expect(figures).toContainText('110,00');
  await expect(page.getByText('Lancée', { exact: true })).toBeVisible();

  // Claire sees the wallet in her balance menu, what it is for and until when.
  const employee = await newPage();
  await employee.setViewportSize({ width: 1280, height: 900 });
  await signIn(employee, claire, { callbackUrl: '/catalogue' });
  await employee.getByTestId('balance-chip').click();
  const wallets = employee.getByTestId('wallet-list');
  const mine = wallets.getByRole('listitem').filter({ hasText: campaignName });
  await expect(mine).toContainText('110,00');
  await expect(mine).toContainText('jusqu’au 31 janvier');
  await expect(mine).toContainText('Jouets & Enfants');
  await checkAccessibility(employee);

  // The catalogue filtered to what the wallet buys: toys yes, beauty no.
  await mine.getByRole('link', { name: new RegExp(`Voir ce que « ${campaignName} »`) }).click();
  await expect(employee).toHaveURL(/wallet=[0-9a-f-]{36}/);
  await expect(employee.getByTestId('wallet-scope-note')).toContainText(campaignName);
  await expect(employee.getByRole('main').getByRole('link', { name: /King Jouet/ })).toBeVisible();
  await expect(employee.getByRole('main').getByRole('link', { name: /Sephora/ })).toHaveCount(0);

  // A toy store from there opens with the campaign wallet chosen; the confirmation says it pays.
  await employee
    .getByRole('main')
    .getByRole('link', { name: /King Jouet/ })
    .first()
    .click();
  await expect(employee).toHaveURL(/\/catalogue\/[^?]+\?wallet=[0-9a-f-]{36}$/);
  await expect(employee.getByRole('radio', { name: new RegExp(campaignName) })).toBeChecked();
  await chooseSmallestAmount(employee, frenchPicker);
  await employee.getByRole('button', { name: frenchPicker.reserve }).click();
  const confirm = employee.getByRole('dialog');
  await expect(confirm.getByTestId('confirm-wallet')).toContainText(campaignName);
  const price = readEuros((await confirm.getByTestId('confirm-price').locator('dd').textContent())!);
  await expect(confirm.getByTestId('confirm-left')).toContainText(
    new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2 }).format(110 - price),
  );
  await checkAccessibility(employee);
  await shot(employee, 'store-wallet-confirm-desktop-fr', false);
  await confirm.getByRole('button', { name: frenchPicker.confirm }).click();
  await expect(employee).toHaveURL(/\/vouchers\?highlight=/);

  // On a phone, the balance menu lists her three wallets.
  await employee.setViewportSize({ width: 390, height: 844 });
  await employee.getByTestId('balance-chip').click();
  await expect(employee.getByTestId('wallet-list').getByRole('listitem')).toHaveCount(3);
  await checkAccessibility(employee);
  await shot(employee, 'wallet-menu-phone-fr', false);
  await employee.keyboard.press('Escape');
  await employee.setViewportSize({ width: 1280, height: 900 });

  // At a beauty store the campaign wallet cannot pay, and the page says why.
  await openStore(employee, 'Sephora');
  await expect(employee.getByTestId('wallet-not-here').filter({ hasText: campaignName })).toContainText(
    'ne peut pas être dépensé dans cette enseigne',
  );
  await expect(employee.getByRole('radio', { name: new RegExp(campaignName) })).toHaveCount(0);

  // The payroll report and its CSV: Claire's 110 € granted, the voucher's price spent, all exempt.
  await page.goto(`/admin/payroll?campaign=${campaignId}`);
  // The campaign's own columns come first, as in the CSV: 110 € granted, the voucher's price spent.
  const claireCells = page.getByRole('row', { name: /claire\.bernard/ }).getByRole('cell');
  await expect(claireCells.first()).toHaveText(/^110,00\s€$/);
  expect(readEuros((await claireCells.nth(1).textContent())!)).toBeCloseTo(price, 2);
  await expect(claireCells.nth(3)).toHaveText(/^0,00\s€$/);
  const spentTotal = page.getByTestId('payroll-totals').getByText('Dépensé sur la campagne').locator('..');
  expect(readEuros((await spentTotal.locator('dd').textContent())!)).toBeCloseTo(price, 2);
  await checkAccessibility(page);
  await shot(page, 'payroll-report-desktop-fr');
  const csv = await page.request.get(`/api/admin/exports/payroll?campaign=${campaignId}`);
  expect(csv.status()).toBe(200);
  const [header, ...lines] = (await csv.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(';'));
  const column = (name: string) => header!.indexOf(name);
  const claireLine = lines.find((line) => line[0] === claire)!;
  expect(claireLine, 'Claire in the payroll CSV').toBeDefined();
  expect(lines).toHaveLength(1);
  expect(claireLine[column('campaign')]).toBe(campaignName);
  expect(claireLine[column('campaign_granted_eur')]).toBe('110,00');
  expect(readEuros(claireLine[column('campaign_spent_eur')]!)).toBeCloseTo(price, 2);
  expect(claireLine[column('campaign_exempt_eur')]).toBe('110,00');
  expect(claireLine[column('campaign_to_declare_eur')]).toBe('0,00');
});

test('the wallet menu on a phone and the store’s wallet choice, in English', async ({ page, checkAccessibility }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, sam, { callbackUrl: '/catalogue' });
  await page.getByTestId('balance-chip').click();
  await expect(page.getByTestId('wallet-list')).toContainText('General budget');
  await checkAccessibility(page);
  await shot(page, 'wallet-menu-phone-en', false);
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 1280, height: 900 });
  await openStore(page, 'King Jouet');
  await expect(page.getByTestId('wallet-choice')).toBeVisible();
  await expect(page.getByRole('button', { name: englishPicker.reserve })).toBeVisible();
  await checkAccessibility(page);
  await shot(page, 'store-wallet-desktop-en');

  // My children: a birth year is added, then removed (no name asked).
  await page.goto('/account');
  const children = page.getByRole('region', { name: 'My children' });
  await expect(children).toContainText('No child declared.');
  await children.getByLabel('Birth year').selectOption('2020');
  await children.getByRole('button', { name: 'Add a child' }).click();
  await expect(children.getByTestId('children-list')).toContainText('Child 1 · born in 2020');
  await checkAccessibility(page);
  await children.getByRole('button', { name: 'Remove child 1 (born in 2020)' }).click();
  await expect(children).toContainText('No child declared.');
});

test('the campaign screens in English: the form, a compliance preview over everyone, the payroll report', async ({
  page,
  checkAccessibility,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  // The second admin, switched to English for these screens and back to French at the end.
  await signIn(page, 'ines.moreau@acme.example', { callbackUrl: '/admin/campaigns/new' });
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'New campaign' })).toBeVisible();
  await page.getByLabel('Campaign name').fill(`Christmas ${randomBytes(3).toString('hex')}`);
  await page.getByLabel('Amount per employee (€)').fill('150');
  await page.getByLabel('Amount per eligible child (€)').fill('60');
  await page.getByRole('checkbox', { name: 'Travel & outings' }).check();
  await expect(page.getByTestId('categories-warning')).toBeVisible();
  await checkAccessibility(page);
  await shot(page, 'campaign-form-desktop-en');
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(page.getByTestId('preview-totals')).toBeVisible();
  await expect(page.getByRole('row', { name: /Claire Bernard/ })).toContainText('to declare');
  await checkAccessibility(page);
  await shot(page, 'campaign-preview-desktop-en');
  // Children by CSV: a wrong line blocks the import; the fixed file replaces Inès's children.
  await page.goto('/admin/campaigns');
  const upload = (lines: string[]) =>
    page.getByLabel('CSV file', { exact: true }).setInputFiles({
      name: 'children.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`email;birth_year\n${lines.join('\n')}\n`, 'utf8'),
    });
  await upload(['ines.moreau@acme.example;2012', 'ines.moreau@acme.example;20x5']);
  await expect(page.getByText('2 line(s): 1 valid for 1 employee(s), 1 error(s).')).toBeVisible();
  await expect(page.getByRole('button', { name: /Replace the children/ })).toBeDisabled();
  await upload(['ines.moreau@acme.example;2012']);
  await page.getByRole('button', { name: 'Replace the children of 1 employee(s)' }).click();
  await expect(page.getByText('1 child(ren) saved for 1 employee(s).')).toBeVisible();
  await checkAccessibility(page);

  await page.goto('/admin/payroll?year=2026');
  await expect(page.getByTestId('payroll-totals')).toBeVisible();
  await checkAccessibility(page);
  await shot(page, 'payroll-report-desktop-en');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Rapport de paie' })).toBeVisible();
});
