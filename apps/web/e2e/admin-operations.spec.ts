import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { expect, test } from './support/fixtures';

import { chooseSmallestAmount, frenchPicker, reserveAndConfirm } from './support/choose-amount';
import { signIn } from './support/sign-in';

const camille = 'camille.martin@acme.example';
const alex = 'alex.dupont@acme.example';
const screenshots = path.join(import.meta.dirname, '..', '..', '..', 'docs', 'screenshots');
const sandboxUrl = `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1010}`;

/** Sets the sandbox's faults (an empty object clears them). */
async function setJackpotFaults(faults: object) {
  const response = await fetch(`${sandboxUrl}/_sandbox/faults`, {
    method: 'PUT',
    headers: { 'x-sandbox-token': process.env.SANDBOX_CONTROL_TOKEN!, 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
  expect(response.status, await response.text()).toBe(200);
}

test('the admin sees why a webhook failed, replays it once Jackpot answers again, and finds it in the audit log', async ({
  page,
  newPage,
}) => {
  test.setTimeout(180_000);
  const employee = await newPage();
  await signIn(employee, camille, { callbackUrl: '/catalogue?q=Fnac' });
  // Jackpot's voucher reads fail (500): the webhooks of the voucher reserved now cannot be processed.
  await setJackpotFaults({ routes: [{ match: 'getVoucher', errorRate: 1, errorStatus: 500 }] });
  let eventId: string | undefined;
  try {
    await employee.getByRole('main').getByRole('link', { name: /Fnac/ }).first().click();
    await chooseSmallestAmount(employee, frenchPicker);
    await reserveAndConfirm(employee, frenchPicker);
    await expect(employee).toHaveURL(/\/vouchers\?highlight=/);
    const orderId = new URL(employee.url()).searchParams.get('highlight')!;

    await signIn(page, alex, { callbackUrl: '/admin/webhooks?status=FAILED' });
    await expect(page.getByRole('heading', { level: 1, name: 'Événements webhook' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Événements webhook' });
    const failedRow = table.getByRole('row').filter({ has: page.getByRole('link', { name: orderId.slice(0, 8) }) });
    await expect(async () => {
      await page.reload();
      await expect(failedRow.first()).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 60_000 });
    await expect(failedRow.first()).toContainText('En échec');
    await expect(failedRow.first()).toContainText('HTTP 500');
    const label = (await failedRow
      .first()
      .getByRole('button', { name: /^Rejouer / })
      .getAttribute('aria-label'))!;
    eventId = /\(([^)]+)\)$/.exec(label)![1]!;
    await page.screenshot({ path: path.join(screenshots, 'admin-webhooks-desktop.png'), fullPage: true });
  } finally {
    await setJackpotFaults({});
  }

  // Jackpot answers again: replay the event (from the list of all events, whatever its state now).
  await page.goto('/admin/webhooks');
  const row = page
    .getByRole('table', { name: 'Événements webhook' })
    .getByRole('row')
    .filter({
      has: page.getByRole('button', { name: new RegExp(`\\(${eventId}\\)$`) }),
    });
  await row.getByRole('button', { name: /^Rejouer / }).click();
  await expect(page.getByRole('status')).toContainText('1 événement remis en traitement');
  await expect(async () => {
    await page.reload();
    await expect(row).toContainText('Traité', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });

  await page.goto(`/admin/audit?action=webhook.replay&targetId=${encodeURIComponent(eventId!)}`);
  const audit = page.getByRole('table', { name: 'Journal d’audit' });
  await expect(audit.getByRole('row').nth(1)).toContainText('webhook.replay');
  await expect(audit.getByRole('row').nth(1)).toContainText('Alex');
  await page.screenshot({ path: path.join(screenshots, 'admin-audit-desktop.png'), fullPage: true });

  await page.goto('/admin/jobs');
  await expect(page.getByRole('heading', { level: 1, name: 'Tâches de fond' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Tâches de fond' })).toContainText('webhook.process');
  await page.screenshot({ path: path.join(screenshots, 'admin-jobs-desktop.png'), fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  for (const screen of ['webhooks', 'jobs', 'audit']) {
    await page.goto(`/admin/${screen}`);
    await expect(page.getByRole('table').first()).toBeVisible();
    await page.screenshot({ path: path.join(screenshots, `admin-${screen}-phone.png`), fullPage: true });
  }
});

test('the admin exports the filtered vouchers table and the ledger as CSV and reads them back', async ({ page }) => {
  await signIn(page, alex, { callbackUrl: '/admin/vouchers?q=Camille' });
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Exporter ces bons en CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^vouchers-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await file.path())!, 'utf8');
  expect(text.startsWith('\uFEFForder_id;created_at;status;employee_email;employee_name;')).toBe(true);
  const rows = text.trim().split(/\r?\n/).slice(1);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row).toContain('camille.martin@acme.example');
    expect(row).toMatch(/;\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z;/);
    expect(row).toMatch(/;\d+,\d{2};\d+,\d{2};/);
  }

  await page.goto('/admin/exports');
  await expect(page.getByRole('heading', { level: 1, name: 'Exports' })).toBeVisible();
  await page.screenshot({ path: path.join(screenshots, 'admin-exports-desktop.png'), fullPage: true });
  await page.getByRole('textbox', { name: 'E-mail du salarié' }).fill(camille);
  const ledgerDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter son grand livre' }).click();
  const ledger = await readFile((await (await ledgerDownload).path())!, 'utf8');
  const [header, ...entries] = ledger
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  expect(header).toBe('entry_id;created_at;employee_email;employee_name;kind;amount_eur;order_id;reason;granted_by');
  expect(entries.length).toBeGreaterThan(0);
  expect(entries.every((entry) => entry.includes(';camille.martin@acme.example;'))).toBe(true);
  expect(entries.some((entry) => /;GRANT;\d+,\d{2};/.test(entry))).toBe(true);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await page.screenshot({ path: path.join(screenshots, 'admin-exports-phone.png'), fullPage: true });
});

test('the overview shows spend per month as a chart with its table, and each figure leads to its list', async ({
  page,
}) => {
  await signIn(page, alex, { callbackUrl: '/admin/overview' });
  await expect(page.getByRole('heading', { level: 1, name: 'Vue d’ensemble' })).toBeVisible();
  const spend = page.getByRole('region', { name: 'Dépenses par mois' });
  await expect(spend.locator('.recharts-wrapper > svg.recharts-surface')).toBeVisible();
  await spend.getByText('Voir les chiffres en tableau').click();
  await expect(spend.getByRole('table', { name: 'Dépenses par mois' }).getByRole('row')).toHaveCount(13);
  await page.screenshot({ path: path.join(screenshots, 'admin-overview-desktop.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(screenshots, 'admin-overview-phone.png'), fullPage: true });
  await page.getByRole('link', { name: /Webhooks en erreur/ }).click();
  await expect(page).toHaveURL(/\/admin\/webhooks\?status=FAILED/);
  await expect(page.getByRole('combobox', { name: 'État' })).toHaveValue('FAILED');
});
