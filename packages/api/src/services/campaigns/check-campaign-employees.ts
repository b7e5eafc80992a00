import type { DbClient } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';
import { EMAIL, findUsersByEmail, readCsvRecords } from '../imports/read-csv';

export const checkCampaignEmployeesInput = z.object({
  csv: z
    .string()
    .min(1)
    .max(8 * 1024 * 1024),
});

export type EmployeeRowVerdict = 'ok' | 'bad_email' | 'unknown_email' | 'disabled' | 'duplicate';

/**
 * A CSV of eligible employees (an `email` column first; other columns ignored) read into the ids
 * a LIST eligibility takes, each line with its verdict. Writes nothing: the admin saves the
 * campaign with `userIds` once the file is right.
 */
export async function checkCampaignEmployees(
  deps: { db: DbClient },
  input: z.infer<typeof checkCampaignEmployeesInput>,
) {
  let records;
  try {
    records = await readCsvRecords(input.csv);
  } catch (error) {
    throw new AppError('VALIDATION', 'This file could not be read as CSV, or has too many rows.', { cause: error });
  }
  const rows = records.map(({ line, record }) => {
    const email = (record[0] ?? '').toLowerCase();
    return { line, email, verdict: (EMAIL.test(email) ? 'ok' : 'bad_email') as EmployeeRowVerdict };
  });
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.verdict !== 'ok') continue;
    if (seen.has(row.email)) row.verdict = 'duplicate';
    seen.add(row.email);
  }
  const users = await findUsersByEmail(deps.db, [...seen]);
  const userIds: string[] = [];
  for (const row of rows) {
    if (row.verdict !== 'ok') continue;
    const user = users.get(row.email);
    if (!user) row.verdict = 'unknown_email';
    else if (user.disabled) row.verdict = 'disabled';
    else userIds.push(user.id);
  }
  const errors = rows.filter((row) => row.verdict !== 'ok' && row.verdict !== 'duplicate');
  return {
    total: rows.length,
    okCount: userIds.length,
    errorCount: errors.length,
    errors: errors.slice(0, 200),
    userIds,
  };
}
