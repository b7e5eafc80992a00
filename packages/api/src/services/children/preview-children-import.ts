import type { DbClient } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';
import { checkChildrenFile } from './children-import-file';

export const childrenImportInput = z.object({
  csv: z
    .string()
    .min(1)
    .max(8 * 1024 * 1024),
});

/** What applying this children file would do, line by line, without writing anything. */
export async function previewChildrenImport(deps: { db: DbClient }, input: z.infer<typeof childrenImportInput>) {
  const rows = await readChildrenFile(deps.db, input.csv);
  const errors = rows.filter((row) => row.verdict !== 'ok');
  const ok = rows.filter((row) => row.verdict === 'ok');
  return {
    total: rows.length,
    okCount: ok.length,
    errorCount: errors.length,
    employees: new Set(ok.map((row) => row.userId)).size,
    errors: errors.slice(0, 200),
    sample: ok.slice(0, 20),
  };
}

export async function readChildrenFile(db: DbClient, csv: string) {
  try {
    return await checkChildrenFile(db, csv);
  } catch (error) {
    throw new AppError('VALIDATION', 'This file could not be read as CSV, or has too many rows.', { cause: error });
  }
}
