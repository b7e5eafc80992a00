import { randomUUID } from 'node:crypto';
import path from 'node:path';

import type { Page } from '@playwright/test';

import { expect, test } from './support/fixtures';

import { signIn } from './support/sign-in';

const alex = 'alex.dupont@acme.example';
const camille = 'camille.martin@acme.example';
const sam = 'sam.taylor@acme.example';
const screenshots = path.join(import.meta.dirname, '..', '..', '..', 'docs', 'screenshots');

/** An employee's balance in cents, as the employees table shows it (found by email). */
async function balanceCents(page: Page, email: string): Promise<number> {
  await page.goto(`/admin/employees?q=${encodeURIComponent(email)}`);
  const row = page.getByRole('table', { name: 'Salariés' }).getByRole('row').nth(1);
  await expect(row).toContainText(email);
  const text = (await row.getByRole('cell').last().textContent()) ?? '';
  return Math.round(Number(text.replace(/[^\d,-]/g, '').replace(',', '.')) * 100);
}

test('the admin imports a budget CSV with an error, fixes it, applies it and sees the balances change', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const reason = `Prime e2e ${randomUUID().slice(0, 8)}`;
  await signIn(page, alex, { callbackUrl: '/admin/budgets' });
  const [camilleBefore, samBefore] = [await balanceCents(page, camille), await balanceCents(page, sam)];

  await page.goto('/admin/budgets');
  await expect(page.getByRole('heading', { level: 1, name: 'Budgets' })).toBeVisible();
  // The template: UTF-8 with a BOM, `;` separated.
  const template = await page.request.get('/api/admin/budgets/template');
  expect(template.headers()['content-type']).toContain('text/csv');
  const bytes = await template.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('email;amount_eur;reason');

  const upload = (lines: string[]) =>
    page.getByLabel('Fichier CSV', { exact: true }).setInputFiles({
      name: 'budgets.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${lines.join('\n')}\n`, 'utf8'),
    });
  await upload([
    'email;amount_eur;reason',
    `${camille};25,00;${reason}`,
    `nobody@acme.example;10;${reason}`,
    `${sam};12,50;${reason}`,
  ]);
  const preview = page.getByRole('region', { name: 'Aperçu du fichier' });
  await expect(preview.getByRole('status')).toContainText('3 lignes : 2 prêtes, 1 en erreur');
  await expect(preview.getByRole('row', { name: /nobody@acme.example/ })).toContainText('E-mail inconnu');
  await expect(preview.getByRole('button', { name: /Appliquer/ })).toBeDisabled();
  await page.screenshot({ path: path.join(screenshots, 'admin-budgets-desktop.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(screenshots, 'admin-budgets-phone.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  // Nothing was written by the preview.
  expect(await balanceCents(page, camille)).toBe(camilleBefore);

  await page.goto('/admin/budgets');
  await upload(['email;amount_eur;reason', `${camille};25,00;${reason}`, `${sam};12,50;${reason}`]);
  await expect(preview.getByRole('status')).toContainText('2 lignes : 2 prêtes, 0 en erreur');
  await preview.getByRole('button', { name: 'Appliquer les 2 lignes' }).click();
  await page
    .getByRole('dialog', { name: 'Appliquer 2 lignes ?' })
    .getByRole('button', { name: 'Appliquer le fichier' })
    .click();
  await expect(preview.getByRole('status').last()).toContainText('Appliqué : 2 lignes, 37,50 € au total');

  expect(await balanceCents(page, camille)).toBe(camilleBefore + 2_500);
  expect(await balanceCents(page, sam)).toBe(samBefore + 1_250);
});
