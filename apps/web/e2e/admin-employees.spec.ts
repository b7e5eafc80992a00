import { randomUUID } from 'node:crypto';
import path from 'node:path';

import { expect, test } from './support/fixtures';

import { newOutboxLink, outboxLinks, signIn } from './support/sign-in';

const alex = 'alex.dupont@acme.example';
const screenshots = path.join(import.meta.dirname, '..', '..', '..', 'docs', 'screenshots');

test('the admin invites an employee, who signs in from the email; then finds and flags her', async ({
  page,
  newPage,
}) => {
  test.setTimeout(120_000);
  const invitee = `nora-${randomUUID().slice(0, 8)}@acme.example`;
  await signIn(page, alex, { callbackUrl: '/admin/employees' });
  await expect(page.getByRole('heading', { level: 1, name: 'Salariés' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Salariés' })).toContainText('Camille Martin');
  const before = await outboxLinks(page, invitee);

  await page.getByRole('button', { name: 'Inviter des salariés' }).click();
  const dialog = page.getByRole('dialog', { name: 'Inviter des salariés' });
  await dialog.getByLabel('Adresses e-mail').fill(`${invitee}, Nora Nouvelle`);
  await dialog.getByRole('button', { name: 'Inviter 1 personne' }).click();
  await expect(dialog.getByRole('list', { name: 'Résultat des invitations' })).toContainText('E-mail envoyé');
  await dialog.getByRole('button', { name: 'Terminé' }).click();

  // The invitation is the sign-in email: its link signs the new employee in.
  const link = await newOutboxLink(page, invitee, before);
  const employee = await newPage();
  await employee.goto(link);
  await expect(employee).toHaveURL(/\/catalogue/);

  await page.getByRole('searchbox', { name: 'Recherche' }).fill('Nora');
  await page.getByRole('button', { name: 'Appliquer' }).click();
  await expect(page).toHaveURL(/q=Nora/);
  const table = page.getByRole('table', { name: 'Salariés' });
  await expect(table.getByRole('row').nth(1)).toContainText(invitee);
  await page.screenshot({ path: path.join(screenshots, 'admin-employees-desktop.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(screenshots, 'admin-employees-phone.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  await table.getByRole('link', { name: 'Nora Nouvelle' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nora Nouvelle');
  await page.getByRole('button', { name: 'Signaler' }).click();
  await page
    .getByRole('dialog', { name: 'Signaler Nora Nouvelle ?' })
    .getByRole('button', { name: 'Signaler' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Signalé');

  await page.getByRole('button', { name: 'Attribuer ou reprendre' }).click();
  const grant = page.getByRole('dialog', { name: 'Budget de Nora Nouvelle' });
  await grant.getByLabel('Montant (€)').fill('40');
  await grant.getByLabel('Motif').fill('Bienvenue');
  await grant.getByRole('button', { name: 'Attribuer', exact: true }).click();
  await expect(page.getByText('Solde disponible :')).toContainText('40,00');
  await expect(page.getByRole('region', { name: 'Historique du budget' })).toContainText('Bienvenue');
  await page.screenshot({ path: path.join(screenshots, 'admin-employee-desktop.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(screenshots, 'admin-employee-phone.png'), fullPage: true });
});
