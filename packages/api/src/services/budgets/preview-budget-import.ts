import type { DbClient } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';
import { checkBudgetFile, type CheckedRow } from './budget-import-file';

// 200,000 rows of about 60 bytes: well under this.
export const budgetImportInput = z.object({
  csv: z
    .string()
    .min(1)
    .max(16 * 1024 * 1024),
});

const SHOWN_ROWS = 200;

/**
 * What applying this file would do, row by row, without writing anything: the counts, the total,
 * the rows in error (the first 200) and the first rows that are fine; `sha256` names this exact
 * file for the apply step.
 */
export async function previewBudgetImport(deps: { db: DbClient }, input: z.infer<typeof budgetImportInput>) {
  const checked = await checkFile(deps.db, input.csv);
  const errors = checked.rows.filter((row) => row.verdict !== 'ok');
  const ok = checked.rows.filter((row) => row.verdict === 'ok');
  return {
    sha256: checked.sha256,
    total: checked.rows.length,
    okCount: ok.length,
    errorCount: errors.length,
    totalCents: ok.reduce((sum, row) => sum + row.amountCents!, 0),
    errors: errors.slice(0, SHOWN_ROWS).map(view),
    sample: ok.slice(0, 20).map(view),
  };
}

function view(row: CheckedRow) {
  return { line: row.line, email: row.email, amountCents: row.amountCents, reason: row.reason, verdict: row.verdict };
}

export async function checkFile(db: DbClient, csv: string) {
  try {
    const checked = await checkBudgetFile(db, csv);
    if (checked.rows.length === 0) throw new AppError('VALIDATION', 'The file has no rows under its header line.');
    return checked;
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof RangeError) throw new AppError('VALIDATION', 'The file has more than 200,000 rows.');
    // csv-parse's own errors (an unclosed quote…) name the line: plain words for the admin.
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('CSV_'))
      throw new AppError('VALIDATION', `This is not a CSV file we can read: ${error.message}`, { cause: error });
    throw error;
  }
}
