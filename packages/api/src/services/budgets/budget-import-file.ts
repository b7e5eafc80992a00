import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';

import type { DbClient } from '@jackpot-portal/db';
import { parse } from 'csv-parse';

/** The template admins download: one employee per line, the amount in euros (negative takes back). */
export const BUDGET_IMPORT_TEMPLATE =
  'email;amount_eur;reason\ncamille.martin@acme.example;50,00;Prime de fin d’année\n';

export const MAX_IMPORT_ROWS = 200_000;

export type RowVerdict =
  | 'ok'
  | 'unknown_email'
  | 'disabled'
  | 'bad_email'
  | 'bad_amount'
  | 'bad_reason'
  | 'duplicate'
  | 'overdraw'
  | 'bad_columns';

export interface CheckedRow {
  /** The line in the file (the header is line 1). */
  line: number;
  email: string;
  amountCents: number | null;
  reason: string;
  verdict: RowVerdict;
  userId: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Euros with up to two decimals, a dot or a comma (French spreadsheets), maybe negative.
const EUROS = /^(-)?(\d{1,6})(?:[.,](\d{1,2}))?$/;
const LOOKUP_BATCH = 5_000;

function parseEuros(text: string): number | null {
  const match = EUROS.exec(text.replace(/[\s\u00a0€]/g, ''));
  if (!match) return null;
  const cents = Number(match[2]) * 100 + Number((match[3] ?? '0').padEnd(2, '0'));
  if (cents === 0 || cents > 10_000_000) return null;
  return match[1] ? -cents : cents;
}

/**
 * Reads a budget CSV (streamed through csv-parse: `;` or `,` as its header line has it, quoted fields, a UTF-8 BOM, a
 * header line) and gives every row its verdict against the database: unknown or disabled email,
 * malformed email or amount, a reason too short or long, a second line for the same employee,
 * or a take-back larger than the balance. Employees are looked up in batches.
 */
export async function checkBudgetFile(db: DbClient, csv: string) {
  const rows: CheckedRow[] = [];
  // The header line says the delimiter: French spreadsheets write `;` (their decimals take the comma).
  const header = csv.slice(0, Math.max(0, csv.search(/\r?\n/)) || csv.length);
  const delimiter = header.includes(';') ? ';' : ',';
  const parser = Readable.from([csv]).pipe(
    parse({
      bom: true,
      delimiter,
      from_line: 2,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }),
  );
  let line = 1;
  for await (const record of parser as AsyncIterable<string[]>) {
    line += 1;
    if (rows.length >= MAX_IMPORT_ROWS) throw new RangeError('too many rows');
    const [email = '', amount = '', reason = 'Budget import'] = record;
    const amountCents = parseEuros(amount);
    const verdict: RowVerdict =
      record.length < 2 || record.length > 3
        ? 'bad_columns'
        : !EMAIL.test(email)
          ? 'bad_email'
          : amountCents === null
            ? 'bad_amount'
            : reason.length < 3 || reason.length > 200
              ? 'bad_reason'
              : 'ok';
    rows.push({ line, email: email.toLowerCase(), amountCents, reason, verdict, userId: null });
  }

  const seen = new Set<string>();
  for (const row of rows) {
    if (row.verdict !== 'ok') continue;
    if (seen.has(row.email)) row.verdict = 'duplicate';
    seen.add(row.email);
  }
  const emails = [...seen];
  const users = new Map<string, { id: string; disabled: boolean; balanceCents: number }>();
  for (let start = 0; start < emails.length; start += LOOKUP_BATCH) {
    const found = await db.$queryRaw<{ id: string; email: string; disabled: boolean; balance: bigint }[]>`
      SELECT u.id, lower(u.email) AS email, u.disabled,
             COALESCE((SELECT SUM(l."amountCents") FROM ledger_entries l JOIN wallets w ON w.id = l."walletId"
                       WHERE l."userId" = u.id AND w."campaignId" IS NULL), 0) AS balance
      FROM users u WHERE lower(u.email) = ANY(${emails.slice(start, start + LOOKUP_BATCH)})`;
    for (const user of found)
      users.set(user.email, { id: user.id, disabled: user.disabled, balanceCents: Number(user.balance) });
  }
  for (const row of rows) {
    if (row.verdict !== 'ok') continue;
    const user = users.get(row.email);
    if (!user) row.verdict = 'unknown_email';
    else if (user.disabled) row.verdict = 'disabled';
    else if (row.amountCents! < 0 && user.balanceCents + row.amountCents! < 0) row.verdict = 'overdraw';
    else row.userId = user.id;
  }
  return { rows, sha256: createHash('sha256').update(csv).digest('hex') };
}
