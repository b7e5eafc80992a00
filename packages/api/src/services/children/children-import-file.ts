import type { DbClient } from '@jackpot-portal/db';

import { EMAIL, findUsersByEmail, readCsvRecords } from '../imports/read-csv';
import { birthYearSchema, MAX_CHILDREN } from './add-child';

/** The template admins download: one line per child, the employee's email and the child's birth year. */
export const CHILDREN_IMPORT_TEMPLATE = 'email;birth_year\ncamille.martin@acme.example;2016\n';

export type ChildRowVerdict =
  'ok' | 'bad_columns' | 'bad_email' | 'bad_year' | 'unknown_email' | 'disabled' | 'too_many_children';

export interface ChildRow {
  line: number;
  email: string;
  birthYear: number | null;
  verdict: ChildRowVerdict;
  userId: string | null;
}

/**
 * Reads a children CSV (email;birth_year, one line per child, twins on two lines) and gives each
 * line its verdict. Applying it replaces the children of every employee the file names.
 */
export async function checkChildrenFile(db: DbClient, csv: string) {
  const yearSchema = birthYearSchema();
  const rows: ChildRow[] = (await readCsvRecords(csv)).map(({ line, record }) => {
    const email = (record[0] ?? '').toLowerCase();
    const year = yearSchema.safeParse(Number(record[1]));
    const verdict: ChildRowVerdict =
      record.length !== 2 ? 'bad_columns' : !EMAIL.test(email) ? 'bad_email' : !year.success ? 'bad_year' : 'ok';
    return { line, email, birthYear: year.success ? year.data : null, verdict, userId: null };
  });
  const users = await findUsersByEmail(db, [...new Set(rows.map((row) => row.email))]);
  const perEmail = new Map<string, number>();
  for (const row of rows) {
    if (row.verdict !== 'ok') continue;
    const user = users.get(row.email);
    const count = (perEmail.get(row.email) ?? 0) + 1;
    perEmail.set(row.email, count);
    if (!user) row.verdict = 'unknown_email';
    else if (user.disabled) row.verdict = 'disabled';
    else if (count > MAX_CHILDREN) row.verdict = 'too_many_children';
    else row.userId = user.id;
  }
  return rows;
}
